package streams

import (
	"github.com/dop251/goja"
)

// ReadableByteStreamController, its pull-into descriptors and the BYOB
// request, after the spec. Buffers are goja ArrayBuffers; "transfer"
// detaches the old one and wraps the same bytes in a new one (no copy).

type byteEntry struct {
	buf    *goja.Object // an ArrayBuffer
	off, n int
}

const (
	readerDefault = iota
	readerBYOB
	readerNone
)

type pullInto struct {
	buf        *goja.Object
	bufLen     int
	off, n     int // byteOffset, byteLength
	filled     int
	minFill    int
	elemSize   int
	ctor       *goja.Object
	readerType uint8
}

type byteController struct {
	dyn
	t                       *rt
	obj                     *goja.Object
	stream                  *readableStream
	queue                   []byteEntry
	total                   int
	started, closeRequested bool
	pulling
	hwm       float64
	autoAlloc int
	pending   []*pullInto
	byobReq   *byobRequest
	pull      func() *promise
	cancelAlg func(goja.Value) *promise
}

type byobRequest struct {
	dyn
	t    *rt
	obj  *goja.Object
	ctrl *byteController
	view goja.Value
}

func (c *byteController) jsObj() *goja.Object {
	if c.obj == nil {
		c.obj = c.t.wrap(c, c.t.byteCtrlProto)
	}
	return c.obj
}

func (t *rt) abBytes(buf *goja.Object) []byte {
	ab, _ := buf.Export().(goja.ArrayBuffer)
	return ab.Bytes()
}

func (t *rt) abDetached(buf *goja.Object) bool {
	ab, ok := buf.Export().(goja.ArrayBuffer)
	return !ok || ab.Detached()
}

// transfer is TransferArrayBuffer.
func (t *rt) transfer(buf *goja.Object) (*goja.Object, goja.Value) {
	ab, ok := buf.Export().(goja.ArrayBuffer)
	if !ok || ab.Detached() {
		return nil, t.typeError("The ArrayBuffer is detached and cannot be transferred")
	}
	b := ab.Bytes()
	ab.Detach()
	return t.vm.ToValue(t.vm.NewArrayBuffer(b)).(*goja.Object), nil
}

func (t *rt) newView(ctor *goja.Object, buf *goja.Object, off, n int) goja.Value {
	v, err := t.vm.New(ctor, buf, t.vm.ToValue(off), t.vm.ToValue(n))
	if err != nil {
		panic(err)
	}
	return v
}

// viewInfo reads an ArrayBufferView: its buffer, offset, length, element
// size and constructor; ok is false for anything else.
type viewInfo struct {
	buf      *goja.Object
	off, n   int
	elemSize int
	length   int // element count (byteLength for a DataView)
	ctor     *goja.Object
}

func (t *rt) view(v goja.Value) (vi viewInfo, ok bool) {
	o, isObj := v.(*goja.Object)
	if !isObj {
		return vi, false
	}
	if r, _ := t.isView(t.arrayBufCtor, o); r == nil || !r.ToBoolean() {
		return vi, false
	}
	buf, isBuf := o.Get("buffer").(*goja.Object)
	if !isBuf {
		return vi, false
	}
	vi.buf = buf
	vi.off = int(o.Get("byteOffset").ToInteger())
	vi.n = int(o.Get("byteLength").ToInteger())
	vi.elemSize = 1
	vi.length = vi.n
	if bpe := o.Get("BYTES_PER_ELEMENT"); !isUndef(bpe) {
		vi.elemSize = int(bpe.ToInteger())
		vi.length = int(o.Get("length").ToInteger())
	}
	if isUndef(o.Get("BYTES_PER_ELEMENT")) {
		vi.ctor = t.vm.Get("DataView").ToObject(t.vm)
	} else {
		vi.ctor, _ = o.Get("constructor").(*goja.Object)
		if vi.ctor == nil {
			vi.ctor = t.uint8Ctor
		}
	}
	return vi, true
}

