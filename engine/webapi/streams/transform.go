package streams

import (
	"github.com/dop251/goja"
)

// TransformStream and its controller, after the spec.

type transformStream struct {
	dyn
	t            *rt
	obj          *goja.Object
	readable     *readableStream
	writable     *writableStream
	backpressure bool
	bpSet        bool
	bpChange     *promise
	ctrl         *tsController
}

type tsController struct {
	dyn
	t         *rt
	obj       *goja.Object
	stream    *transformStream
	finish    *promise
	transform func(goja.Value) *promise
	flush     func() *promise
	cancelA   func(goja.Value) *promise
}

func (c *tsController) jsObj() *goja.Object {
	if c.obj == nil {
		c.obj = c.t.wrap(c, c.t.tsCtrlProto)
	}
	return c.obj
}

// newTransform is InitializeTransformStream + SetUpTransformStreamDefaultController
// with the given algorithms (nil: the identity transform).
func (t *rt) newTransform(start *promise, wHWM float64, wSize goja.Callable, rHWM float64, rSize goja.Callable) (*transformStream, *tsController) {
	ts := &transformStream{t: t}
	startAlg := func() *promise { return start }
	// the writable side adopts the start promise as Deno's does (see
	// resolveWith); the readable side uses it as is
	ts.writable = t.createWritable(func() *promise { return t.resolveWithPromise(start) },
		func(chunk goja.Value) *promise { return ts.sinkWrite(chunk) },
		func() *promise { return ts.sinkClose() },
		func(r goja.Value) *promise { return ts.sinkAbort(r) },
		wHWM, wSize)
	ts.readable = t.createReadable(startAlg,
		func() *promise { ts.setBackpressure(false); return ts.bpChange },
		func(r goja.Value) *promise { return ts.sourceCancel(r) },
		rHWM, rSize)
	ts.setBackpressure(true)
	c := &tsController{t: t, stream: ts}
	ts.ctrl = c
	c.transform = func(chunk goja.Value) *promise {
		if e := c.enqueue(chunk); e != nil {
			return rejectedPromise(e, false)
		}
		return resolvedPromise(goja.Undefined())
	}
	c.flush = startNow
	c.cancelA = func(goja.Value) *promise { return startNow() }
	return ts, c
}

func (ts *transformStream) setBackpressure(bp bool) {
	if ts.bpChange != nil {
		ts.bpChange.resolve(ts.t, goja.Undefined())
	}
	ts.bpChange = newPromise()
	ts.backpressure, ts.bpSet = bp, true
}

func (c *tsController) clearAlgorithms() {
	c.transform, c.flush, c.cancelA = nil, nil, nil
}

// enqueue is TransformStreamDefaultControllerEnqueue; it returns what it throws.
func (c *tsController) enqueue(chunk goja.Value) goja.Value {
	ts := c.stream
	rc := ts.readable.dc
	if !rc.canCloseOrEnqueue() {
		return c.t.typeError("Readable side is not in a state that permits enqueue")
	}
	if e := rc.enqueue(chunk); e != nil {
		ts.errorWritableAndUnblockWrite(e)
		return ts.readable.stored
	}
	if bp := rc.hasBackpressure(); bp != ts.backpressure && bp {
		ts.setBackpressure(true)
	}
	return nil
}

func (ts *transformStream) error(e goja.Value) {
	ts.readable.dc.error(e)
	ts.errorWritableAndUnblockWrite(e)
}

func (ts *transformStream) errorWritableAndUnblockWrite(e goja.Value) {
	ts.ctrl.clearAlgorithms()
	ts.writable.ctrl.errorIfNeeded(e)
	ts.unblockWrite()
}

func (ts *transformStream) unblockWrite() {
	if ts.backpressure {
		ts.setBackpressure(false)
	}
}

func (c *tsController) terminate() {
	ts := c.stream
	ts.readable.dc.close()
	ts.errorWritableAndUnblockWrite(c.t.typeError("The stream has been terminated."))
}

func (ts *transformStream) performTransform(chunk goja.Value) *promise {
	t := ts.t
	var tp *promise
	if ts.ctrl.transform != nil {
		tp = ts.ctrl.transform(chunk)
	} else {
		tp = resolvedPromise(goja.Undefined())
	}
	if tp.state == fulfilled {
		// settled already (the identity transform, a transform() that
		// returned no promise): Deno's write completes a microtask
		// sooner than the spec's extra `.then` would
		return tp
	}
	p := newPromise()
	tp.on(t, func(ok bool, v goja.Value) {
		if ok {
			p.resolve(t, goja.Undefined())
			return
		}
		ts.error(v)
		p.reject(t, v)
	})
	return p
}

func (ts *transformStream) sinkWrite(chunk goja.Value) *promise {
	t := ts.t
	if ts.backpressure {
		p := newPromise()
		ts.bpChange.on(t, func(bool, goja.Value) {
			w := ts.writable
			if w.state == wsErroring {
				p.reject(t, w.stored)
				return
			}
			ts.performTransform(chunk).on(t, func(ok bool, v goja.Value) {
				if ok {
					p.resolve(t, v)
				} else {
					p.reject(t, v)
				}
			})
		})
		return p
	}
	return ts.performTransform(chunk)
}

