package streams

import (
	"github.com/dop251/goja"
)

// pipeTo, tee, async iteration and ReadableStream.from.

// pipeTo is ReadableStreamPipeTo. Chunks move in Go: a read request whose
// chunk steps write to the destination's writer; no JS promise per chunk.
func (t *rt) pipeTo(src *readableStream, dst *writableStream, preventClose, preventAbort, preventCancel bool, signal *goja.Object) *promise {
	reader := t.acquireDefaultReader(src)
	w := t.acquireWriter(dst)
	src.disturbed = true
	result := newPromise()
	shuttingDown := false
	currentWrite := resolvedPromise(goja.Undefined())
	var removeAbort func()

	finalize := func(isErr bool, e goja.Value) {
		w.release()
		if reader.stream != nil {
			reader.release()
		}
		if removeAbort != nil {
			removeAbort()
		}
		if isErr {
			result.reject(t, e)
		} else {
			result.resolve(t, goja.Undefined())
		}
	}
	var waitWrites func(then func())
	// waitWrites runs then once the last write settled: a microtask after
	// the promise that says so, as Deno's `.then` chain does
	waitWrites = func(then func()) {
		old := currentWrite
		old.on(t, func(bool, goja.Value) {
			if old != currentWrite {
				waitWrites(then)
				return
			}
			t.queue(then)
		})
	}
	shutdownWithAction := func(action func() *promise, isErr bool, e goja.Value) {
		if shuttingDown {
			return
		}
		shuttingDown = true
		rest := func() {
			action().on(t, func(ok bool, v goja.Value) {
				if ok {
					finalize(isErr, e)
				} else {
					finalize(true, v)
				}
			})
		}
		if dst.state == wsWritable && !dst.closeQueuedOrInFlight() {
			waitWrites(rest)
		} else {
			rest()
		}
	}
	shutdown := func(isErr bool, e goja.Value) {
		if shuttingDown {
			return
		}
		shuttingDown = true
		if dst.state == wsWritable && !dst.closeQueuedOrInFlight() {
			waitWrites(func() { finalize(isErr, e) })
		} else {
			finalize(isErr, e)
		}
	}

	if signal != nil {
		abortAlg := func() {
			e := orUndef(signal.Get("reason"))
			shutdownWithAction(func() *promise {
				var ps []*promise
				if !preventAbort {
					if dst.state == wsWritable {
						ps = append(ps, dst.abort(e))
					} else {
						ps = append(ps, resolvedPromise(goja.Undefined()))
					}
				}
				if !preventCancel {
					if src.state == rsReadable {
						ps = append(ps, src.cancel(e))
					} else {
						ps = append(ps, resolvedPromise(goja.Undefined()))
					}
				}
				return t.all(ps)
			}, true, e)
		}
		if truthy(signal.Get("aborted")) {
			abortAlg()
			return result
		}
		listener := t.vm.ToValue(func(goja.FunctionCall) goja.Value { defer stackOnBug(); abortAlg(); return goja.Undefined() })
		if add, ok := goja.AssertFunction(signal.Get("addEventListener")); ok {
			if _, err := add(signal, t.vm.ToValue("abort"), listener); err != nil {
				panic(err)
			}
			removeAbort = func() {
				if rm, ok := goja.AssertFunction(signal.Get("removeEventListener")); ok {
					_, _ = rm(signal, t.vm.ToValue("abort"), listener)
				}
			}
		}
	}

	// the error and close checks, run at the start and on each change
	onSourceErrored := func(e goja.Value) {
		if !preventAbort {
			shutdownWithAction(func() *promise { return dst.abort(e) }, true, e)
		} else {
			shutdown(true, e)
		}
	}
	onDestErrored := func(e goja.Value) {
		if !preventCancel {
			shutdownWithAction(func() *promise { return src.cancel(e) }, true, e)
		} else {
			shutdown(true, e)
		}
	}
	onSourceClosed := func() {
		if !preventClose {
			shutdownWithAction(func() *promise { return w.closeWithErrorPropagation() }, false, nil)
		} else {
			shutdown(false, nil)
		}
	}
	onDestClosed := func() {
		e := t.typeError("The destination writable stream closed before all the data could be piped to it.")
		if !preventCancel {
			shutdownWithAction(func() *promise { return src.cancel(e) }, true, e)
		} else {
			shutdown(true, e)
		}
	}

	var pump func()
	waiting := false
	pump = func() {
		if shuttingDown || waiting {
			return
		}
		if ds, ok := w.desiredSize(); ok && ds <= 0 && dst.state == wsWritable {
			waiting = true
			w.ready.on(t, func(ok bool, _ goja.Value) {
				waiting = false
				if ok {
					pump()
				}
			})
			return
		}
		if dst.state != wsWritable || src.state != rsReadable {
			return
		}
		waiting = true
		reader.read(&readRequest{
			chunk: func(chunk goja.Value) {
				waiting = false
				if shuttingDown {
					return
				}
				p := w.write(chunk)
				p.handled = true
				currentWrite = p
				// keep reading while the destination wants more; a tick
				// later, as the spec's loop of promise reactions would
				t.queue(pump)
			},
			close: func() { waiting = false },
			err:   func(goja.Value) { waiting = false },
		})
	}

	// the checks in the order the spec lists them
	switch {
	case src.state == rsErrored:
		onSourceErrored(src.stored)
	case dst.state == wsErrored || dst.state == wsErroring:
		onDestErrored(dst.stored)
	case src.state == rsClosed:
		onSourceClosed()
	case dst.closeQueuedOrInFlight() || dst.state == wsClosed:
		onDestClosed()
	}
	if !shuttingDown {
		reader.closed.on(t, func(ok bool, v goja.Value) {
			if reader.stream == nil && shuttingDown {
				return
			}
			if ok {
				onSourceClosed()
			} else {
				onSourceErrored(v)
			}
		})
		w.closed.on(t, func(ok bool, v goja.Value) {
			if !ok && !shuttingDown {
				onDestErrored(v)
			}
		})
		pump()
	}
	return result
}

