// Package console installs `console` (every level, printf-style
// specifiers, table, time, count, group, assert, trace) with values
// formatted like Deno.inspect: strings quoted inside objects, Map/Set/typed
// array shapes, [Circular *1], depth 4, 100 items then "... N more items",
// line breaks past 72 columns. The formatter is JS (console.js): it needs
// the engine's own view of values (prototypes, accessors, promise state
// through one native).
//
// Output goes to a Go function with a level ("debug", "info", "log",
// "warn", "error") — the worker turns each line into a `log` event.
package console

import (
	_ "embed"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

//go:embed console.js
var consoleJS string

var script = jsrt.NewScript("edgeplay:console", consoleJS)

const inspectKey = "console.inspect"

// Install returns the installer; out receives every line.
func Install(out func(level, message string)) jsrt.Installer {
	return func(r *jsrt.Runtime) error {
		v, err := script.Call(r, map[string]any{
			"out": out,
			"now": func() float64 { return float64(r.Since().Microseconds()) / 1000 },
			"promiseState": func(v goja.Value) []any {
				p, ok := v.Export().(*goja.Promise)
				if !ok {
					return []any{"pending", nil}
				}
				switch p.State() {
				case goja.PromiseStateFulfilled:
					return []any{"fulfilled", p.Result()}
				case goja.PromiseStateRejected:
					return []any{"rejected", p.Result()}
				}
				return []any{"pending", nil}
			},
		})
		if err != nil {
			return err
		}
		fn, _ := goja.AssertFunction(v)
		r.SetInternal(inspectKey, fn)
		return nil
	}
}

// Inspect formats v as console.log would (strings unquoted at top level).
// Loop goroutine only.
func Inspect(r *jsrt.Runtime, v goja.Value) string {
	fn, ok := r.Internal(inspectKey).(goja.Callable)
	if !ok || v == nil {
		if v == nil {
			return "undefined"
		}
		return v.String()
	}
	res, err := fn(goja.Undefined(), v)
	if err != nil {
		return v.String()
	}
	return res.String()
}
