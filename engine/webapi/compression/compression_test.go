package compression_test

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"crypto/rand"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/compression"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
)

func roundTrip(t *testing.T, format string, data []byte, chunk int) []byte {
	t.Helper()
	c, err := compression.NewCompressor(format)
	if err != nil {
		t.Fatal(err)
	}
	var z []byte
	for i := 0; i < len(data); i += chunk {
		out, err := c.Write(data[i:min(i+chunk, len(data))])
		if err != nil {
			t.Fatal(err)
		}
		z = append(z, out...)
	}
	tail, err := c.Close()
	if err != nil {
		t.Fatal(err)
	}
	z = append(z, tail...)
	d, _ := compression.NewDecompressor(format)
	var got []byte
	for i := 0; i < len(z); i += chunk {
		out, err := d.Write(z[i:min(i+chunk, len(z))])
		if err != nil {
			t.Fatalf("%s write: %v", format, err)
		}
		got = append(got, out...)
	}
	tail, err = d.Close()
	if err != nil {
		t.Fatalf("%s close: %v", format, err)
	}
	return append(got, tail...)
}

func TestCodecRoundTrips(t *testing.T) {
	data := bytes.Repeat([]byte("edge functions stream bytes. "), 50000)
	random := make([]byte, 300000)
	rand.Read(random)
	for _, format := range compression.Formats {
		for _, chunk := range []int{1 << 20, 4096, 7} {
			for name, in := range map[string][]byte{"text": data[:min(len(data), chunk*2000)], "random": random[:min(len(random), chunk*3000)], "empty": nil} {
				t.Run(fmt.Sprint(format, "/", chunk, "/", name), func(t *testing.T) {
					if got := roundTrip(t, format, in, chunk); !bytes.Equal(got, in) {
						t.Fatalf("round trip lost data: %d → %d bytes", len(in), len(got))
					}
				})
			}
		}
	}
}

func TestDecompressErrors(t *testing.T) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write(bytes.Repeat([]byte("x"), 10000))
	w.Close()
	full := gz.Bytes()
	var zl, raw bytes.Buffer
	zw := zlib.NewWriter(&zl)
	zw.Write([]byte("zlib data zlib data"))
	zw.Close()
	fw, _ := flate.NewWriter(&raw, flate.BestSpeed)
	fw.Write([]byte("raw data raw data"))
	fw.Close()
	badCRC := append([]byte{}, full...)
	badCRC[len(badCRC)-6] ^= 0xff
	badAdler := append([]byte{}, zl.Bytes()...)
	badAdler[len(badAdler)-1] ^= 0xff
	cases := []struct {
		name, format string
		in           []byte
		want         string
	}{
		{"gzip truncated", "gzip", full[:len(full)-6], "truncated"},
		{"gzip header only", "gzip", full[:10], "truncated"},
		{"gzip empty", "gzip", nil, "truncated"},
		{"gzip garbage", "gzip", []byte("this is not gzip at all"), "corrupt compressed data: gzip: invalid header"},
		{"gzip junk after", "gzip", append(append([]byte{}, full...), 1, 2, 3), "junk"},
		{"gzip second member", "gzip", append(append([]byte{}, full...), full...), "junk"},
		{"gzip bad crc", "gzip", badCRC, "invalid checksum"},
		{"zlib bad header", "deflate", []byte{0x78, 0x9c, 0xff, 0xff, 0xff}, "corrupt"},
		{"zlib not zlib", "deflate", full, "zlib: invalid header"},
		{"zlib truncated", "deflate", zl.Bytes()[:len(zl.Bytes())-2], "truncated"},
		{"zlib bad adler", "deflate", badAdler, "corrupt compressed data: zlib: invalid checksum"},
		{"zlib junk after", "deflate", append(append([]byte{}, zl.Bytes()...), 0), "junk"},
		{"raw corrupt", "deflate-raw", []byte{0xff, 0xff, 0xff}, "corrupt compressed data: flate: corrupt input"},
		{"raw truncated", "deflate-raw", raw.Bytes()[:len(raw.Bytes())-3], "truncated"},
		{"raw empty", "deflate-raw", nil, "truncated"},
		{"raw junk after", "deflate-raw", append(append([]byte{}, raw.Bytes()...), 9), "junk"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := compression.NewDecompressor(tc.format)
			_, err := d.Write(tc.in)
			if err == nil {
				_, err = d.Close()
			}
			if err == nil || !bytes.Contains([]byte(err.Error()), []byte(tc.want)) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

// TestInterop: our compressors' output decodes with Go's standard readers
// (as any other inflater), and streams made by them decode with ours.
func TestInterop(t *testing.T) {
	data := bytes.Repeat([]byte("interop with the standard library. "), 3000)
	readers := map[string]func(io.Reader) (io.Reader, error){
		"gzip":        func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) },
		"deflate":     func(r io.Reader) (io.Reader, error) { return zlib.NewReader(r) },
		"deflate-raw": func(r io.Reader) (io.Reader, error) { return flate.NewReader(r), nil },
	}
	for _, format := range compression.Formats {
		t.Run(format, func(t *testing.T) {
			c, _ := compression.NewCompressor(format)
			var z []byte
			for i := 0; i < len(data); i += 1000 {
				out, err := c.Write(data[i:min(i+1000, len(data))])
				if err != nil {
					t.Fatal(err)
				}
				if len(out) == 0 {
					t.Fatal("a written chunk produced no output (no sync flush)")
				}
				z = append(z, out...)
			}
			tail, _ := c.Close()
			z = append(z, tail...)
			r, err := readers[format](bytes.NewReader(z))
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("standard reader: %d bytes, %v", len(got), err)
			}
		})
	}
}

