// Package jsrt owns one JavaScript runtime: a goja VM and the event loop
// goroutine that is the only code allowed to touch it.
//
// Everything asynchronous (timers, network, files, streams fed from Go)
// runs on other goroutines and hands its result back with Enqueue, or with
// the function Ref returns; promises therefore always settle on the loop.
// goja drains its microtask (promise job) queue whenever control returns to
// Go, so each task runs to completion with its microtasks before the next.
//
// We write our own loop instead of goja_nodejs/eventloop because a worker
// must (a) count outstanding Go callbacks to know when it is idle (the k6
// pattern), (b) be interrupted and stopped from a supervisor, and (c) report
// unhandled promise rejections per task; goja_nodejs's loop does none of
// these. There is no package-level mutable state: many runtimes live in one
// process.
package jsrt

import (
	"container/heap"
	"errors"
	"fmt"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
)

// Task is work to run on the loop. A returned error is reported as uncaught.
type Task func() error

// Runtime is one goja VM plus its event loop.
type Runtime struct {
	vm *goja.Runtime

	mu      sync.Mutex
	queue   []queued
	wake    chan struct{}
	done    chan struct{}
	started bool
	stopped bool

	refs atomic.Int64 // outstanding Go work that will call back (Ref)

	timers    timerHeap
	timerByID map[int64]*timer
	nextTimer int64
	start     time.Time

	rejections []*goja.Promise // rejected without a handler during the current task

	internals map[string]any

	// u8 is the original Uint8Array constructor, captured before any API
	// family wraps it: NewUint8Array is on every body's hot path.
	u8 goja.Constructor

	// ctx is the async context of the code running now (which request a
	// log line or a background task belongs to). It follows promise
	// continuations (goja's AsyncContextTracker), timers and Ref callbacks.
	ctx      any
	ctxStack []any // contexts to restore when promise jobs end

	// seg is the running code's current context segment; busy says code
	// is running; busyCtx is that context. A watchdog reads them from
	// another goroutine to enforce CPU limits. clock is the loop thread's
	// CPU clock while the loop is pinned to its thread, wall time
	// otherwise (see pin).
	seg     segment
	busy    atomic.Bool
	busyCtx atomic.Value
	clock   atomic.Pointer[clockRef] // never nil
	base    time.Time                // origin of the monotonic readings in seg

	pinUntil atomic.Int64 // mono until which the loop should stay pinned
	holds    int          // HoldThread calls not yet released: pin() changes nothing

	// OnCPU is told how long code ran in an async context: at the end of
	// every task and whenever the context switches inside one (a promise
	// continuation of another request). Set it before Start.
	OnCPU func(ctx any, d time.Duration)

	atExit []func() // run on the loop goroutine as it ends

	// OnError receives uncaught exceptions and panics from tasks. Set it
	// before Start.
	OnError func(err error)
	// OnUnhandledRejection receives promises that were rejected and still
	// had no handler once the task and its microtasks finished. Set it
	// before Start.
	OnUnhandledRejection func(p *goja.Promise)
}

// New returns a runtime with the loop not yet started.
func New() *Runtime {
	vm := goja.New()
	vm.SetFieldNameMapper(goja.UncapFieldNameMapper())
	r := &Runtime{
		base:      time.Now(),
		vm:        vm,
		wake:      make(chan struct{}, 1),
		done:      make(chan struct{}),
		timerByID: map[int64]*timer{},
		start:     time.Now(),
		internals: map[string]any{},
	}
	r.clock.Store(&clockRef{}) // wall time until the loop pins itself
	r.u8, _ = goja.AssertConstructor(vm.Get("Uint8Array"))
	vm.SetPromiseRejectionTracker(r.trackRejection)
	vm.SetAsyncContextTracker(contextTracker{r})
	return r
}

// VM returns the goja runtime. Only use it on the loop goroutine (inside a
// Task, or before Start).
func (r *Runtime) VM() *goja.Runtime { return r.vm }

// Since returns the time since the runtime was created, for performance.now.
func (r *Runtime) Since() time.Duration { return time.Since(r.start) }

// SetInternal stores a value other packages of the same runtime can find
// (shared hidden state between API families, e.g. the stream constructor).
// Loop goroutine only.
func (r *Runtime) SetInternal(name string, v any) { r.internals[name] = v }

// Internal returns what SetInternal stored, or nil. Loop goroutine only.
func (r *Runtime) Internal(name string) any { return r.internals[name] }

