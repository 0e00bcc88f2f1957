package streams

import (
	"errors"
	"math"
	"reflect"
	"runtime"
	"runtime/debug"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// rt is the per-runtime state of the native streams: the prototypes, the
// few JS functions the algorithms need, and goja's microtask queue.
type rt struct {
	r    *jsrt.Runtime
	vm   *goja.Runtime
	jobs *[]func() // goja's job queue (see queue)
	// stateSym keys an instance's Go state (see wrap)
	stateSym *goja.Symbol

	// inJS's trampoline: a JS function calling run, which calls cur
	tramp goja.Callable
	run   goja.Value
	cur   func()   // what run calls
	held  []func() // what the last run queued

	promiseCtor  *goja.Object
	then         goja.Callable
	resolveFn    goja.Callable // Promise.resolve
	uint8Ctor    *goja.Object
	arrayBufCtor *goja.Object
	isView       goja.Callable
	noop         goja.Value

	handledField uintptr // offset of goja.Promise.handled, 0 if unknown
	hasHandled   bool

	rsProto, defReaderProto, byobReaderProto, defCtrlProto, byteCtrlProto, byobReqProto *goja.Object
	wsProto, writerProto, wsCtrlProto, tsProto, tsCtrlProto, iterProto                  *goja.Object
}

const rtKey = "streams.rt"

func rtOf(r *jsrt.Runtime) *rt {
	t, _ := r.Internal(rtKey).(*rt)
	return t
}

func newRT(r *jsrt.Runtime) (*rt, error) {
	vm := r.VM()
	t := &rt{r: r, vm: vm, stateSym: goja.NewSymbol("[[state]]")}
	f := reflect.ValueOf(vm).Elem().FieldByName("jobQueue")
	if !f.IsValid() || f.Type() != reflect.TypeOf([]func(){}) {
		return nil, errors.New("streams: this goja has no jobQueue")
	}
	t.jobs = (*[]func())(unsafe.Pointer(f.UnsafeAddr()))
	if sf, ok := reflect.TypeOf(goja.Promise{}).FieldByName("handled"); ok && sf.Type.Kind() == reflect.Bool {
		t.handledField, t.hasHandled = sf.Offset, true
	}
	t.promiseCtor = vm.Get("Promise").ToObject(vm)
	t.then, _ = goja.AssertFunction(t.promiseCtor.Get("prototype").ToObject(vm).Get("then"))
	t.resolveFn, _ = goja.AssertFunction(t.promiseCtor.Get("resolve"))
	t.uint8Ctor = vm.Get("Uint8Array").ToObject(vm)
	t.arrayBufCtor = vm.Get("ArrayBuffer").ToObject(vm)
	t.isView, _ = goja.AssertFunction(t.arrayBufCtor.Get("isView"))
	tv, err := trampJS.Run(r)
	if err != nil {
		return nil, err
	}
	t.tramp, _ = goja.AssertFunction(tv)
	t.run = vm.ToValue(func(goja.FunctionCall) goja.Value {
		defer func() { t.held = *t.jobs; *t.jobs = nil }()
		t.cur()
		return goja.Undefined()
	})
	t.noop = vm.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	return t, nil
}

var trampJS = jsrt.NewScript("edgeplay:streams-tramp", "(function (f) { f(); })")

// inJS runs fn inside a JS frame with microtasks held back. When Go calls
// into goja with no JS frame on the stack (a job run by goja's queue, a
// loop task), goja drains the whole job queue as that call returns:
// resolving a promise or calling a user callback would run later
// microtasks in the middle of an algorithm, out of order (jobs this one
// queued before the rest of the current round). Inside the frame nothing
// drains; what fn queued is put back after what was already waiting.
func (t *rt) inJS(fn func()) {
	stash := *t.jobs
	*t.jobs = nil
	prev := t.cur
	t.cur = fn
	defer func() {
		t.cur = prev
		queued := t.held
		t.held = nil
		if len(stash) == 0 {
			*t.jobs = queued
		} else {
			*t.jobs = append(stash, queued...)
		}
	}()
	if _, err := t.tramp(goja.Undefined(), t.run); err != nil {
		panic(err)
	}
}

// queue runs fn as a microtask: a job in goja's own queue, so it keeps its
// place among promise reactions exactly as a `.then` on a settled promise
// would, without making a promise. The async context follows, as it does
// for promise jobs.
func (t *rt) queue(fn func()) {
	ctx := t.r.Context()
	*t.jobs = append(*t.jobs, func() {
		defer stackOnBug()
		if t.r.Context() == ctx {
			t.inJS(fn)
			return
		}
		_ = t.r.WithContext(ctx, func() error { t.inJS(fn); return nil })
	})
}

// stackOnBug keeps the stack of a Go runtime error in a job (a bug in an
// algorithm here), which the loop would otherwise report without it.
func stackOnBug() {
	if p := recover(); p != nil {
		if re, ok := p.(runtime.Error); ok {
			panic(&jsrt.PanicError{Value: re, Stack: string(debug.Stack())})
		}
		panic(p)
	}
}

// drain runs queued microtasks from a Go task that made them without
// calling into JS (goja only drains its queue when a call from Go returns).
func (t *rt) drain() {
	if len(*t.jobs) == 0 {
		return
	}
	if run, ok := t.r.MicrotaskCheckpoint(); ok {
		run()
	}
}

// call calls a user function. A JS exception is returned as thrown; an
// uncatchable error (an interrupt) keeps unwinding.
func (t *rt) call(fn goja.Callable, this goja.Value, args ...goja.Value) (res goja.Value, thrown goja.Value) {
	v, err := fn(this, args...)
	if err != nil {
		var ex *goja.Exception
		if errors.As(err, &ex) {
			return nil, ex.Value()
		}
		panic(err)
	}
	return v, nil
}

// throw raises a JS value from native code.
func (t *rt) throw(v goja.Value) { panic(v) }

func (t *rt) typeError(msg string) goja.Value { return t.vm.NewTypeError(msg) }

func (t *rt) rangeError(msg string) goja.Value {
	ctor := t.vm.Get("RangeError").ToObject(t.vm)
	o, err := t.vm.New(ctor, t.vm.ToValue(msg))
	if err != nil {
		return t.vm.NewTypeError(msg)
	}
	return o
}

func (t *rt) throwType(msg string) { panic(t.vm.NewTypeError(msg)) }

// --- promises ---

const (
	pending = iota
	fulfilled
	rejected
)

// promise is a spec promise kept in Go: the algorithms react to it with
// Go callbacks, and a JS promise is made only if script asks for it
// (js). Reactions run as microtasks, as `.then` would.
type promise struct {
	state   uint8
	handled bool // [[PromiseIsHandled]]: never reported as unhandled
	// direct: settled from inside a promise reaction (a user callback's
	// promise settling), so waiters run now, as that reaction would
	direct  bool
	val     goja.Value
	waiters []func(ok bool, v goja.Value)
	// mk makes val on first need: a rejection (a released reader's
	// TypeError) that nobody may ever look at costs no error object
	mk  func() goja.Value
	p   *goja.Promise
	res func(any) error
	rej func(any) error
}

func newPromise() *promise { return &promise{} }

func resolvedPromise(v goja.Value) *promise {
	return &promise{state: fulfilled, val: v}
}

func rejectedPromise(v goja.Value, handled bool) *promise {
	return &promise{state: rejected, val: v, handled: handled}
}

func (p *promise) on(t *rt, fn func(ok bool, v goja.Value)) {
	switch p.state {
	case pending:
		p.waiters = append(p.waiters, fn)
	default:
		ok, v := p.state == fulfilled, p.value()
		t.queue(func() { fn(ok, v) })
	}
}

func (p *promise) resolve(t *rt, v goja.Value) { p.settle(t, fulfilled, v) }
func (p *promise) reject(t *rt, v goja.Value)  { p.settle(t, rejected, v) }

// follow settles p as another promise settled.
func (p *promise) follow(t *rt, ok bool, v goja.Value) {
	if ok {
		p.resolve(t, v)
	} else {
		p.reject(t, v)
	}
}

func (p *promise) settle(t *rt, state uint8, v goja.Value) {
	if p.state != pending {
		return
	}
	if v == nil {
		v = goja.Undefined()
	}
	p.state, p.val = state, v
	ws := p.waiters
	p.waiters = nil
	for _, w := range ws {
		if p.direct {
			w(state == fulfilled, v)
			continue
		}
		w := w
		t.queue(func() { w(state == fulfilled, v) })
	}
	if p.p != nil {
		var err error
		if state == fulfilled {
			err = p.res(v)
		} else {
			err = p.rej(v)
		}
		if err != nil {
			panic(err)
		}
	}
}

// js returns the JS promise, made on first use and settled per the state.
func (p *promise) js(t *rt) goja.Value {
	if p.p == nil {
		p.p, p.res, p.rej = t.vm.NewPromise()
		if p.handled {
			t.markHandled(p.p)
		}
		var err error
		switch p.state {
		case fulfilled:
			err = p.res(p.val)
		case rejected:
			err = p.rej(p.value())
		}
		if err != nil {
			panic(err)
		}
	}
	return t.vm.ToValue(p.p)
}

func (p *promise) value() goja.Value {
	if p.val == nil && p.mk != nil {
		p.val, p.mk = p.mk(), nil
	}
	return p.val
}

// lazyRejected is a handled rejected promise whose reason mk makes when
// someone looks.
func lazyRejected(mk func() goja.Value) *promise {
	return &promise{state: rejected, handled: true, mk: mk}
}

// rejectLazyHandled is rejectHandled with the reason made only if
// someone is (or later gets) waiting.
func (p *promise) rejectLazyHandled(t *rt, mk func() goja.Value) {
	if p.state != pending {
		return
	}
	if p.p == nil && len(p.waiters) == 0 {
		p.state, p.handled, p.mk = rejected, true, mk
		return
	}
	p.rejectHandled(t, mk())
}

// rejectHandled rejects p as handled: marked before the rejection, so the
// runtime's rejection tracker never sees it as unhandled.
func (p *promise) rejectHandled(t *rt, v goja.Value) {
	p.setHandled(t)
	p.reject(t, v)
}

func (p *promise) setHandled(t *rt) {
	p.handled = true
	if p.p != nil {
		t.markHandled(p.p)
	}
}

func (t *rt) markHandled(p *goja.Promise) {
	if t.hasHandled {
		*(*bool)(unsafe.Add(unsafe.Pointer(p), t.handledField)) = true
		return
	}
	_, _ = t.then(t.vm.ToValue(p), goja.Undefined(), t.noop)
}

// react runs ok or fail (as a microtask) when v settles: v is what a user
// callback returned, treated as PromiseResolve(v) would.
func (t *rt) react(v goja.Value, ok func(goja.Value), fail func(goja.Value)) {
	if o, isObj := v.(*goja.Object); isObj {
		_, isP := jsrt.AsPromise(o)
		if !isP {
			if _, thenable := goja.AssertFunction(o.Get("then")); thenable {
				var thrown goja.Value
				v, thrown = t.call(t.resolveFn, t.promiseCtor, v)
				if thrown != nil {
					t.queue(func() { fail(thrown) })
					return
				}
				isP = true
			}
		}
		if isP {
			onOK := t.vm.ToValue(func(c goja.FunctionCall) goja.Value { ok(c.Argument(0)); return goja.Undefined() })
			onFail := t.vm.ToValue(func(c goja.FunctionCall) goja.Value { fail(c.Argument(0)); return goja.Undefined() })
			if _, err := t.then(v, onOK, onFail); err != nil {
				panic(err)
			}
			return
		}
	}
	if v == nil {
		v = goja.Undefined()
	}
	t.queue(func() { ok(v) })
}

// promiseCall calls a user method (if any) and reports its outcome as a
// promise would: fn missing → resolved with undefined.
func (t *rt) promiseCall(fn goja.Callable, this goja.Value, args ...goja.Value) *promise {
	p := newPromise()
	if fn == nil {
		p.state, p.val = fulfilled, goja.Undefined()
		return p
	}
	v, thrown := t.call(fn, this, args...)
	if thrown != nil {
		p.state, p.val = rejected, thrown
		return p
	}
	if !t.thenable(v) {
		p.state, p.val = fulfilled, v
		return p
	}
	// Deno converts a returned thenable with one more `.then` (WebIDL's
	// Promise<undefined>): the algorithm sees it a microtask after it settles
	t.react(v, func(v goja.Value) { p.resolve(t, v) }, func(e goja.Value) { p.reject(t, e) })
	return p
}

func (t *rt) thenable(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	if _, isP := jsrt.AsPromise(o); isP {
		return true
	}
	_, ok = goja.AssertFunction(o.Get("then"))
	return ok
}

// resolveWith is `new Promise((resolve) => resolve(v))`, as Deno's
// WritableStream makes its start promise: a thenable is adopted through a
// job that calls its then, so it settles two microtasks after v at the
// earliest.
func (t *rt) resolveWith(v goja.Value) *promise {
	if !t.thenable(v) {
		return resolvedPromise(v)
	}
	p := newPromise()
	t.queue(func() {
		t.react(v, func(v goja.Value) { p.resolve(t, v) }, func(e goja.Value) { p.reject(t, e) })
	})
	return p
}

// resolveWithPromise is resolveWith for a promise kept in Go.
func (t *rt) resolveWithPromise(g *promise) *promise {
	p := newPromise()
	t.queue(func() { g.on(t, func(ok bool, v goja.Value) { p.follow(t, ok, v) }) })
	return p
}

// --- small helpers ---

func isUndef(v goja.Value) bool { return v == nil || goja.IsUndefined(v) }

func isNullish(v goja.Value) bool { return v == nil || goja.IsUndefined(v) || goja.IsNull(v) }

func (t *rt) iterResult(v goja.Value, done bool) goja.Value {
	o := t.vm.NewObject()
	if v == nil {
		v = goja.Undefined()
	}
	_ = o.Set("value", v)
	_ = o.Set("done", done)
	return o
}

// method reads an optional callable member of a dictionary.
func (t *rt) method(o *goja.Object, name, ctx string) goja.Callable {
	if o == nil {
		return nil
	}
	v := o.Get(name)
	if isUndef(v) {
		return nil
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		t.throwType(ctx + ": '" + name + "' is not a function")
	}
	return fn
}

// dict converts an optional dictionary argument.
func (t *rt) dict(v goja.Value, ctx string) *goja.Object {
	if isNullish(v) {
		return nil
	}
	o, ok := v.(*goja.Object)
	if !ok {
		t.throwType(ctx + " can not be converted to a dictionary")
	}
	return o
}

// strategy extracts highWaterMark and size from a queuing strategy.
func (t *rt) strategy(v goja.Value, defHWM float64, ctx string) (hwm float64, size goja.Callable, sizeV goja.Value) {
	o := t.dict(v, ctx)
	hwm = defHWM
	if o == nil {
		return
	}
	if h := o.Get("highWaterMark"); !isUndef(h) {
		hwm = h.ToFloat()
		if math.IsNaN(hwm) || hwm < 0 {
			panic(t.rangeError("Expected highWaterMark to be a positive number or Infinity, got \"" + h.String() + "\"."))
		}
	}
	if s := o.Get("size"); !isUndef(s) {
		fn, ok := goja.AssertFunction(s)
		if !ok {
			t.throwType(ctx + ": 'size' is not a function")
		}
		size, sizeV = fn, s
	}
	return
}

// chunkSize runs the strategy's size algorithm.
func (t *rt) chunkSize(size goja.Callable, chunk goja.Value) (float64, goja.Value) {
	if size == nil {
		return 1, nil
	}
	v, thrown := t.call(size, goja.Undefined(), chunk)
	if thrown != nil {
		return 0, thrown
	}
	return v.ToFloat(), nil
}

func validSize(s float64) bool { return !math.IsNaN(s) && s >= 0 && !math.IsInf(s, 1) }

type sized struct {
	v    goja.Value
	size float64
}

func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }

func orUndef(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}