// setupByte is SetUpReadableByteStreamController.
func (t *rt) setupByte(s *readableStream, c *byteController, start func() *promise, pull func() *promise, cancel func(goja.Value) *promise, hwm float64, autoAlloc int) {
	c.t, c.stream = t, s
	s.bc = c
	c.hwm, c.autoAlloc, c.pull, c.cancelAlg = hwm, autoAlloc, pull, cancel
	start().on(t, func(ok bool, v goja.Value) {
		if ok {
			c.started = true
			c.callPullIfNeeded()
		} else {
			c.error(v)
		}
	})
}

func (t *rt) byteFromSource(s *readableStream, src *goja.Object, hwm float64) {
	c := &byteController{}
	var startFn, pullFn, cancelFn goja.Callable
	autoAlloc := 0
	var srcObj goja.Value = goja.Undefined()
	if src != nil {
		srcObj = src
		if a := src.Get("autoAllocateChunkSize"); !isUndef(a) {
			f := a.ToFloat()
			if f != f || f < 0 || f > 9007199254740991 {
				t.throwType("Failed to construct 'ReadableStream': autoAllocateChunkSize is outside the accepted range")
			}
			autoAlloc = int(f)
			if autoAlloc == 0 {
				t.throwType("autoAllocateChunkSize must be greater than 0")
			}
		}
		cancelFn = t.method(src, "cancel", "Failed to construct 'ReadableStream'")
		pullFn = t.method(src, "pull", "Failed to construct 'ReadableStream'")
		startFn = t.method(src, "start", "Failed to construct 'ReadableStream'")
	}
	c.t, c.stream = t, s
	start := t.userStart(startFn, srcObj, c.jsObj, t.toPromise)
	pull := func() *promise { return t.promiseCall(pullFn, srcObj, c.jsObj()) }
	cancel := func(r goja.Value) *promise { return t.promiseCall(cancelFn, srcObj, r) }
	t.setupByte(s, c, start, pull, cancel, hwm, autoAlloc)
}

func (c *byteController) desiredSize() (float64, bool) {
	switch c.stream.state {
	case rsErrored:
		return 0, false
	case rsClosed:
		return 0, true
	}
	return c.hwm - float64(c.total), true
}

func (c *byteController) shouldCallPull() bool {
	s := c.stream
	if s.state != rsReadable || c.closeRequested || !c.started {
		return false
	}
	if s.hasDefaultReader() && s.numReadRequests() > 0 {
		return true
	}
	if s.hasBYOBReader() && s.numReadIntoRequests() > 0 {
		return true
	}
	d, _ := c.desiredSize()
	return d > 0
}

func (c *byteController) callPullIfNeeded()  { callPullIfNeeded(c.t, c, &c.pulling) }
func (c *byteController) pullOnce() *promise { return c.pull() }

func (c *byteController) clearAlgorithms() { c.pull, c.cancelAlg = nil, nil }

func (c *byteController) invalidateBYOBRequest() {
	if c.byobReq == nil {
		return
	}
	c.byobReq.ctrl, c.byobReq.view = nil, nil
	c.byobReq = nil
}

func (c *byteController) clearPending() {
	c.invalidateBYOBRequest()
	c.pending = nil
}

func (c *byteController) error(e goja.Value) {
	if c.stream.state != rsReadable {
		return
	}
	c.clearPending()
	c.queue, c.total = nil, 0
	c.clearAlgorithms()
	c.stream.error(e)
}

// close is ReadableByteStreamControllerClose; it returns what it throws.
func (c *byteController) close() goja.Value {
	if c.closeRequested || c.stream.state != rsReadable {
		return nil
	}
	if c.total > 0 {
		c.closeRequested = true
		return nil
	}
	if len(c.pending) > 0 {
		if first := c.pending[0]; first.filled%first.elemSize != 0 {
			e := c.t.typeError("Insufficient bytes to fill elements in the given buffer")
			c.error(e)
			return e
		}
	}
	c.clearAlgorithms()
	c.stream.close()
	return nil
}

func (c *byteController) enqueueChunk(buf *goja.Object, off, n int) {
	c.queue = append(c.queue, byteEntry{buf, off, n})
	c.total += n
}