// AtExit registers f to run on the loop goroutine when the loop ends
// (never, if it never started): cleanup that must happen on the loop's
// thread, such as ending coroutines it created. Before Start, or on the
// loop goroutine.
func (r *Runtime) AtExit(f func()) { r.atExit = append(r.atExit, f) }

// Start runs the loop on a new goroutine.
func (r *Runtime) Start() {
	r.mu.Lock()
	if r.started {
		r.mu.Unlock()
		return
	}
	r.started = true
	r.mu.Unlock()
	go r.run()
}

// Stop ends the loop: queued tasks are dropped and a running script is
// interrupted. It returns once the loop goroutine has exited (immediately
// if it never started).
func (r *Runtime) Stop(reason string) {
	r.mu.Lock()
	if r.stopped {
		r.mu.Unlock()
		if r.started {
			<-r.done
		}
		return
	}
	r.stopped = true
	r.queue = nil
	started := r.started
	r.mu.Unlock()
	r.vm.Interrupt(&StoppedError{Reason: reason})
	r.signal()
	if started {
		<-r.done
	}
}

// Done is closed when the loop has exited.
func (r *Runtime) Done() <-chan struct{} { return r.done }

// Stopped reports whether Stop was called.
func (r *Runtime) Stopped() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stopped
}

// StoppedError is the interrupt value used by Stop.
type StoppedError struct{ Reason string }

func (e *StoppedError) Error() string { return "runtime stopped: " + e.Reason }

// Enqueue schedules t on the loop. It is safe from any goroutine and
// returns false if the runtime is stopped (t will never run).
func (r *Runtime) Enqueue(t Task) bool {
	r.mu.Lock()
	if r.stopped {
		r.mu.Unlock()
		return false
	}
	r.queue = append(r.queue, queued{t: t})
	r.mu.Unlock()
	r.signal()
	return true
}

// EnqueueIn schedules t to run in the async context ctx, like Enqueue of
// a task calling WithContext, but the task's CPU is charged to ctx from
// its start: one segment instead of a switch in the middle.
func (r *Runtime) EnqueueIn(ctx any, t Task) bool {
	r.mu.Lock()
	if r.stopped {
		r.mu.Unlock()
		return false
	}
	r.queue = append(r.queue, queued{t: t, ctx: ctx, inCtx: true})
	r.mu.Unlock()
	r.signal()
	return true
}

// queued is a task, with the async context it runs in if it has its own.
type queued struct {
	t     Task
	ctx   any
	inCtx bool
}

// Sync runs t on the loop and waits for it. It must not be called from the
// loop goroutine. It returns an error if the runtime stops first.
func (r *Runtime) Sync(t Task) error {
	res := make(chan error, 1)
	if !r.Enqueue(func() error {
		res <- runRecovered(t)
		return nil
	}) {
		return &StoppedError{Reason: "not running"}
	}
	select {
	case err := <-res:
		return err
	case <-r.done:
		select {
		case err := <-res:
			return err
		default:
			return &StoppedError{Reason: "stopped"}
		}
	}
}

// runRecovered runs t, turning a panic into an error: a task run for
// Sync must answer, or its caller waits forever.
func runRecovered(t Task) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("jsrt: task panicked: %v", p)
		}
	}()
	return t()
}

// Ref registers outstanding Go work and returns the function that hands its
// result back to the loop. The returned function must be called exactly once
// (from any goroutine); until then Pending counts it. If the runtime has
// stopped, the task is dropped.
func (r *Runtime) Ref() func(Task) {
	r.refs.Add(1)
	var once sync.Once
	ctx := r.ctx
	return func(t Task) {
		once.Do(func() {
			if !r.EnqueueIn(ctx, func() error {
				r.refs.Add(-1)
				return t()
			}) {
				r.refs.Add(-1)
			}
		})
	}
}

// Pending is the number of outstanding Ref callbacks plus live timers that
// keep the loop busy (not unref'd).
func (r *Runtime) Pending() int {
	n := int(r.refs.Load())
	r.mu.Lock()
	for _, t := range r.timers {
		if t.ref {
			n++
		}
	}
	r.mu.Unlock()
	return n
}