// all waits for every promise; the first rejection rejects.
func (t *rt) all(ps []*promise) *promise {
	out := newPromise()
	n := len(ps)
	if n == 0 {
		out.resolve(t, goja.Undefined())
		return out
	}
	for _, p := range ps {
		p.on(t, func(ok bool, v goja.Value) {
			if !ok {
				out.reject(t, v)
				return
			}
			n--
			if n == 0 {
				out.resolve(t, goja.Undefined())
			}
		})
	}
	return out
}

// tee is ReadableStreamDefaultTee, or ReadableByteStreamTee for a byte
// stream.
func (t *rt) tee(src *readableStream) (*readableStream, *readableStream) {
	if src.bc != nil {
		return t.byteTee(src)
	}
	reader := t.acquireDefaultReader(src)
	reading, readAgain := false, false
	canceled1, canceled2 := false, false
	var reason1, reason2 goja.Value
	var b1, b2 *readableStream
	cancelPromise := newPromise()

	var pull func() *promise
	pull = func() *promise {
		if reading {
			readAgain = true
			return startNow()
		}
		reading = true
		reader.read(&readRequest{
			chunk: func(chunk goja.Value) {
				t.queue(func() {
					readAgain = false
					if !canceled1 {
						b1.dc.enqueue(chunk)
					}
					if !canceled2 {
						b2.dc.enqueue(chunk)
					}
					reading = false
					if readAgain {
						pull()
					}
				})
			},
			close: func() {
				reading = false
				if !canceled1 {
					b1.dc.close()
				}
				if !canceled2 {
					b2.dc.close()
				}
				if !canceled1 || !canceled2 {
					cancelPromise.resolve(t, goja.Undefined())
				}
			},
			err: func(goja.Value) { reading = false },
		})
		return startNow()
	}
	cancelBoth := func() {
		src.cancel(t.vm.NewArray(reason1, reason2)).on(t, func(ok bool, v goja.Value) {
			if ok {
				cancelPromise.resolve(t, v)
			} else {
				cancelPromise.reject(t, v)
			}
		})
	}
	b1 = t.createReadable(startNow, pull, func(r goja.Value) *promise {
		canceled1, reason1 = true, r
		if canceled2 {
			cancelBoth()
		}
		return cancelPromise
	}, 1, nil)
	b2 = t.createReadable(startNow, pull, func(r goja.Value) *promise {
		canceled2, reason2 = true, r
		if canceled1 {
			cancelBoth()
		}
		return cancelPromise
	}, 1, nil)
	reader.closed.on(t, func(ok bool, v goja.Value) {
		if ok {
			return
		}
		b1.dc.error(v)
		b2.dc.error(v)
		if !canceled1 || !canceled2 {
			cancelPromise.resolve(t, goja.Undefined())
		}
	})
	return b1, b2
}

