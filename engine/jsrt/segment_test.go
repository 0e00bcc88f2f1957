package jsrt

import (
	"testing"
	"time"
)

// A segment the watchdog looked at under one clock is charged its wall
// time once the loop's clock changed (pinned to unpinned or back): a CPU
// reading against a wall-time reading would be off by decades and kill
// the worker for CPU.
func TestSegmentSurvivesAClockChange(t *testing.T) {
	for _, tc := range []struct {
		name          string
		before, after func() int64
	}{
		{"pinned then unpinned", func() int64 { return 5e9 }, nil},
		{"unpinned then pinned", nil, func() int64 { return 5e9 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := New()
			r.setClock(tc.before)
			var s segment
			s.begin(r.mono())
			s.used(r, true, false) // the watchdog's first look
			time.Sleep(10 * time.Millisecond)
			r.setClock(tc.after)
			if d := s.used(r, true, false); d < 10*time.Millisecond || d > time.Second {
				t.Fatalf("charged %v for 10 ms across a clock change", d)
			}
		})
	}
}