func (r *Runtime) signal() {
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

func (r *Runtime) runAtExit() {
	for _, f := range r.atExit {
		func() {
			defer func() { _ = recover() }() // one cleanup must not skip the others
			f()
		}()
	}
}

func (r *Runtime) run() {
	defer close(r.done)
	defer r.unpin()
	idle := time.NewTimer(time.Hour)
	defer idle.Stop()
	for {
		r.pin()
		r.mu.Lock()
		if r.stopped {
			r.mu.Unlock()
			r.clearTimers()
			r.runAtExit()
			return
		}
		tasks := r.queue
		r.queue = nil
		r.mu.Unlock()

		for _, t := range tasks {
			if r.Stopped() {
				break
			}
			r.runTask(t)
		}
		fired := r.fireTimers()
		if len(tasks) > 0 || fired {
			continue
		}
		wait := r.nextTimerIn()
		if !idle.Stop() {
			select {
			case <-idle.C:
			default:
			}
		}
		idle.Reset(wait)
		select {
		case <-r.wake:
		case <-idle.C:
		}
	}
}

// runTask runs t, reports its error or panic, then reports rejections
// that stayed unhandled.
func (r *Runtime) runTask(q queued) {
	t := q.t
	prev := r.ctx
	if q.inCtx {
		r.ctx = q.ctx
	}
	r.busyCtx.Store(ctxBox{r.ctx})
	r.seg.begin(r.mono())
	r.busy.Store(true)
	defer func() {
		if r.ctx != nil {
			r.charge()
		} else if r.OnCPU != nil {
			// Time outside any context is only activity for OnCPU:
			// no clock read (a system call) at the end of such a task.
			r.OnCPU(nil, 0)
		}
		if q.inCtx {
			r.ctx = prev
			r.busyCtx.Store(ctxBox{prev})
		}
		r.busy.Store(false)
	}()
	func() {
		defer func() {
			if p := recover(); p != nil {
				r.report(panicError(p))
			}
		}()
		if err := t(); err != nil {
			r.report(err)
		}
	}()
	r.flushRejections()
}

// ctxBox lets atomic.Value hold a nil context.
type ctxBox struct{ ctx any }

// The loop runs unpinned: a goroutine locked to its OS thread costs two
// thread hand-offs (futex wake-ups) each time it blocks and wakes, about
// a tenth of a hello world's throughput. Unpinned, a segment is charged
// its wall time, which is its CPU unless the machine is busy. Once the
// watchdog sees code run longer than pinAfter (code that may reach a CPU
// limit), the loop pins itself to its thread at its next wake-up and
// charges CPU from that thread's clock, until no code ran that long for
// pinFor.
const (
	pinAfter = 5 * time.Millisecond
	pinFor   = 2 * time.Second
)

// pin locks or unlocks the loop goroutine to its thread as the watchdog
// asks. Loop goroutine only, between tasks (no segment spans a change of
// clock).
func (r *Runtime) pin() {
	want := r.pinUntil.Load() > r.mono()
	if want == r.pinned() || r.holds > 0 {
		return
	}
	if !want {
		r.unpin()
		return
	}
	if clock, ok := pinThread(); ok {
		r.setClock(clock)
	} else {
		r.pinUntil.Store(0) // no thread clock: stay on wall time
	}
}

// HoldThread keeps the loop's thread state (pinned to its thread or not)
// as it is until release is called. Code that makes a Go coroutine
// (iter.Pull) holds it while the coroutine lives: Go kills the process
// when a coroutine is resumed under other thread locking than it was made
// under. Loop goroutine only; release must be called once.
func (r *Runtime) HoldThread() (release func()) {
	r.holds++
	released := false
	return func() {
		if !released {
			released = true
			r.holds--
		}
	}
}

func (r *Runtime) unpin() {
	if r.pinned() {
		r.setClock(nil)
		unpinThread()
	}
}

// pinned says the loop goroutine is locked to its thread: its clock is
// the thread's.
func (r *Runtime) pinned() bool { return r.clock.Load().read != nil }

// clockRef is the loop's clock (read nil: wall time) and which one it is: a
// reading of one clock means nothing against another's (a segment the
// watchdog looked at before a change is charged its wall time).
type clockRef struct {
	read func() int64
	gen  uint64
}

func (r *Runtime) setClock(read func() int64) {
	r.clock.Store(&clockRef{read: read, gen: r.clock.Load().gen + 1})
}

// now reads the loop's clock (its thread's CPU while pinned, else wall
// time) and says which clock that was.
func (r *Runtime) now() (int64, uint64) {
	c := r.clock.Load()
	if c.read == nil {
		return time.Now().UnixNano(), c.gen
	}
	return c.read(), c.gen
}

// mono is monotonic wall time since the runtime was made (no system call).
func (r *Runtime) mono() int64 { return int64(time.Since(r.base)) }

// segment times one stretch of code in one context. Reading the thread's
// CPU clock is a system call (about 3 µs in a VM, two per request were 6 %
// of a hello world's CPU), so a segment starts with a monotonic reading
// only. The first time the watchdog sees it running (it looks every few
// ms) it reads the CPU clock once; from then on the segment's CPU is that
// clock's progress plus the wall time before the first look. A segment
// the watchdog never saw — almost every task — is charged its wall time:
// under a millisecond or so, and never less than its CPU.
type segment struct {
	mu        sync.Mutex
	wallStart int64  // mono at the start
	seen      bool   // the watchdog looked: cpuAt and wallAt are set
	cpuAt     int64  // CPU clock at the first look
	cpuGen    uint64 // which clock cpuAt is of
	wallAt    int64  // mono at the first look
}

func (s *segment) begin(mono int64) {
	s.mu.Lock()
	s.wallStart, s.seen = mono, false
	s.mu.Unlock()
}

// used is the segment's CPU so far. look marks it seen (the watchdog);
// restart ends it and starts the next one at the same instant (a switch
// of context, the end of a task), so no time falls between the two.
func (s *segment) used(r *Runtime, look, restart bool) time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := r.mono()
	var d time.Duration
	switch {
	case s.seen:
		if cpu, gen := r.now(); gen == s.cpuGen {
			d = time.Duration(cpu - s.cpuAt + s.wallAt - s.wallStart)
			break
		}
		d = time.Duration(now - s.wallStart) // the clock changed since the look
	case look:
		s.seen, s.wallAt = true, now
		s.cpuAt, s.cpuGen = r.now()
		fallthrough
	default:
		d = time.Duration(now - s.wallStart)
	}
	if restart {
		s.wallStart, s.seen = now, false
	}
	return d
}

