package jsrt

import (
	"iter"
	"runtime"
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

// A Go coroutine (iter.Pull) made on the loop must be resumed under the
// thread locking it was made under, or Go kills the process: while one is
// held, the loop neither pins nor unpins itself, whatever the watchdog
// asks.
func TestHeldThreadKeepsCoroutinesAlive(t *testing.T) {
	for _, pinnedFirst := range []bool{false, true} {
		r := New()
		r.Start()
		if pinnedFirst {
			r.pinUntil.Store(r.mono() + int64(time.Hour))
			_ = r.Sync(func() error { return nil }) // pins at its next wake-up
		}
		var next func() (int, bool)
		var stop func()
		var release func()
		_ = r.Sync(func() error {
			release = r.HoldThread()
			next, stop = iter.Pull(func(yield func(int) bool) {
				for i := 0; yield(i); i++ {
				}
			})
			next()
			return nil
		})
		if pinnedFirst {
			r.pinUntil.Store(0) // the watchdog no longer asks for a pin
		} else {
			r.pinUntil.Store(r.mono() + int64(time.Hour))
		}
		for i := 0; i < 3; i++ { // the loop wakes and would change its state
			if err := r.Sync(func() error { next(); return nil }); err != nil {
				t.Fatal(err)
			}
		}
		_ = r.Sync(func() error { stop(); release(); return nil })
		_ = r.Sync(func() error { return nil })
		if got := r.pinned(); got == pinnedFirst && runtime.GOOS == "linux" {
			t.Errorf("pinned first %v: once released, the loop should follow the watchdog again", pinnedFirst)
		}
		r.Stop("done")
	}
}