// asyncIter is a ReadableStream async iterator.
type asyncIter struct {
	dyn
	t             *rt
	reader        *defaultReader
	preventCancel bool
	finished      bool
	ongoing       *promise
}

func (it *asyncIter) nextSteps() *promise {
	t := it.t
	p := newPromise()
	if it.finished {
		p.resolve(t, t.iterResult(goja.Undefined(), true))
		return p
	}
	r := it.reader
	if r.stream == nil {
		p.reject(t, t.typeError("Cannot get the next iteration result once the reader has been released."))
		return p
	}
	r.read(&readRequest{
		chunk: func(v goja.Value) { p.resolve(t, t.iterResult(v, false)) },
		close: func() {
			it.finished = true
			if r.stream != nil {
				r.release()
			}
			p.resolve(t, t.iterResult(goja.Undefined(), true))
		},
		err: func(e goja.Value) {
			it.finished = true
			if r.stream != nil {
				r.release()
			}
			p.reject(t, e)
		},
	})
	return p
}

func (it *asyncIter) next() goja.Value {
	t := it.t
	if it.ongoing == nil || it.ongoing.state != pending {
		it.ongoing = it.nextSteps()
	} else {
		prev := it.ongoing
		p := newPromise()
		prev.on(t, func(bool, goja.Value) {
			it.nextSteps().on(t, func(ok bool, v goja.Value) { p.follow(t, ok, v) })
		})
		it.ongoing = p
	}
	return it.ongoing.js(t)
}

func (it *asyncIter) returnSteps(value goja.Value) *promise {
	t := it.t
	if it.finished {
		return resolvedPromise(t.iterResult(value, true))
	}
	it.finished = true
	r := it.reader
	if r.stream == nil {
		return rejectedPromise(t.typeError("Cannot return an iterator whose reader has been released."), false)
	}
	if !it.preventCancel {
		res := r.stream.cancel(value)
		r.release()
		p := newPromise()
		res.on(t, func(ok bool, v goja.Value) {
			if ok {
				p.resolve(t, t.iterResult(value, true))
			} else {
				p.reject(t, v)
			}
		})
		return p
	}
	r.release()
	return resolvedPromise(t.iterResult(value, true))
}

func (it *asyncIter) ret(value goja.Value) goja.Value {
	t := it.t
	if it.ongoing == nil || it.ongoing.state != pending {
		p := it.returnSteps(value)
		it.ongoing = nil
		return p.js(t)
	}
	prev := it.ongoing
	p := newPromise()
	prev.on(t, func(bool, goja.Value) {
		it.returnSteps(value).on(t, func(ok bool, v goja.Value) {
			if ok {
				p.resolve(t, v)
			} else {
				p.reject(t, v)
			}
		})
	})
	it.ongoing = p
	return p.js(t)
}