// TestStreamingDecode: each Write returns everything its input can yield
// (a compressed event stream decodes event by event, nothing held back).
func TestStreamingDecode(t *testing.T) {
	for _, format := range compression.Formats {
		t.Run(format, func(t *testing.T) {
			c, _ := compression.NewCompressor(format)
			d, _ := compression.NewDecompressor(format)
			for i := 0; i < 50; i++ {
				msg := []byte(fmt.Sprintf("data: event %d\n\n", i))
				z, err := c.Write(msg)
				if err != nil {
					t.Fatal(err)
				}
				got, err := d.Write(z)
				if err != nil || !bytes.Equal(got, msg) {
					t.Fatalf("event %d: got %q, %v", i, got, err)
				}
			}
			z, _ := c.Close()
			if _, err := d.Write(z); err != nil {
				t.Fatal(err)
			}
			if rest, err := d.Close(); err != nil || len(rest) != 0 {
				t.Fatalf("close: %q, %v", rest, err)
			}
		})
	}
}

// TestCodecLifecycle: closing twice, writing after the end, aborting an
// unused or half-read decompressor.
func TestCodecLifecycle(t *testing.T) {
	z := roundTripCompress(t, "gzip", []byte("lifecycle"))
	d, _ := compression.NewDecompressor("gzip")
	out, err := d.Write(z)
	if err != nil {
		t.Fatal(err)
	}
	tail, err := d.Close()
	if err != nil || string(append(out, tail...)) != "lifecycle" {
		t.Fatalf("got %q, %v", append(out, tail...), err)
	}
	if _, err := d.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	unused, _ := compression.NewDecompressor("deflate")
	compression.Abort(unused) // no goroutine was started: must not block
	half, _ := compression.NewDecompressor("gzip")
	if _, err := half.Write(z[:5]); err != nil {
		t.Fatal(err)
	}
	compression.Abort(half)
	if _, err := compression.NewDecompressor("br"); err == nil {
		t.Fatal("unknown format accepted")
	}
	if _, err := compression.NewCompressor("zip"); err == nil {
		t.Fatal("unknown format accepted")
	}
}