func (ts *transformStream) sinkAbort(reason goja.Value) *promise {
	c, rs := ts.ctrl, ts.readable
	return ts.finishOnce(c.cancelWith(reason), rs.erroredWith,
		func() { rs.dc.error(reason) }, rs.dc.error)
}

func (ts *transformStream) sinkClose() *promise {
	c, rs := ts.ctrl, ts.readable
	return ts.finishOnce(c.flush, rs.erroredWith, rs.dc.close, rs.dc.error)
}

func (ts *transformStream) sourceCancel(reason goja.Value) *promise {
	c, ws := ts.ctrl, ts.writable
	return ts.finishOnce(c.cancelWith(reason), ws.erroredWith,
		func() { ws.ctrl.errorIfNeeded(reason); ts.unblockWrite() },
		func(v goja.Value) { ws.ctrl.errorIfNeeded(v); ts.unblockWrite() })
}

// finishOnce is the shape the spec's sink abort, sink close and source
// cancel algorithms share: run the transformer's cancel or flush once (no
// algorithm is one that succeeded), clear the algorithms, and settle the
// one promise every caller gets: rejected with the other side's error if
// it errored meanwhile, else after done (or failed, on a rejection).
func (ts *transformStream) finishOnce(run func() *promise, errored func() (goja.Value, bool), done func(), failed func(goja.Value)) *promise {
	t, c := ts.t, ts.ctrl
	if c.finish != nil {
		return c.finish
	}
	c.finish = newPromise()
	p := startNow()
	if run != nil {
		p = run()
	}
	c.clearAlgorithms()
	fin := c.finish
	p.on(t, func(ok bool, v goja.Value) {
		if !ok {
			failed(v)
			fin.reject(t, v)
			return
		}
		if e, yes := errored(); yes {
			fin.reject(t, e)
			return
		}
		done()
		fin.resolve(t, goja.Undefined())
	})
	return fin
}

// fromTransformer builds a TransformStream from JS arguments.
func (t *rt) fromTransformer(trV, wsV, rsV goja.Value) *transformStream {
	tr := t.dict(trV, "Failed to construct 'TransformStream': Argument 1")
	rHWM, rSize, _ := t.strategy(rsV, 0, "Failed to construct 'TransformStream': Argument 3")
	wHWM, wSize, _ := t.strategy(wsV, 1, "Failed to construct 'TransformStream': Argument 2")
	var trObj goja.Value = goja.Undefined()
	var cancelFn, flushFn, startFn, transformFn goja.Callable
	if tr != nil {
		trObj = tr
		cancelFn = t.method(tr, "cancel", "Failed to construct 'TransformStream'")
		flushFn = t.method(tr, "flush", "Failed to construct 'TransformStream'")
		if !isUndef(tr.Get("readableType")) {
			panic(t.rangeError("Invalid readableType specified"))
		}
		startFn = t.method(tr, "start", "Failed to construct 'TransformStream'")
		transformFn = t.method(tr, "transform", "Failed to construct 'TransformStream'")
		if !isUndef(tr.Get("writableType")) {
			panic(t.rangeError("Invalid writableType specified"))
		}
	}
	start := newPromise()
	ts, c := t.newTransform(start, wHWM, wSize, rHWM, rSize)
	if transformFn != nil {
		c.transform = func(chunk goja.Value) *promise { return t.promiseCall(transformFn, trObj, chunk, c.jsObj()) }
	}
	if flushFn != nil {
		c.flush = func() *promise { return t.promiseCall(flushFn, trObj, c.jsObj()) }
	}
	if cancelFn != nil {
		c.cancelA = func(r goja.Value) *promise { return t.promiseCall(cancelFn, trObj, r) }
	}
	if startFn != nil {
		v, thrown := t.call(startFn, trObj, c.jsObj())
		if thrown != nil {
			panic(thrown)
		}
		// resolving startPromise with a thenable adopts it through a job
		sp := t.resolveWith(v)
		if sp.state != pending {
			start.settle(t, sp.state, sp.val)
		} else {
			sp.direct = true
			sp.waiters = append(sp.waiters, func(ok bool, v goja.Value) { start.follow(t, ok, v) })
		}
	} else {
		start.resolve(t, goja.Undefined())
	}
	return ts
}

// cancelWith binds the transformer's cancel algorithm to reason, or is nil
// when there is none (finishOnce treats that as an immediate success).
func (c *tsController) cancelWith(reason goja.Value) func() *promise {
	if c.cancelA == nil {
		return nil
	}
	return func() *promise { return c.cancelA(reason) }
}

// erroredWith reports the stored error of an errored readable side.
func (s *readableStream) erroredWith() (goja.Value, bool) {
	return s.stored, s.state == rsErrored
}

// erroredWith reports the stored error of an errored writable side.
func (s *writableStream) erroredWith() (goja.Value, bool) {
	return s.stored, s.state == wsErrored
}
