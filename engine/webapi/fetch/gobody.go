package fetch

import (
	"io"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
)

// goBody is a body still in Go: an incoming request's or a fetched
// response's. JS holds it as an opaque value in its BodyState, reads it
// whole with one native call (text(), json(), arrayBuffer() …), makes a
// ReadableStream of it only when .body is asked for, and hands it back to
// Go untouched when it is sent on (a proxied response, a forwarded
// upload): no JS stream and no promise per chunk unless the code wants
// the stream.
type goBody struct {
	rc    io.ReadCloser
	size  int64 // -1 when unknown
	taken bool  // the reader went to a stream, a read or Go
}

func newGoBody(rc io.ReadCloser, size int64) *goBody { return &goBody{rc: rc, size: size} }

// take hands the reader over once.
func (b *goBody) take(r *jsrt.Runtime) io.ReadCloser {
	if b == nil || b.taken {
		r.ThrowTypeError("Body already consumed")
	}
	b.taken = true
	return b.rc
}

// goBodyOf returns the goBody a JS handle wraps, or nil.
func goBodyOf(v goja.Value) *goBody {
	if v == nil {
		return nil
	}
	b, _ := v.Export().(*goBody)
	return b
}

// goBodyIn returns the goBody in the `go` field of a body object, or nil.
func goBodyIn(v goja.Value) *goBody {
	if o, ok := v.(*goja.Object); ok {
		return goBodyOf(o.Get("go"))
	}
	return nil
}

func (f *fetcher) goBodyNatives(m map[string]any) {
	r := f.r
	m["goBodyStream"] = func(b *goBody) goja.Value {
		s, err := streams.FromReader(r, b.take(r), 0)
		if err != nil {
			r.Throw(err)
		}
		return s
	}
	m["goBodyReadAll"] = func(b *goBody) goja.Value {
		rc := b.take(r)
		p := r.Async(func() (func() (goja.Value, error), error) {
			data, err := readAll(rc, b.size)
			rc.Close()
			if err != nil {
				return nil, err
			}
			return func() (goja.Value, error) { return r.NewUint8Array(data), nil }, nil
		})
		return r.VM().ToValue(p)
	}
}

// readAll reads rc to its end, in one allocation when the size is known.
func readAll(rc io.Reader, size int64) ([]byte, error) {
	if size < 0 || size > 64<<20 {
		return io.ReadAll(rc)
	}
	buf := make([]byte, size+1) // +1: a body longer than announced is read on
	n, err := io.ReadFull(rc, buf)
	switch err {
	case io.ErrUnexpectedEOF, io.EOF:
		return buf[:n], nil
	case nil:
		rest, err := io.ReadAll(rc)
		return append(buf[:n], rest...), err
	}
	return buf[:n], err
}
