// Package memwatch estimates how much heap each worker holds and enforces
// the per-worker memory limit plus a process-wide guard.
//
// goja has no per-runtime heap accounting and Go has no per-goroutine
// allocation counter, so this is an approximation, and it says so:
//
//   - A Monitor samples the process's live heap (runtime/metrics
//     /memory/classes/heap/objects:bytes) every Interval.
//   - Growth between two samples is charged to the workers that ran
//     JavaScript in that interval (split evenly); a shrink (the GC freed
//     memory) is credited back to every worker in proportion to its charge.
//   - A worker whose charge passes its limit is reported Over; at the
//     warning fraction it is reported Near (beforeunload "memory").
//   - When the whole process passes Guard, the worker with the largest
//     charge is reported Over whatever its own limit: one function's
//     memory bomb must never take the process down.
//
// What is counted is the platform's view of that heap, not goja's. Bytes
// (ArrayBuffers, strings) cost the same in goja as in V8, but goja's
// objects, closures and promises are Go maps and structs about 2.2 times
// the size of V8's (measured: zip.js's entries of a 10,000-file zip plus
// a pending getData for each hold 186 MB of V8 heap in Deno and about
// 410 MB of goja heap). Code that fits the platform's 256 MB must fit
// here, so the object part of the heap — the scannable bytes Go's GC
// reports (/gc/scan/heap:bytes), which bytes and strings are not — is
// counted at 1/ObjectScale; bytes count in full.
//
// A memory bomb (a loop growing an array, a giant string) is caught within
// a few samples. What is not counted: memory a worker keeps while another
// worker runs; memory held by Go buffers outside the heap. Native APIs cap
// their own allocation sizes so a single call cannot allocate gigabytes.
package memwatch

import (
	"runtime"
	"runtime/metrics"
	"sync"
	"time"
)

// Worker is what the monitor watches.
type Worker interface {
	// Activity changes whenever the worker ran JS since the last look
	// (including while one long task is still running).
	Activity() uint64
	// MemoryLimit is the worker's limit in bytes.
	MemoryLimit() int64
	// MemoryNear is called once when the charge passes the warning fraction.
	MemoryNear(charged int64)
	// MemoryOver is called once when the charge passes the limit (or the
	// process guard picked this worker).
	MemoryOver(charged int64)
}

// Config tunes a monitor.
type Config struct {
	Interval time.Duration // default 10 ms
	Warn     float64       // fraction for MemoryNear, default 0.9
	// Guard is the process heap size past which the heaviest worker is
	// stopped (default 2 GB, or a quarter more than the largest limit a
	// watched worker has, when that is more: a limit the user raised is
	// not cut short by the guard).
	Guard int64
	// ObjectScale is how much bigger goja's object graph is than V8's
	// for the same data (default 2, a little under the 2.2 measured, so
	// the limit errs towards stopping early).
	ObjectScale float64
}

type entry struct {
	w            Worker
	charged      int64
	lastActivity uint64
	near, over   bool
}

// Monitor watches a set of workers. One per engine.
type Monitor struct {
	cfg     Config
	mu      sync.Mutex
	workers map[Worker]*entry
	sample  []metrics.Sample
	last    int64
	lastGC  time.Time
	stop    chan struct{}
	once    sync.Once
}

// New starts a monitor.
func New(cfg Config) *Monitor {
	if cfg.Interval == 0 {
		cfg.Interval = 10 * time.Millisecond
	}
	if cfg.Warn == 0 {
		cfg.Warn = 0.9
	}
	if cfg.Guard == 0 {
		cfg.Guard = 2 << 30
	}
	if cfg.ObjectScale < 1 {
		cfg.ObjectScale = 2
	}
	m := &Monitor{
		cfg:     cfg,
		workers: map[Worker]*entry{},
		sample:  []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/scan/heap:bytes"}},
		stop:    make(chan struct{}),
	}
	m.last = m.heap()
	go m.loop()
	return m
}

// Add starts watching w.
func (m *Monitor) Add(w Worker) {
	m.mu.Lock()
	m.workers[w] = &entry{w: w, lastActivity: w.Activity()}
	m.mu.Unlock()
}

// Remove stops watching w.
func (m *Monitor) Remove(w Worker) {
	m.mu.Lock()
	delete(m.workers, w)
	m.mu.Unlock()
}

// Charged is w's current estimate in bytes.
func (m *Monitor) Charged(w Worker) int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	if e, ok := m.workers[w]; ok {
		return e.charged
	}
	return 0
}

