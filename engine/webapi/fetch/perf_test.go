package fetch_test

import (
	"fmt"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
	"github.com/edgeplay/edgeplay/engine/webapi/fetch"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
	"github.com/edgeplay/edgeplay/engine/webapi/url"
)

func TestPerfProbe(t *testing.T) {
	r := jstest.New(t, timers.Install, dom.Install, encoding.Install, url.Install, streams.Install, fetch.Install(fetch.Options{}))
	for _, src := range []string{
		`new URL("http://127.0.0.1:54321/hello")`,
		`new AbortController()`,
		`new Headers([["host","a"],["user-agent","wrk"],["accept","*/*"]])`,
		`new Request("http://127.0.0.1:54321/hello", { method: "GET", headers: [["host","a"],["user-agent","wrk"]] })`,
		`new Response("Hello, world!")`,
		`Promise.resolve(1)`,
	} {
		v := jstest.MustEval(t, r, fmt.Sprintf(`const t0 = Date.now(); for (let i = 0; i < 20000; i++) { %s; } return (Date.now() - t0) / 20000 * 1000;`, src))
		t.Logf("%6.1f µs  %s", v, src)
	}
}