func (c *byteController) enqueueCloned(buf *goja.Object, off, n int) {
	b := make([]byte, n)
	copy(b, c.t.abBytes(buf)[off:off+n])
	c.enqueueChunk(c.t.vm.ToValue(c.t.vm.NewArrayBuffer(b)).(*goja.Object), 0, n)
}

func (c *byteController) enqueueDetachedPullInto(d *pullInto) {
	if d.filled > 0 {
		c.enqueueCloned(d.buf, d.off, d.filled)
	}
	c.shiftPending()
}

func (c *byteController) shiftPending() *pullInto {
	d := c.pending[0]
	c.pending[0] = nil
	c.pending = c.pending[1:]
	return d
}

// enqueue is ReadableByteStreamControllerEnqueue after the checks;
// buf is already the stream's own (transferred) buffer.
func (c *byteController) enqueueOwned(buf *goja.Object, off, n int) goja.Value {
	t, s := c.t, c.stream
	if len(c.pending) > 0 {
		first := c.pending[0]
		if t.abDetached(first.buf) {
			return t.typeError("The BYOB request's buffer has been detached and so cannot be filled with an enqueued chunk")
		}
		c.invalidateBYOBRequest()
		nb, e := t.transfer(first.buf)
		if e != nil {
			return e
		}
		first.buf = nb
		if first.readerType == readerNone {
			c.enqueueDetachedPullInto(first)
		}
	}
	switch {
	case s.hasDefaultReader():
		c.processReadRequestsUsingQueue()
		if s.numReadRequests() == 0 {
			c.enqueueChunk(buf, off, n)
		} else {
			if len(c.pending) > 0 {
				c.shiftPending()
			}
			s.fulfillReadRequest(t.newView(t.uint8Ctor, buf, off, n), false)
		}
	case s.hasBYOBReader():
		c.enqueueChunk(buf, off, n)
		for _, d := range c.processPullIntosUsingQueue() {
			c.commitPullInto(d)
		}
	default:
		c.enqueueChunk(buf, off, n)
	}
	c.callPullIfNeeded()
	return nil
}

// enqueueView is the controller's enqueue(chunk) for a JS view.
func (c *byteController) enqueueView(chunk goja.Value) goja.Value {
	t := c.t
	vi, ok := t.view(chunk)
	if !ok {
		return t.typeError("Failed to execute 'enqueue' on 'ReadableByteStreamController': Argument 1 is not an ArrayBufferView")
	}
	if vi.n == 0 {
		return t.typeError("chunk must have a non-zero byteLength")
	}
	if len(t.abBytes(vi.buf)) == 0 {
		return t.typeError("chunk's buffer must have a non-zero byteLength")
	}
	if c.closeRequested {
		return t.typeError("Cannot enqueue chunk after a close has been requested")
	}
	if c.stream.state != rsReadable {
		return t.typeError("Cannot enqueue chunk when the stream is not readable")
	}
	if c.closeRequested || c.stream.state != rsReadable {
		return nil
	}
	nb, e := t.transfer(vi.buf)
	if e != nil {
		return e
	}
	return c.enqueueOwned(nb, vi.off, vi.n)
}

func (c *byteController) processReadRequestsUsingQueue() {
	r := c.stream.reader.(*defaultReader)
	for len(r.requests) > 0 {
		if c.total == 0 {
			return
		}
		rq := r.requests[0]
		r.requests[0] = nil
		r.requests = r.requests[1:]
		c.fillReadRequestFromQueue(rq)
	}
}

func (c *byteController) fillReadRequestFromQueue(rq *readRequest) {
	e := c.queue[0]
	c.queue[0] = byteEntry{}
	c.queue = c.queue[1:]
	c.total -= e.n
	c.handleQueueDrain()
	rq.chunk(c.t.newView(c.t.uint8Ctor, e.buf, e.off, e.n))
}

func (c *byteController) handleQueueDrain() {
	if c.total == 0 && c.closeRequested {
		c.clearAlgorithms()
		c.stream.close()
	} else {
		c.callPullIfNeeded()
	}
}

