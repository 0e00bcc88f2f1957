package streams

import (
	"errors"
	"io"
	"sync"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

var asyncIteratorJS = jsrt.NewScript("edgeplay:streams-asynciterator",
	`if (!Symbol.asyncIterator) Object.defineProperty(Symbol, "asyncIterator", { value: Symbol.for("Symbol.asyncIterator") });`)

// Install adds the stream classes.
func Install(r *jsrt.Runtime) error {
	if _, err := asyncIteratorJS.Run(r); err != nil {
		return err
	}
	t, err := newRT(r)
	if err != nil {
		return err
	}
	t.install()
	r.SetInternal(rtKey, t)
	return nil
}

// fromReader is FromReader: a byte stream (highWaterMark 0) whose pull
// reads rc once on a goroutine and enqueues what came.
func (t *rt) fromReader(rc io.ReadCloser, chunkSize int) *goja.Object {
	r := t.r
	if chunkSize <= 0 {
		chunkSize = DefaultChunk
	}
	var closeOnce sync.Once
	closeRC := func() { closeOnce.Do(func() { rc.Close() }) }
	go func() { <-r.Done(); closeRC() }()
	var s *readableStream
	pull := func() *promise {
		p := newPromise()
		done := r.Ref()
		go func() {
			buf := make([]byte, chunkSize)
			n, err := rc.Read(buf)
			for n == 0 && err == nil {
				n, err = rc.Read(buf)
			}
			if n == 0 {
				closeRC()
			}
			done(func() error {
				defer t.drain()
				t.inJS(func() { fromReaderDone(t, s, p, buf, n, err) })
				return nil
			})
		}()
		return p
	}
	cancel := func(goja.Value) *promise { closeRC(); return startNow() }
	s = t.newReadable()
	t.setupByte(s, &byteController{}, startNow, pull, cancel, 0, 0)
	return s.jsObj()
}

// fromReaderDone hands one read's outcome to the stream.
func fromReaderDone(t *rt, s *readableStream, p *promise, buf []byte, n int, err error) {
	bc := s.bc
	if n > 0 {
		if s.state == rsReadable && !bc.closeRequested {
			bc.enqueueOwned(t.vm.ToValue(t.vm.NewArrayBuffer(buf[:n])).(*goja.Object), 0, n)
		}
		p.resolve(t, goja.Undefined())
		return
	}
	if err == io.EOF {
		if s.state == rsReadable && !bc.closeRequested {
			bc.close()
			if len(bc.pending) > 0 {
				bc.respond(0)
			}
		}
		p.resolve(t, goja.Undefined())
		return
	}
	var jsErr *jsrt.Error
	if !errors.As(err, &jsErr) {
		err = jsrt.TypeErrorf("error reading a body from connection: %v", err)
	}
	p.reject(t, t.r.ErrorValue(err))
}
