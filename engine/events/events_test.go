package events

import "testing"

func TestListening(t *testing.T) {
	bus := NewBus()
	for _, tc := range []struct {
		name string
		sink Sink
		want bool
	}{
		{"nil", nil, false},
		{"discard", Discard, false},
		{"empty bus", bus, false},
		{"recorder", NewRecorder(), true},
		{"func", SinkFunc(func(Event) {}), true},
		{"bus with a sink", NewBus(NewRecorder()), true},
	} {
		if got := Listening(tc.sink); got != tc.want {
			t.Errorf("%s: Listening = %v, want %v", tc.name, got, tc.want)
		}
	}
	bus.Add(Discard)
	if !Listening(bus) {
		t.Error("a bus with a sink added later is not listening")
	}
}
