// Package console installs `console` — every level, printf-style
// substitutions, table, time, count, group, assert, trace — and the
// Deno.inspect formatter, shared as globalThis[Symbol.for("edgeplay.inspect")]
// (the Deno package exposes it as Deno.inspect) and as Inspect for Go.
//
// Output goes to a Go function with a level ("debug", "info", "log",
// "warn", "error"); console.error, assert and trace are "error". The
// worker turns each line into a `log` event.
//
// The formatter is JS (inspect.js): it needs the engine's own view of
// values — prototypes, accessors, brand checks, custom inspectors — which
// from Go would cost a goja call per property. It follows Deno's (Node's)
// algorithm rule for rule, and testdata/deno_golden.json, generated from
// real Deno by testdata/gen.js, is the table it is tested against. Only
// 100 items of a list are formatted, so a 10,000-object array takes a few
// milliseconds. Natives: promise state and proxy targets (invisible to JS).
//
// Known gaps: Map/Set iterators print as `Object [Map Iterator] {}` (their
// entries cannot be previewed without consuming them); showHidden lists own
// non-enumerable keys but not prototype accessors; output is never
// coloured (CSS of %c is dropped); console.clear only resets groups.
package console

import (
	_ "embed"
	"fmt"
	"reflect"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

//go:embed inspect.js
var inspectJS string

//go:embed console.js
var consoleJS string

var (
	inspectScript = jsrt.NewScript("edgeplay:inspect", inspectJS)
	consoleScript = jsrt.NewScript("edgeplay:console", consoleJS)
)

const inspectKey = "console.inspect"

var (
	proxyType = reflect.TypeOf(goja.Proxy{})
)

// Install returns the installer; out receives every line (without a
// trailing newline), on the loop goroutine.
func Install(out func(level, message string)) jsrt.Installer {
	return func(r *jsrt.Runtime) error {
		vm := r.VM()
		fmtLib, err := inspectScript.Call(r, map[string]any{
			"promiseState": func(call goja.FunctionCall) goja.Value {
				p, ok := jsrt.AsPromise(call.Argument(0))
				if !ok {
					return goja.Null()
				}
				switch p.State() {
				case goja.PromiseStateFulfilled:
					return vm.NewArray("fulfilled", p.Result())
				case goja.PromiseStateRejected:
					return vm.NewArray("rejected", p.Result())
				}
				return vm.NewArray("pending")
			},
			"proxyTarget": func(call goja.FunctionCall) goja.Value {
				o, ok := call.Argument(0).(*goja.Object)
				if !ok {
					return goja.Null()
				}
				if o.ExportType() != proxyType {
					return goja.Null()
				}
				p, ok := o.Export().(goja.Proxy)
				if !ok {
					return goja.Null()
				}
				var target, handler goja.Value = goja.Null(), goja.Null()
				if t := p.Target(); t != nil { // nil once revoked
					target = t
				}
				if h := p.Handler(); h != nil {
					handler = h
				}
				return vm.NewArray(target, handler)
			},
		})
		if err != nil {
			return fmt.Errorf("console: inspect: %w", err)
		}
		v, err := consoleScript.Call(r, map[string]any{
			"out": func(call goja.FunctionCall) goja.Value {
				out(call.Argument(0).String(), call.Argument(1).String())
				return goja.Undefined()
			},
			"now": func(goja.FunctionCall) goja.Value {
				return vm.ToValue(float64(r.Since().Nanoseconds()) / 1e6)
			},
		}, fmtLib)
		if err != nil {
			return fmt.Errorf("console: %w", err)
		}
		fn, ok := goja.AssertFunction(v)
		if !ok {
			return fmt.Errorf("console: script did not return the inspect function")
		}
		r.SetInternal(inspectKey, fn)
		return nil
	}
}

// Inspect formats v as console.log would (a string comes back as is, other
// values as Deno.inspect formats them). Loop goroutine only.
func Inspect(r *jsrt.Runtime, v goja.Value) string {
	if v == nil {
		return "undefined"
	}
	fn, ok := r.Internal(inspectKey).(goja.Callable)
	if !ok {
		return v.String()
	}
	res, err := fn(goja.Undefined(), v)
	if err != nil {
		return v.String()
	}
	return res.String()
}
