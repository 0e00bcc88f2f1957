package compression_test

import (
	"bytes"
	"compress/gzip"
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
	cases := []struct {
		name, format string
		in           []byte
		want         string
	}{
		{"truncated", "gzip", full[:len(full)-6], "truncated"},
		{"garbage", "gzip", []byte("this is not gzip at all"), "corrupt"},
		{"junk after", "gzip", append(append([]byte{}, full...), 1, 2, 3), "junk"},
		{"bad deflate", "deflate", []byte{0x78, 0x9c, 0xff, 0xff, 0xff}, "corrupt"},
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

func TestStreamsInJS(t *testing.T) {
	r := jstest.New(t, timers.Install, streams.Install, encoding.Install, compression.Install)
	cases := []struct{ name, src, want string }{
		{"round trip", `const input = new TextEncoder().encode("hello ".repeat(1000));
			for (const f of ["gzip", "deflate", "deflate-raw"]) {
			  const z = new Blob2([input]).stream().pipeThrough(new CompressionStream(f)).pipeThrough(new DecompressionStream(f));
			  const text = await collectText(z); if (text !== "hello ".repeat(1000)) return "bad " + f;
			} return "ok"`, "ok"},
		{"corrupt", `const s = new Blob2([new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])]).stream().pipeThrough(new DecompressionStream("gzip"));
			try { await collectText(s); } catch (e) { return e.name }`, "TypeError"},
		{"bad format", `try { new CompressionStream("brotli"); } catch (e) { return e.name }`, "TypeError"},
		{"non-buffer chunk", `const cs = new CompressionStream("gzip"); cs.readable.getReader().read().catch(() => {}); const w = cs.writable.getWriter(); return await w.write("str").catch((e) => e.name)`, "TypeError"},
	}
	prelude := `class Blob2 { constructor(parts) { this.parts = parts; } stream() { const p = this.parts; return new ReadableStream({ start(c) { for (const x of p) c.enqueue(x); c.close(); } }); } }
const collectText = async (s) => { const r = s.getReader(); const d = new TextDecoder(); let t = ""; for (;;) { const { value, done } = await r.read(); if (done) return t + d.decode(); t += d.decode(value, { stream: true }); } };
`
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := jstest.MustEval(t, r, prelude+tc.src)
			if s := fmt.Sprint(got); s != tc.want {
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