func roundTripCompress(t *testing.T, format string, data []byte) []byte {
	t.Helper()
	c, _ := compression.NewCompressor(format)
	out, err := c.Write(data)
	if err != nil {
		t.Fatal(err)
	}
	tail, err := c.Close()
	if err != nil {
		t.Fatal(err)
	}
	return append(out, tail...)
}

func TestDecompressionBombIsRefused(t *testing.T) {
	var gz bytes.Buffer
	w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for i := 0; i < 300; i++ { // 300 MB of zeros → ~300 KB
		w.Write(zero)
	}
	w.Close()
	d, _ := compression.NewDecompressor("gzip")
	_, err := d.Write(gz.Bytes())
	if err == nil || !bytes.Contains([]byte(err.Error()), []byte("decompression bomb")) {
		t.Fatalf("err = %v", err)
	}
}

// jsPrelude: helpers for the JS tests (only what Deno has: no Blob or
// Response here, the fetch package is not installed).
const jsPrelude = `const te = new TextEncoder();
const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");
const unhex = (h) => new Uint8Array((h.match(/../g) || []).map((x) => parseInt(x, 16)));
const from = (chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
const chunksOf = async (s) => { const r = s.getReader(); const out = []; for (;;) { const { value, done } = await r.read(); if (done) return out; out.push(value); } };
const bytesOf = async (s) => { const parts = await chunksOf(s); const n = parts.reduce((a, p) => a + p.byteLength, 0); const b = new Uint8Array(n); let o = 0; for (const p of parts) { b.set(p, o); o += p.byteLength; } return b; };
const textOf = async (s) => new TextDecoder().decode(await bytesOf(s));
const errOf = async (f) => { try { await f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } };
`