// charge reports the CPU time of the current segment and starts a new one.
func (r *Runtime) charge() {
	if !r.busy.Load() {
		return
	}
	used := r.seg.used(r, false, true)
	if r.OnCPU != nil {
		r.OnCPU(r.ctx, used)
	}
}

// setCtx switches the async context, charging CPU to the previous one.
func (r *Runtime) setCtx(ctx any) {
	if ctx == r.ctx {
		return
	}
	r.charge()
	r.ctx = ctx
	r.busyCtx.Store(ctxBox{ctx})
}

// Busy reports whether code is running, the CPU time it has used in its
// current context so far, and that context. Safe from any goroutine (the
// CPU watchdog).
func (r *Runtime) Busy() (used time.Duration, ctx any, busy bool) {
	if !r.busy.Load() {
		return 0, nil, false
	}
	used = r.seg.used(r, true, false)
	if used >= pinAfter {
		r.pinUntil.Store(r.mono() + int64(pinFor))
	}
	b, _ := r.busyCtx.Load().(ctxBox)
	return used, b.ctx, true
}

// Interrupt aborts the JS running now with v (an *goja.InterruptedError
// whose Value is v reaches OnError); the loop goes on with the next task.
func (r *Runtime) Interrupt(v any) { r.vm.Interrupt(v) }

func (r *Runtime) report(err error) {
	var stopped *StoppedError
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		if s, ok := intr.Value().(*StoppedError); ok {
			stopped = s
		}
	}
	if stopped != nil || errors.As(err, &stopped) {
		return // the runtime is going away; not the user's error
	}
	if r.OnError != nil {
		r.OnError(err)
	}
}

// PanicError is a Go panic recovered on the loop (a bug in a native API,
// not in user code). It is reported, never re-raised: a misbehaving
// function must not crash the process.
type PanicError struct {
	Value any
	Stack string
}

func (e *PanicError) Error() string { return fmt.Sprintf("internal error: %v", e.Value) }

func panicError(p any) error {
	switch v := p.(type) {
	case *goja.Exception:
		return v
	case *goja.InterruptedError:
		return v
	case goja.Value:
		return &ThrownError{Value: v}
	}
	return &PanicError{Value: p, Stack: string(debug.Stack())}
}

func (r *Runtime) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		r.rejections = append(r.rejections, p)
	case goja.PromiseRejectionHandle:
		for i, q := range r.rejections {
			if q == p {
				r.rejections = append(r.rejections[:i], r.rejections[i+1:]...)
				break
			}
		}
	}
}

