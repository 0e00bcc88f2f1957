// Package timers installs setTimeout, setInterval, clearTimeout,
// clearInterval and queueMicrotask on a runtime, driven by the jsrt loop's
// timer heap (so timers fire in order and only on the loop goroutine).
package timers

import (
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// Install adds the timer globals.
func Install(r *jsrt.Runtime) error {
	vm := r.VM()
	set := func(repeat bool) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			fn, ok := goja.AssertFunction(call.Argument(0))
			if !ok {
				// Browsers accept a string to eval; Deno throws. Follow Deno.
				r.ThrowTypeError("Callback must be a function")
			}
			ms := call.Argument(1).ToFloat()
			if ms != ms || ms < 0 { // NaN or negative
				ms = 0
			}
			args := append([]goja.Value(nil), call.Arguments[min(2, len(call.Arguments)):]...)
			id := r.SetTimer(time.Duration(ms*float64(time.Millisecond)), repeat, func() {
				if _, err := fn(goja.Undefined(), args...); err != nil {
					panic(err)
				}
			})
			return vm.ToValue(id)
		}
	}
	clear := func(call goja.FunctionCall) goja.Value {
		if v := call.Argument(0); !goja.IsUndefined(v) && !goja.IsNull(v) {
			r.ClearTimer(v.ToInteger())
		}
		return goja.Undefined()
	}
	g := vm.GlobalObject()
	for name, v := range map[string]any{
		"setTimeout":    set(false),
		"setInterval":   set(true),
		"clearTimeout":  clear,
		"clearInterval": clear,
	} {
		if err := g.Set(name, v); err != nil {
			return err
		}
	}
	_, err := microtask.Call(r, func(id int64, ref bool) { r.RefTimer(id, ref) })
	return err
}

// queueMicrotask rides on promise jobs, which goja drains after every task;
// an exception in the callback is reported like any uncaught error, not as
// a rejected promise.
var microtask = jsrt.NewScript("edgeplay:timers", `(function (refTimer) {
  const resolved = Promise.resolve();
  Object.defineProperty(globalThis, "queueMicrotask", {
    value: function queueMicrotask(cb) {
      if (typeof cb !== "function") throw new TypeError("Argument 1 is not a function");
      resolved.then(() => { try { cb(); } catch (e) { setTimeout(() => { throw e; }, 0); } });
    },
    writable: true, configurable: true, enumerable: false,
  });
  Object.defineProperty(globalThis, "__edgeplayRefTimer", { value: refTimer, enumerable: false });
})`)
