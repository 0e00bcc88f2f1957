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