func TestStreamsInJS(t *testing.T) {
	r := jstest.New(t, timers.Install, streams.Install, encoding.Install, compression.Install)
	cases := []struct{ name, src, want string }{
		{"round trip every format", `const input = te.encode("hello ".repeat(1000)); const out = [];
			for (const f of ["gzip", "deflate", "deflate-raw"]) out.push(f + "=" + (await textOf(from([input]).pipeThrough(new CompressionStream(f)).pipeThrough(new DecompressionStream(f)))).length);
			return out.join()`, "gzip=6000,deflate=6000,deflate-raw=6000"},
		{"gzip header", `return hex((await bytesOf(from([te.encode("x")]).pipeThrough(new CompressionStream("gzip")))).subarray(0, 4))`, "1f8b0800"},
		{"zlib header", `return hex((await bytesOf(from([te.encode("x")]).pipeThrough(new CompressionStream("deflate")))).subarray(0, 2))`, "789c"},
		{"each chunk is flushed", `const cs = new CompressionStream("deflate-raw"); const w = cs.writable.getWriter(); const r = cs.readable.getReader();
			w.write(te.encode("first chunk")); const { value } = await r.read(); return String(value.byteLength > 0)`, "true"},
		{"decompress Deno's gzip", `return textOf(from([unhex("1f8b08000000000000ffca48cdc9c957482bcacf554849cdcb57c818e5e790121e00000000ffff03008e6a630b40010000")]).pipeThrough(new DecompressionStream("gzip"))).then((t) => t.length + ":" + t.slice(0, 16))`, "320:hello from deno "},
		{"decompress Deno's deflate", `return textOf(from([unhex("789cca48cdc9c957482bcacf554849cdcb57c818e5e790121e00000000ffff0300f7887419")]).pipeThrough(new DecompressionStream("deflate"))).then((t) => t.length)`, "320"},
		{"decompress Deno's deflate-raw byte by byte", `const z = unhex("ca48cdc9c957482bcacf554849cdcb57c818e5e790121e00000000ffff0300");
			return textOf(from(Array.from(z, (b) => new Uint8Array([b]))).pipeThrough(new DecompressionStream("deflate-raw"))).then((t) => t.length)`, "320"},
		{"any BufferSource chunk", `const z = await bytesOf(from([te.encode("abcd".repeat(64))]).pipeThrough(new CompressionStream("gzip")));
			const even = z.slice(0, z.length & ~1), rest = z.slice(z.length & ~1);
			return textOf(from([new DataView(even.buffer, 0, 4), new Uint16Array(even.buffer, 4), rest.buffer]).pipeThrough(new DecompressionStream("gzip"))).then((t) => t.length)`, "256"},
		{"empty input round trip", `return bytesOf(from([]).pipeThrough(new CompressionStream("gzip")).pipeThrough(new DecompressionStream("gzip"))).then((b) => b.length)`, "0"},
		{"large output comes in pieces of at most 1 MB", `const z = await bytesOf(from([new Uint8Array(5 << 20)]).pipeThrough(new CompressionStream("deflate")));
			const parts = await chunksOf(from([z]).pipeThrough(new DecompressionStream("deflate")));
			const bufs = new Set(parts.map((p) => p.buffer));
			return [parts.reduce((a, p) => a + p.byteLength, 0), Math.max(...parts.map((p) => p.byteLength)) <= 1 << 20, bufs.size === parts.length].join()`, "5242880,true,true"},
		{"corrupt", `return errOf(() => bytesOf(from([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])]).pipeThrough(new DecompressionStream("gzip"))))`, "TypeError: corrupt compressed data: gzip: invalid header"},
		{"truncated", `const z = await bytesOf(from([te.encode("hello ".repeat(100))]).pipeThrough(new CompressionStream("gzip")));
			return errOf(() => bytesOf(from([z.subarray(0, z.length - 5)]).pipeThrough(new DecompressionStream("gzip"))))`, "TypeError: the compressed data ended before the stream was complete (truncated input)"},
		{"empty input is truncated", `return errOf(() => bytesOf(from([]).pipeThrough(new DecompressionStream("deflate"))))`, "TypeError: the compressed data ended before the stream was complete (truncated input)"},
		{"junk after the end", `const z = await bytesOf(from([te.encode("x")]).pipeThrough(new CompressionStream("deflate-raw")));
			return errOf(() => bytesOf(from([z, new Uint8Array([1])]).pipeThrough(new DecompressionStream("deflate-raw"))))`, "TypeError: junk found after the end of the compressed data"},
		{"bad checksum", `const z = await bytesOf(from([te.encode("checksum me")]).pipeThrough(new CompressionStream("gzip"))); z[z.length - 6] ^= 0xff;
			return errOf(() => bytesOf(from([z]).pipeThrough(new DecompressionStream("gzip"))))`, "TypeError: corrupt compressed data: gzip: invalid checksum"},
		{"non-buffer chunk", `const cs = new CompressionStream("gzip"); cs.readable.getReader().read().catch(() => {}); const w = cs.writable.getWriter(); return await w.write("str").catch((e) => e.name)`, "TypeError"},
		{"bad format", `return errOf(() => new CompressionStream("brotli"))`, "TypeError: Failed to construct 'CompressionStream': The provided value 'brotli' is not a valid enum value of type CompressionFormat"},
		{"no format", `return errOf(() => new DecompressionStream())`, "TypeError: Failed to construct 'DecompressionStream': 1 argument required, but only 0 present."},
		{"shape", `const c = new CompressionStream("gzip"), d = new DecompressionStream("deflate");
			return [Object.prototype.toString.call(c), Object.prototype.toString.call(d), CompressionStream.name, DecompressionStream.length, c.readable instanceof ReadableStream, d.writable instanceof WritableStream,
			  Object.getOwnPropertyDescriptor(globalThis, "CompressionStream").enumerable].join()`, "[object CompressionStream],[object DecompressionStream],CompressionStream,1,true,true,false"},
		{"brand check", `return errOf(() => Object.getOwnPropertyDescriptor(CompressionStream.prototype, "readable").get.call({}))`, "TypeError: Illegal invocation"},
		{"cancel releases the codec", `const ds = new DecompressionStream("gzip"); const w = ds.writable.getWriter(); const z = await bytesOf(from([te.encode("x".repeat(1000))]).pipeThrough(new CompressionStream("gzip")));
			w.write(z.subarray(0, 10)).catch(() => {}); await ds.readable.cancel("bye"); return errOf(() => w.write(z.subarray(10)))`, "…"},
		{"bomb errors the stream", `const z = await bytesOf(from([new Uint8Array(96 << 20)]).pipeThrough(new CompressionStream("gzip")));
			return errOf(() => chunksOf(from([z]).pipeThrough(new DecompressionStream("gzip")))).then((m) => m.split(":")[0] + ":" + m.includes("decompression bomb"))`, "TypeError:true"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := jstest.Eval(t, r, jsPrelude+tc.src)
			if err != nil {
				t.Fatalf("rejected: %v", err)
			}
			s := fmt.Sprint(got)
			if p, ok := strings.CutSuffix(tc.want, "…"); ok {
				if !strings.HasPrefix(s, p) {
					t.Fatalf("got %q, want prefix %q", s, p)
				}
			} else if s != tc.want {
				t.Fatalf("got %q, want %q", s, tc.want)
			}
		})
	}
}

