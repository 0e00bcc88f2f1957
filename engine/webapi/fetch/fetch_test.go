package fetch_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
	"github.com/edgeplay/edgeplay/engine/webapi/fetch"
	"github.com/edgeplay/edgeplay/engine/webapi/globals"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
	"github.com/edgeplay/edgeplay/engine/webapi/url"
)

// newRuntime installs what fetch needs at run time, in the worker's order.
func newRuntime(t testing.TB, opts fetch.Options) *jsrt.Runtime {
	return jstest.New(t, timers.Install, dom.Install, globals.Install, encoding.Install, url.Install, streams.Install, fetch.Install(opts))
}

const prelude = "const show = (e) => e && e.name ? `${e.name}: ${e.message}` : String(e);\n"

// TestLikeDeno runs snippets whose results were printed by Deno 2.9.6.
func TestLikeDeno(t *testing.T) {
	r := newRuntime(t, fetch.Options{})
	for _, tc := range denoTable {
		t.Run(tc.name, func(t *testing.T) {
			got, err := jstest.Eval(t, r, prelude+tc.src)
			if err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if got != tc.want {
				t.Fatalf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestClasses covers what the Deno table does not print directly.
func TestClasses(t *testing.T) {
	r := newRuntime(t, fetch.Options{})
	cases := []struct{ name, src, want string }{
		// the spec tees a clone's body: changing what one side read leaves the other (Deno 2.9 shares the bytes)
		{"clone has its own bytes", `const r = new Response(new Uint8Array([4, 5, 6])); const c = r.clone(); new Uint8Array(await r.arrayBuffer())[0] = 9; return [...await c.bytes()].join();`, "4,5,6"},
		{"iterator is entries", `return Headers.prototype[Symbol.iterator] === Headers.prototype.entries && FormData.prototype[Symbol.iterator] === FormData.prototype.entries;`, "true"},
		{"headers iterator tag", `return Object.prototype.toString.call(new Headers().keys());`, "[object Headers Iterator]"},
		{"headers iteration sees deletes", `const h = new Headers({a: "1", b: "2", c: "3"}); const out = []; for (const [k] of h) { out.push(k); h.delete("b"); } return out.join();`, "a,c"},
		{"incoming-like fromPairs is hidden", `return typeof Headers.fromPairs;`, "undefined"},
		{"brand on methods", `try { Headers.prototype.append.call({}, "a", "b"); } catch (e) { return e.message; }`, "Illegal invocation"},
		{"brand on async body method", `try { await Request.prototype.json.call({}); } catch (e) { return e.message; }`, "Illegal invocation"},
		{"brand keeps length and name", `return Headers.prototype.append.length + Headers.prototype.append.name;`, "2append"},
		{"blob slice is a view", `const b = new Blob(["hello world"]); return await b.slice(6).slice(1, 3).text();`, "or"},
		{"blob slice clamp rounding", `return await new Blob(["abcdef"]).slice(1.5, 3.5).text();`, "cd"},
		{"blob of blobs keeps order", `return await new Blob([new Blob(["a", "b"]), "c", new Uint8Array([100])]).text();`, "abcd"},
		{"file from blob in formdata", `const fd = new FormData(); fd.set("f", new Blob(["x"], {type: "a/b"})); const f = fd.get("f"); return [f.name, f.type, f instanceof File].join();`, "blob,a/b,true"},
		{"multipart round trip binary", `const bin = new Uint8Array(256).map((_, i) => i); const fd = new FormData(); fd.append("bin", new File([bin], "b.bin")); fd.append("t", "x\ny"); const back = await new Response(fd).formData(); const got = new Uint8Array(await back.get("bin").arrayBuffer()); return [got.length, got[255], JSON.stringify(back.get("t"))].join();`, `256,255,"x\r\ny"`},
		{"multipart boundary header", `const r = new Request("http://x/", {method: "POST", body: new FormData()}); return /^multipart\/form-data; boundary=-+EdgeplayFormBoundary[0-9a-f]{32}$/.test(r.headers.get("content-type"));`, "true"},
		{"text body is not encoded until read", `const r = new Response("é"); return (await r.bytes()).length;`, "2"},
		{"clone of stream body tees", `const r = new Response(ReadableStream.from([new Uint8Array([1, 2])])); const c = r.clone(); return [(await r.bytes()).length, (await c.bytes()).length].join();`, "2,2"},
		{"clone keeps immutability", `const c = Response.error().clone(); try { c.headers.set("a", "b"); } catch (e) { return e.message; }`, "Cannot change headers: headers are immutable"},
		{"body from async iterable", `const it = { [Symbol.asyncIterator]() { let i = 0; return { next: () => Promise.resolve(i++ < 2 ? { value: new Uint8Array([65 + i]), done: false } : { done: true }) }; } }; return await new Response(it).text();`, "BC"},
		{"body stream then text", `const r = new Response("abc"); const rd = r.body.getReader(); const { value } = await rd.read(); rd.releaseLock(); try { await r.text(); } catch (e) { return value.length + " " + e.message; }`, "3 Body already consumed"},
		{"request body stream used once", `const r = new Request("http://x/", {method: "POST", body: "abc"}); await r.text(); try { await r.arrayBuffer(); } catch (e) { return e.message; }`, "Body already consumed"},
		{"request signal follows reason", `const ac = new AbortController(); const r = new Request("http://x/", {signal: ac.signal}); const c = r.clone(); ac.abort("why"); return [r.signal.reason, c.signal.reason].join();`, "why,why"},
		{"response status ushort", `return [new Response(null, {status: 65736}).status, new Response(null, {status: "204"}).status].join();`, "200,204"},
		{"response 101 allowed", `return new Response(null, {status: 101}).status;`, "101"},
		{"response 101 with body", `try { new Response("x", {status: 101}); } catch (e) { return e.message; }`, "Response with null body status cannot have body"},
		{"json static content-type kept", `return Response.json({}, {headers: {"Content-Type": "application/vnd.api+json"}}).headers.get("content-type");`, "application/vnd.api+json"},
		{"data url base64 bytes", `const r = await fetch("data:application/octet-stream;base64,AAEC/w=="); return Array.from(await r.bytes()).join();`, "0,1,2,255"},
		{"fetch no args", `try { await fetch(); } catch (e) { return e.message; }`, "Failed to execute 'fetch': 1 argument required, but only 0 present"},
		{"fetch relative url", `try { await fetch("/functions/v1/x"); } catch (e) { return e.name + ": " + e.message; }`, "TypeError: Invalid URL: '/functions/v1/x'"},
		{"fetch enumerable, classes not", `return [Object.keys(globalThis).includes("fetch"), Object.keys(globalThis).includes("Headers")].join();`, "true,false"},
		{"byte string header values", `const h = new Headers({a: "caf\u00e9"}); return h.get("a").length;`, "4"},
		{"set-cookie not combined in iteration", `const h = new Headers(); h.append("Set-Cookie", "a=1"); h.append("set-cookie", "b=2"); return JSON.stringify([...h]) + h.getSetCookie().length;`, `[["set-cookie","a=1"],["set-cookie","b=2"]]2`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := jstest.Eval(t, r, tc.src)
			if err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if s := fmt.Sprint(got); s != tc.want {
				t.Fatalf("got  %q\nwant %q", s, tc.want)
			}
		})
	}
}

// server is the httptest server fetch talks to in these tests.
type server struct {
	*httptest.Server
	release      chan struct{} // lets /stream send its second part
	hangCanceled chan struct{} // closed when /hang's client went away
	chunks       atomic.Int64  // how many reads /upload needed
}

func newServer(t *testing.T) *server {
	s := &server{release: make(chan struct{}), hangCanceled: make(chan struct{})}
	var hangOnce sync.Once
	mux := http.NewServeMux()
	mux.HandleFunc("/text", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Set-Cookie", "a=1")
		w.Header().Add("Set-Cookie", "b=2")
		w.Header().Set("X-Latin", "caf\xe9")
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "hello")
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		json.NewEncoder(w).Encode(map[string]any{
			"method": r.Method, "body": string(body), "contentType": r.Header.Get("Content-Type"),
			"contentLength": r.ContentLength, "chunked": len(r.TransferEncoding) > 0,
			"accept": r.Header.Get("Accept"), "acceptEncoding": r.Header.Get("Accept-Encoding"),
			"acceptLanguage": r.Header.Get("Accept-Language"), "userAgent": r.Header.Get("User-Agent"),
			"custom": r.Header.Get("X-Custom"), "query": r.URL.RawQuery,
		})
	})
	mux.HandleFunc("/stream", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "first")
		w.(http.Flusher).Flush()
		select {
		case <-s.release:
		case <-time.After(5 * time.Second):
			return
		}
		io.WriteString(w, "second")
	})
	mux.HandleFunc("/release", func(w http.ResponseWriter, r *http.Request) {
		close(s.release)
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, "part")
		w.(http.Flusher).Flush()
		<-r.Context().Done()
		hangOnce.Do(func() { close(s.hangCanceled) })
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/text", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/gzip", func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		zw := gzip.NewWriter(&b)
		io.WriteString(zw, "unzipped")
		zw.Close()
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("X-Accept-Encoding", r.Header.Get("Accept-Encoding"))
		w.Write(b.Bytes())
	})
	mux.HandleFunc("/upload", func(w http.ResponseWriter, r *http.Request) {
		buf := make([]byte, 64<<10)
		total := 0
		for {
			n, err := r.Body.Read(buf)
			if n > 0 {
				total += n
				s.chunks.Add(1)
			}
			if err != nil {
				break
			}
		}
		fmt.Fprintf(w, "%d %v", total, r.TransferEncoding)
	})
	mux.HandleFunc("/status/", func(w http.ResponseWriter, r *http.Request) {
		var code int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/status/"), "%d", &code)
		w.WriteHeader(code)
		if code != 204 && code != 304 {
			io.WriteString(w, http.StatusText(code))
		}
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func setGlobal(t *testing.T, r *jsrt.Runtime, name string, v any) {
	t.Helper()
	if err := r.Sync(func() error { return r.VM().Set(name, v) }); err != nil {
		t.Fatal(err)
	}
}

type recorder struct {
	mu    sync.Mutex
	infos []fetch.FetchInfo
}

func (rec *recorder) on(fi fetch.FetchInfo) {
	rec.mu.Lock()
	rec.infos = append(rec.infos, fi)
	rec.mu.Unlock()
}

func (rec *recorder) take() []fetch.FetchInfo {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	out := rec.infos
	rec.infos = nil
	return out
}

func TestFetch(t *testing.T) {
	srv := newServer(t)
	rec := &recorder{}
	r := newRuntime(t, fetch.Options{Client: srv.Client(), OnFetch: rec.on})
	setGlobal(t, r, "BASE", srv.URL)
	cases := []struct {
		name, src, want string
		status          int // the OnFetch status; -1: no OnFetch call expected
		errPart         string
	}{
		{"get text", `const r = await fetch(BASE + "/text"); return [r.status, r.ok, r.statusText, r.type, r.redirected, r.url === BASE + "/text", r.headers.get("content-type"), await r.text()].join();`,
			"200,true,OK,basic,false,true,text/plain,hello", 200, ""},
		{"set-cookie list", `const r = await fetch(BASE + "/text"); await r.body.cancel(); return r.headers.getSetCookie().join("|");`, "a=1|b=2", 200, ""},
		{"latin1 header bytes", `const r = await fetch(BASE + "/text"); await r.text(); const v = r.headers.get("x-latin"); return [v.length, v.charCodeAt(3)].join();`, "4,233", 200, ""},
		{"response headers immutable", `const r = await fetch(BASE + "/text"); await r.text(); try { r.headers.set("a", "b"); } catch (e) { return e.message; }`, "Cannot change headers: headers are immutable", 200, ""},
		{"post string", `const r = await fetch(BASE + "/echo?q=1", { method: "POST", body: "hi", headers: { "x-custom": "caf\u00e9" } }); const j = await r.json(); return [j.method, j.body, j.contentType, j.contentLength, j.chunked, j.custom === "caf\u00c3\u00a9" ? "utf8" : j.custom.length, j.query].join();`,
			"POST,hi,text/plain;charset=UTF-8,2,false,4,q=1", 200, ""},
		{"default headers", `const j = await (await fetch(BASE + "/echo")).json(); return [j.accept, j.acceptEncoding, j.acceptLanguage, j.userAgent, j.contentLength].join();`,
			"*/*,gzip,*,Deno/2.1.4,0", 200, ""},
		{"user headers win", `const j = await (await fetch(BASE + "/echo", { headers: { accept: "application/json", "user-agent": "me" } })).json(); return [j.accept, j.userAgent].join();`,
			"application/json,me", 200, ""},
		{"urlencoded body", `const j = await (await fetch(BASE + "/echo", { method: "PUT", body: new URLSearchParams({ a: "1 2" }) })).json(); return [j.method, j.body, j.contentType].join();`,
			"PUT,a=1+2,application/x-www-form-urlencoded;charset=UTF-8", 200, ""},
		{"blob body type", `const j = await (await fetch(BASE + "/echo", { method: "POST", body: new Blob(["<a/>"], { type: "text/xml" }) })).json(); return [j.body, j.contentType].join();`,
			"<a/>,text/xml", 200, ""},
		{"request object input", `const req = new Request(BASE + "/echo", { method: "PATCH", body: "p" }); const j = await (await fetch(req)).json(); return [j.method, j.body, req.bodyUsed].join();`,
			"PATCH,p,true", 200, ""},
		{"streaming request body", `let i = 0; const body = new ReadableStream({ async pull(c) { await new Promise((r) => setTimeout(r, 5)); if (i++ < 3) c.enqueue(new TextEncoder().encode("chunk" + i)); else c.close(); } });
			const j = await (await fetch(BASE + "/echo", { method: "POST", body, duplex: "half" })).json(); return [j.body, j.chunked, j.contentLength].join();`,
			"chunk1chunk2chunk3,true,-1", 200, ""},
		{"streaming response body", `const r = await fetch(BASE + "/stream"); const rd = r.body.getReader(); const dec = new TextDecoder();
			const first = dec.decode((await rd.read()).value); await (await fetch(BASE + "/release")).text(); let rest = "";
			for (;;) { const { value, done } = await rd.read(); if (done) break; rest += dec.decode(value); } return first + "|" + rest;`,
			"first|second", 200, ""},
		{"gzip decoded, headers kept", `const r = await fetch(BASE + "/gzip"); return [await r.text(), r.headers.get("content-encoding"), r.headers.get("x-accept-encoding")].join();`,
			"unzipped,gzip,gzip", 200, ""},
		{"gzip with range not decoded", `const r = await fetch(BASE + "/gzip", { headers: { range: "bytes=0-" } }); return [(await r.bytes())[0], r.headers.get("x-accept-encoding")].join();`,
			"31,identity", 200, ""},
		{"404 is not an error", `const r = await fetch(BASE + "/status/404"); return [r.status, r.ok, r.statusText, await r.text()].join();`, "404,false,Not Found,Not Found", 404, ""},
		{"204 has null body", `const r = await fetch(BASE + "/status/204"); return [r.status, r.body === null, await r.text()].join();`, "204,true,", 204, ""},
		{"head has null body", `const r = await fetch(BASE + "/text", { method: "HEAD" }); return [r.status, r.body === null].join();`, "200,true", 200, ""},
		{"redirect follow", `const r = await fetch(BASE + "/redirect"); return [r.status, r.redirected, r.url === BASE + "/text", await r.text()].join();`, "200,true,true,hello", 200, ""},
		{"redirect manual", `const r = await fetch(BASE + "/redirect", { redirect: "manual" }); await r.body?.cancel(); return [r.status, r.redirected, r.headers.get("location"), r.url === BASE + "/redirect"].join();`, "302,false,/text,true", 302, ""},
		{"redirect error", `try { await fetch(BASE + "/redirect", { redirect: "error" }); } catch (e) { return e.name + ": " + e.message; }`,
			"TypeError: Fetch failed: Encountered redirect while redirect mode is set to 'error'", 0, "redirect"},
		{"redirect loop", `try { await fetch(BASE + "/loop"); } catch (e) { return e.name + ": " + e.message.replace(BASE, "BASE"); }`,
			"TypeError: error sending request for url (BASE/loop): too many redirects", 0, "too many redirects"},
		{"abort before response", `const ac = new AbortController(); setTimeout(() => ac.abort(), 20); try { await fetch(BASE + "/slow", { signal: ac.signal }); } catch (e) { return e.name + ": " + e.message; }`,
			"AbortError: The signal has been aborted", 0, "aborted"},
		{"abort with reason", `const ac = new AbortController(); setTimeout(() => ac.abort(new RangeError("mine")), 20); try { await fetch(BASE + "/slow", { signal: ac.signal }); } catch (e) { return e.name + ": " + e.message; }`,
			"RangeError: mine", 0, "aborted"},
		{"already aborted", `try { await fetch(BASE + "/text", { signal: AbortSignal.abort() }); } catch (e) { return e.name; }`, "AbortError", -1, ""},
		{"abort mid-body errors the stream", `const ac = new AbortController(); const r = await fetch(BASE + "/hang", { signal: ac.signal }); const rd = r.body.getReader();
			const first = new TextDecoder().decode((await rd.read()).value); ac.abort(); try { await rd.read(); return "no error"; } catch (e) { return first + " " + e.name; }`,
			"part AbortError", 200, ""},
		{"abort mid-body text()", `const ac = new AbortController(); const r = await fetch(BASE + "/hang", { signal: ac.signal }); setTimeout(() => ac.abort(), 20); try { await r.text(); } catch (e) { return e.name; }`,
			"AbortError", 200, ""},
		{"unsupported scheme", `try { await fetch("ftp://127.0.0.1/"); } catch (e) { return e.message; }`, "Url scheme 'ftp' not supported", -1, ""},
		{"body used twice", `const r = await fetch(BASE + "/text"); await r.text(); try { await r.text(); } catch (e) { return e.message; }`, "Body already consumed", 200, ""},
		{"clone fetched response", `const r = await fetch(BASE + "/text"); const c = r.clone(); return [await r.text(), await c.text()].join();`, "hello,hello", 200, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			rec.take()
			got, err := jstest.Eval(t, r, tc.src)
			if err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if s := fmt.Sprint(got); s != tc.want {
				t.Fatalf("got  %q\nwant %q", s, tc.want)
			}
			infos := rec.take()
			if strings.Contains(tc.name, "streaming response") {
				infos = infos[:1] // the /release fetch
			}
			switch {
			case tc.status == -1 && len(infos) != 0:
				t.Fatalf("OnFetch called for a fetch that never started: %+v", infos)
			case tc.status >= 0 && len(infos) != 1:
				t.Fatalf("OnFetch calls = %d, want 1: %+v", len(infos), infos)
			case tc.status >= 0:
				fi := infos[0]
				if fi.Status != tc.status || fi.URL == "" || fi.Method == "" || fi.Duration <= 0 {
					t.Fatalf("FetchInfo = %+v, want status %d", fi, tc.status)
				}
				if tc.errPart != "" && (fi.Err == nil || !strings.Contains(fi.Err.Error(), tc.errPart)) {
					t.Fatalf("FetchInfo.Err = %v, want it to mention %q", fi.Err, tc.errPart)
				}
			}
		})
	}
}

func TestFetchAbortClosesConnection(t *testing.T) {
	srv := newServer(t)
	r := newRuntime(t, fetch.Options{Client: srv.Client()})
	setGlobal(t, r, "BASE", srv.URL)
	jstest.MustEval(t, r, `const ac = new AbortController(); const res = await fetch(BASE + "/hang", { signal: ac.signal }); await res.body.getReader().read(); ac.abort();`)
	select {
	case <-srv.hangCanceled:
	case <-time.After(5 * time.Second):
		t.Fatal("the server never saw the client go away")
	}
}

func TestFetchNetworkError(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	rec := &recorder{}
	r := newRuntime(t, fetch.Options{OnFetch: rec.on})
	setGlobal(t, r, "ADDR", addr)
	got := jstest.MustEval(t, r, `try { await fetch("http://" + ADDR + "/x"); } catch (e) { return e.name + ": " + e.message; }`)
	want := "TypeError: error sending request for url (http://" + addr + "/x): "
	if s := fmt.Sprint(got); !strings.HasPrefix(s, want) || !strings.Contains(s, "refused") {
		t.Fatalf("got %q, want %q + the cause", s, want)
	}
	if infos := rec.take(); len(infos) != 1 || infos[0].Err == nil || infos[0].Status != 0 {
		t.Fatalf("OnFetch = %+v", infos)
	}
}

func TestFetchUploadStreams(t *testing.T) {
	// a 4 MB body generated by JS reaches the server in pieces, while JS
	// is still producing it (never buffered whole)
	srv := newServer(t)
	r := newRuntime(t, fetch.Options{Client: srv.Client()})
	setGlobal(t, r, "BASE", srv.URL)
	got := jstest.MustEval(t, r, `let n = 0; const chunk = new Uint8Array(64 * 1024);
		const body = new ReadableStream({ pull(c) { if (n++ < 64) c.enqueue(chunk); else c.close(); } });
		return await (await fetch(BASE + "/upload", { method: "POST", body })).text();`)
	if got != "4194304 [chunked]" {
		t.Fatalf("got %v", got)
	}
	if n := srv.chunks.Load(); n < 4 {
		t.Fatalf("the server read the body in %d pieces; want it streamed", n)
	}
}

func TestNewRequest(t *testing.T) {
	r := newRuntime(t, fetch.Options{})
	type result struct {
		req   *goja.Object
		abort func()
	}
	newReq := func(t *testing.T, hr *http.Request, u string) result {
		var res result
		err := r.Sync(func() error {
			o, abort, err := fetch.NewRequest(r, hr, u)
			res = result{o, abort}
			if err == nil {
				err = r.VM().Set("REQ", o)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	t.Run("post with body", func(t *testing.T) {
		hr := httptest.NewRequest("POST", "http://127.0.0.1:54321/functions/v1/hello/x?y=1", strings.NewReader(`{"name":"edge"}`))
		hr.Header.Set("Content-Type", "application/json")
		hr.Header.Add("X-Multi", "a")
		hr.Header.Add("X-Multi", "b")
		hr.Header.Set("X-Latin", "caf\xe9")
		newReq(t, hr, "http://127.0.0.1:54321/hello/x?y=1")
		got := jstest.MustEval(t, r, `const j = await REQ.json(); return [REQ.url, REQ.method, REQ.headers.get("content-type"), REQ.headers.get("x-multi"), REQ.headers.get("host"), REQ.headers.get("x-latin").length, j.name, REQ.bodyUsed, REQ.signal.aborted].join();`)
		if got != "http://127.0.0.1:54321/hello/x?y=1,POST,application/json,a, b,127.0.0.1:54321,4,edge,true,false" {
			t.Fatalf("got %v", got)
		}
	})
	t.Run("get has null body", func(t *testing.T) {
		newReq(t, httptest.NewRequest("GET", "/hello", nil), "http://h/hello")
		if got := jstest.MustEval(t, r, `return [REQ.body === null, await REQ.text(), REQ.bodyUsed].join();`); got != "true,,false" {
			t.Fatalf("got %v", got)
		}
	})
	t.Run("headers are immutable", func(t *testing.T) {
		newReq(t, httptest.NewRequest("GET", "/hello", nil), "http://h/hello")
		if got := jstest.MustEval(t, r, `try { REQ.headers.set("a", "b"); } catch (e) { return e.message; }`); got != "Cannot change headers: headers are immutable" {
			t.Fatalf("got %v", got)
		}
	})
	t.Run("body is read lazily", func(t *testing.T) {
		cr := &countingReader{r: bytes.NewReader(make([]byte, 1<<20))}
		hr := httptest.NewRequest("PUT", "/up", cr)
		newReq(t, hr, "http://h/up")
		time.Sleep(20 * time.Millisecond)
		if n := cr.count(); n != 0 {
			t.Fatalf("read %d bytes before JS asked", n)
		}
		got := jstest.MustEval(t, r, `const rd = REQ.body.getReader(); const { value } = await rd.read(); await rd.cancel(); return value.length;`)
		if got.(int64) > 64<<10 {
			t.Fatalf("first chunk %v bytes", got)
		}
		if n := cr.count(); n > 128<<10 {
			t.Fatalf("read %d bytes for one chunk: reading ahead", n)
		}
	})
	t.Run("abort aborts the signal once", func(t *testing.T) {
		res := newReq(t, httptest.NewRequest("GET", "/hello", nil), "http://h/hello")
		jstest.MustEval(t, r, `globalThis.ABORTS = 0; globalThis.ABORTED = new Promise((resolve) => REQ.signal.addEventListener("abort", () => { ABORTS++; resolve(REQ.signal.reason.name); }));`)
		res.abort()
		res.abort()
		if got := jstest.MustEval(t, r, `const name = await ABORTED; await new Promise((r) => setTimeout(r, 10)); return name + " " + ABORTS;`); got != "AbortError 1" {
			t.Fatalf("got %v", got)
		}
	})
}

type countingReader struct {
	mu sync.Mutex
	r  io.Reader
	n  int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.mu.Lock()
	c.n += n
	c.mu.Unlock()
	return n, err
}

func (c *countingReader) count() int { c.mu.Lock(); defer c.mu.Unlock(); return c.n }

func TestResponseFromJS(t *testing.T) {
	r := newRuntime(t, fetch.Options{})
	cases := []struct {
		name, src string
		status    int
		header    http.Header
		body      string
		size      int64
		err       string
	}{
		{"text fast path", `new Response("héllo", { status: 201, headers: { "x-a": "1" } })`, 201,
			http.Header{"Content-Type": {"text/plain;charset=UTF-8"}, "X-A": {"1"}}, "héllo", 6, ""},
		{"bytes fast path", `new Response(new Uint8Array([104, 105]))`, 200, http.Header{}, "hi", 2, ""},
		{"json", `Response.json({ ok: true })`, 200, http.Header{"Content-Type": {"application/json"}}, `{"ok":true}`, 11, ""},
		{"stream", `new Response(ReadableStream.from([new Uint8Array([97]), new Uint8Array([98])]))`, 200, http.Header{}, "ab", -1, ""},
		{"no body", `new Response(null, { status: 204 })`, 204, http.Header{}, "", -1, ""},
		{"set-cookie stays separate", `const h = new Headers(); h.append("set-cookie", "a=1"); h.append("set-cookie", "b=2"); h.append("x", "1"); h.append("x", "2"); new Response("", { headers: h })`, 200,
			http.Header{"Set-Cookie": {"a=1", "b=2"}, "X": {"1, 2"}, "Content-Type": {"text/plain;charset=UTF-8"}}, "", 0, ""},
		{"latin1 header", `new Response(null, { headers: { "x-l": "caf\u00e9" } })`, 200, http.Header{"X-L": {"caf\xe9"}}, "", -1, ""},
		{"redirect", `Response.redirect("http://x.test/a", 307)`, 307, http.Header{"Location": {"http://x.test/a"}}, "", -1, ""},
		{"not a response", `({ status: 200 })`, 0, nil, "", 0, "Return value from serve handler must be a response or a promise resolving to a response (got an instance of Object)"},
		{"string", `"hello"`, 0, nil, "", 0, "(got string hello)"},
		{"undefined", `undefined`, 0, nil, "", 0, "(got undefined)"},
		{"error response", `Response.error()`, 0, nil, "", 0, "must not be an error response (like Response.error())"},
		{"status 101", `new Response(null, { status: 101 })`, 0, nil, "", 0, "must not have status 101"},
		{"used body", `const u = new Response("x"); u.text(); u`, 0, nil, "", 0, "has already been consumed"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var resp *fetch.GoResponse
			var rerr error
			_ = r.Sync(func() error {
				v, err := r.VM().RunString("(() => { " + lastExprReturn(tc.src) + " })()")
				if err != nil {
					return err
				}
				resp, rerr = fetch.ResponseFromJS(r, v)
				return nil
			})
			if tc.err != "" {
				if rerr == nil || !strings.Contains(rerr.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", rerr, tc.err)
				}
				return
			}
			if rerr != nil {
				t.Fatal(rerr)
			}
			if resp.Status != tc.status || resp.Size != tc.size {
				t.Fatalf("status %d size %d, want %d %d", resp.Status, resp.Size, tc.status, tc.size)
			}
			if fmt.Sprint(resp.Header) != fmt.Sprint(tc.header) {
				t.Fatalf("header %v, want %v", resp.Header, tc.header)
			}
			if resp.Body == nil {
				if tc.body != "" {
					t.Fatal("nil body")
				}
				return
			}
			b, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil || string(b) != tc.body {
				t.Fatalf("body %q (%v), want %q", b, err, tc.body)
			}
		})
	}
}

// lastExprReturn makes "a; b; expr" return expr.
func lastExprReturn(src string) string {
	i := strings.LastIndex(src, "; ")
	if i < 0 {
		return "return " + src
	}
	return src[:i+2] + "return " + src[i+2:]
}

func TestResponseStreamChunkNotBytes(t *testing.T) {
	r := newRuntime(t, fetch.Options{})
	var resp *fetch.GoResponse
	err := r.Sync(func() error {
		v, err := r.VM().RunString(`new Response(ReadableStream.from(["text"]))`)
		if err != nil {
			return err
		}
		resp, err = fetch.ResponseFromJS(r, v)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = io.ReadAll(resp.Body)
	if !errors.Is(err, streams.ErrNotBytes) {
		t.Fatalf("err = %v", err)
	}
}