func (c *byteController) processPullIntosUsingQueue() []*pullInto {
	var filled []*pullInto
	for len(c.pending) > 0 {
		if c.total == 0 {
			break
		}
		d := c.pending[0]
		if c.fillPullIntoFromQueue(d) {
			c.shiftPending()
			filled = append(filled, d)
		}
	}
	return filled
}

func (c *byteController) fillPullIntoFromQueue(d *pullInto) bool {
	maxCopy := min(c.total, d.n-d.filled)
	maxFilled := d.filled + maxCopy
	remaining := maxCopy
	ready := false
	maxAligned := maxFilled - maxFilled%d.elemSize
	if maxAligned >= d.minFill {
		remaining = maxAligned - d.filled
		ready = true
	}
	dst := c.t.abBytes(d.buf)
	for remaining > 0 {
		head := &c.queue[0]
		n := min(remaining, head.n)
		destStart := d.off + d.filled
		copy(dst[destStart:destStart+n], c.t.abBytes(head.buf)[head.off:head.off+n])
		if head.n == n {
			c.queue[0] = byteEntry{}
			c.queue = c.queue[1:]
		} else {
			head.off += n
			head.n -= n
		}
		c.total -= n
		d.filled += n
		remaining -= n
	}
	return ready
}

func (c *byteController) convertPullInto(d *pullInto) goja.Value {
	return c.t.newView(d.ctor, d.buf, d.off, d.filled/d.elemSize)
}

func (c *byteController) commitPullInto(d *pullInto) {
	s := c.stream
	done := s.state == rsClosed
	v := c.convertPullInto(d)
	if d.readerType == readerDefault {
		s.fulfillReadRequest(v, done)
	} else {
		s.fulfillReadIntoRequest(v, done)
	}
}