func (r *Runtime) flushRejections() {
	for len(r.rejections) > 0 {
		list := r.rejections
		r.rejections = nil
		for _, p := range list {
			if r.OnUnhandledRejection != nil {
				func() {
					defer func() {
						if rec := recover(); rec != nil {
							r.report(panicError(rec))
						}
					}()
					r.OnUnhandledRejection(p)
				}()
			}
		}
	}
}

// --- timers ---

type timer struct {
	id       int64
	when     time.Time
	interval time.Duration
	repeat   bool
	ref      bool
	fn       func()
	ctx      any
	index    int
}

type timerHeap []*timer

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].when.Equal(h[j].when) {
		return h[i].id < h[j].id
	}
	return h[i].when.Before(h[j].when)
}
func (h timerHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i]; h[i].index = i; h[j].index = j }
func (h *timerHeap) Push(x any)   { t := x.(*timer); t.index = len(*h); *h = append(*h, t) }
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

// minTimerDelay matches browsers and Deno: setTimeout(fn, 0) still yields.
const minTimerDelay = time.Millisecond

// SetTimer schedules fn on the loop after d (repeating if repeat). Loop
// goroutine only. It returns the timer id for ClearTimer.
func (r *Runtime) SetTimer(d time.Duration, repeat bool, fn func()) int64 {
	if d < minTimerDelay {
		d = minTimerDelay
	}
	r.mu.Lock()
	r.nextTimer++
	t := &timer{id: r.nextTimer, when: time.Now().Add(d), interval: d, repeat: repeat, ref: true, fn: fn, ctx: r.ctx}
	heap.Push(&r.timers, t)
	r.timerByID[t.id] = t
	r.mu.Unlock()
	return t.id
}

// ClearTimer cancels a timer; unknown ids are ignored.
func (r *Runtime) ClearTimer(id int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	t, ok := r.timerByID[id]
	if !ok {
		return
	}
	delete(r.timerByID, id)
	if t.index >= 0 {
		heap.Remove(&r.timers, t.index)
	}
}

// RefTimer sets whether a timer keeps the loop busy (Deno.unrefTimer).
func (r *Runtime) RefTimer(id int64, ref bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if t, ok := r.timerByID[id]; ok {
		t.ref = ref
	}
}

func (r *Runtime) fireTimers() bool {
	now := time.Now()
	fired := false
	for {
		r.mu.Lock()
		if len(r.timers) == 0 || r.timers[0].when.After(now) || r.stopped {
			r.mu.Unlock()
			return fired
		}
		t := heap.Pop(&r.timers).(*timer)
		if t.repeat {
			t.when = now.Add(t.interval)
			heap.Push(&r.timers, t)
		} else {
			delete(r.timerByID, t.id)
		}
		r.mu.Unlock()
		fired = true
		r.runTask(queued{t: func() error { t.fn(); return nil }, ctx: t.ctx, inCtx: true})
	}
}

func (r *Runtime) nextTimerIn() time.Duration {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.timers) == 0 {
		return time.Hour
	}
	d := time.Until(r.timers[0].when)
	if d < 0 {
		d = 0
	}
	return d
}

func (r *Runtime) clearTimers() {
	r.mu.Lock()
	r.timers = nil
	r.timerByID = map[int64]*timer{}
	r.mu.Unlock()
}

// --- async context ---

// Context returns the async context of the running code (nil outside any).
// Loop goroutine only.
func (r *Runtime) Context() any { return r.ctx }

// WithContext runs t with ctx as the current async context; promise
// continuations, timers and Ref callbacks created inside inherit it.
func (r *Runtime) WithContext(ctx any, t Task) error {
	prev := r.ctx
	r.setCtx(ctx)
	defer r.setCtx(prev)
	return t()
}

type contextTracker struct{ r *Runtime }

func (c contextTracker) Grab() any { return c.r.ctx }

// Resumed and Exited bracket one promise job; goja runs jobs inside
// whatever top-level call is returning, so Exited restores the context
// that was current before the job rather than clearing it.
func (c contextTracker) Resumed(ctx any) {
	c.r.ctxStack = append(c.r.ctxStack, c.r.ctx)
	c.r.setCtx(ctx)
}

func (c contextTracker) Exited() {
	var prev any
	if n := len(c.r.ctxStack); n > 0 {
		prev = c.r.ctxStack[n-1]
		c.r.ctxStack = c.r.ctxStack[:n-1]
	}
	c.r.setCtx(prev)
}
