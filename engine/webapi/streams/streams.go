// Package streams installs the WHATWG Streams API (ReadableStream with
// default and byte controllers and BYOB readers, WritableStream,
// TransformStream, the queuing strategies; pipeTo/pipeThrough/tee, async
// iteration, ReadableStream.from) and bridges streams to Go readers.
//
// The JS classes are web-streams-polyfill 4.3.0 (MIT), a complete and
// well-kept implementation of the spec, vendored into polyfill.js by
// update.sh and lowered for goja. Speed lives in the bridge, not the
// classes: FromReader feeds a byte stream from an io.Reader one chunk per
// pull (never reading ahead, so a 1 GB upload is never buffered), and
// ToReader hands a stream's chunks to a Go reader with one copy each.
package streams

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

//go:embed polyfill.js
var polyfillJS string

// The IIFE's `var` stays local to a wrapper function: no global leaks.
// goja has no Symbol.asyncIterator: it is defined first (as the globals
// package and esbuild's lowered for-await expect, Symbol.for("Symbol.
// asyncIterator")), so the polyfill's iterators and user code agree.
var polyfill = jsrt.NewScript("edgeplay:streams-polyfill", "(function () {\n"+
	"if (!Symbol.asyncIterator) Object.defineProperty(Symbol, \"asyncIterator\", { value: Symbol.for(\"Symbol.asyncIterator\") });\n"+
	polyfillJS+"\nreturn __edgeplayStreams;\n})()")

var glue = jsrt.NewScript("edgeplay:streams", `(function (ns) {
  "use strict";
  for (const name of Object.keys(ns)) {
    Object.defineProperty(globalThis, name, { value: ns[name], writable: true, configurable: true, enumerable: false });
  }
  const RS = ns.ReadableStream;
  if (!RS.prototype[Symbol.asyncIterator]) {
    Object.defineProperty(RS.prototype, Symbol.asyncIterator, { value: RS.prototype.values, writable: true, configurable: true });
  }
  // ReadableStream.from with Deno's error for a value that is not iterable
  const polyFrom = RS.from;
  Object.defineProperty(RS, "from", { value: function from(asyncIterable) {
    const v = asyncIterable;
    if (v === null || v === undefined || (typeof v[Symbol.asyncIterator] !== "function" && typeof v[Symbol.iterator] !== "function")) {
      throw new TypeError("Failed to execute 'ReadableStream.from': Argument 1 can not be converted to async sequence.");
    }
    return polyFrom.call(this, v);
  }, writable: true, configurable: true });
  return {
    fromNative(read, cancel) {
      return new RS({
        type: "bytes",
        pull(c) {
          return read().then((chunk) => {
            if (chunk === null) {
              c.close();
              if (c.byobRequest) c.byobRequest.respond(0);
            } else {
              c.enqueue(chunk);
            }
          });
        },
        cancel(reason) { cancel(); },
      }, { highWaterMark: 0 });
    },
    isStream(v) { return v instanceof RS; },
    reader(stream) {
      if (!(stream instanceof RS)) throw new TypeError("expected a ReadableStream");
      return stream.getReader();
    },
  };
})`)

type bridge struct {
	fromNative, isStream, reader goja.Callable
}

const bridgeKey = "streams.bridge"

// Install adds the stream classes.
func Install(r *jsrt.Runtime) error {
	ns, err := polyfill.Run(r)
	if err != nil {
		return fmt.Errorf("streams polyfill: %w", err)
	}
	fns, err := glue.Call(r, ns)
	if err != nil {
		return err
	}
	o := fns.(*goja.Object)
	b := &bridge{}
	b.fromNative, _ = goja.AssertFunction(o.Get("fromNative"))
	b.isStream, _ = goja.AssertFunction(o.Get("isStream"))
	b.reader, _ = goja.AssertFunction(o.Get("reader"))
	r.SetInternal(bridgeKey, b)
	return nil
}

func bridgeOf(r *jsrt.Runtime) (*bridge, error) {
	b, ok := r.Internal(bridgeKey).(*bridge)
	if !ok {
		return nil, errors.New("streams: not installed")
	}
	return b, nil
}

// DefaultChunk is FromReader's chunk size when 0 is given.
const DefaultChunk = 64 << 10

// FromReader returns a byte ReadableStream that reads rc on a goroutine
// each time JS pulls (one chunk at a time), closes rc at EOF, on cancel
// or when the runtime stops. Loop goroutine only.
func FromReader(r *jsrt.Runtime, rc io.ReadCloser, chunkSize int) (*goja.Object, error) {
	b, err := bridgeOf(r)
	if err != nil {
		return nil, err
	}
	if chunkSize <= 0 {
		chunkSize = DefaultChunk
	}
	var closeOnce sync.Once
	closeRC := func() { closeOnce.Do(func() { rc.Close() }) }
	go func() { <-r.Done(); closeRC() }()
	vm := r.VM()
	read := func() goja.Value {
		return vm.ToValue(r.Async(func() (func() (goja.Value, error), error) {
			buf := make([]byte, chunkSize)
			n, err := rc.Read(buf)
			for n == 0 && err == nil {
				n, err = rc.Read(buf)
			}
			if n > 0 {
				return func() (goja.Value, error) { return r.NewUint8Array(buf[:n]), nil }, nil
			}
			closeRC()
			if err == io.EOF {
				return func() (goja.Value, error) { return goja.Null(), nil }, nil
			}
			var jsErr *jsrt.Error
			if errors.As(err, &jsErr) {
				return nil, err // already says what happened (an abort, a decode error)
			}
			return nil, jsrt.TypeErrorf("error reading a body from connection: %v", err)
		}))
	}
	v, err := b.fromNative(goja.Undefined(), vm.ToValue(read), vm.ToValue(closeRC))
	if err != nil {
		return nil, err
	}
	return v.(*goja.Object), nil
}

