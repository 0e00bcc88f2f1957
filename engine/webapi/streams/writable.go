package streams

import (
	"github.com/dop251/goja"
)

// WritableStream, its default writer and controller, after the spec.

const (
	wsWritable = iota
	wsErroring
	wsErrored
	wsClosed
)

type pendingAbort struct {
	p                  *promise
	reason             goja.Value
	wasAlreadyErroring bool
}

type writableStream struct {
	dyn
	t                                          *rt
	obj                                        *goja.Object
	state                                      uint8
	stored                                     goja.Value
	writer                                     *writer
	ctrl                                       *wsController
	writeRequests                              []*promise
	inFlightWrite, closeRequest, inFlightClose *promise
	pendingAbort                               *pendingAbort
	backpressure                               bool
}

// closeSentinel marks the close request in the controller's queue.
var closeSentinel goja.Value = nil

type wsController struct {
	dyn
	t       *rt
	obj     *goja.Object
	stream  *writableStream
	queue   []sized
	total   float64
	started bool
	hwm     float64
	size    goja.Callable
	write   func(goja.Value) *promise
	closeA  func() *promise
	abortA  func(goja.Value) *promise
	// the AbortController behind `signal` is made on first access
	signalCtl   *goja.Object
	aborted     bool
	abortReason goja.Value
}

type writer struct {
	dyn
	t      *rt
	obj    *goja.Object
	stream *writableStream
	ready  *promise
	closed *promise
}

func (s *writableStream) jsObj() *goja.Object {
	if s.obj == nil {
		s.obj = s.t.wrap(s, s.t.wsProto)
	}
	return s.obj
}

func (c *wsController) jsObj() *goja.Object {
	if c.obj == nil {
		c.obj = c.t.wrap(c, c.t.wsCtrlProto)
	}
	return c.obj
}

func (s *writableStream) locked() bool { return s.writer != nil }

// abort is WritableStreamAbort.
func (s *writableStream) abort(reason goja.Value) *promise {
	t := s.t
	if s.state == wsClosed || s.state == wsErrored {
		return resolvedPromise(goja.Undefined())
	}
	s.ctrl.signalAbort(reason)
	if s.state == wsClosed || s.state == wsErrored {
		return resolvedPromise(goja.Undefined())
	}
	if s.pendingAbort != nil {
		return s.pendingAbort.p
	}
	was := false
	if s.state == wsErroring {
		was = true
		reason = goja.Undefined()
	}
	p := newPromise()
	s.pendingAbort = &pendingAbort{p: p, reason: reason, wasAlreadyErroring: was}
	if !was {
		s.startErroring(reason)
	}
	_ = t
	return p
}

func (c *wsController) signalAbort(reason goja.Value) {
	if c.aborted {
		return
	}
	c.aborted, c.abortReason = true, reason
	if c.signalCtl != nil {
		if fn, ok := goja.AssertFunction(c.signalCtl.Get("abort")); ok {
			if _, err := fn(c.signalCtl, reason); err != nil {
				panic(err)
			}
		}
	}
}

// closeStream is WritableStreamClose.
func (s *writableStream) closeStream() *promise {
	t := s.t
	if s.state == wsClosed || s.state == wsErrored {
		return rejectedPromise(t.typeError("The stream is closed or errored and cannot be closed"), false)
	}
	p := newPromise()
	s.closeRequest = p
	if w := s.writer; w != nil && s.backpressure && s.state == wsWritable {
		w.ready.resolve(t, goja.Undefined())
	}
	s.ctrl.queue = append(s.ctrl.queue, sized{closeSentinel, 0})
	s.ctrl.advanceQueueIfNeeded()
	return p
}

func (s *writableStream) dealWithRejection(e goja.Value) {
	if s.state == wsWritable {
		s.startErroring(e)
		return
	}
	s.finishErroring()
}

func (s *writableStream) startErroring(reason goja.Value) {
	s.state, s.stored = wsErroring, reason
	if s.writer != nil {
		s.writer.ensureReadyRejected(reason)
	}
	if !s.hasOperationInFlight() && s.ctrl.started {
		s.finishErroring()
	}
}

