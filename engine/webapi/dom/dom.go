// Package dom installs the DOM Standard's event model as Deno has it:
// DOMException, Event (+ CustomEvent, ErrorEvent, PromiseRejectionEvent,
// CloseEvent, MessageEvent, ProgressEvent), EventTarget — with globalThis
// itself an EventTarget, so `addEventListener("beforeunload", ...)` works —
// reportError, and AbortController / AbortSignal (abort, timeout, any).
//
// It is plain JS (dom.js): dispatch is a loop over a listener list, no
// hot path worth native code. Targets have no parents, so there is no
// capture/bubble path (as for every target in Deno). A listener that
// throws is reported with reportError (an `error` event on globalThis; if
// no listener cancels it, the runtime's OnError) and the others still run.
package dom

import (
	_ "embed"
	"errors"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

//go:embed dom.js
var domJS string

var script = jsrt.NewScript("edgeplay:dom", domJS)

type hooks struct {
	newEvent, dispatchGlobal goja.Callable
}

const hooksKey = "dom.hooks"

// Install adds the globals.
func Install(r *jsrt.Runtime) error {
	v, err := script.Call(r, map[string]any{
		// FunctionCall-shaped natives skip goja's reflection: every event calls this.
		"now": func(goja.FunctionCall) goja.Value {
			return r.VM().ToValue(float64(r.Since().Microseconds()) / 1000)
		},
		"unrefTimer": func(id int64) { r.RefTimer(id, false) },
		"report": func(v goja.Value) {
			if r.OnError != nil {
				r.OnError(&jsrt.ThrownError{Value: v})
			}
		},
	})
	if err != nil {
		return err
	}
	o := v.(*goja.Object)
	h := &hooks{}
	h.newEvent, _ = goja.AssertFunction(o.Get("newEvent"))
	h.dispatchGlobal, _ = goja.AssertFunction(o.Get("dispatchGlobal"))
	r.SetInternal(hooksKey, h)
	return nil
}

func hooksOf(r *jsrt.Runtime) (*hooks, error) {
	h, ok := r.Internal(hooksKey).(*hooks)
	if !ok {
		return nil, errors.New("dom: not installed")
	}
	return h, nil
}

// NewEvent creates a trusted event of class (Event, CustomEvent,
// ErrorEvent, PromiseRejectionEvent, CloseEvent, MessageEvent,
// ProgressEvent). Loop goroutine only.
func NewEvent(r *jsrt.Runtime, class, typ string, init map[string]any) (goja.Value, error) {
	h, err := hooksOf(r)
	if err != nil {
		return nil, err
	}
	vm := r.VM()
	initV := goja.Value(goja.Undefined())
	if init != nil {
		initV = vm.ToValue(init)
	}
	return h.newEvent(goja.Undefined(), vm.ToValue(class), vm.ToValue(typ), initV)
}

// DispatchGlobal dispatches ev on globalThis; notCanceled is false when a
// listener called preventDefault. Loop goroutine only.
func DispatchGlobal(r *jsrt.Runtime, ev goja.Value) (notCanceled bool, err error) {
	h, err := hooksOf(r)
	if err != nil {
		return true, err
	}
	v, err := h.dispatchGlobal(goja.Undefined(), ev)
	if err != nil {
		return true, err
	}
	return v.ToBoolean(), nil
}