func (c *byteController) cancelSteps(reason goja.Value) *promise {
	c.clearPending()
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

func (c *byteController) pullSteps(rq *readRequest) {
	t := c.t
	if c.total > 0 {
		c.fillReadRequestFromQueue(rq)
		return
	}
	if c.autoAlloc > 0 {
		buf := t.vm.ToValue(t.vm.NewArrayBuffer(make([]byte, c.autoAlloc))).(*goja.Object)
		c.pending = append(c.pending, &pullInto{buf: buf, bufLen: c.autoAlloc, n: c.autoAlloc, minFill: 1, elemSize: 1, ctor: t.uint8Ctor, readerType: readerDefault})
	}
	r := c.stream.reader.(*defaultReader)
	r.requests = append(r.requests, rq)
	c.callPullIfNeeded()
}

func (c *byteController) releaseSteps() {
	if len(c.pending) > 0 {
		first := c.pending[0]
		first.readerType = readerNone
		c.pending = []*pullInto{first}
	}
}

// pullInto is ReadableByteStreamControllerPullInto.
func (c *byteController) pullInto(vi viewInfo, minElems int, rq *readIntoRequest) {
	t, s := c.t, c.stream
	nb, e := t.transfer(vi.buf)
	if e != nil {
		rq.err(e)
		return
	}
	d := &pullInto{buf: nb, bufLen: len(t.abBytes(nb)), off: vi.off, n: vi.n, minFill: minElems * vi.elemSize, elemSize: vi.elemSize, ctor: vi.ctor, readerType: readerBYOB}
	if len(c.pending) > 0 {
		c.pending = append(c.pending, d)
		r := s.reader.(*byobReader)
		r.requests = append(r.requests, rq)
		return
	}
	if s.state == rsClosed {
		rq.close(t.newView(d.ctor, d.buf, d.off, 0))
		return
	}
	if c.total > 0 {
		if c.fillPullIntoFromQueue(d) {
			v := c.convertPullInto(d)
			c.handleQueueDrain()
			rq.chunk(v)
			return
		}
		if c.closeRequested {
			e := t.typeError("Insufficient bytes to fill elements in the given buffer")
			c.error(e)
			rq.err(e)
			return
		}
	}
	c.pending = append(c.pending, d)
	r := s.reader.(*byobReader)
	r.requests = append(r.requests, rq)
	c.callPullIfNeeded()
}

func (c *byteController) respond(n int) goja.Value {
	t := c.t
	first := c.pending[0]
	if c.stream.state == rsClosed {
		if n != 0 {
			return t.typeError("bytesWritten must be 0 when calling respond() on a closed stream")
		}
	} else {
		if n == 0 {
			return t.typeError("bytesWritten must be greater than 0 when calling respond() on a readable stream")
		}
		if first.filled+n > first.n {
			return t.rangeError("bytesWritten out of range")
		}
	}
	nb, e := t.transfer(first.buf)
	if e != nil {
		return e
	}
	first.buf = nb
	c.respondInternal(n)
	return nil
}

func (c *byteController) respondInternal(n int) {
	first := c.pending[0]
	c.invalidateBYOBRequest()
	if c.stream.state == rsClosed {
		if first.readerType == readerNone {
			c.shiftPending()
		}
		if c.stream.hasBYOBReader() {
			for c.stream.numReadIntoRequests() > 0 {
				c.commitPullInto(c.shiftPending())
			}
		}
	} else {
		c.respondInReadable(n, first)
	}
	c.callPullIfNeeded()
}

func (c *byteController) respondInReadable(n int, d *pullInto) {
	d.filled += n
	if d.readerType == readerNone {
		c.enqueueDetachedPullInto(d)
		for _, f := range c.processPullIntosUsingQueue() {
			c.commitPullInto(f)
		}
		return
	}
	if d.filled < d.minFill {
		return
	}
	c.shiftPending()
	if rem := d.filled % d.elemSize; rem > 0 {
		end := d.off + d.filled
		c.enqueueCloned(d.buf, end-rem, rem)
		d.filled -= rem
	}
	filled := c.processPullIntosUsingQueue()
	c.commitPullInto(d)
	for _, f := range filled {
		c.commitPullInto(f)
	}
}

func (c *byteController) respondWithNewView(v goja.Value) goja.Value {
	t := c.t
	vi, ok := t.view(v)
	if !ok {
		return t.typeError("Failed to execute 'respondWithNewView' on 'ReadableStreamBYOBRequest': Argument 1 is not an ArrayBufferView")
	}
	if t.abDetached(vi.buf) {
		return t.typeError("The view's buffer has been detached")
	}
	first := c.pending[0]
	if c.stream.state == rsClosed {
		if vi.n != 0 {
			return t.typeError("The view's length must be 0 when calling respondWithNewView() on a closed stream")
		}
	} else if vi.n == 0 {
		return t.typeError("The view's length must be greater than 0 when calling respondWithNewView() on a readable stream")
	}
	if first.off+first.filled != vi.off {
		return t.rangeError("The region specified by view does not match byobRequest")
	}
	if first.bufLen != len(t.abBytes(vi.buf)) {
		return t.rangeError("The buffer of view has different capacity than byobRequest")
	}
	if first.filled+vi.n > first.n {
		return t.rangeError("The region specified by view is larger than byobRequest")
	}
	nb, e := t.transfer(vi.buf)
	if e != nil {
		return e
	}
	first.buf = nb
	c.respondInternal(vi.n)
	return nil
}

// getBYOBRequest is ReadableByteStreamControllerGetBYOBRequest.
func (c *byteController) getBYOBRequest() *byobRequest {
	if c.byobReq == nil && len(c.pending) > 0 {
		first := c.pending[0]
		view := c.t.newView(c.t.uint8Ctor, first.buf, first.off+first.filled, first.n-first.filled)
		c.byobReq = &byobRequest{t: c.t, ctrl: c, view: view}
	}
	return c.byobReq
}

// createByteReadable is CreateReadableByteStream (hwm 0, no autoAllocate).
func (t *rt) createByteReadable(start func() *promise, pull func() *promise, cancel func(goja.Value) *promise) *readableStream {
	s := t.newReadable()
	t.setupByte(s, &byteController{}, start, pull, cancel, 0, 0)
	return s
}
