package fetch_test

import (
	"net/http/httptest"
	"testing"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
	"github.com/edgeplay/edgeplay/engine/webapi/fetch"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
	"github.com/edgeplay/edgeplay/engine/webapi/url"
)

// BenchmarkClasses measures the JS cost of the objects every request makes.
func BenchmarkClasses(b *testing.B) {
	r := jstest.New(b, timers.Install, dom.Install, encoding.Install, url.Install, streams.Install, fetch.Install(fetch.Options{}))
	for name, src := range map[string]string{
		"URL":      `new URL("http://127.0.0.1:54321/hello")`,
		"Headers3": `new Headers([["host","a"],["user-agent","wrk"],["accept","*/*"]])`,
		"Request":  `new Request("http://127.0.0.1:54321/hello", { headers: [["host","a"]] })`,
		"Response": `new Response("Hello, world!")`,
		// what a typical handler does besides
		"ResponseJSONHeaders": `Response.json({ message: "hi" }, { headers: { "x-powered-by": "edgeplay" } })`,
		"URLSearchParam":      `new URL("http://127.0.0.1:54321/hello?name=x").searchParams.get("name")`,
		"HeadersGet":          `H.get("content-type")`,
	} {
		b.Run(name, func(b *testing.B) {
			var fn goja.Callable
			_ = r.Sync(func() error {
				_, _ = r.VM().RunString(`globalThis.H = new Headers({ "content-type": "text/plain" })`)
				v, err := r.VM().RunString("(function () { " + src + "; })")
				fn, _ = goja.AssertFunction(v)
				return err
			})
			b.ResetTimer()
			_ = r.Sync(func() error {
				for i := 0; i < b.N; i++ {
					if _, err := fn(goja.Undefined()); err != nil {
						return err
					}
				}
				return nil
			})
		})
	}
}

// BenchmarkNewRequest measures making the handler's Request for an incoming
// HTTP request (the Go side and the JS object).
func BenchmarkNewRequest(b *testing.B) {
	r := jstest.New(b, timers.Install, dom.Install, encoding.Install, url.Install, streams.Install, fetch.Install(fetch.Options{}))
	req := httptest.NewRequest("GET", "http://127.0.0.1:54321/functions/v1/hello", nil)
	b.ReportAllocs()
	b.ResetTimer()
	_ = r.Sync(func() error {
		for i := 0; i < b.N; i++ {
			// (the returned abort is not called: a client that stays)
			if _, _, err := fetch.NewRequest(r, req, "http://127.0.0.1:54321/hello"); err != nil {
				return err
			}
		}
		return nil
	})
}
