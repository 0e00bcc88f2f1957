package limits

import (
	"strings"
	"testing"
	"time"
)

func TestPresets(t *testing.T) {
	free, _ := Preset("free")
	paid, _ := Preset("paid")
	if free.WallClock != 150*time.Second || paid.WallClock != 400*time.Second {
		t.Fatalf("wall clocks %s / %s", free.WallClock, paid.WallClock)
	}
	if free.CPUSoft != time.Second || free.CPUHard != 2*time.Second || free.Memory != 256<<20 {
		t.Fatalf("free preset %+v", free)
	}
	if _, err := Preset("enterprise"); err == nil {
		t.Fatal("unknown preset accepted")
	}
	for _, l := range []Limits{free, paid} {
		if err := l.Validate(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestValidate(t *testing.T) {
	cases := []struct {
		name string
		edit func(*Limits)
		want string
	}{
		{"policy", func(l *Limits) { l.Policy = "sometimes" }, "policy"},
		{"wall", func(l *Limits) { l.WallClock = 0 }, "wall clock"},
		{"cpu order", func(l *Limits) { l.CPUSoft = 3 * time.Second }, "above the hard limit"},
		{"memory", func(l *Limits) { l.Memory = 1 << 20 }, "16 MB"},
		{"fraction", func(l *Limits) { l.BeforeUnloadAt = 1.5 }, "beforeunload"},
		{"idle", func(l *Limits) { l.RequestIdle = -1 }, "idle"},
		{"scale", func(l *Limits) { l.CPUScale = 0.5 }, "CPU scale"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := Free()
			tc.edit(&l)
			if err := l.Validate(); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}
