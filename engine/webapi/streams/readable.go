package streams

import (
	"math"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// The ReadableStream algorithms of the WHATWG Streams standard, named as
// there; each abstract operation is a method on the Go state.

const (
	rsReadable = iota
	rsClosed
	rsErrored
)

type readableStream struct {
	dyn
	t         *rt
	obj       *goja.Object
	state     uint8
	stored    goja.Value
	disturbed bool
	reader    streamReader
	dc        *defaultController
	bc        *byteController
}

// readRequest is the spec's read request: what to do with the next chunk.
type readRequest struct {
	chunk func(goja.Value)
	close func()
	err   func(goja.Value)
}

// readIntoRequest is a BYOB read's request.
type readIntoRequest struct {
	chunk func(goja.Value)
	close func(goja.Value)
	err   func(goja.Value)
}

type streamReader interface{ base() *readerBase }

type readerBase struct {
	dyn
	t      *rt
	obj    *goja.Object
	stream *readableStream
	closed *promise
}

func (b *readerBase) base() *readerBase { return b }

type defaultReader struct {
	readerBase
	requests []*readRequest
}

type byobReader struct {
	readerBase
	requests []*readIntoRequest
}

func (s *readableStream) locked() bool { return s.reader != nil }

func (s *readableStream) jsObj() *goja.Object {
	if s.obj == nil {
		s.obj = s.t.wrap(s, s.t.rsProto)
	}
	return s.obj
}

// cancel is ReadableStreamCancel.
func (s *readableStream) cancel(reason goja.Value) *promise {
	t := s.t
	s.disturbed = true
	switch s.state {
	case rsClosed:
		return resolvedPromise(goja.Undefined())
	case rsErrored:
		return rejectedPromise(s.stored, false)
	}
	s.close()
	if r, ok := s.reader.(*byobReader); ok {
		reqs := r.requests
		r.requests = nil
		for _, rq := range reqs {
			rq.close(goja.Undefined())
		}
	}
	var src *promise
	if s.dc != nil {
		src = s.dc.cancelSteps(reason)
	} else {
		src = s.bc.cancelSteps(reason)
	}
	p := newPromise()
	src.on(t, func(ok bool, v goja.Value) {
		if ok {
			p.resolve(t, goja.Undefined())
		} else {
			p.reject(t, v)
		}
	})
	return p
}

// close is ReadableStreamClose.
func (s *readableStream) close() {
	s.state = rsClosed
	if s.reader == nil {
		return
	}
	b := s.reader.base()
	b.closed.resolve(s.t, goja.Undefined())
	if r, ok := s.reader.(*defaultReader); ok {
		reqs := r.requests
		r.requests = nil
		for _, rq := range reqs {
			rq.close()
		}
	}
}

// error is ReadableStreamError.
func (s *readableStream) error(e goja.Value) {
	s.state, s.stored = rsErrored, e
	if s.reader == nil {
		return
	}
	b := s.reader.base()
	b.closed.rejectHandled(s.t, e)
	switch r := s.reader.(type) {
	case *defaultReader:
		r.errorRequests(e)
	case *byobReader:
		r.errorRequests(e)
	}
}

func (r *defaultReader) errorRequests(e goja.Value) {
	reqs := r.requests
	r.requests = nil
	for _, rq := range reqs {
		rq.err(e)
	}
}

func (r *byobReader) errorRequests(e goja.Value) {
	reqs := r.requests
	r.requests = nil
	for _, rq := range reqs {
		rq.err(e)
	}
}

func (s *readableStream) numReadRequests() int {
	if r, ok := s.reader.(*defaultReader); ok {
		return len(r.requests)
	}
	return 0
}

func (s *readableStream) numReadIntoRequests() int {
	if r, ok := s.reader.(*byobReader); ok {
		return len(r.requests)
	}
	return 0
}

func (s *readableStream) hasDefaultReader() bool { _, ok := s.reader.(*defaultReader); return ok }
func (s *readableStream) hasBYOBReader() bool    { _, ok := s.reader.(*byobReader); return ok }

func (s *readableStream) fulfillReadRequest(chunk goja.Value, done bool) {
	r := s.reader.(*defaultReader)
	rq := r.requests[0]
	r.requests[0] = nil
	r.requests = r.requests[1:]
	if done {
		rq.close()
	} else {
		rq.chunk(chunk)
	}
}

func (s *readableStream) fulfillReadIntoRequest(chunk goja.Value, done bool) {
	r := s.reader.(*byobReader)
	rq := r.requests[0]
	r.requests[0] = nil
	r.requests = r.requests[1:]
	if done {
		rq.close(chunk)
	} else {
		rq.chunk(chunk)
	}
}

// --- readers ---

func (t *rt) initReader(b *readerBase, s *readableStream, r streamReader) {
	b.t, b.stream = t, s
	s.reader = r
	switch s.state {
	case rsReadable:
		b.closed = newPromise()
	case rsClosed:
		b.closed = resolvedPromise(goja.Undefined())
	default:
		b.closed = rejectedPromise(s.stored, true)
	}
}

func (t *rt) acquireDefaultReader(s *readableStream) *defaultReader {
	if s.locked() {
		t.throwType("ReadableStream is locked.")
	}
	r := &defaultReader{}
	t.initReader(&r.readerBase, s, r)
	return r
}

func (t *rt) acquireBYOBReader(s *readableStream) *byobReader {
	if s.locked() {
		t.throwType("ReadableStream is locked.")
	}
	if s.bc == nil {
		t.throwType("Cannot use a BYOB reader with a non-byte stream")
	}
	r := &byobReader{}
	t.initReader(&r.readerBase, s, r)
	return r
}

// read is ReadableStreamDefaultReaderRead.
func (r *defaultReader) read(rq *readRequest) {
	s := r.stream
	s.disturbed = true
	switch s.state {
	case rsClosed:
		rq.close()
	case rsErrored:
		rq.err(s.stored)
	default:
		if s.dc != nil {
			s.dc.pullSteps(rq)
		} else {
			s.bc.pullSteps(rq)
		}
	}
}

// genericRelease is ReadableStreamReaderGenericRelease.
func (b *readerBase) genericRelease() {
	t, s := b.t, b.stream
	mk := func() goja.Value {
		return t.typeError("Reader was released and can no longer be used to monitor the stream's closedness.")
	}
	if s.state == rsReadable {
		b.closed.rejectLazyHandled(t, mk)
	} else {
		b.closed = lazyRejected(mk)
	}
	if s.bc != nil {
		s.bc.releaseSteps()
	}
	s.reader = nil
	b.stream = nil
}

func (r *defaultReader) release() {
	r.genericRelease()
	if len(r.requests) > 0 {
		r.errorRequests(r.t.typeError("The reader was released."))
	}
}

func (r *byobReader) release() {
	r.genericRelease()
	if len(r.requests) > 0 {
		r.errorRequests(r.t.typeError("The reader was released."))
	}
}

// --- default controller ---

type defaultController struct {
	dyn
	t                       *rt
	obj                     *goja.Object
	stream                  *readableStream
	queue                   []sized
	total                   float64
	started, closeRequested bool
	pulling
	hwm       float64
	size      goja.Callable
	pull      func() *promise
	cancelAlg func(goja.Value) *promise
}

func (c *defaultController) jsObj() *goja.Object {
	if c.obj == nil {
		c.obj = c.t.wrap(c, c.t.defCtrlProto)
	}
	return c.obj
}

// setupDefault is SetUpReadableStreamDefaultController; start is the
// start algorithm's outcome.
func (t *rt) setupDefault(s *readableStream, c *defaultController, start func() *promise, pull func() *promise, cancel func(goja.Value) *promise, hwm float64, size goja.Callable) {
	c.t, c.stream = t, s
	s.dc = c
	c.hwm, c.size, c.pull, c.cancelAlg = hwm, size, pull, cancel
	sp := start()
	sp.on(t, func(ok bool, v goja.Value) {
		if ok {
			c.started = true
			c.callPullIfNeeded()
		} else {
			c.error(v)
		}
	})
}

func (c *defaultController) canCloseOrEnqueue() bool {
	return !c.closeRequested && c.stream.state == rsReadable
}

func (c *defaultController) desiredSize() (float64, bool) {
	switch c.stream.state {
	case rsErrored:
		return 0, false
	case rsClosed:
		return 0, true
	}
	return c.hwm - c.total, true
}

func (c *defaultController) shouldCallPull() bool {
	if !c.canCloseOrEnqueue() || !c.started {
		return false
	}
	if c.stream.locked() && c.stream.numReadRequests() > 0 {
		return true
	}
	d, _ := c.desiredSize()
	return d > 0
}

func (c *defaultController) callPullIfNeeded()  { callPullIfNeeded(c.t, c, &c.pulling) }
func (c *defaultController) pullOnce() *promise { return c.pull() }

// pulling is a readable controller's [[pulling]] and [[pullAgain]].
type pulling struct{ pulls, pullAgain bool }

// puller is what both readable controllers give CallPullIfNeeded.
type puller interface {
	shouldCallPull() bool
	pullOnce() *promise
	error(goja.Value)
}

// callPullIfNeeded is ReadableStream(Default|Byte)ControllerCallPullIfNeeded:
// the two controllers share it, with their own ShouldCallPull.
func callPullIfNeeded(t *rt, c puller, p *pulling) {
	if !c.shouldCallPull() {
		return
	}
	if p.pulls {
		p.pullAgain = true
		return
	}
	p.pulls = true
	c.pullOnce().on(t, func(ok bool, v goja.Value) {
		if !ok {
			c.error(v)
			return
		}
		p.pulls = false
		if p.pullAgain {
			p.pullAgain = false
			callPullIfNeeded(t, c, p)
		}
	})
}

func (c *defaultController) clearAlgorithms() {
	c.pull, c.cancelAlg, c.size = nil, nil, nil
}

func (c *defaultController) close() {
	if !c.canCloseOrEnqueue() {
		return
	}
	c.closeRequested = true
	if len(c.queue) == 0 {
		c.clearAlgorithms()
		c.stream.close()
	}
}

// enqueue is ReadableStreamDefaultControllerEnqueue; it returns what it
// would throw.
func (c *defaultController) enqueue(chunk goja.Value) goja.Value {
	if !c.canCloseOrEnqueue() {
		return nil
	}
	s := c.stream
	if s.locked() && s.numReadRequests() > 0 {
		s.fulfillReadRequest(chunk, false)
	} else {
		size, thrown := c.t.chunkSize(c.size, chunk)
		if thrown != nil {
			c.error(thrown)
			return thrown
		}
		if !validSize(size) {
			e := c.t.rangeError("The return value of a queuing strategy's size function must be a finite, non-NaN, non-negative number")
			c.error(e)
			return e
		}
		c.queue = append(c.queue, sized{chunk, size})
		c.total += size
	}
	c.callPullIfNeeded()
	return nil
}

func (c *defaultController) error(e goja.Value) {
	if c.stream.state != rsReadable {
		return
	}
	c.queue, c.total = nil, 0
	c.clearAlgorithms()
	c.stream.error(e)
}

func (c *defaultController) cancelSteps(reason goja.Value) *promise {
	c.queue, c.total = nil, 0
	var p *promise
	if c.cancelAlg != nil {
		p = c.cancelAlg(reason)
	} else {
		p = resolvedPromise(goja.Undefined())
	}
	c.clearAlgorithms()
	return p
}

func (c *defaultController) dequeue() goja.Value {
	e := c.queue[0]
	c.queue[0] = sized{}
	c.queue = c.queue[1:]
	c.total -= e.size
	if c.total < 0 || len(c.queue) == 0 {
		c.total = 0
	}
	return e.v
}

func (c *defaultController) pullSteps(rq *readRequest) {
	if len(c.queue) > 0 {
		chunk := c.dequeue()
		if c.closeRequested && len(c.queue) == 0 {
			c.clearAlgorithms()
			c.stream.close()
		} else {
			c.callPullIfNeeded()
		}
		rq.chunk(chunk)
		return
	}
	r := c.stream.reader.(*defaultReader)
	r.requests = append(r.requests, rq)
	c.callPullIfNeeded()
}

// hasBackpressure is ReadableStreamDefaultControllerHasBackpressure.
func (c *defaultController) hasBackpressure() bool { return !c.shouldCallPull() }

// --- creating streams from Go algorithms ---

func (t *rt) newReadable() *readableStream { return &readableStream{t: t} }

// createReadable is CreateReadableStream.
func (t *rt) createReadable(start func() *promise, pull func() *promise, cancel func(goja.Value) *promise, hwm float64, size goja.Callable) *readableStream {
	s := t.newReadable()
	t.setupDefault(s, &defaultController{}, start, pull, cancel, hwm, size)
	return s
}

func startNow() *promise { return resolvedPromise(goja.Undefined()) }

// userStart is a stream's start algorithm: the underlying source's or
// sink's start(controller), a throw propagating, its result settled by
// settle (readable and writable streams adopt it differently, as in
// Deno); no start is a start that already succeeded.
func (t *rt) userStart(startFn goja.Callable, obj goja.Value, ctrl func() *goja.Object, settle func(goja.Value) *promise) func() *promise {
	return func() *promise {
		if startFn == nil {
			return startNow()
		}
		v, thrown := t.call(startFn, obj, ctrl())
		if thrown != nil {
			panic(thrown)
		}
		return settle(v)
	}
}

// --- the underlying-source dictionary ---

// fromSource sets up s from the JS underlying source and strategy.
func (t *rt) fromSource(s *readableStream, srcV, stratV goja.Value) {
	src := t.dict(srcV, "Failed to construct 'ReadableStream': Argument 1")
	var typ goja.Value = goja.Undefined()
	if src != nil {
		typ = src.Get("type")
	}
	if !isUndef(typ) {
		if typ.String() != "bytes" {
			t.throwType("Failed to construct 'ReadableStream': The provided value '" + typ.String() + "' is not a valid enum value of type ReadableStreamType.")
		}
		so := t.dict(stratV, "Failed to construct 'ReadableStream': Argument 2")
		if so != nil && !isUndef(so.Get("size")) {
			panic(t.rangeError("The strategy for a byte stream cannot have a size function"))
		}
		hwm, _, _ := t.strategy(stratV, 0, "Failed to construct 'ReadableStream': Argument 2")
		t.byteFromSource(s, src, hwm)
		return
	}
	hwm, size, _ := t.strategy(stratV, 1, "Failed to construct 'ReadableStream': Argument 2")
	c := &defaultController{}
	var startFn, pullFn, cancelFn goja.Callable
	if src != nil {
		cancelFn = t.method(src, "cancel", "Failed to construct 'ReadableStream'")
		pullFn = t.method(src, "pull", "Failed to construct 'ReadableStream'")
		startFn = t.method(src, "start", "Failed to construct 'ReadableStream'")
	}
	var srcObj goja.Value = goja.Undefined()
	if src != nil {
		srcObj = src
	}
	c.t, c.stream = t, s
	start := t.userStart(startFn, srcObj, c.jsObj, t.toPromise)
	pull := func() *promise { return t.promiseCall(pullFn, srcObj, c.jsObj()) }
	cancel := func(r goja.Value) *promise { return t.promiseCall(cancelFn, srcObj, r) }
	t.setupDefault(s, c, start, pull, cancel, hwm, size)
}

// toPromise is PromiseResolve(v) for the outcome of a start algorithm.
func (t *rt) toPromise(v goja.Value) *promise {
	if o, ok := v.(*goja.Object); ok {
		if _, isP := jsrt.AsPromise(o); isP {
			p := newPromise()
			p.direct = true
			t.react(v, func(v goja.Value) { p.resolve(t, v) }, func(e goja.Value) { p.reject(t, e) })
			return p
		}
		if _, thenable := goja.AssertFunction(o.Get("then")); thenable {
			p := newPromise()
			p.direct = true
			t.react(v, func(v goja.Value) { p.resolve(t, v) }, func(e goja.Value) { p.reject(t, e) })
			return p
		}
	}
	return resolvedPromise(v)
}

func isFiniteNonNeg(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) && f >= 0 }
