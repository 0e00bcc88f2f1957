// Package gctune sets the Go garbage collector for a process that serves
// functions (the CLI, the desktop app, the benchmarks that stand in for
// them). GC settings are process-wide, so the engine never touches them:
// the program that owns the process calls Start.
//
// Why not a fixed GOGC: requests make short-lived JS objects, and at
// GOGC=100 the GC was a third of a busy worker's CPU, so small heaps want
// a high GOGC (400). But a function that holds 100 MB (a zip's thousands
// of entries in flight) would then let the heap grow to 500 MB between
// collections. So GOGC follows the live heap: the heap may grow by
// Headroom (or by the live heap, whichever is more) before the next
// collection, GOGC between 100 and 400. Headroom is 64 MB: a hello
// world's live heap (~15 MB) still gets 400, while seed example 1 (a
// streamed zip, ~50 MB live) peaks at 170–195 MB instead of 220–285 MB
// with 128 MB, at the same speed. A fixed soft memory limit
// (GOMEMLIMIT) would instead make the GC run nonstop for a function
// allowed more memory than the limit.
package gctune

import (
	"context"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// Tuning bounds.
const (
	MinGOGC  = 100
	MaxGOGC  = 400
	Headroom = 64 << 20
	interval = 100 * time.Millisecond
)

// GOGCFor is the GOGC for a live heap of live bytes.
func GOGCFor(live uint64) int {
	if live == 0 {
		return MaxGOGC
	}
	g := int(uint64(Headroom) * 100 / live)
	return min(max(g, MinGOGC), MaxGOGC)
}

// Start tunes GOGC until ctx ends, unless GOGC is set in the environment
// (then the user's value stands and Start does nothing).
func Start(ctx context.Context) {
	if os.Getenv("GOGC") != "" {
		return
	}
	current := GOGCFor(0)
	debug.SetGCPercent(current)
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	go func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				return
			}
			// move only on a real change: SetGCPercent is not free
			if g := GOGCFor(sample[0].Value.Uint64()); g*10 < current*9 || g*10 > current*11 {
				current = g
				debug.SetGCPercent(g)
			}
		}
	}()
}