// from is ReadableStreamFromIterable.
func (t *rt) from(v goja.Value) *readableStream {
	if isNullish(v) {
		t.throwType("Failed to execute 'ReadableStream.from': Argument 1 can not be converted to async sequence.")
	}
	o := v.ToObject(t.vm)
	asyncSym := t.vm.Get("Symbol").ToObject(t.vm).Get("asyncIterator")
	var method goja.Callable
	sync := false
	if s, ok := asyncSym.(*goja.Symbol); ok {
		if m := o.GetSymbol(s); !isNullish(m) {
			method, _ = goja.AssertFunction(m)
		}
	}
	if method == nil {
		if m := o.GetSymbol(goja.SymIterator); !isNullish(m) {
			method, _ = goja.AssertFunction(m)
			sync = true
		}
	}
	if method == nil {
		t.throwType("Failed to execute 'ReadableStream.from': Argument 1 can not be converted to async sequence.")
	}
	itV, thrown := t.call(method, v)
	if thrown != nil {
		panic(thrown)
	}
	it, ok := itV.(*goja.Object)
	if !ok {
		t.throwType("Result of the Symbol.asyncIterator method is not an object")
	}
	nextV := it.Get("next")
	var s *readableStream
	pull := func() *promise {
		p := newPromise()
		p.direct = true
		nextFn, ok := goja.AssertFunction(nextV)
		if !ok {
			return rejectedPromise(t.typeError("iterator.next is not a function"), false)
		}
		res, thrown := t.call(nextFn, it)
		if thrown != nil {
			return rejectedPromise(thrown, false)
		}
		handle := func(res goja.Value) {
			ro, ok := res.(*goja.Object)
			if !ok {
				p.reject(t, t.typeError("The promise returned by the iterator.next() method must fulfill with an object"))
				return
			}
			if truthy(ro.Get("done")) {
				s.dc.close()
				p.resolve(t, goja.Undefined())
				return
			}
			val := orUndef(ro.Get("value"))
			if sync {
				t.react(val, func(x goja.Value) { s.dc.enqueue(x); p.resolve(t, goja.Undefined()) }, func(e goja.Value) { p.reject(t, e) })
				return
			}
			s.dc.enqueue(val)
			p.resolve(t, goja.Undefined())
		}
		if sync {
			handle(res)
			return p
		}
		t.react(res, handle, func(e goja.Value) { p.reject(t, e) })
		return p
	}
	cancel := func(reason goja.Value) *promise {
		rv := it.Get("return")
		if isNullish(rv) {
			return startNow()
		}
		retFn, ok := goja.AssertFunction(rv)
		if !ok {
			return rejectedPromise(t.typeError("iterator.return is not a function"), false)
		}
		res, thrown := t.call(retFn, it, reason)
		if thrown != nil {
			return rejectedPromise(thrown, false)
		}
		p := newPromise()
		p.direct = true
		check := func(r goja.Value) {
			if _, ok := r.(*goja.Object); !ok {
				p.reject(t, t.typeError("The promise returned by the iterator.return() method must fulfill with an object"))
				return
			}
			p.resolve(t, goja.Undefined())
		}
		if sync {
			check(res)
			return p
		}
		t.react(res, check, func(e goja.Value) { p.reject(t, e) })
		return p
	}
	s = t.createReadable(startNow, pull, cancel, 0, nil)
	return s
}

