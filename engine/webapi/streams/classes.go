package streams

import (
	"math"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// The JS face of the Go state: each instance is an ordinary object (so
// script and libraries can define their own properties, accessors
// included, as zip.js does) holding its Go struct under a private,
// non-enumerable symbol, as Deno's own streams keep their [[state]]: the
// holder is a goja dynamic object whose Export is the struct, so `this`
// leads back to the Go state with one property lookup and one type
// assertion.

// dyn makes a Go struct a (property-less) goja DynamicObject, the holder.
type dyn struct {
	props map[string]goja.Value
	keys  []string
}

func (d *dyn) Get(k string) goja.Value {
	if d.props == nil {
		return nil
	}
	return d.props[k]
}

func (d *dyn) Set(k string, v goja.Value) bool {
	if d.props == nil {
		d.props = map[string]goja.Value{}
	}
	if _, ok := d.props[k]; !ok {
		d.keys = append(d.keys, k)
	}
	d.props[k] = v
	return true
}

func (d *dyn) Has(k string) bool { _, ok := d.props[k]; return ok }

func (d *dyn) Delete(k string) bool {
	if _, ok := d.props[k]; ok {
		delete(d.props, k)
		for i, x := range d.keys {
			if x == k {
				d.keys = append(d.keys[:i], d.keys[i+1:]...)
				break
			}
		}
	}
	return true
}

func (d *dyn) Keys() []string { return d.keys }

func (t *rt) wrap(d goja.DynamicObject, proto *goja.Object) *goja.Object {
	o := t.vm.CreateObject(proto)
	_ = o.DefineDataPropertySymbol(t.stateSym, t.vm.NewDynamicObject(d), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return o
}

type fn = func(goja.FunctionCall) goja.Value

func (t *rt) fnValue(name string, length int, f fn) *goja.Object {
	o := t.vm.ToValue(func(c goja.FunctionCall) goja.Value {
		defer stackOnBug()
		return f(c)
	}).(*goja.Object)
	_ = o.DefineDataProperty("name", t.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = o.DefineDataProperty("length", t.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return o
}

func (t *rt) defMethod(o *goja.Object, name string, length int, f fn) {
	_ = o.DefineDataProperty(name, t.fnValue(name, length, f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

func (t *rt) defGetter(o *goja.Object, name string, f fn) {
	_ = o.DefineAccessorProperty(name, t.fnValue("get "+name, 0, f), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// classJS makes a real JS class (so calling it without `new` throws, and
// subclasses work) whose constructor hands new.target and the arguments
// to a native function that returns the instance.
// Only classes with a required argument read arguments.length (goja makes
// an arguments object for it).
var classJS = jsrt.NewScript("edgeplay:streams-class", `(function (name, len, native) {
  const C = len > 0
    ? ({ [name]: class { constructor(a, b, c) { return native(new.target, a, b, c, arguments.length); } } })[name]
    : ({ [name]: class { constructor(a, b, c) { return native(new.target, a, b, c, 3); } } })[name];
  Object.defineProperty(C, "length", { value: len });
  return C;
})`)

// ctorCall is what a constructor gets: new.target's prototype (so
// subclasses get theirs) and the arguments.
type ctorCall struct {
	proto *goja.Object
	args  []goja.Value
}

func (c ctorCall) Argument(i int) goja.Value {
	if i < len(c.args) {
		return c.args[i]
	}
	return goja.Undefined()
}

// class makes a constructor and its prototype. ctor nil: an interface
// script cannot construct ("Illegal constructor").
func (t *rt) class(name string, length int, ctor func(c ctorCall) *goja.Object) (*goja.Object, *goja.Object) {
	native := func(c goja.FunctionCall) goja.Value {
		if ctor == nil {
			t.throwType("Illegal constructor")
		}
		nt, _ := c.Argument(0).(*goja.Object)
		var proto *goja.Object
		if nt != nil {
			proto, _ = nt.Get("prototype").(*goja.Object)
		}
		n := int(c.Argument(4).ToInteger())
		args := []goja.Value{c.Argument(1), c.Argument(2), c.Argument(3)}
		if n < len(args) {
			args = args[:n]
		}
		return ctor(ctorCall{proto: proto, args: args})
	}
	cv, err := classJS.Call(t.r, t.vm.ToValue(name), t.vm.ToValue(length), t.vm.ToValue(native))
	if err != nil {
		panic(err)
	}
	co := cv.(*goja.Object)
	proto := co.Get("prototype").(*goja.Object)
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, t.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return co, proto
}

// protoOf is the prototype a constructor call must give its object.
func protoOf(c ctorCall, def *goja.Object) *goja.Object {
	if c.proto != nil {
		return c.proto
	}
	return def
}

func this[T any](t *rt, v goja.Value) T {
	if s, ok := asType[T](t, v); ok {
		return s
	}
	t.throwType("Illegal invocation")
	panic("unreachable")
}

func (t *rt) rejectJS(e goja.Value) goja.Value { return rejectedPromise(e, false).js(t) }

func (t *rt) desired(d float64, ok bool) goja.Value {
	if !ok {
		return goja.Null()
	}
	return t.vm.ToValue(d)
}

// install defines every class on globalThis (non-enumerable).
func (t *rt) install() {
	vm := t.vm
	global := vm.GlobalObject()
	def := func(name string, v *goja.Object) {
		_ = global.DefineDataProperty(name, v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	asyncIterSym := t.asyncIteratorSymbol()
	und := goja.Undefined()

	// --- ReadableStream ---
	var rsCtor *goja.Object
	rsCtor, t.rsProto = t.class("ReadableStream", 0, func(c ctorCall) *goja.Object {
		s := t.newReadable()
		t.fromSource(s, c.Argument(0), c.Argument(1))
		s.obj = t.wrap(s, protoOf(c, t.rsProto))
		return s.obj
	})
	p := t.rsProto
	t.defGetter(p, "locked", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(this[*readableStream](t, c.This).locked())
	})
	// fetch.js's Body.bodyUsed asks whether a body stream was read from
	disturbed := vm.Get("Symbol").ToObject(vm).Get("for")
	if forFn, ok := goja.AssertFunction(disturbed); ok {
		if sym, err := forFn(goja.Undefined(), vm.ToValue("edgeplay.streams.disturbed")); err == nil {
			if sym, ok := sym.(*goja.Symbol); ok {
				_ = p.DefineAccessorPropertySymbol(sym, t.fnValue("disturbed", 0, func(c goja.FunctionCall) goja.Value {
					return vm.ToValue(this[*readableStream](t, c.This).disturbed)
				}), nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
			}
		}
	}
	t.defMethod(p, "cancel", 0, func(c goja.FunctionCall) goja.Value {
		s := this[*readableStream](t, c.This)
		if s.locked() {
			return t.rejectJS(t.typeError("Cannot cancel a locked ReadableStream."))
		}
		return s.cancel(c.Argument(0)).js(t)
	})
	t.defMethod(p, "getReader", 0, func(c goja.FunctionCall) goja.Value {
		s := this[*readableStream](t, c.This)
		opts := t.dict(c.Argument(0), "Failed to execute 'getReader' on 'ReadableStream': Argument 1")
		if opts != nil {
			if m := opts.Get("mode"); !isUndef(m) {
				if m.String() != "byob" {
					t.throwType("Failed to execute 'getReader' on 'ReadableStream': The provided value '" + m.String() + "' is not a valid enum value of type ReadableStreamReaderMode")
				}
				r := t.acquireBYOBReaderLocked(s)
				r.obj = t.wrap(r, t.byobReaderProto)
				return r.obj
			}
		}
		r := t.acquireDefaultReaderLocked(s)
		r.obj = t.wrap(r, t.defReaderProto)
		return r.obj
	})
	t.defMethod(p, "pipeThrough", 1, func(c goja.FunctionCall) goja.Value {
		s := this[*readableStream](t, c.This)
		pair := t.dict(c.Argument(0), "Failed to execute 'pipeThrough' on 'ReadableStream': Argument 1")
		if pair == nil {
			t.throwType("Failed to execute 'pipeThrough' on 'ReadableStream': Argument 1 can not be converted to 'ReadableWritablePair' because 'readable' is required in 'ReadableWritablePair'")
		}
		rv := orUndef(pair.Get("readable"))
		if isUndef(rv) {
			t.throwType("Failed to execute 'pipeThrough' on 'ReadableStream': Argument 1 can not be converted to 'ReadableWritablePair' because 'readable' is required in 'ReadableWritablePair'")
		}
		_, ok := asType[*readableStream](t, rv)
		if !ok {
			t.throwType("Failed to execute 'pipeThrough' on 'ReadableStream': 'readable' of 'ReadableWritablePair' (Argument 1) is not of type ReadableStream.")
		}
		wv := orUndef(pair.Get("writable"))
		if isUndef(wv) {
			t.throwType("Failed to execute 'pipeThrough' on 'ReadableStream': Argument 1 can not be converted to 'ReadableWritablePair' because 'writable' is required in 'ReadableWritablePair'")
		}
		ws, ok := asType[*writableStream](t, wv)
		if !ok {
			t.throwType("Failed to execute 'pipeThrough' on 'ReadableStream': 'writable' of 'ReadableWritablePair' (Argument 1) is not of type WritableStream.")
		}
		pc, pa, pcan, sig := t.pipeOptions(c.Argument(1), "pipeThrough")
		if s.locked() {
			t.throwType("ReadableStream is already locked")
		}
		if ws.locked() {
			t.throwType("Target WritableStream is already locked")
		}
		t.pipeTo(s, ws, pc, pa, pcan, sig).setHandled(t)
		return rv
	})
	t.defMethod(p, "pipeTo", 1, func(c goja.FunctionCall) goja.Value {
		s := this[*readableStream](t, c.This)
		ws, ok := asType[*writableStream](t, c.Argument(0))
		if !ok {
			return t.rejectJS(t.typeError("Failed to execute 'pipeTo' on 'ReadableStream': Argument 1 is not of type WritableStream"))
		}
		var pc, pa, pcan bool
		var sig *goja.Object
		if e := t.try(func() { pc, pa, pcan, sig = t.pipeOptions(c.Argument(1), "pipeTo") }); e != nil {
			return t.rejectJS(e)
		}
		if s.locked() {
			return t.rejectJS(t.typeError("ReadableStream is already locked."))
		}
		if ws.locked() {
			return t.rejectJS(t.typeError("The WritableStream is already locked."))
		}
		return t.pipeTo(s, ws, pc, pa, pcan, sig).js(t)
	})
	t.defMethod(p, "tee", 0, func(c goja.FunctionCall) goja.Value {
		s := this[*readableStream](t, c.This)
		if s.locked() {
			t.throwType("ReadableStream is locked")
		}
		a, b := t.tee(s)
		return vm.NewArray(a.jsObj(), b.jsObj())
	})
	values := t.fnValue("values", 0, func(c goja.FunctionCall) goja.Value {
		s := this[*readableStream](t, c.This)
		preventCancel := false
		if o := t.dict(c.Argument(0), "Failed to execute 'values' on 'ReadableStream': Argument 1"); o != nil {
			preventCancel = truthy(o.Get("preventCancel"))
		}
		r := t.acquireDefaultReaderLocked(s)
		it := &asyncIter{t: t, reader: r, preventCancel: preventCancel}
		return t.wrap(it, t.iterProto)
	})
	_ = p.DefineDataProperty("values", values, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	if asyncIterSym != nil {
		_ = p.DefineDataPropertySymbol(asyncIterSym, values, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	_ = rsCtor.DefineDataProperty("from", t.fnValue("from", 1, func(c goja.FunctionCall) goja.Value {
		return t.from(c.Argument(0)).jsObj()
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	def("ReadableStream", rsCtor)

	// async iterator prototype
	t.iterProto = vm.NewObject()
	t.defMethod(t.iterProto, "next", 0, func(c goja.FunctionCall) goja.Value {
		it, ok := asType[*asyncIter](t, c.This)
		if !ok {
			return t.rejectJS(t.typeError("Illegal invocation"))
		}
		return it.next()
	})
	t.defMethod(t.iterProto, "return", 1, func(c goja.FunctionCall) goja.Value {
		it, ok := asType[*asyncIter](t, c.This)
		if !ok {
			return t.rejectJS(t.typeError("Illegal invocation"))
		}
		return it.ret(c.Argument(0))
	})
	if asyncIterSym != nil {
		_ = t.iterProto.DefineDataPropertySymbol(asyncIterSym, t.fnValue("[Symbol.asyncIterator]", 0, func(c goja.FunctionCall) goja.Value { return c.This }), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}

	// --- readers ---
	var drCtor *goja.Object
	drCtor, t.defReaderProto = t.class("ReadableStreamDefaultReader", 1, func(c ctorCall) *goja.Object {
		s, ok := asType[*readableStream](t, c.Argument(0))
		if !ok {
			if len(c.args) == 0 {
				t.throwType("Failed to construct 'ReadableStreamDefaultReader': 1 argument required, but only 0 present")
			}
			t.throwType("Failed to construct 'ReadableStreamDefaultReader': Argument 1 is not of type ReadableStream")
		}
		r := t.acquireDefaultReaderLocked(s)
		r.obj = t.wrap(r, protoOf(c, t.defReaderProto))
		return r.obj
	})
	p = t.defReaderProto
	t.readerCommon(p, func(v goja.Value) *readerBase { return &this[*defaultReader](t, v).readerBase })
	t.defMethod(p, "read", 0, func(c goja.FunctionCall) goja.Value {
		r := this[*defaultReader](t, c.This)
		if r.stream == nil {
			return t.rejectJS(t.typeError("Reader has no associated stream."))
		}
		pr := newPromise()
		r.read(&readRequest{
			chunk: func(v goja.Value) { pr.resolve(t, t.iterResult(v, false)) },
			close: func() { pr.resolve(t, t.iterResult(goja.Undefined(), true)) },
			err:   func(e goja.Value) { pr.reject(t, e) },
		})
		return pr.js(t)
	})
	t.defMethod(p, "releaseLock", 0, func(c goja.FunctionCall) goja.Value {
		r := this[*defaultReader](t, c.This)
		if r.stream != nil {
			r.release()
		}
		return und
	})
	def("ReadableStreamDefaultReader", drCtor)

	var brCtor *goja.Object
	brCtor, t.byobReaderProto = t.class("ReadableStreamBYOBReader", 1, func(c ctorCall) *goja.Object {
		s, ok := asType[*readableStream](t, c.Argument(0))
		if !ok {
			if len(c.args) == 0 {
				t.throwType("Failed to construct 'ReadableStreamBYOBReader': 1 argument required, but only 0 present")
			}
			t.throwType("Failed to construct 'ReadableStreamBYOBReader': Argument 1 is not of type ReadableStream")
		}
		r := t.acquireBYOBReaderLocked(s)
		r.obj = t.wrap(r, protoOf(c, t.byobReaderProto))
		return r.obj
	})
	p = t.byobReaderProto
	t.readerCommon(p, func(v goja.Value) *readerBase { return &this[*byobReader](t, v).readerBase })
	t.defMethod(p, "read", 1, func(c goja.FunctionCall) goja.Value {
		r := this[*byobReader](t, c.This)
		vi, ok := t.view(c.Argument(0))
		if !ok {
			return t.rejectJS(t.typeError("Failed to execute 'read' on 'ReadableStreamBYOBReader': Argument 1 is not of type ArrayBufferView"))
		}
		if vi.n == 0 {
			return t.rejectJS(t.typeError("view must have non-zero byteLength"))
		}
		if t.abDetached(vi.buf) {
			return t.rejectJS(t.typeError("view's buffer has been detached"))
		}
		if len(t.abBytes(vi.buf)) == 0 {
			return t.rejectJS(t.typeError("view's buffer must have non-zero byteLength"))
		}
		minElems := 1
		if o, isObj := c.Argument(1).(*goja.Object); isObj {
			if m := o.Get("min"); !isUndef(m) {
				f := m.ToFloat()
				if f <= 0 || math.IsNaN(f) {
					return t.rejectJS(t.typeError("options.min must be greater than 0"))
				}
				if f > float64(vi.length) {
					return t.rejectJS(t.rangeError("options.min must be less than or equal to view's length"))
				}
				minElems = int(f)
			}
		}
		if r.stream == nil {
			return t.rejectJS(t.typeError("Reader has no associated stream."))
		}
		pr := newPromise()
		s := r.stream
		s.disturbed = true
		rq := &readIntoRequest{
			chunk: func(v goja.Value) { pr.resolve(t, t.iterResult(v, false)) },
			close: func(v goja.Value) { pr.resolve(t, t.iterResult(v, true)) },
			err:   func(e goja.Value) { pr.reject(t, e) },
		}
		if s.state == rsErrored {
			rq.err(s.stored)
		} else {
			s.bc.pullInto(vi, minElems, rq)
		}
		return pr.js(t)
	})
	t.defMethod(p, "releaseLock", 0, func(c goja.FunctionCall) goja.Value {
		r := this[*byobReader](t, c.This)
		if r.stream != nil {
			r.release()
		}
		return und
	})
	def("ReadableStreamBYOBReader", brCtor)

	// --- controllers ---
	var dcCtor *goja.Object
	dcCtor, t.defCtrlProto = t.class("ReadableStreamDefaultController", 0, nil)
	p = t.defCtrlProto
	t.defGetter(p, "desiredSize", func(c goja.FunctionCall) goja.Value {
		return t.desired(this[*defaultController](t, c.This).desiredSize())
	})
	t.defMethod(p, "close", 0, func(c goja.FunctionCall) goja.Value {
		dc := this[*defaultController](t, c.This)
		if !dc.canCloseOrEnqueue() {
			t.throwType("The stream controller cannot close or enqueue")
		}
		dc.close()
		return und
	})
	t.defMethod(p, "enqueue", 0, func(c goja.FunctionCall) goja.Value {
		dc := this[*defaultController](t, c.This)
		if !dc.canCloseOrEnqueue() {
			t.throwType("The stream controller cannot close or enqueue")
		}
		if e := dc.enqueue(c.Argument(0)); e != nil {
			panic(e)
		}
		return und
	})
	t.defMethod(p, "error", 0, func(c goja.FunctionCall) goja.Value {
		this[*defaultController](t, c.This).error(c.Argument(0))
		return und
	})
	def("ReadableStreamDefaultController", dcCtor)

	var bcCtor *goja.Object
	bcCtor, t.byteCtrlProto = t.class("ReadableByteStreamController", 0, nil)
	p = t.byteCtrlProto
	t.defGetter(p, "byobRequest", func(c goja.FunctionCall) goja.Value {
		bc := this[*byteController](t, c.This)
		r := bc.getBYOBRequest()
		if r == nil {
			return goja.Null()
		}
		if r.obj == nil {
			r.obj = t.wrap(r, t.byobReqProto)
		}
		return r.obj
	})
	t.defGetter(p, "desiredSize", func(c goja.FunctionCall) goja.Value {
		return t.desired(this[*byteController](t, c.This).desiredSize())
	})
	t.defMethod(p, "close", 0, func(c goja.FunctionCall) goja.Value {
		bc := this[*byteController](t, c.This)
		if bc.closeRequested {
			t.throwType("Cannot close a stream that has already been closed")
		}
		if bc.stream.state != rsReadable {
			t.throwType("The stream (in " + map[uint8]string{rsClosed: "closed", rsErrored: "errored"}[bc.stream.state] + " state) is not in the readable state and cannot be closed")
		}
		if e := bc.close(); e != nil {
			panic(e)
		}
		return und
	})
	t.defMethod(p, "enqueue", 1, func(c goja.FunctionCall) goja.Value {
		bc := this[*byteController](t, c.This)
		if e := bc.enqueueView(c.Argument(0)); e != nil {
			panic(e)
		}
		return und
	})
	t.defMethod(p, "error", 0, func(c goja.FunctionCall) goja.Value {
		this[*byteController](t, c.This).error(c.Argument(0))
		return und
	})
	def("ReadableByteStreamController", bcCtor)

	var brqCtor *goja.Object
	brqCtor, t.byobReqProto = t.class("ReadableStreamBYOBRequest", 0, nil)
	p = t.byobReqProto
	t.defGetter(p, "view", func(c goja.FunctionCall) goja.Value {
		r := this[*byobRequest](t, c.This)
		if r.view == nil {
			return goja.Null()
		}
		return r.view
	})
	t.defMethod(p, "respond", 1, func(c goja.FunctionCall) goja.Value {
		r := this[*byobRequest](t, c.This)
		n := c.Argument(0).ToFloat()
		if math.IsNaN(n) || math.IsInf(n, 0) || n < 0 {
			t.throwType("Failed to execute 'respond' on 'ReadableStreamBYOBRequest': Argument 1 is outside the accepted range")
		}
		if r.ctrl == nil {
			t.throwType("This BYOB request has been invalidated")
		}
		if vi, ok := t.view(r.view); !ok || t.abDetached(vi.buf) {
			t.throwType("The BYOB request's buffer has been detached and so cannot be used as a response")
		}
		if e := r.ctrl.respond(int(n)); e != nil {
			panic(e)
		}
		return und
	})
	t.defMethod(p, "respondWithNewView", 1, func(c goja.FunctionCall) goja.Value {
		r := this[*byobRequest](t, c.This)
		if r.ctrl == nil {
			t.throwType("This BYOB request has been invalidated")
		}
		if e := r.ctrl.respondWithNewView(c.Argument(0)); e != nil {
			panic(e)
		}
		return und
	})
	def("ReadableStreamBYOBRequest", brqCtor)

	// --- WritableStream ---
	var wsCtor *goja.Object
	wsCtor, t.wsProto = t.class("WritableStream", 0, func(c ctorCall) *goja.Object {
		s := &writableStream{t: t}
		t.fromSink(s, c.Argument(0), c.Argument(1))
		s.obj = t.wrap(s, protoOf(c, t.wsProto))
		return s.obj
	})
	p = t.wsProto
	t.defGetter(p, "locked", func(c goja.FunctionCall) goja.Value {
		return vm.ToValue(this[*writableStream](t, c.This).locked())
	})
	t.defMethod(p, "abort", 0, func(c goja.FunctionCall) goja.Value {
		s := this[*writableStream](t, c.This)
		if s.locked() {
			return t.rejectJS(t.typeError("The writable stream is locked, therefore cannot be aborted."))
		}
		return s.abort(c.Argument(0)).js(t)
	})
	t.defMethod(p, "close", 0, func(c goja.FunctionCall) goja.Value {
		s := this[*writableStream](t, c.This)
		if s.locked() {
			return t.rejectJS(t.typeError("The writable stream is locked, therefore cannot be closed."))
		}
		if s.closeQueuedOrInFlight() {
			return t.rejectJS(t.typeError("The associated stream is already closing."))
		}
		return s.closeStream().js(t)
	})
	t.defMethod(p, "getWriter", 0, func(c goja.FunctionCall) goja.Value {
		s := this[*writableStream](t, c.This)
		w := t.acquireWriterLocked(s)
		w.obj = t.wrap(w, t.writerProto)
		return w.obj
	})
	def("WritableStream", wsCtor)

	var wrCtor *goja.Object
	wrCtor, t.writerProto = t.class("WritableStreamDefaultWriter", 1, func(c ctorCall) *goja.Object {
		s, ok := asType[*writableStream](t, c.Argument(0))
		if !ok {
			if len(c.args) == 0 {
				t.throwType("Failed to construct 'WritableStreamDefaultWriter': 1 argument required, but only 0 present")
			}
			t.throwType("Failed to construct 'WritableStreamDefaultWriter': Argument 1 is not of type WritableStream")
		}
		w := t.acquireWriterLocked(s)
		w.obj = t.wrap(w, protoOf(c, t.writerProto))
		return w.obj
	})
	p = t.writerProto
	t.defGetter(p, "closed", func(c goja.FunctionCall) goja.Value {
		return this[*writer](t, c.This).closed.js(t)
	})
	t.defGetter(p, "desiredSize", func(c goja.FunctionCall) goja.Value {
		w := this[*writer](t, c.This)
		if w.stream == nil {
			t.throwType("A writable stream is not associated with the writer.")
		}
		return t.desired(w.desiredSize())
	})
	t.defGetter(p, "ready", func(c goja.FunctionCall) goja.Value {
		return this[*writer](t, c.This).ready.js(t)
	})
	t.defMethod(p, "abort", 0, func(c goja.FunctionCall) goja.Value {
		w := this[*writer](t, c.This)
		if w.stream == nil {
			return t.rejectJS(t.typeError("A writable stream is not associated with the writer."))
		}
		return w.stream.abort(c.Argument(0)).js(t)
	})
	t.defMethod(p, "close", 0, func(c goja.FunctionCall) goja.Value {
		w := this[*writer](t, c.This)
		if w.stream == nil {
			return t.rejectJS(t.typeError("A writable stream is not associated with the writer."))
		}
		if w.stream.closeQueuedOrInFlight() {
			return t.rejectJS(t.typeError("The associated stream is already closing."))
		}
		return w.stream.closeStream().js(t)
	})
	t.defMethod(p, "releaseLock", 0, func(c goja.FunctionCall) goja.Value {
		w := this[*writer](t, c.This)
		if w.stream != nil {
			w.release()
		}
		return und
	})
	t.defMethod(p, "write", 0, func(c goja.FunctionCall) goja.Value {
		w := this[*writer](t, c.This)
		if w.stream == nil {
			return t.rejectJS(t.typeError("A writable stream is not associate with the writer."))
		}
		return w.write(c.Argument(0)).js(t)
	})
	def("WritableStreamDefaultWriter", wrCtor)

	var wcCtor *goja.Object
	wcCtor, t.wsCtrlProto = t.class("WritableStreamDefaultController", 0, nil)
	p = t.wsCtrlProto
	t.defGetter(p, "signal", func(c goja.FunctionCall) goja.Value {
		return this[*wsController](t, c.This).signal()
	})
	t.defMethod(p, "error", 0, func(c goja.FunctionCall) goja.Value {
		wc := this[*wsController](t, c.This)
		if wc.stream.state == wsWritable {
			wc.error(c.Argument(0))
		}
		return und
	})
	def("WritableStreamDefaultController", wcCtor)

	// --- TransformStream ---
	var tsCtor *goja.Object
	tsCtor, t.tsProto = t.class("TransformStream", 0, func(c ctorCall) *goja.Object {
		ts := t.fromTransformer(c.Argument(0), c.Argument(1), c.Argument(2))
		ts.obj = t.wrap(ts, protoOf(c, t.tsProto))
		return ts.obj
	})
	p = t.tsProto
	t.defGetter(p, "readable", func(c goja.FunctionCall) goja.Value {
		return this[*transformStream](t, c.This).readable.jsObj()
	})
	t.defGetter(p, "writable", func(c goja.FunctionCall) goja.Value {
		return this[*transformStream](t, c.This).writable.jsObj()
	})
	def("TransformStream", tsCtor)

	var tcCtor *goja.Object
	tcCtor, t.tsCtrlProto = t.class("TransformStreamDefaultController", 0, nil)
	p = t.tsCtrlProto
	t.defGetter(p, "desiredSize", func(c goja.FunctionCall) goja.Value {
		return t.desired(this[*tsController](t, c.This).stream.readable.dc.desiredSize())
	})
	t.defMethod(p, "enqueue", 0, func(c goja.FunctionCall) goja.Value {
		tc := this[*tsController](t, c.This)
		if !tc.stream.readable.dc.canCloseOrEnqueue() {
			t.throwType("Readable stream is unavailable")
		}
		if e := tc.enqueue(c.Argument(0)); e != nil {
			panic(e)
		}
		return und
	})
	t.defMethod(p, "error", 0, func(c goja.FunctionCall) goja.Value {
		this[*tsController](t, c.This).stream.error(c.Argument(0))
		return und
	})
	t.defMethod(p, "terminate", 0, func(c goja.FunctionCall) goja.Value {
		this[*tsController](t, c.This).terminate()
		return und
	})
	def("TransformStreamDefaultController", tcCtor)

	// --- queuing strategies ---
	t.strategyClass("ByteLengthQueuingStrategy", def, func(c goja.FunctionCall) goja.Value {
		if o, ok := c.Argument(0).(*goja.Object); ok {
			return orUndef(o.Get("byteLength"))
		}
		return t.vm.ToValue(c.Argument(0).ToObject(t.vm).Get("byteLength"))
	})
	t.strategyClass("CountQueuingStrategy", def, func(goja.FunctionCall) goja.Value { return t.vm.ToValue(1) })
}

type strategyObj struct {
	dyn
	hwm float64
}

func (t *rt) strategyClass(name string, def func(string, *goja.Object), size fn) {
	sizeFn := t.fnValue("size", 1, size)
	var proto *goja.Object
	ctor, proto := t.class(name, 1, func(c ctorCall) *goja.Object {
		init, ok := c.Argument(0).(*goja.Object)
		if !ok {
			if len(c.args) == 0 {
				t.throwType("Failed to construct '" + name + "': 1 argument required, but only 0 present")
			}
			t.throwType("Failed to construct '" + name + "': Argument 1 can not be converted to a dictionary")
		}
		h := init.Get("highWaterMark")
		if isUndef(h) {
			t.throwType("Failed to construct '" + name + "': Argument 1 can not be converted to 'QueuingStrategyInit' because 'highWaterMark' is required in 'QueuingStrategyInit'")
		}
		return t.wrap(&strategyObj{hwm: h.ToFloat()}, protoOf(c, proto))
	})
	t.defGetter(proto, "highWaterMark", func(c goja.FunctionCall) goja.Value {
		return t.vm.ToValue(this[*strategyObj](t, c.This).hwm)
	})
	t.defGetter(proto, "size", func(c goja.FunctionCall) goja.Value {
		this[*strategyObj](t, c.This)
		return sizeFn
	})
	def(name, ctor)
}

func asType[T any](t *rt, v goja.Value) (T, bool) {
	var zero T
	o, ok := v.(*goja.Object)
	if !ok {
		return zero, false
	}
	h, ok := o.GetSymbol(t.stateSym).(*goja.Object)
	if !ok {
		return zero, false
	}
	s, ok := h.Export().(T)
	return s, ok
}

func (t *rt) readerCommon(p *goja.Object, get func(goja.Value) *readerBase) {
	t.defGetter(p, "closed", func(c goja.FunctionCall) goja.Value {
		return get(c.This).closed.js(t)
	})
	t.defMethod(p, "cancel", 0, func(c goja.FunctionCall) goja.Value {
		b := get(c.This)
		if b.stream == nil {
			return t.rejectJS(t.typeError("Reader has no associated stream."))
		}
		return b.stream.cancel(c.Argument(0)).js(t)
	})
}

// the locked checks with the messages JS sees
func (t *rt) acquireDefaultReaderLocked(s *readableStream) *defaultReader {
	if s.locked() {
		t.throwType("ReadableStream is locked")
	}
	return t.acquireDefaultReader(s)
}

func (t *rt) acquireBYOBReaderLocked(s *readableStream) *byobReader {
	if s.locked() {
		t.throwType("ReadableStream is locked")
	}
	return t.acquireBYOBReader(s)
}

func (t *rt) acquireWriterLocked(s *writableStream) *writer {
	if s.locked() {
		t.throwType("The stream is already locked")
	}
	return t.acquireWriter(s)
}

func (t *rt) pipeOptions(v goja.Value, method string) (preventClose, preventAbort, preventCancel bool, signal *goja.Object) {
	o := t.dict(v, "Failed to execute '"+method+"' on 'ReadableStream': Argument 2")
	if o == nil {
		return
	}
	preventAbort = truthy(o.Get("preventAbort"))
	preventCancel = truthy(o.Get("preventCancel"))
	preventClose = truthy(o.Get("preventClose"))
	if sv := o.Get("signal"); !isUndef(sv) {
		so, ok := sv.(*goja.Object)
		sigCtor, _ := t.vm.Get("AbortSignal").(*goja.Object)
		if ok && sigCtor != nil && !t.vm.InstanceOf(so, sigCtor) {
			ok = false
		}
		if !ok {
			t.throwType("Failed to execute '" + method + "' on 'ReadableStream': 'signal' of 'StreamPipeOptions' (Argument 2) is not of type AbortSignal.")
		}
		signal = so
	}
	return
}

// try runs f and returns the JS value it threw, if any.
func (t *rt) try(f func()) (thrown goja.Value) {
	defer func() {
		if r := recover(); r != nil {
			if v, ok := r.(goja.Value); ok {
				thrown = v
				return
			}
			panic(r)
		}
	}()
	f()
	return nil
}

func (t *rt) asyncIteratorSymbol() *goja.Symbol {
	sym := t.vm.Get("Symbol").ToObject(t.vm)
	v := sym.Get("asyncIterator")
	if s, ok := v.(*goja.Symbol); ok {
		return s
	}
	return nil
}
