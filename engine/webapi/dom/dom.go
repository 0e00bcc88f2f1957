// Package dom installs the DOM Standard's event model as Deno has it:
// DOMException (every legacy code and constant), Event (+ CustomEvent,
// ErrorEvent, PromiseRejectionEvent, CloseEvent, MessageEvent,
// ProgressEvent), EventTarget — with globalThis itself an EventTarget and
// its onload/onunload/onbeforeunload/onunhandledrejection/onerror handler
// attributes, so `addEventListener("beforeunload", ...)` works — reportError,
// and AbortController / AbortSignal (abort, timeout, any).
//
// It is plain JS (dom.js): dispatch is a loop over a listener list, no hot
// path worth a native call per event. State lives in #private fields, so
// events and targets have no visible own properties (as in Deno). Natives:
// the unref'd timer of AbortSignal.timeout (a pending timeout signal does
// not keep the loop busy) and the runtime's OnError.
//
// Events are cheap to make because a WebSocket makes one per message: an
// event's state is a handful of private slots (flags as bits, the
// subclass's init members in generic slots) of an internal class whose
// constructor takes no rest parameter — Event's constructor checks the
// arity and returns one with new.target's prototype; FireMessage makes
// one directly — no record object and no `arguments` object. Other API
// families' scripts get FireMessage (a message event dispatched without
// the public API's checks) and DefineHandler (on<event> attributes whose
// function dispatch calls directly).
//
// A listener that throws is reported with reportError — an `error`
// ErrorEvent on globalThis; if no listener cancels it, the runtime's
// OnError — and the other listeners still run.
//
// Known gaps: targets have no parents, so there is no capture/bubble path
// (Deno has none outside its internals either); Event.timeStamp is 0 as in
// Deno; AbortSignal.any keeps its dependents strongly (Deno uses weak
// references), so a long-lived source signal holds every dependent made
// from it until it aborts; ErrorEvent location of a reported non-Error is
// empty (Deno gives the call site).
package dom

