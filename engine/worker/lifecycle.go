package worker

import (
	"errors"
	"fmt"
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/engine/sandbox"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
)

// limitInterrupt is the value a limit interrupts the runtime with.
type limitInterrupt struct{ reason limits.Reason }

func (l limitInterrupt) Error() string { return fmt.Sprintf("worker limit exceeded: %s", l.reason) }

// limitOf reports whether err is a limit's interrupt.
func limitOf(err error) (limits.Reason, bool) {
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		if l, ok := intr.Value().(limitInterrupt); ok {
			return l.reason, true
		}
	}
	return "", false
}

// State returns where the worker is in its life.
func (w *Worker) State() State { return State(w.state.Load()) }

// CloseReason is why the worker closed ("" while it runs).
func (w *Worker) CloseReason() limits.Reason {
	r, _ := w.closeReason.Load().(limits.Reason)
	return r
}

// Limits are the worker's limits.
func (w *Worker) Limits() limits.Limits { return w.limits }

// Sandbox is the worker's /tmp (for listing its files).
func (w *Worker) Sandbox() *sandbox.Sandbox { return w.sandbox }

// Idle reports whether nothing is running: no request, no background task.
func (w *Worker) Idle() bool {
	return w.inflight.Load() == 0 && w.tasks.Load() == 0 && w.sockets.Load() == 0
}

// Sockets is the number of open WebSockets.
func (w *Worker) Sockets() int { return int(w.sockets.Load()) }

// Retire stops the worker from taking new requests; once it is idle it is
// unloaded with reason.
func (w *Worker) Retire(reason limits.Reason) {
	w.retireOnce.Do(func() {
		w.state.CompareAndSwap(int32(Serving), int32(Retired))
		if w.cfg.OnRetire != nil {
			w.cfg.OnRetire(w, reason)
		}
		go func() {
			for !w.Idle() {
				select {
				case <-w.closed:
					return
				case <-time.After(10 * time.Millisecond):
				}
			}
			w.Unload(reason)
		}()
	})
}

