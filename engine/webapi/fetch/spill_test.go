package fetch_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/fetch"
)

// spillFiles counts the spill files under dir (every worker's folder).
func spillFiles(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".blob") {
			n++
		}
		return nil
	})
	return n
}

// bigStream is JS making a deterministic ReadableStream of n bytes
// (byte i is i*7 mod 251), in 64 KiB chunks.
const bigStream = `const bigStream = (n) => { let at = 0; return new ReadableStream({ pull(c) {
	if (at >= n) { c.close(); return; }
	const k = Math.min(65536, n - at); c.enqueue(PATTERN(at, k)); at += k; } }); };
`

// installHelpers gives JS PATTERN(from, n) (pattern as a Uint8Array) and
// hex(buffer) (its SHA-256), both in Go.
func installHelpers(t *testing.T, r *jsrt.Runtime) {
	setGlobal(t, r, "PATTERN", func(from, n int) goja.Value { return r.NewUint8Array(pattern(from, n)) })
	setGlobal(t, r, "hex", func(v goja.Value) string {
		b, ok := r.Bytes(v)
		if !ok {
			panic(r.VM().NewTypeError("hex: not bytes"))
		}
		return sum(b)
	})
}

func pattern(from, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(((from + i) * 7) % 251)
	}
	return b
}

func sum(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }

func TestBlobsSpillToDisk(t *testing.T) {
	const size = 20 << 20
	dir := t.TempDir()
	r := newRuntime(t, fetch.Options{SpillDir: dir})
	installHelpers(t, r)
	cases := []struct{ name, src, want string }{
		{"small bodies stay in memory",
			`const b = await new Response(bigStream(1000)).blob(); return b.size + " " + (await hex(await b.arrayBuffer()));`,
			fmt.Sprint(1000, " ", sum(pattern(0, 1000)))},
		{"a big body spills; slices read the file",
			`const b = await new Response(bigStream(` + fmt.Sprint(size) + `)).blob(); globalThis.BIG = b;
			 const s = b.slice(9_000_000, 9_000_100); return [b.size, s.size, await hex(await s.arrayBuffer())].join(" ");`,
			fmt.Sprint(size, " ", 100, " ", sum(pattern(9_000_000, 100)))},
		{"stream() reads the file in chunks",
			`let n = 0, chunks = 0; const rd = BIG.slice(100).stream().getReader();
			 for (;;) { const { value, done } = await rd.read(); if (done) break; n += value.byteLength; chunks++; } return n + " " + (chunks > 1);`,
			fmt.Sprint(size-100, " true")},
		{"bytes() of the whole",
			`return await hex(await BIG.bytes());`, sum(pattern(0, size))},
		{"new Blob([big]) shares the file",
			`const b = new Blob(["x", BIG.slice(5, 10)]); return (await b.bytes()).join();`,
			func() string {
				s := []string{"120"}
				for _, c := range pattern(5, 5) {
					s = append(s, fmt.Sprint(c))
				}
				return strings.Join(s, ",")
			}()},
		{"text() of a slice across parts",
			`return (await new Blob([BIG.slice(0, 2), "hi"]).text()).length;`, "4"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := fmt.Sprint(jstest.MustEval(t, r, bigStream+c.src)); got != c.want {
				t.Fatalf("got %s, want %s", got, c.want)
			}
		})
	}
	if n := spillFiles(t, dir); n != 1 {
		t.Fatalf("%d spill files, want 1 (only the 20 MB body)", n)
	}
	r.Stop("test done")
	deadline := time.Now().Add(2 * time.Second)
	for spillFiles(t, dir) != 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := spillFiles(t, dir); n != 0 {
		t.Fatalf("%d spill files left after the worker stopped", n)
	}
}

func TestBlobsSpillEarlyUnderMemoryPressure(t *testing.T) {
	dir := t.TempDir()
	var pressure atomic.Bool
	r := newRuntime(t, fetch.Options{SpillDir: dir, MemoryPressure: pressure.Load})
	installHelpers(t, r)
	read := func() string {
		return fmt.Sprint(jstest.MustEval(t, r, bigStream+`const b = await new Response(bigStream(100000)).blob(); globalThis.KEEP = (globalThis.KEEP || []).concat([b]);
			return b.size + " " + (await hex(await b.slice(10).arrayBuffer()));`))
	}
	want := fmt.Sprint(100000, " ", sum(pattern(10, 100000-10)))
	if got := read(); got != want || spillFiles(t, dir) != 0 {
		t.Fatalf("no pressure: %s, %d files", got, spillFiles(t, dir))
	}
	pressure.Store(true)
	if got := read(); got != want || spillFiles(t, dir) != 1 {
		t.Fatalf("under pressure: %s, %d files (want the 100 KB body on disk)", got, spillFiles(t, dir))
	}
}

// TestSmallBlobsShareOneFileUnderPressure: near the memory limit even
// small Blobs leave the heap, packed one after another into one file (a
// zip's ten thousand entries must not be ten thousand files), and read
// back whole, sliced and as a stream.
func TestSmallBlobsShareOneFileUnderPressure(t *testing.T) {
	dir := t.TempDir()
	var pressure atomic.Bool
	r := newRuntime(t, fetch.Options{SpillDir: dir, MemoryPressure: pressure.Load})
	installHelpers(t, r)
	const js = bigStream + `const blobs = [];
		for (let i = 0; i < 50; i++) blobs.push(await new Response(bigStream(1000 + i)).blob());
		globalThis.KEEP = blobs;
		const out = [];
		for (const [i, b] of blobs.entries()) {
			if (b.size !== 1000 + i) throw new Error("size " + b.size);
			out.push(await hex(await b.arrayBuffer()), await hex(await b.slice(7, 500).arrayBuffer()),
				await hex(await new Response(b.stream()).arrayBuffer()));
		}
		return out.join(",");`
	var want []string
	for i := range 50 {
		all := pattern(0, 1000+i)
		want = append(want, sum(all), sum(all[7:500]), sum(all))
	}
	if got := fmt.Sprint(jstest.MustEval(t, r, js)); got != strings.Join(want, ",") || spillFiles(t, dir) != 0 {
		t.Fatalf("no pressure: %d files, bytes match: %v", spillFiles(t, dir), got == strings.Join(want, ","))
	}
	pressure.Store(true)
	if got := fmt.Sprint(jstest.MustEval(t, r, js)); got != strings.Join(want, ",") || spillFiles(t, dir) != 1 {
		t.Fatalf("under pressure: %d files (want 1), bytes match: %v", spillFiles(t, dir), got == strings.Join(want, ","))
	}
}