func (s *writableStream) finishErroring() {
	t := s.t
	s.state = wsErrored
	s.ctrl.queue, s.ctrl.total = nil, 0
	e := s.stored
	reqs := s.writeRequests
	s.writeRequests = nil
	for _, r := range reqs {
		r.reject(t, e)
	}
	if s.pendingAbort == nil {
		s.rejectCloseAndClosed()
		return
	}
	ab := s.pendingAbort
	s.pendingAbort = nil
	if ab.wasAlreadyErroring {
		ab.p.reject(t, e)
		s.rejectCloseAndClosed()
		return
	}
	var p *promise
	if s.ctrl.abortA != nil {
		p = s.ctrl.abortA(ab.reason)
	} else {
		p = resolvedPromise(goja.Undefined())
	}
	s.ctrl.clearAlgorithms()
	p.on(t, func(ok bool, v goja.Value) {
		if ok {
			ab.p.resolve(t, goja.Undefined())
		} else {
			ab.p.reject(t, v)
		}
		s.rejectCloseAndClosed()
	})
}

func (s *writableStream) finishInFlightWrite() {
	s.inFlightWrite.resolve(s.t, goja.Undefined())
	s.inFlightWrite = nil
}

func (s *writableStream) finishInFlightWriteWithError(e goja.Value) {
	s.inFlightWrite.reject(s.t, e)
	s.inFlightWrite = nil
	s.dealWithRejection(e)
}

func (s *writableStream) finishInFlightClose() {
	t := s.t
	s.inFlightClose.resolve(t, goja.Undefined())
	s.inFlightClose = nil
	if s.state == wsErroring {
		s.stored = nil
		if s.pendingAbort != nil {
			s.pendingAbort.p.resolve(t, goja.Undefined())
			s.pendingAbort = nil
		}
	}
	s.state = wsClosed
	if s.writer != nil {
		s.writer.closed.resolve(t, goja.Undefined())
	}
}

func (s *writableStream) finishInFlightCloseWithError(e goja.Value) {
	t := s.t
	s.inFlightClose.reject(t, e)
	s.inFlightClose = nil
	if s.pendingAbort != nil {
		s.pendingAbort.p.reject(t, e)
		s.pendingAbort = nil
	}
	s.dealWithRejection(e)
}

func (s *writableStream) closeQueuedOrInFlight() bool {
	return s.closeRequest != nil || s.inFlightClose != nil
}

func (s *writableStream) hasOperationInFlight() bool {
	return s.inFlightWrite != nil || s.inFlightClose != nil
}

func (s *writableStream) rejectCloseAndClosed() {
	t := s.t
	if s.closeRequest != nil {
		s.closeRequest.reject(t, s.stored)
		s.closeRequest = nil
	}
	if w := s.writer; w != nil {
		w.closed.rejectHandled(t, s.stored)
	}
}

func (s *writableStream) updateBackpressure(bp bool) {
	if w := s.writer; w != nil && bp != s.backpressure {
		if bp {
			w.ready = newPromise()
		} else {
			w.ready.resolve(s.t, goja.Undefined())
		}
	}
	s.backpressure = bp
}

// --- writer ---

func (t *rt) acquireWriter(s *writableStream) *writer {
	if s.locked() {
		t.throwType("WritableStream is locked.")
	}
	w := &writer{t: t, stream: s}
	s.writer = w
	switch s.state {
	case wsWritable:
		if !s.closeQueuedOrInFlight() && s.backpressure {
			w.ready = newPromise()
		} else {
			w.ready = resolvedPromise(goja.Undefined())
		}
		w.closed = newPromise()
	case wsErroring:
		w.ready = rejectedPromise(s.stored, true)
		w.closed = newPromise()
	case wsClosed:
		w.ready = resolvedPromise(goja.Undefined())
		w.closed = resolvedPromise(goja.Undefined())
	default:
		w.ready = rejectedPromise(s.stored, true)
		w.closed = rejectedPromise(s.stored, true)
	}
	return w
}

func (w *writer) ensureReadyRejected(e goja.Value) {
	if w.ready.state == pending {
		w.ready.rejectHandled(w.t, e)
	} else {
		w.ready = rejectedPromise(e, true)
	}
}

func (w *writer) ensureClosedRejected(e goja.Value) {
	if w.closed.state == pending {
		w.closed.rejectHandled(w.t, e)
	} else {
		w.closed = rejectedPromise(e, true)
	}
}