// IsReadableStream reports whether v is a ReadableStream. Loop only.
func IsReadableStream(r *jsrt.Runtime, v goja.Value) bool {
	b, err := bridgeOf(r)
	if err != nil || v == nil {
		return false
	}
	res, err := b.isStream(goja.Undefined(), v)
	return err == nil && res.ToBoolean()
}

// ToReader returns an io.ReadCloser over a JS ReadableStream of
// Uint8Array chunks; Read may be called from any goroutine (each read is
// scheduled on the loop). Close cancels the stream. Call on the loop.
func ToReader(r *jsrt.Runtime, stream *goja.Object) (io.ReadCloser, error) {
	b, err := bridgeOf(r)
	if err != nil {
		return nil, err
	}
	rd, err := b.reader(goja.Undefined(), stream)
	if err != nil {
		return nil, err
	}
	reader := rd.(*goja.Object)
	readFn, _ := goja.AssertFunction(reader.Get("read"))
	cancelFn, _ := goja.AssertFunction(reader.Get("cancel"))
	return &jsReader{r: r, reader: reader, read: readFn, cancel: cancelFn, ch: make(chan chunk, readAhead)}, nil
}

// readAhead is how many reads ToReader keeps outstanding on the JS
// stream: one loop round trip then brings up to this many chunks, instead
// of one (streams made of many small chunks, like zip.js's, are otherwise
// bound by the round trips).
const readAhead = 4

type jsReader struct {
	r      *jsrt.Runtime
	reader *goja.Object
	read   goja.Callable
	cancel goja.Callable
	ch     chan chunk // delivered chunks; never more than readAhead

	// loop-only
	inflight int
	ended    bool

	mu      sync.Mutex
	pending []byte
	eof     bool
	err     error
	closed  bool
}

type chunk struct {
	data []byte
	eof  bool
	err  error
}

// ErrNotBytes is the error for a chunk that is not a Uint8Array.
var ErrNotBytes = errors.New("stream chunk is not a Uint8Array")

var errStopped = errors.New("the runtime stopped while reading a stream")

// pump keeps up to readAhead reads outstanding. Loop goroutine only; every
// read issued sends exactly one chunk, so ch never blocks.
func (j *jsReader) pump() {
	r := j.r
	vm := r.VM()
	for !j.ended && j.inflight+len(j.ch) < readAhead {
		j.inflight++
		p, err := j.read(j.reader)
		if err != nil {
			j.inflight--
			j.ended = true
			j.ch <- chunk{err: err}
			return
		}
		then, _ := goja.AssertFunction(p.(*goja.Object).Get("then"))
		_, err = then(p, vm.ToValue(func(res *goja.Object) {
			j.inflight--
			if res.Get("done").ToBoolean() {
				j.ended = true
				j.ch <- chunk{eof: true}
				return
			}
			b, ok := r.Bytes(res.Get("value"))
			if !ok {
				j.ended = true
				j.ch <- chunk{err: ErrNotBytes}
				return
			}
			j.ch <- chunk{data: append([]byte(nil), b...)}
		}), vm.ToValue(func(reason goja.Value) {
			j.inflight--
			j.ended = true
			j.ch <- chunk{err: &jsrt.ThrownError{Value: reason}}
		}))
		if err != nil {
			j.inflight--
			j.ended = true
			j.ch <- chunk{err: err}
			return
		}
	}
}

func (j *jsReader) schedulePump() bool {
	return j.r.Enqueue(func() error { j.pump(); return nil })
}

func (j *jsReader) Read(p []byte) (int, error) {
	j.mu.Lock()
	defer j.mu.Unlock()
	for len(j.pending) == 0 {
		if j.err != nil {
			return 0, j.err
		}
		if j.eof {
			return 0, io.EOF
		}
		var c chunk
		select {
		case c = <-j.ch:
		default:
			if !j.schedulePump() {
				return 0, errStopped
			}
			select {
			case c = <-j.ch:
			case <-j.r.Done():
				return 0, errStopped
			}
		}
		j.pending, j.eof, j.err = c.data, c.eof, c.err
		if !j.eof && j.err == nil {
			j.schedulePump() // keep reads in flight while this chunk is consumed
		}
	}
	n := copy(p, j.pending)
	j.pending = j.pending[n:]
	return n, nil
}

// Close cancels the stream (if it did not end).
func (j *jsReader) Close() error {
	j.mu.Lock()
	if j.closed || j.eof {
		j.closed = true
		j.mu.Unlock()
		return nil
	}
	j.closed = true
	j.mu.Unlock()
	j.r.Enqueue(func() error {
		_, _ = j.cancel(j.reader)
		return nil
	})
	return nil
}