import (
	_ "embed"
	"errors"
	"fmt"
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

//go:embed dom.js
var domJS string

var script = jsrt.NewScript("edgeplay:dom", domJS)

type hooks struct {
	newEvent, dispatchGlobal, newAbortSignal, abortSignal, isAbortSignal, onAbort goja.Callable
	fireMessage, defineHandler                                                    goja.Value
}

const hooksKey = "dom.hooks"

// Install adds the globals.
func Install(r *jsrt.Runtime) error {
	vm := r.VM()
	v, err := script.Call(r, map[string]any{
		"timeout": func(call goja.FunctionCall) goja.Value {
			fn, ok := goja.AssertFunction(call.Argument(1))
			if !ok {
				panic(vm.NewTypeError("timeout: callback is not a function"))
			}
			ms := call.Argument(0).ToInteger()
			id := r.SetTimer(time.Duration(ms)*time.Millisecond, false, func() {
				if _, err := fn(goja.Undefined()); err != nil {
					panic(err) // reported by the loop like any uncaught error
				}
			})
			r.RefTimer(id, false)
			return goja.Undefined()
		},
		"report": func(call goja.FunctionCall) goja.Value {
			if r.OnError != nil {
				r.OnError(&jsrt.ThrownError{Value: call.Argument(0)})
			}
			return goja.Undefined()
		},
	})
	if err != nil {
		return fmt.Errorf("dom: %w", err)
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return errors.New("dom: script did not return its hooks")
	}
	h := &hooks{}
	for name, dst := range map[string]*goja.Callable{
		"newEvent": &h.newEvent, "dispatchGlobal": &h.dispatchGlobal, "newAbortSignal": &h.newAbortSignal,
		"abortSignal": &h.abortSignal, "isAbortSignal": &h.isAbortSignal, "onAbort": &h.onAbort,
	} {
		fn, ok := goja.AssertFunction(o.Get(name))
		if !ok {
			return fmt.Errorf("dom: hook %s missing", name)
		}
		*dst = fn
	}
	for name, dst := range map[string]*goja.Value{"fireMessage": &h.fireMessage, "defineHandler": &h.defineHandler} {
		*dst = o.Get(name)
		if _, ok := goja.AssertFunction(*dst); !ok {
			return fmt.Errorf("dom: hook %s missing", name)
		}
	}
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

// NewEvent creates an event (untrusted, as Deno's own are) of class (Event, CustomEvent,
// ErrorEvent, PromiseRejectionEvent, CloseEvent, MessageEvent,
// ProgressEvent) with the given init dictionary (nil for none; keys as in
// the class's init, e.g. "cancelable", "detail", "reason"). Loop goroutine
// only.
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
	ev, err := h.newEvent(goja.Undefined(), vm.ToValue(class), vm.ToValue(typ), initV)
	if err != nil {
		return nil, fmt.Errorf("dom: new %s %q: %w", class, typ, err)
	}
	return ev, nil
}

// DispatchGlobal dispatches ev on globalThis; notCanceled is false when a
// listener called preventDefault. Listener exceptions do not surface here:
// they are reported (error event, then the runtime's OnError). Loop
// goroutine only.
func DispatchGlobal(r *jsrt.Runtime, ev goja.Value) (notCanceled bool, err error) {
	h, err := hooksOf(r)
	if err != nil {
		return true, err
	}
	v, err := h.dispatchGlobal(goja.Undefined(), ev)
	if err != nil {
		return true, fmt.Errorf("dom: dispatch: %w", err)
	}
	return v.ToBoolean(), nil
}

// FireMessage returns the JS function (target, data, origin) that does
// target.dispatchEvent(new MessageEvent("message", { data, origin })) —
// same event, same listeners, same order — without the public API's
// argument checks and init dictionary: the per-message path of natives
// that deliver messages (WebSocket). target must be an EventTarget. Loop
// goroutine only.
func FireMessage(r *jsrt.Runtime) (goja.Value, error) {
	h, err := hooksOf(r)
	if err != nil {
		return nil, err
	}
	return h.fireMessage, nil
}

// DefineHandler returns the JS function (proto, name) that defines the
// on<name> event handler attribute on a native EventTarget class's
// prototype, as the HTML standard (and Deno) has it: one listener per
// target, keeping its place when the handler is replaced, called with the
// target as this; the getter answers null on objects that are not
// EventTargets. Loop goroutine only.
func DefineHandler(r *jsrt.Runtime) (goja.Value, error) {
	h, err := hooksOf(r)
	if err != nil {
		return nil, err
	}
	return h.defineHandler, nil
}

// NewAbortSignal returns a fresh, not yet aborted AbortSignal (for Go code
// that hands JS a signal it aborts later with Abort). Loop goroutine only.
func NewAbortSignal(r *jsrt.Runtime) (goja.Value, error) {
	h, err := hooksOf(r)
	if err != nil {
		return nil, err
	}
	return h.newAbortSignal(goja.Undefined())
}

// Abort aborts signal with reason (nil or undefined: a DOMException
// "AbortError"), firing its abort listeners now. Aborting twice is a no-op.
// Loop goroutine only.
func Abort(r *jsrt.Runtime, signal, reason goja.Value) error {
	h, err := hooksOf(r)
	if err != nil {
		return err
	}
	if reason == nil {
		reason = goja.Undefined()
	}
	if _, err := h.abortSignal(goja.Undefined(), signal, reason); err != nil {
		return fmt.Errorf("dom: abort: %w", err)
	}
	return nil
}

// IsAbortSignal reports whether v is an AbortSignal of this runtime.
// Loop goroutine only.
func IsAbortSignal(r *jsrt.Runtime, v goja.Value) bool {
	h, err := hooksOf(r)
	if err != nil || v == nil {
		return false
	}
	res, err := h.isAbortSignal(goja.Undefined(), v)
	return err == nil && res.ToBoolean()
}

// OnAbort calls fn with the signal's reason when signal aborts — at once
// if it already has. remove detaches fn (call it when the work finishes, so
// a long-lived signal does not hold it). fn runs on the loop goroutine.
// Typical use: cancel a Go context for a request made with a JS signal.
// Loop goroutine only.
func OnAbort(r *jsrt.Runtime, signal goja.Value, fn func(reason goja.Value)) (remove func(), err error) {
	h, err := hooksOf(r)
	if err != nil {
		return nil, err
	}
	if !IsAbortSignal(r, signal) {
		return nil, jsrt.TypeErrorf("OnAbort: not an AbortSignal")
	}
	cb := func(call goja.FunctionCall) goja.Value {
		fn(call.Argument(0))
		return goja.Undefined()
	}
	v, err := h.onAbort(goja.Undefined(), signal, r.VM().ToValue(cb))
	if err != nil {
		return nil, fmt.Errorf("dom: on abort: %w", err)
	}
	rm, ok := goja.AssertFunction(v)
	if !ok {
		return func() {}, nil
	}
	return func() { _, _ = rm(goja.Undefined()) }, nil
}