func (w *writer) desiredSize() (float64, bool) {
	s := w.stream
	switch s.state {
	case wsErrored, wsErroring:
		return 0, false
	case wsClosed:
		return 0, true
	}
	return s.ctrl.hwm - s.ctrl.total, true
}

func (w *writer) release() {
	t := w.t
	var e goja.Value
	mk := func() goja.Value {
		if e == nil {
			e = t.typeError("The writer has already been released.")
		}
		return e
	}
	if w.ready.state == pending {
		w.ready.rejectLazyHandled(t, mk)
	} else {
		w.ready = lazyRejected(mk)
	}
	if w.closed.state == pending {
		w.closed.rejectLazyHandled(t, mk)
	} else {
		w.closed = lazyRejected(mk)
	}
	w.stream.writer = nil
	w.stream = nil
}

// write is WritableStreamDefaultWriterWrite.
func (w *writer) write(chunk goja.Value) *promise {
	t, s := w.t, w.stream
	c := s.ctrl
	size := c.chunkSize(chunk)
	if s != w.stream {
		return rejectedPromise(t.typeError("Writer was released."), false)
	}
	switch {
	case s.state == wsErrored:
		return rejectedPromise(s.stored, false)
	case s.closeQueuedOrInFlight() || s.state == wsClosed:
		return rejectedPromise(t.typeError("The stream is closing or is closed."), false)
	case s.state == wsErroring:
		return rejectedPromise(s.stored, false)
	}
	p := newPromise()
	s.writeRequests = append(s.writeRequests, p)
	c.controllerWrite(chunk, size)
	return p
}

// closeWithErrorPropagation is WritableStreamDefaultWriterCloseWithErrorPropagation.
func (w *writer) closeWithErrorPropagation() *promise {
	s := w.stream
	if s.closeQueuedOrInFlight() || s.state == wsClosed {
		return resolvedPromise(goja.Undefined())
	}
	if s.state == wsErrored {
		return rejectedPromise(s.stored, false)
	}
	return s.closeStream()
}

// --- controller ---

func (t *rt) setupWritable(s *writableStream, c *wsController, start func() *promise, write func(goja.Value) *promise, closeA func() *promise, abortA func(goja.Value) *promise, hwm float64, size goja.Callable) {
	c.t, c.stream = t, s
	s.ctrl = c
	c.hwm, c.size, c.write, c.closeA, c.abortA = hwm, size, write, closeA, abortA
	s.updateBackpressure(c.desiredSize() <= 0)
	start().on(t, func(ok bool, v goja.Value) {
		c.started = true
		if ok {
			c.advanceQueueIfNeeded()
		} else {
			s.dealWithRejection(v)
		}
	})
}

func (t *rt) createWritable(start func() *promise, write func(goja.Value) *promise, closeA func() *promise, abortA func(goja.Value) *promise, hwm float64, size goja.Callable) *writableStream {
	s := &writableStream{t: t}
	t.setupWritable(s, &wsController{}, start, write, closeA, abortA, hwm, size)
	return s
}

func (t *rt) fromSink(s *writableStream, sinkV, stratV goja.Value) {
	sink := t.dict(sinkV, "Failed to construct 'WritableStream': Argument 1")
	hwm, size, _ := t.strategy(stratV, 1, "Failed to construct 'WritableStream': Argument 2")
	if sink != nil && !isUndef(sink.Get("type")) {
		panic(t.rangeError("Invalid type is specified"))
	}
	var abortFn, closeFn, startFn, writeFn goja.Callable
	var sinkObj goja.Value = goja.Undefined()
	if sink != nil {
		sinkObj = sink
		abortFn = t.method(sink, "abort", "Failed to construct 'WritableStream'")
		closeFn = t.method(sink, "close", "Failed to construct 'WritableStream'")
		startFn = t.method(sink, "start", "Failed to construct 'WritableStream'")
		writeFn = t.method(sink, "write", "Failed to construct 'WritableStream'")
	}
	c := &wsController{t: t, stream: s}
	start := t.userStart(startFn, sinkObj, c.jsObj, t.resolveWith)
	write := func(chunk goja.Value) *promise { return t.promiseCall(writeFn, sinkObj, chunk, c.jsObj()) }
	closeA := func() *promise { return t.promiseCall(closeFn, sinkObj) }
	abortA := func(r goja.Value) *promise { return t.promiseCall(abortFn, sinkObj, r) }
	t.setupWritable(s, c, start, write, closeA, abortA, hwm, size)
}