// Unload dispatches beforeunload with reason, gives the function its grace
// period, then closes the worker.
func (w *Worker) Unload(reason limits.Reason) {
	w.unloadOnce.Do(func() {
		w.Retire(reason) // the supervisor stops routing here first
		if w.State() < Unloading {
			w.state.Store(int32(Unloading))
		}
		w.beforeUnload(reason)
		// The grace period is for the handler's own async work (a last
		// log, a last write): it ends early once nothing is pending.
		deadline := time.Now().Add(w.limits.Grace)
		for time.Now().Before(deadline) && !(w.rt.Pending() == 0 && w.Idle()) {
			select {
			case <-w.closed:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
		w.Close(reason)
	})
}

// Kill interrupts whatever JS runs now (an infinite loop included), then
// unloads the worker: beforeunload still runs, with its grace period.
func (w *Worker) Kill(reason limits.Reason) {
	w.rt.Interrupt(limitInterrupt{reason})
	go w.Unload(reason)
}

// Simulate acts out a limit for teaching (the UI's "simulate" buttons):
// cpu and memory kill the worker, wall_clock and termination unload it
// now, early_drop retires it and unloads it once idle.
func (w *Worker) Simulate(reason limits.Reason) error {
	switch reason {
	case limits.CPU, limits.Memory:
		w.Kill(reason)
	case limits.WallClock, limits.Termination:
		go w.Unload(reason)
	case limits.EarlyDrop:
		w.Retire(reason)
	default:
		return fmt.Errorf("unknown unload reason %q (want one of %v)", reason, limits.Reasons)
	}
	return nil
}

// beforeUnload dispatches the beforeunload event once per reason.
func (w *Worker) beforeUnload(reason limits.Reason) {
	w.mu.Lock()
	done := w.warned[reason]
	w.warned[reason] = true
	w.mu.Unlock()
	if done {
		return
	}
	w.emit("", events.WorkerBeforeUnload, events.Fields{"reason": string(reason)})
	w.onLoop(func() {
		w.dispatch("CustomEvent", "beforeunload", map[string]any{"detail": map[string]any{"reason": string(reason)}, "cancelable": true})
	})
}

// onLoop runs fn on the loop, waiting at most a moment: a runtime stuck in
// a loop is interrupted rather than waited for.
func (w *Worker) onLoop(fn func()) {
	done := make(chan struct{})
	if !w.rt.Enqueue(func() error { fn(); close(done); return nil }) {
		return
	}
	select {
	case <-done:
	case <-w.rt.Done():
	case <-time.After(w.limits.Grace + 100*time.Millisecond):
	}
}

// dispatch fires an event on globalThis. Loop goroutine only.
func (w *Worker) dispatch(class, typ string, init map[string]any) {
	ev, err := dom.NewEvent(w.rt, class, typ, init)
	if err != nil {
		return
	}
	if _, err := dom.DispatchGlobal(w.rt, ev); err != nil {
		w.uncaught(err)
	}
}

// uncaught reports an error no JS code caught; a limit's own interrupt is
// not the function's error.
func (w *Worker) uncaught(err error) {
	if _, ok := limitOf(err); ok {
		return
	}
	w.emitError(w.rt.ErrorValue(err), "Uncaught ")
}

// --- accounting ---

func (w *Worker) enter(rc *RequestContext) {
	if rc.pending.Add(1) == 1 {
		w.mu.Lock()
		w.active[rc] = struct{}{}
		w.mu.Unlock()
	}
}

func (w *Worker) leave(rc *RequestContext) {
	if rc.pending.Add(-1) == 0 {
		w.mu.Lock()
		delete(w.active, rc)
		w.mu.Unlock()
	}
}

// chargeCPU is jsrt's OnCPU hook.
func (w *Worker) chargeCPU(ctx any, d time.Duration) {
	w.activity.Add(1)
	if rc, ok := ctx.(*RequestContext); ok {
		rc.cpu.Add(int64(d))
	}
}

// watchInterval is how often the CPU watchdog looks.
const watchInterval = 5 * time.Millisecond

// watch is the CPU watchdog.
func (w *Worker) watch() {
	t := time.NewTicker(watchInterval)
	defer t.Stop()
	for {
		select {
		case <-w.stopWatch:
			return
		case <-t.C:
		}
		segment, ctx, busy := w.rt.Busy()
		if segment > w.limits.HardCPU() {
			w.cpuExceeded(ctx, segment)
			return
		}
		w.mu.Lock()
		var worst *RequestContext
		var worstCPU time.Duration
		for rc := range w.active {
			cpu := rc.CPU()
			if busy && ctx == rc {
				cpu += segment
			}
			if cpu > worstCPU {
				worst, worstCPU = rc, cpu
			}
		}
		w.mu.Unlock()
		switch {
		case worstCPU > w.limits.HardCPU():
			w.cpuExceeded(worst, worstCPU)
			return
		case worstCPU > w.limits.SoftCPU() && w.State() == Serving:
			w.emit(worst.ID, events.Log, events.Fields{"level": "warn", "message": fmt.Sprintf(
				"CPU soft limit (%s) passed: %s used; the worker retires and is dropped once idle", w.limits.SoftCPU(), worstCPU.Round(time.Millisecond))})
			w.Retire(limits.EarlyDrop)
		}
	}
}

func (w *Worker) cpuExceeded(ctx any, used time.Duration) {
	req := ""
	if rc, ok := ctx.(*RequestContext); ok {
		req = rc.ID
	}
	w.emit(req, events.Error, events.Fields{"message": fmt.Sprintf(
		"CPU time limit exceeded: %s used, hard limit %s", used.Round(time.Millisecond), w.limits.HardCPU())})
	w.Kill(limits.CPU)
}

// wallClock enforces the worker's lifetime: early drop at half, beforeunload
// at BeforeUnloadAt, shutdown at the limit.
func (w *Worker) wallClock() {
	wc := w.limits.WallClock
	half := time.NewTimer(wc / 2)
	warn := time.NewTimer(time.Duration(float64(wc) * w.limits.BeforeUnloadAt))
	end := time.NewTimer(wc)
	defer half.Stop()
	defer warn.Stop()
	defer end.Stop()
	for {
		select {
		case <-w.closed:
			return
		case <-half.C:
			w.Retire(limits.EarlyDrop)
		case <-warn.C:
			w.beforeUnload(limits.WallClock)
		case <-end.C:
			w.beforeUnload(limits.WallClock) // when the fraction is 1
			w.Close(limits.WallClock)
			return
		}
	}
}

// --- memwatch.Worker ---

// Activity changes whenever JS ran since the last call (for the memory
// monitor): finished stretches are counted, and a stretch still running
// (a long loop) makes every call differ.
func (w *Worker) Activity() uint64 {
	a := w.activity.Load()
	if _, _, busy := w.rt.Busy(); busy {
		a += uint64(time.Now().UnixNano())
	}
	return a
}

// MemoryLimit is the worker's memory limit.
func (w *Worker) MemoryLimit() int64 { return w.limits.Memory }

// MemoryNear dispatches beforeunload("memory").
func (w *Worker) MemoryNear(charged int64) {
	go w.beforeUnload(limits.Memory)
}

// MemoryOver kills the worker for memory.
func (w *Worker) MemoryOver(charged int64) {
	w.emit("", events.Error, events.Fields{"message": fmt.Sprintf(
		"memory limit exceeded: about %d MB used, limit %d MB", charged>>20, w.limits.Memory>>20)})
	w.Kill(limits.Memory)
}

// memoryUsage is Deno.memoryUsage() for this worker.
func (w *Worker) memoryUsage() map[string]int64 {
	var charged int64
	if w.cfg.Memory != nil {
		charged = w.cfg.Memory.Charged(w)
	}
	return map[string]int64{"rss": charged, "heapTotal": w.limits.Memory, "heapUsed": charged, "external": w.sandbox.Used()}
}
