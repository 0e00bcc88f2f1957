package streams_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
)

func TestStreamsJS(t *testing.T) {
	r := jstest.New(t, timers.Install, streams.Install)
	cases := []struct{ name, src, want string }{
		{"read all", `const s = new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } });
			return (await collect(s)).join("");`, "ab"},
		{"pipeThrough transform", `const s = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } })
			.pipeThrough(new TransformStream({ transform(x, c) { c.enqueue(x * 10); } }));
			return (await collect(s)).join(",");`, "10,20"},
		{"pipeTo writable", `let acc = ""; const w = new WritableStream({ write(x) { acc += x; } });
			await new ReadableStream({ start(c) { c.enqueue("x"); c.enqueue("y"); c.close(); } }).pipeTo(w); return acc;`, "xy"},
		{"tee", `const [a, b] = new ReadableStream({ start(c) { c.enqueue("t"); c.close(); } }).tee();
			const ra = await a.getReader().read(); const rb = await b.getReader().read(); return ra.value + rb.value;`, "tt"},
		{"byob", `const s = new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([1,2,3,4])); c.close(); } });
			const r = s.getReader({ mode: "byob" }); const { value } = await r.read(new Uint8Array(2)); return String(value.length) + value[1];`, "22"},
		{"from iterable", `return (await collect(ReadableStream.from(["p", "q"]))).join("");`, "pq"},
		{"locked", `const s = new ReadableStream(); s.getReader(); try { s.getReader(); } catch (e) { return e.name + s.locked; }`, "TypeErrortrue"},
		{"writer backpressure", `const w = new WritableStream({}, { highWaterMark: 2 }); const wr = w.getWriter(); return String(wr.desiredSize);`, "2"},
		{"cancel propagates", `let why; const s = new ReadableStream({ cancel(r) { why = r; } }); await s.cancel("done"); return why;`, "done"},
		{"strategies", `return new ByteLengthQueuingStrategy({ highWaterMark: 3 }).size(new Uint8Array(5)) + new CountQueuingStrategy({ highWaterMark: 1 }).size();`, "6"},
		{"not enumerable", `return String(Object.keys(globalThis).includes("ReadableStream"));`, "false"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			// raw goja has no for-await (user code is lowered by esbuild): iterate by hand
			got := jstest.MustEval(t, r, collectJS+tc.src)
			if s := toString(got); s != tc.want {
				t.Fatalf("got %v, want %q", got, tc.want)
			}
		})
	}
}

const collectJS = `const collect = async (s) => { const it = s[Symbol.asyncIterator](); const out = [];
  for (;;) { const { value, done } = await it.next(); if (done) return out; out.push(value); } };
`

func toString(v any) string { return fmt.Sprint(v) }

func TestFromReaderToReaderRoundTrip(t *testing.T) {
	r := jstest.New(t, timers.Install, streams.Install)
	data := bytes.Repeat([]byte("edgeplay"), 100000) // 800 KB
	var out io.ReadCloser
	err := r.Sync(func() error {
		s, err := streams.FromReader(r, io.NopCloser(bytes.NewReader(data)), 4096)
		if err != nil {
			return err
		}
		// through a TransformStream, to exercise the JS side
		v, err := r.VM().RunString(`(s) => s.pipeThrough(new TransformStream())`)
		if err != nil {
			return err
		}
		fn, _ := goja.AssertFunction(v)
		piped, err := fn(goja.Undefined(), s)
		if err != nil {
			return err
		}
		if !streams.IsReadableStream(r, piped) {
			t.Error("pipeThrough result is not a ReadableStream")
		}
		out, err = streams.ToReader(r, piped.(*goja.Object))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, data) {
		t.Fatalf("round trip: %d bytes, want %d", len(got), len(data))
	}
}

func TestToReaderRejectsNonBytes(t *testing.T) {
	r := jstest.New(t, timers.Install, streams.Install)
	var rd io.ReadCloser
	_ = r.Sync(func() error {
		v, _ := r.VM().RunString(`new ReadableStream({ start(c) { c.enqueue("a string"); c.close(); } })`)
		var err error
		rd, err = streams.ToReader(r, v.(*goja.Object))
		return err
	})
	_, err := io.ReadAll(rd)
	if err != streams.ErrNotBytes {
		t.Fatalf("err = %v", err)
	}
	_ = jsrt.Errorf
}

type closeCounter struct {
	io.Reader
	closed chan struct{}
}

func (c *closeCounter) Close() error {
	select {
	case <-c.closed:
	default:
		close(c.closed)
	}
	return nil
}

// A FromReader stream serves BYOB reads (filling the reader's buffer) and
// closes its io.ReadCloser when cancelled.
func TestFromReaderBYOBAndCancel(t *testing.T) {
	r := jstest.New(t, timers.Install, streams.Install)
	src := &closeCounter{Reader: bytes.NewReader([]byte("abcdefgh")), closed: make(chan struct{})}
	err := r.Sync(func() error {
		s, err := streams.FromReader(r, src, 4)
		if err != nil {
			return err
		}
		return r.VM().Set("fromGo", s)
	})
	if err != nil {
		t.Fatal(err)
	}
	got := jstest.MustEval(t, r, `const rd = fromGo.getReader({ mode: "byob" });
		const a = await rd.read(new Uint8Array(3));
		const b = await rd.read(new Uint8Array(8));
		await rd.cancel("enough");
		return String.fromCharCode(...a.value) + "|" + String.fromCharCode(...b.value) + "|" + fromGo.locked;`)
	if toString(got) != "abc|d|true" {
		t.Fatalf("got %v", got)
	}
	<-src.closed
}

// ToReader reports a stream's error as the JS value it errored with.
func TestToReaderError(t *testing.T) {
	r := jstest.New(t, timers.Install, streams.Install)
	var rd io.ReadCloser
	err := r.Sync(func() error {
		v, err := r.VM().RunString(`new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([1, 2])); }, pull(c) { c.error(new TypeError("broken")); } })`)
		if err != nil {
			return err
		}
		rd, err = streams.ToReader(r, v.(*goja.Object))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(rd)
	var thrown *jsrt.ThrownError
	if len(b) != 2 || !errors.As(err, &thrown) || !strings.Contains(thrown.Error(), "broken") {
		t.Fatalf("read %d bytes, err %v", len(b), err)
	}
}
