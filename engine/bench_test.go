package engine_test

import (
	"io"
	"net/http"
	"sync"
	"testing"
)

// BenchmarkHello serves hello-world through the gateway over loopback.
func BenchmarkHello(b *testing.B) {
	dir := writeFunctions(b, map[string]string{"hello": `Deno.serve(() => new Response("Hello, world!"))`})
	eng := startEngine(b, dir, nil)
	url := eng.URL() + "/functions/v1/hello"
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
	get := func() {
		resp, err := client.Get(url)
		if err != nil {
			b.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	get()
	b.ResetTimer()
	var wg sync.WaitGroup
	per := b.N/16 + 1
	for c := 0; c < 16; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < per; i++ {
				get()
			}
		}()
	}
	wg.Wait()
}

// BenchmarkHelloHandler serves hello-world through the gateway's handler
// with no sockets and no HTTP parsing: the engine's own cost per request
// (gateway, supervisor, worker hand-off, JS), steadier than a wrk run on a
// shared machine. Run with -cpu 1 for the CPU per request.
func BenchmarkHelloHandler(b *testing.B) {
	benchHandler(b, `Deno.serve(() => new Response("Hello, world!"))`, "/functions/v1/f", len("Hello, world!"))
}

// BenchmarkJSONHandler is a typical small handler the same way: it parses
// the URL, reads a query parameter and a header, and answers JSON with a
// header of its own.
func BenchmarkJSONHandler(b *testing.B) {
	benchHandler(b, `Deno.serve((req) => {
  const url = new URL(req.url);
  const name = url.searchParams.get("name") ?? "world";
  return Response.json({ message: "Hello " + name + "!", agent: req.headers.get("user-agent") }, { headers: { "x-powered-by": "edgeplay" } });
});`, "/functions/v1/f?name=x", len(`{"message":"Hello x!","agent":"bench"}`))
}

func benchHandler(b *testing.B, src, path string, size int) {
	dir := writeFunctions(b, map[string]string{"f": src})
	eng := startEngine(b, dir, nil)
	h := eng.Handler()
	serve := func() *discardWriter {
		w := &discardWriter{header: http.Header{}}
		req, _ := http.NewRequest(http.MethodGet, eng.URL()+path, nil)
		req.Header.Set("User-Agent", "bench")
		req.RemoteAddr = "127.0.0.1:1234"
		h.ServeHTTP(w, req)
		return w
	}
	if w := serve(); w.status != http.StatusOK || w.n != size {
		b.Fatalf("status %d, %d bytes", w.status, w.n)
	}
	b.ReportAllocs()
	b.SetParallelism(8) // requests in flight at once, as wrk's connections
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			serve()
		}
	})
}

// discardWriter is a ResponseWriter that keeps only the status and size.
type discardWriter struct {
	header http.Header
	status int
	n      int
}

func (w *discardWriter) Header() http.Header { return w.header }
func (w *discardWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}
func (w *discardWriter) Write(p []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	w.n += len(p)
	return len(p), nil
}
func (w *discardWriter) Flush() {}
