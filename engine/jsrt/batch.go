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