// BenchmarkInflate measures decompression through the codec (the JS
// wrapper adds one call per chunk).
func BenchmarkInflate(b *testing.B) {
	data := make([]byte, 32<<20)
	for i := range data {
		data[i] = byte(i * 7 % 251)
	}
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(data)
	w.Close()
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		d, _ := compression.NewDecompressor("gzip")
		zr := bytes.NewReader(z.Bytes())
		buf := make([]byte, 64<<10)
		for {
			n, err := zr.Read(buf)
			if n > 0 {
				if _, err := d.Write(buf[:n]); err != nil {
					b.Fatal(err)
				}
			}
			if err == io.EOF {
				break
			}
		}
		if _, err := d.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestRatioGuard: a stream fed in small chunks, each well under the
// per-write cap, is still stopped once its total output passes the ratio.
func TestRatioGuard(t *testing.T) {
	var gz bytes.Buffer
	w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for i := 0; i < 200; i++ { // 200 MB of zeros → ~200 KB
		w.Write(zero)
	}
	w.Close()
	d, _ := compression.NewDecompressor("gzip")
	data := gz.Bytes()
	var err error
	for i := 0; i < len(data) && err == nil; i += 4096 {
		_, err = d.Write(data[i:min(i+4096, len(data))])
	}
	if err == nil {
		_, err = d.Close()
	}
	if err == nil || !strings.Contains(err.Error(), "decompression bomb") {
		t.Fatalf("err = %v", err)
	}
}

// BenchmarkInflateJS measures what zip.js sees: a 100 MB gzip stream fed
// in 64 KB chunks through DecompressionStream (the JS wrapper on the
// web-streams TransformStream) and read to the end.
func BenchmarkInflateJS(b *testing.B) {
	const size = 100 << 20
	data := make([]byte, size)
	for i := range data { // compressible but not trivial (about 3:1)
		data[i] = "edge functions stream bytes "[i%28] ^ byte(i>>12)
	}
	var z bytes.Buffer
	w := gzip.NewWriter(&z)
	w.Write(data)
	w.Close()
	r := jstest.New(b, timers.Install, streams.Install, encoding.Install, compression.Install)
	if err := r.Sync(func() error { return r.VM().Set("zdata", r.VM().NewArrayBuffer(z.Bytes())) }); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		got, err := jstest.Eval(b, r, `let off = 0; const src = new ReadableStream({ pull(c) {
			  if (off >= zdata.byteLength) { c.close(); return; }
			  c.enqueue(new Uint8Array(zdata, off, Math.min(65536, zdata.byteLength - off))); off += 65536; } });
			const rd = src.pipeThrough(new DecompressionStream("gzip")).getReader(); let n = 0;
			for (;;) { const { done, value } = await rd.read(); if (done) return n; n += value.byteLength; }`)
		if err != nil || got != int64(size) {
			b.Fatalf("got %v, %v (compressed %d bytes)", got, err, z.Len())
		}
	}
}
