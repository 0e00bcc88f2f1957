package jsrt

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

// MicrotaskCheckpoint returns a function that runs every pending promise
// job (microtask) now, including the jobs those jobs queue — what goja
// does when a call from Go returns to Go, without returning.
//
// It lets a native hand a batch of events to JS in one call (one call
// from Go: goja drops its value stack when such a call returns and
// regrows it on the next) while microtasks still run between two events,
// as Deno's event loop does. Call it only from Go code that JS called
// (a native function), on the loop goroutine; a job's uncatchable error
// (an interrupt) panics through it, as it would through any call into
// JS, and ends the outer call.
//
// goja keeps its job queue unexported, so this reads the field by name;
// ok is false when this goja has no such field (use one call per event).
func (r *Runtime) MicrotaskCheckpoint() (run func(), ok bool) {
	return checkpointOf(r.vm)
}

func checkpointOf(vm *goja.Runtime) (func(), bool) {
	f := reflect.ValueOf(vm).Elem().FieldByName("jobQueue")
	if !f.IsValid() || f.Type() != reflect.TypeOf([]func(){}) {
		return nil, false
	}
	q := (*[]func())(unsafe.Pointer(f.UnsafeAddr()))
	var spare []func()
	return func() {
		for len(*q) > 0 {
			// jobs queued while these run go to the next round, as in goja
			jobs := *q
			*q, spare = spare[:0], nil
			for i, job := range jobs {
				jobs[i] = nil
				job()
			}
			if spare == nil {
				spare = jobs[:0]
			}
		}
	}, true
}

// batcher runs the loop's queued tasks inside one call into JS, with a
// microtask checkpoint after each task. goja drops its value stack when a
// call from Go returns to Go and regrows it on the next, and a request's
// task alone makes four such calls (request, info, handler, response):
// nested inside the batch's call, they are plain calls on a warm stack.
// The order of what runs is Deno's: a task, then all its microtasks.
type batcher struct {
	r          *Runtime
	enter      goja.Callable // JS: () => next(), so the tasks run nested
	checkpoint func()
	pending    []queued
	inside     bool
}

func newBatcher(r *Runtime) *batcher {
	checkpoint, ok := checkpointOf(r.vm)
	if !ok {
		return nil
	}
	b := &batcher{r: r, checkpoint: checkpoint}
	v, err := r.vm.RunString(`(next) => function batch() { next(); }`)
	if err != nil {
		return nil
	}
	mk, _ := goja.AssertFunction(v)
	f, err := mk(goja.Undefined(), r.vm.ToValue(b.next))
	if err != nil {
		return nil
	}
	b.enter, _ = goja.AssertFunction(f)
	return b
}

// next runs the pending tasks; JS calls it (inside batch).
func (b *batcher) next(goja.FunctionCall) goja.Value {
	for len(b.pending) > 0 && !b.r.Stopped() {
		q := b.pending[0]
		b.pending[0] = queued{}
		b.pending = b.pending[1:]
		b.r.runTask(q)
	}
	return goja.Undefined()
}

// runTasks runs tasks in order, in as few calls into JS as it can: an
// uncatchable error (an interrupt) in a microtask ends the call, and the
// rest run in the next.
func (r *Runtime) runTasks(tasks []queued) {
	b := r.batch
	if b == nil || b.inside {
		for _, t := range tasks {
			if r.Stopped() {
				return
			}
			r.runTask(t)
		}
		return
	}
	b.pending = tasks
	defer func() { b.pending = nil }()
	for len(b.pending) > 0 && !r.Stopped() {
		b.inside = true
		_, err := b.enter(goja.Undefined())
		b.inside = false
		if err != nil {
			r.report(err)
			r.flushRejections()
		}
	}
}
