package memwatch

import (
	"runtime"
	"sync/atomic"
	"testing"
	"time"
)

type fakeWorker struct {
	activity   atomic.Uint64
	limit      int64
	near, over atomic.Int64
}

func (f *fakeWorker) Activity() uint64   { return f.activity.Load() }
func (f *fakeWorker) MemoryLimit() int64 { return f.limit }
func (f *fakeWorker) MemoryNear(c int64) { f.near.Store(c) }
func (f *fakeWorker) MemoryOver(c int64) { f.over.Store(c) }
func (f *fakeWorker) run()               { f.activity.Add(1) }

func TestChargesGrowthToActiveWorkers(t *testing.T) {
	m := New(Config{Interval: time.Hour, Guard: 1 << 40})
	defer m.Close()
	bomb, idle := &fakeWorker{limit: 100}, &fakeWorker{limit: 100}
	m.Add(bomb)
	m.Add(idle)
	m.Tick(1000) // baseline
	steps := []struct {
		heap     int64
		bombRuns bool
		idleRuns bool
		wantBomb int64
		wantIdle int64
	}{
		{1040, true, false, 40, 0},
		{1060, true, true, 50, 10},   // split between the two active workers
		{1060, false, false, 50, 10}, // no growth, no charge
		{1030, false, false, 25, 5},  // GC frees 30 of 60: credited in proportion
		{1100, true, false, 95, 5},   // passes 90: near
		{1120, true, false, 115, 5},  // passes 100: over
	}
	for i, s := range steps {
		if s.bombRuns {
			bomb.run()
		}
		if s.idleRuns {
			idle.run()
		}
		m.Tick(s.heap)
		if got := m.Charged(bomb); got != s.wantBomb {
			t.Fatalf("step %d: bomb charged %d, want %d", i, got, s.wantBomb)
		}
		if got := m.Charged(idle); got != s.wantIdle {
			t.Fatalf("step %d: idle charged %d, want %d", i, got, s.wantIdle)
		}
	}
	if bomb.near.Load() == 0 || bomb.over.Load() == 0 {
		t.Fatalf("bomb near=%d over=%d", bomb.near.Load(), bomb.over.Load())
	}
	if idle.near.Load() != 0 || idle.over.Load() != 0 {
		t.Fatal("idle worker was blamed")
	}
}

func TestProcessGuardStopsHeaviest(t *testing.T) {
	m := New(Config{Interval: time.Hour, Guard: 500})
	defer m.Close()
	a, b := &fakeWorker{}, &fakeWorker{} // no limits of their own
	m.Add(a)
	m.Add(b)
	m.Tick(100)
	a.run()
	m.Tick(300)
	b.run()
	m.Tick(600) // past the guard: a has 200, b 300
	if b.over.Load() == 0 || a.over.Load() != 0 {
		t.Fatalf("guard picked a=%d b=%d, want b", a.over.Load(), b.over.Load())
	}
}

// A worker allowed more than the guard raises it (to its limit and a
// quarter): the guard must not cut short a limit the user raised.
func TestGuardMakesRoomForARaisedLimit(t *testing.T) {
	m := New(Config{Interval: time.Hour, Guard: 500})
	defer m.Close()
	big := &fakeWorker{limit: 1000}
	m.Add(big)
	m.Tick(0)
	big.run()
	m.Tick(900) // past the configured guard, under the raised one (1250)
	if big.over.Load() != 0 {
		t.Fatalf("stopped at 900 with a 1000 limit")
	}
	big.run()
	m.Tick(1100) // past its own limit
	if big.over.Load() == 0 {
		t.Fatalf("not stopped past its limit")
	}
}

// The heap the monitor counts: bytes in full, the object graph (what the
// GC scans) at 1/ObjectScale.
func TestHeapCountsObjectsScaled(t *testing.T) {
	type node struct { // scanned to its last pointer: all of it
		pad  [56]byte
		next *node
	}
	const size = 64 << 20
	cases := []struct {
		name      string
		alloc     func() any
		wantShare float64 // of size
	}{
		{"bytes", func() any { return make([]byte, size) }, 1},
		{"objects", func() any {
			var head *node
			for range size / 64 {
				head = &node{next: head}
			}
			return head
		}, 0.5},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := New(Config{Interval: time.Hour, Guard: 1 << 40, ObjectScale: 2})
			defer m.Close()
			runtime.GC()
			before := m.heap()
			keep := c.alloc()
			runtime.GC()
			got := float64(m.heap()-before) / size
			runtime.KeepAlive(keep)
			if got < c.wantShare-0.15 || got > c.wantShare+0.15 {
				t.Fatalf("counted %.2f of the allocation, want about %.2f", got, c.wantShare)
			}
		})
	}
}