func (c *wsController) clearAlgorithms() {
	c.write, c.closeA, c.abortA, c.size = nil, nil, nil, nil
}

func (c *wsController) desiredSize() float64 { return c.hwm - c.total }

func (c *wsController) chunkSize(chunk goja.Value) float64 {
	if c.size == nil {
		return 1
	}
	v, thrown := c.t.call(c.size, goja.Undefined(), chunk)
	if thrown != nil {
		c.errorIfNeeded(thrown)
		return 1
	}
	return v.ToFloat()
}

func (c *wsController) controllerWrite(chunk goja.Value, size float64) {
	s := c.stream
	if !validSize(size) {
		c.errorIfNeeded(c.t.rangeError("The return value of a queuing strategy's size function must be a finite, non-NaN, non-negative number"))
		return
	}
	c.queue = append(c.queue, sized{chunk, size})
	c.total += size
	if !s.closeQueuedOrInFlight() && s.state == wsWritable {
		s.updateBackpressure(c.desiredSize() <= 0)
	}
	c.advanceQueueIfNeeded()
}

func (c *wsController) advanceQueueIfNeeded() {
	s := c.stream
	if !c.started || s.inFlightWrite != nil {
		return
	}
	if s.state == wsErroring {
		s.finishErroring()
		return
	}
	if len(c.queue) == 0 {
		return
	}
	head := c.queue[0]
	if head.v == closeSentinel {
		c.processClose()
	} else {
		c.processWrite(head.v)
	}
}

func (c *wsController) dequeue() {
	e := c.queue[0]
	c.queue[0] = sized{}
	c.queue = c.queue[1:]
	c.total -= e.size
	if c.total < 0 || len(c.queue) == 0 {
		c.total = 0
	}
}

func (c *wsController) errorIfNeeded(e goja.Value) {
	if c.stream.state == wsWritable {
		c.error(e)
	}
}

func (c *wsController) error(e goja.Value) {
	c.clearAlgorithms()
	c.stream.startErroring(e)
}

func (c *wsController) processClose() {
	t, s := c.t, c.stream
	s.inFlightClose, s.closeRequest = s.closeRequest, nil
	c.dequeue()
	var p *promise
	if c.closeA != nil {
		p = c.closeA()
	} else {
		p = resolvedPromise(goja.Undefined())
	}
	c.clearAlgorithms()
	p.on(t, func(ok bool, v goja.Value) {
		if ok {
			s.finishInFlightClose()
		} else {
			s.finishInFlightCloseWithError(v)
		}
	})
}

func (c *wsController) processWrite(chunk goja.Value) {
	t, s := c.t, c.stream
	s.inFlightWrite = s.writeRequests[0]
	s.writeRequests[0] = nil
	s.writeRequests = s.writeRequests[1:]
	var p *promise
	if c.write != nil {
		p = c.write(chunk)
	} else {
		p = resolvedPromise(goja.Undefined())
	}
	p.on(t, func(ok bool, v goja.Value) {
		if !ok {
			if s.state == wsWritable {
				c.clearAlgorithms()
			}
			s.finishInFlightWriteWithError(v)
			return
		}
		s.finishInFlightWrite()
		c.dequeue()
		if !s.closeQueuedOrInFlight() && s.state == wsWritable {
			s.updateBackpressure(c.desiredSize() <= 0)
		}
		c.advanceQueueIfNeeded()
	})
}

// signal returns the controller's AbortSignal, made on first use.
func (c *wsController) signal() goja.Value {
	t := c.t
	if c.signalCtl == nil {
		ctor, ok := t.vm.Get("AbortController").(*goja.Object)
		if !ok {
			return goja.Undefined()
		}
		o, err := t.vm.New(ctor)
		if err != nil {
			panic(err)
		}
		c.signalCtl = o
		if c.aborted {
			if fn, ok := goja.AssertFunction(o.Get("abort")); ok {
				if _, err := fn(o, c.abortReason); err != nil {
					panic(err)
				}
			}
		}
	}
	return c.signalCtl.Get("signal")
}