// byteTee is ReadableByteStreamTee: a branch with a pending BYOB request
// reads from the source with a BYOB reader into that request's view.
func (t *rt) byteTee(src *readableStream) (*readableStream, *readableStream) {
	var reader streamReader = t.acquireDefaultReader(src)
	reading, again1, again2 := false, false, false
	canceled1, canceled2 := false, false
	var reason1, reason2 goja.Value
	var b1, b2 *readableStream
	cancelPromise := newPromise()

	var forwardError func(r streamReader)
	forwardError = func(r streamReader) {
		r.base().closed.on(t, func(ok bool, v goja.Value) {
			if ok || r != reader {
				return
			}
			b1.bc.error(v)
			b2.bc.error(v)
			if !canceled1 || !canceled2 {
				cancelPromise.resolve(t, goja.Undefined())
			}
		})
	}
	clone := func(chunk goja.Value) goja.Value {
		vi, _ := t.view(chunk)
		cp := make([]byte, vi.n)
		copy(cp, t.abBytes(vi.buf)[vi.off:vi.off+vi.n])
		return t.r.NewUint8Array(cp)
	}
	var pull1, pull2 func() *promise
	afterChunk := func() {
		reading = false
		if again1 {
			pull1()
		} else if again2 {
			pull2()
		}
	}
	pullDefault := func() {
		if br, ok := reader.(*byobReader); ok {
			br.release()
			reader = t.acquireDefaultReader(src)
			forwardError(reader)
		}
		reader.(*defaultReader).read(&readRequest{
			chunk: func(chunk goja.Value) {
				t.queue(func() {
					again1, again2 = false, false
					c1, c2 := chunk, chunk
					if !canceled1 && !canceled2 {
						c2 = clone(chunk)
					}
					if !canceled1 {
						b1.bc.enqueueView(c1)
					}
					if !canceled2 {
						b2.bc.enqueueView(c2)
					}
					afterChunk()
				})
			},
			close: func() {
				reading = false
				if !canceled1 {
					b1.bc.close()
				}
				if !canceled2 {
					b2.bc.close()
				}
				if len(b1.bc.pending) > 0 {
					b1.bc.respond(0)
				}
				if len(b2.bc.pending) > 0 {
					b2.bc.respond(0)
				}
				if !canceled1 || !canceled2 {
					cancelPromise.resolve(t, goja.Undefined())
				}
			},
			err: func(goja.Value) { reading = false },
		})
	}
	pullBYOB := func(view goja.Value, forBranch2 bool) {
		if dr, ok := reader.(*defaultReader); ok {
			dr.release()
			reader = t.acquireBYOBReader(src)
			forwardError(reader)
		}
		byobBranch, other := b1, b2
		if forBranch2 {
			byobBranch, other = b2, b1
		}
		canceled := func() (bool, bool) {
			if forBranch2 {
				return canceled2, canceled1
			}
			return canceled1, canceled2
		}
		vi, _ := t.view(view)
		br := reader.(*byobReader)
		br.stream.disturbed = true
		rq := &readIntoRequest{
			chunk: func(chunk goja.Value) {
				t.queue(func() {
					again1, again2 = false, false
					byobCanceled, otherCanceled := canceled()
					if !otherCanceled {
						c := clone(chunk)
						if !byobCanceled {
							byobBranch.bc.respondWithNewView(chunk)
						}
						other.bc.enqueueView(c)
					} else if !byobCanceled {
						byobBranch.bc.respondWithNewView(chunk)
					}
					afterChunk()
				})
			},
			close: func(chunk goja.Value) {
				reading = false
				byobCanceled, otherCanceled := canceled()
				if !byobCanceled {
					byobBranch.bc.close()
				}
				if !otherCanceled {
					other.bc.close()
				}
				if !isUndef(chunk) {
					if !byobCanceled {
						byobBranch.bc.respondWithNewView(chunk)
					}
					if !otherCanceled && len(other.bc.pending) > 0 {
						other.bc.respond(0)
					}
				}
				if !byobCanceled || !otherCanceled {
					cancelPromise.resolve(t, goja.Undefined())
				}
			},
			err: func(goja.Value) { reading = false },
		}
		if src.state == rsErrored {
			rq.err(src.stored)
			return
		}
		src.bc.pullInto(vi, 1, rq)
	}
	pull := func(b *readableStream, forBranch2 bool) *promise {
		if reading {
			if forBranch2 {
				again2 = true
			} else {
				again1 = true
			}
			return startNow()
		}
		reading = true
		if req := b.bc.getBYOBRequest(); req != nil {
			pullBYOB(req.view, forBranch2)
		} else {
			pullDefault()
		}
		return startNow()
	}
	pull1 = func() *promise { return pull(b1, false) }
	pull2 = func() *promise { return pull(b2, true) }
	cancelBoth := func() {
		src.cancel(t.vm.NewArray(reason1, reason2)).on(t, func(ok bool, v goja.Value) {
			if ok {
				cancelPromise.resolve(t, v)
			} else {
				cancelPromise.reject(t, v)
			}
		})
	}
	b1 = t.createByteReadable(startNow, pull1, func(r goja.Value) *promise {
		canceled1, reason1 = true, r
		if canceled2 {
			cancelBoth()
		}
		return cancelPromise
	})
	b2 = t.createByteReadable(startNow, pull2, func(r goja.Value) *promise {
		canceled2, reason2 = true, r
		if canceled1 {
			cancelBoth()
		}
		return cancelPromise
	})
	forwardError(reader)
	return b1, b2
}