// TestBlobsSpillWhenPressureStartsMidBody: a body that began before the
// memory pressure (many Blobs filling at once) still goes to disk once
// it does.
func TestBlobsSpillWhenPressureStartsMidBody(t *testing.T) {
	dir := t.TempDir()
	var calls atomic.Int32
	r := newRuntime(t, fetch.Options{SpillDir: dir, MemoryPressure: func() bool { return calls.Add(1) > 1 }})
	installHelpers(t, r)
	got := fmt.Sprint(jstest.MustEval(t, r, bigStream+`const b = await new Response(bigStream(300000)).blob(); globalThis.KEEP = [b];
		return b.size + " " + (await hex(await b.slice(10).arrayBuffer()));`))
	if want := fmt.Sprint(300000, " ", sum(pattern(10, 300000-10))); got != want || spillFiles(t, dir) != 1 {
		t.Fatalf("pressure from the second check: %s, %d files (want the body on disk)", got, spillFiles(t, dir))
	}
	if calls.Load() < 2 {
		t.Fatal("the limit was not asked again as the body grew")
	}
}

func TestSpilledBlobsGoToGoWithoutJS(t *testing.T) {
	const size = 12 << 20
	type got struct {
		length int64
		ctype  string
		name   string
		sum    string
	}
	received := make(chan got, 4)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		g := got{length: req.ContentLength, ctype: req.Header.Get("Content-Type")}
		if strings.HasPrefix(g.ctype, "multipart/") {
			mr, err := req.MultipartReader()
			if err == nil {
				for {
					p, err := mr.NextPart()
					if err != nil {
						break
					}
					if p.FileName() != "" {
						b, _ := io.ReadAll(p)
						g.name, g.sum = p.FileName(), sum(b)
					}
				}
			}
		} else {
			b, _ := io.ReadAll(req.Body)
			g.sum = sum(b)
		}
		received <- g
		io.WriteString(w, "ok")
	}))
	defer srv.Close()
	r := newRuntime(t, fetch.Options{Client: srv.Client(), SpillDir: t.TempDir()})
	setGlobal(t, r, "BASE", srv.URL)
	installHelpers(t, r)
	jstest.MustEval(t, r, bigStream+`globalThis.BIG = await new Response(bigStream(`+fmt.Sprint(size)+`)).blob(); return 1;`)

	t.Run("fetch body: a spilled Blob, with its length", func(t *testing.T) {
		jstest.MustEval(t, r, `await (await fetch(BASE, { method: "POST", body: BIG.slice(1) })).text(); return 1;`)
		g := <-received
		if g.length != size-1 || g.sum != sum(pattern(1, size-1)) {
			t.Fatalf("server got %+v", g)
		}
	})
	t.Run("fetch body: a form with a spilled file", func(t *testing.T) {
		jstest.MustEval(t, r, `const fd = new FormData(); fd.append("cacheControl", "3600"); fd.append("", BIG, "big.bin");
			await (await fetch(BASE, { method: "POST", body: fd })).text(); return 1;`)
		g := <-received
		if g.name != "big.bin" || g.sum != sum(pattern(0, size)) || g.length <= size {
			t.Fatalf("server got %+v", g)
		}
	})
	t.Run("formData() of a big upload keeps the file on disk", func(t *testing.T) {
		body := &strings.Builder{}
		mw := multipart.NewWriter(body)
		mw.WriteField("note", "hello")
		fw, _ := mw.CreateFormFile("file", "data.bin")
		fw.Write(pattern(0, size))
		mw.Close()
		setGlobal(t, r, "FORM", body.String())
		setGlobal(t, r, "CT", mw.FormDataContentType())
		got := jstest.MustEval(t, r, `const fd = await new Response(new Blob([FORM]).stream(), { headers: { "content-type": CT } }).formData();
			const f = fd.get("file"); return [fd.get("note"), f.name, f.size, f instanceof File, await hex(await f.slice(0, 4096).arrayBuffer())].join(" ");`)
		if want := fmt.Sprint("hello data.bin ", size, " true ", sum(pattern(0, 4096))); got != want {
			t.Fatalf("got %v, want %v", got, want)
		}
	})
}

// TestSmallBlobsStayInMemoryWhenTheDiskSaysNo: under memory pressure with
// nowhere to spill (the spill folder cannot be made), a small Blob keeps
// its bytes in memory rather than failing blob().
func TestSmallBlobsStayInMemoryWhenTheDiskSaysNo(t *testing.T) {
	notADir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(notADir, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	r := newRuntime(t, fetch.Options{SpillDir: notADir, MemoryPressure: func() bool { return true }})
	installHelpers(t, r)
	got := fmt.Sprint(jstest.MustEval(t, r, bigStream+`const b = await new Response(bigStream(5000)).blob();
		return b.size + " " + (await hex(await b.arrayBuffer()));`))
	if want := fmt.Sprint(5000, " ", sum(pattern(0, 5000))); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}