// Close stops the monitor.
func (m *Monitor) Close() { m.once.Do(func() { close(m.stop) }) }

// heap is the process heap as the platform would count it: bytes in
// full, the object graph (scannable bytes) at 1/ObjectScale.
func (m *Monitor) heap() int64 {
	metrics.Read(m.sample)
	if m.sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	all := int64(m.sample[0].Value.Uint64())
	if m.sample[1].Value.Kind() != metrics.KindUint64 {
		return all
	}
	scan := min(int64(m.sample[1].Value.Uint64()), all)
	return all - int64(float64(scan)*(1-1/m.cfg.ObjectScale))
}

func (m *Monitor) loop() {
	t := time.NewTicker(m.cfg.Interval)
	defer t.Stop()
	for {
		select {
		case <-m.stop:
			return
		case <-t.C:
			m.tick()
		}
	}
}

// tick is one sample; exported behaviour is tested through Tick. Before
// anyone is warned or stopped — a worker about to pass its warning level,
// or the process past the guard — the GC runs and the heap is read again:
// garbage is not a reason to stop a function. (At most every 100 ms, so a
// worker that really holds its memory does not cause a GC storm.)
//
// When a GC ran less than 100 ms ago, the sample is skipped instead: the
// heap then holds the garbage made since, and a worker must never be
// stopped for garbage (a busy worker makes a lot of it between two
// collections). The next tick decides on a collected heap.
func (m *Monitor) tick() {
	h := m.heap()
	if h > m.guard() || m.wouldWarn(h) {
		if time.Since(m.lastGC) <= 100*time.Millisecond {
			return
		}
		runtime.GC()
		m.lastGC = time.Now()
		h = m.heap()
	}
	m.Tick(h)
}

// guard is the process heap past which the heaviest worker is stopped.
func (m *Monitor) guard() int64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	g := m.cfg.Guard
	for _, e := range m.workers {
		g = max(g, guardFor(e.w.MemoryLimit()))
	}
	return g
}

// guardFor is the guard a worker with this limit needs: room for its
// limit and a quarter more.
func guardFor(limit int64) int64 { return limit + limit/4 }

// wouldWarn reports whether growth to heap could push a worker past its
// warning level.
func (m *Monitor) wouldWarn(heap int64) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	delta := heap - m.last
	if delta <= 0 {
		return false
	}
	for _, e := range m.workers {
		if limit := e.w.MemoryLimit(); limit > 0 && !e.over && float64(e.charged+delta) > m.cfg.Warn*float64(limit) {
			return true
		}
	}
	return false
}

// Tick accounts one heap sample (exported for tests).
func (m *Monitor) Tick(heap int64) {
	type call struct {
		w       Worker
		over    bool
		charged int64
	}
	var calls []call
	m.mu.Lock()
	delta := heap - m.last
	m.last = heap
	var active []*entry
	var total int64
	for _, e := range m.workers {
		if a := e.w.Activity(); a != e.lastActivity {
			e.lastActivity = a
			active = append(active, e)
		}
		total += e.charged
	}
	switch {
	case delta > 0 && len(active) > 0:
		share := delta / int64(len(active))
		for _, e := range active {
			e.charged += share
		}
	case delta < 0 && total > 0:
		for _, e := range m.workers {
			e.charged += delta * e.charged / total
			if e.charged < 0 {
				e.charged = 0
			}
		}
	}
	var heaviest *entry
	guard := m.cfg.Guard
	for _, e := range m.workers {
		limit := e.w.MemoryLimit()
		guard = max(guard, guardFor(limit))
		if !e.over && limit > 0 && e.charged > limit {
			e.over = true
			calls = append(calls, call{e.w, true, e.charged})
		} else if !e.near && limit > 0 && float64(e.charged) > m.cfg.Warn*float64(limit) {
			e.near = true
			calls = append(calls, call{e.w, false, e.charged})
		}
		if !e.over && (heaviest == nil || e.charged > heaviest.charged) {
			heaviest = e
		}
	}
	if heap > guard && heaviest != nil && heaviest.charged > 0 {
		heaviest.over = true
		calls = append(calls, call{heaviest.w, true, heaviest.charged})
	}
	m.mu.Unlock()
	for _, c := range calls {
		if c.over {
			c.w.MemoryOver(c.charged)
		} else {
			c.w.MemoryNear(c.charged)
		}
	}
}
