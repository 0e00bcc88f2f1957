package engine_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/edgeplay/edgeplay/engine"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/jwt"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/engine/supervisor"
)

// writeFunctions lays out name → index.ts source under a temp dir.
func writeFunctions(t testing.TB, fns map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, src := range fns {
		path := filepath.Join(dir, name, "index.ts")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func get(t *testing.T, url string, header map[string]string) (int, string, http.Header) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

func TestGatewayStatusCodes(t *testing.T) {
	dir := writeFunctions(t, map[string]string{
		"ok":         `Deno.serve(() => new Response("ok"))`,
		"syntax":     "Deno.serve(() => {\n  const x = ;\n})",
		"throws":     "Deno.serve(() => {\n  throw new Error('boom');\n})",
		"rejects":    "Deno.serve(async () => {\n  await null;\n  throw new TypeError('late boom');\n})",
		"notresp":    `Deno.serve(() => 42)`,
		"noserve":    `console.log("I forgot Deno.serve")`,
		"initthrows": "const cfg = JSON.parse('{');\nDeno.serve(() => new Response(cfg))",
		"onerror": `Deno.serve({ onError: (e) => new Response("handled: " + e.message, { status: 418 }) },
  () => { throw new Error("oops"); })`,
		"exportdefault": `export default { fetch(req: Request) { return new Response("default " + new URL(req.url).pathname); } };`,
	})
	eng := startEngine(t, dir, nil)
	cases := []struct {
		fn, path     string
		status       int
		bodyContains []string
	}{
		{"ok", "", 200, []string{"ok"}},
		{"missing", "", 404, []string{"NOT_FOUND"}},
		{"syntax", "", 503, []string{"BOOT_ERROR", "syntax/index.ts:2:"}},
		{"throws", "", 500, []string{"WORKER_ERROR", "boom", "throws/index.ts:2:"}},
		{"rejects", "", 500, []string{"WORKER_ERROR", "TypeError: late boom", "rejects/index.ts:3:"}},
		{"notresp", "", 500, []string{"WORKER_ERROR"}},
		{"noserve", "", 503, []string{"BOOT_ERROR", "Deno.serve"}},
		{"initthrows", "", 503, []string{"BOOT_ERROR", "SyntaxError", "initthrows/index.ts:1:"}},
		{"onerror", "", 418, []string{"handled: oops"}},
		{"exportdefault", "/a/b", 200, []string{"default /exportdefault/a/b"}},
		{"exportdefault", "/a/", 200, []string{"default /exportdefault/a/"}},
		// an unclean path is the mux's: it redirects to the clean one
		{"exportdefault", "/a//b/../c", 200, []string{"default /exportdefault/a/c"}},
	}
	for _, tc := range cases {
		t.Run(tc.fn+tc.path, func(t *testing.T) {
			status, body, _ := get(t, eng.URL()+"/functions/v1/"+tc.fn+tc.path, nil)
			if status != tc.status {
				t.Fatalf("status %d, want %d; body %s", status, tc.status, body)
			}
			for _, s := range tc.bodyContains {
				if !strings.Contains(body, s) {
					t.Fatalf("body %s lacks %q", body, s)
				}
			}
		})
	}
	// The worker keeps serving after user errors.
	if status, body, _ := get(t, eng.URL()+"/functions/v1/ok", nil); status != 200 || body != "ok" {
		t.Fatalf("after errors: %d %q", status, body)
	}
}

func TestGatewayJWT(t *testing.T) {
	dir := writeFunctions(t, map[string]string{"secure": `Deno.serve(() => new Response("in"))`, "open": `Deno.serve(() => new Response("in"))`})
	eng := runEngine(t, engine.Config{
		Source: supervisor.DirSource{Root: dir}, VerifyJWT: true, NoVerifyJWT: map[string]bool{"open": true},
	})
	expired, _ := jwt.Sign(jwt.Claims{"role": "authenticated", "exp": time.Now().Add(-time.Minute).Unix()}, []byte(jwt.LocalSecret))
	forged, _ := jwt.Sign(jwt.Claims{"role": "service_role"}, []byte("not-the-secret-not-the-secret-not-the"))
	cases := []struct {
		name, fn, auth string
		status         int
		contains       string
	}{
		{"missing header", "secure", "", 401, "Missing authorization header"},
		{"not bearer", "secure", "Basic abc", 401, "Bearer"},
		{"garbage", "secure", "Bearer abc", 401, "Invalid JWT"},
		{"expired", "secure", "Bearer " + expired, 401, "expired"},
		{"forged", "secure", "Bearer " + forged, 401, "signature"},
		{"anon key", "secure", "Bearer " + jwt.LocalAnonKey, 200, "in"},
		{"service key", "secure", "Bearer " + jwt.LocalServiceKey, 200, "in"},
		{"no-verify function", "open", "", 200, "in"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			h := map[string]string{}
			if tc.auth != "" {
				h["Authorization"] = tc.auth
			}
			status, body, _ := get(t, eng.URL()+"/functions/v1/"+tc.fn, h)
			if status != tc.status || !strings.Contains(body, tc.contains) {
				t.Fatalf("got %d %s, want %d containing %q", status, body, tc.status, tc.contains)
			}
		})
	}
	// CORS preflight passes without a token so the function can answer it.
	req, _ := http.NewRequest(http.MethodOptions, eng.URL()+"/functions/v1/secure", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("preflight status %d", resp.StatusCode)
	}
}

func TestRefusesNonLoopback(t *testing.T) {
	_, err := engine.New(engine.Config{Source: supervisor.DirSource{Root: t.TempDir()}, Addr: "0.0.0.0:54321"})
	if err == nil || !strings.Contains(err.Error(), "not a loopback address") {
		t.Fatalf("err = %v", err)
	}
}

func TestHotReloadAndEvents(t *testing.T) {
	dir := writeFunctions(t, map[string]string{"fn": `Deno.serve(() => { console.log("v1 here"); return new Response("v1"); })`})
	rec := events.NewRecorder()
	eng := startEngine(t, dir, rec)
	url := eng.URL() + "/functions/v1/fn"
	if _, body, _ := get(t, url, nil); body != "v1" {
		t.Fatalf("body %q", body)
	}
	time.Sleep(20 * time.Millisecond) // distinct mtime on coarse file systems
	src := `Deno.serve(() => new Response("v2"))`
	if err := os.WriteFile(filepath.Join(dir, "fn", "index.ts"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	time.Sleep(30 * time.Millisecond) // edits are looked for at most every 25 ms
	if _, body, _ := get(t, url, nil); body != "v2" {
		t.Fatalf("after edit body %q, want v2", body)
	}
	if _, ok := rec.Wait(2*time.Second, func(e events.Event) bool {
		return e.Type == events.WorkerShutdown && e.Fields["reason"] == "termination"
	}); !ok {
		t.Fatal("old worker never shut down with reason termination")
	}
	want := map[events.Type]bool{events.WorkerBoot: false, events.RequestStart: false, events.RequestEnd: false, events.Log: false}
	for _, e := range rec.Events() {
		if _, ok := want[e.Type]; ok {
			want[e.Type] = true
		}
		if e.Type == events.Log && e.Request == "" {
			t.Errorf("log event not attributed to its request: %+v", e)
		}
	}
	for typ, seen := range want {
		if !seen {
			t.Errorf("no %s event", typ)
		}
	}
}

// TestLargeUploadIsStreamed pushes 512 MB through a function that counts
// bytes and checks the process heap never held the body.
func TestLargeUploadIsStreamed(t *testing.T) {
	if testing.Short() {
		t.Skip("large upload")
	}
	// CPU is measured as time on the loop, which a busy machine inflates:
	// this test is about memory, so the CPU limit is out of its way.
	eng, _ := startWithLimits(t, map[string]string{"count": `Deno.serve(async (req) => {
  let n = 0;
  for await (const chunk of req.body!) n += chunk.byteLength;
  return Response.json({ n });
})`}, map[string]limits.Limits{"count": fast(func(l *limits.Limits) { l.CPUSoft, l.CPUHard = 50*time.Second, 60*time.Second })})
	const size = 512 << 20
	var peak uint64
	stop := make(chan struct{})
	go func() {
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak {
					peak = ms.HeapInuse
				}
			}
		}
	}()
	resp, err := http.Post(eng.URL()+"/functions/v1/count", "application/octet-stream", io.LimitReader(zeros{}, size))
	close(stop)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("status %d: %s", resp.StatusCode, b)
	}
	var got struct{ N int64 }
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if got.N != size {
		t.Fatalf("function counted %d bytes, want %d", got.N, size)
	}
	if peak > 128<<20 {
		t.Fatalf("heap peaked at %d MB while streaming %d MB: the body was buffered", peak>>20, size>>20)
	}
	t.Logf("streamed %d MB with heap peak %d MB", size>>20, peak>>20)
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

func TestStreamingResponseArrivesIncrementally(t *testing.T) {
	dir := writeFunctions(t, map[string]string{"drip": `Deno.serve(() => {
  let i = 0;
  const enc = new TextEncoder();
  return new Response(new ReadableStream({
    async pull(c) {
      if (i === 3) { c.close(); return; }
      await new Promise((r) => setTimeout(r, 100));
      c.enqueue(enc.encode("chunk" + (i++) + "\n"));
    },
  }));
})`})
	eng := startEngine(t, dir, nil)
	resp, err := http.Get(eng.URL() + "/functions/v1/drip")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	buf := make([]byte, 64)
	start := time.Now()
	n, err := resp.Body.Read(buf)
	if err != nil || !strings.HasPrefix(string(buf[:n]), "chunk0") {
		t.Fatalf("first read %q %v", buf[:n], err)
	}
	first := time.Since(start)
	rest, _ := io.ReadAll(resp.Body)
	if !strings.Contains(string(rest), "chunk2") {
		t.Fatalf("rest %q", rest)
	}
	if total := time.Since(start); first >= total {
		t.Fatalf("first chunk (%v) did not arrive before the end (%v)", first, total)
	}
}

// TestLogsFollowTheirRequest runs two requests whose awaits interleave and
// checks every log line carries its own request id.
func TestLogsFollowTheirRequest(t *testing.T) {
	dir := writeFunctions(t, map[string]string{"f": `Deno.serve(async (req) => {
  const who = new URL(req.url).searchParams.get("who");
  console.log("start", who);
  await req.text();
  await new Promise((r) => setTimeout(r, who === "a" ? 30 : 5));
  console.log("end", who);
  EdgeRuntime.waitUntil((async () => { await null; console.log("task", who); })());
  return new Response(who);
})`})
	rec := events.NewRecorder()
	eng := startEngine(t, dir, rec)
	ids := map[string]string{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, who := range []string{"a", "b"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Post(eng.URL()+"/functions/v1/f?who="+who, "text/plain", strings.NewReader("x"))
			if err != nil {
				t.Error(err)
				return
			}
			resp.Body.Close()
			mu.Lock()
			ids[who] = resp.Header.Get("X-Edgeplay-Request-Id")
			mu.Unlock()
		}()
	}
	wg.Wait()
	waitEvent(t, rec, "task logs", func(e events.Event) bool { return e.Type == events.TaskEnd })
	time.Sleep(50 * time.Millisecond)
	count := 0
	for _, e := range rec.Events() {
		if e.Type != events.Log {
			continue
		}
		msg := fmt.Sprint(e.Fields["message"])
		who := msg[strings.LastIndex(msg, " ")+1:]
		if e.Request != ids[who] {
			t.Errorf("log %q has request %q, want %q", msg, e.Request, ids[who])
		}
		count++
	}
	if count != 6 {
		t.Fatalf("saw %d log lines, want 6", count)
	}
}

// TestServeInfoCompleted: info.completed resolves once the response is
// out, whether it is read during the handler or only after the response.
func TestServeInfoCompleted(t *testing.T) {
	dir := writeFunctions(t, map[string]string{"fn": `
const log = [];
Deno.serve((req, info) => {
  const what = new URL(req.url).searchParams.get("what");
  if (what === "log") return Response.json(log);
  if (what === "during") info.completed.then(() => log.push("during"));
  if (what === "after") EdgeRuntime.waitUntil(new Promise((r) => setTimeout(r, 50)).then(() => info.completed).then(() => log.push("after")));
  return new Response(what);
});`})
	eng := startEngine(t, dir, nil)
	url := eng.URL() + "/functions/v1/fn?what="
	for _, what := range []string{"during", "after", "none"} {
		if _, body, _ := get(t, url+what, nil); body != what {
			t.Fatalf("%s: body %q", what, body)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, body, _ := get(t, url+"log", nil)
		if body == `["during","after"]` {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("completed log %s, want during then after", body)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestClientDisconnectAbortsSignal: req.signal aborts when the client
// goes away while the handler is still working, or while a streamed body
// is being sent; once a response is out, leaving aborts nothing.
func TestClientDisconnectAbortsSignal(t *testing.T) {
	dir := writeFunctions(t, map[string]string{"fn": `
const log = [];
Deno.serve((req) => {
  const what = new URL(req.url).searchParams.get("what");
  if (what === "log") return Response.json(log);
  req.signal.addEventListener("abort", () => log.push(what + ":" + req.signal.reason.name));
  if (what === "pending") return new Promise(() => {});
  if (what === "stream") {
    let n = 0;
    return new Response(new ReadableStream({ async pull(c) { await new Promise((r) => setTimeout(r, 10)); c.enqueue(new TextEncoder().encode("tick " + n++ + "\n")); } }));
  }
  return new Response("done");
});`})
	eng := startEngine(t, dir, nil)
	url := eng.URL() + "/functions/v1/fn?what="
	leave := func(what string, readFirst bool) {
		ctx, cancel := context.WithCancel(context.Background())
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url+what, nil)
		done := make(chan struct{})
		go func() {
			defer close(done)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return
			}
			defer resp.Body.Close()
			if readFirst {
				buf := make([]byte, 8)
				_, _ = resp.Body.Read(buf)
			}
			cancel()
		}()
		if !readFirst {
			time.Sleep(100 * time.Millisecond)
			cancel()
		}
		<-done
	}
	if _, body, _ := get(t, url+"whole", nil); body != "done" {
		t.Fatalf("whole: body %q", body)
	}
	leave("pending", false)
	leave("stream", true)
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, body, _ := get(t, url+"log", nil)
		if body == `["pending:AbortError","stream:AbortError"]` || body == `["stream:AbortError","pending:AbortError"]` {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("abort log %s, want pending and stream aborted (and whole not)", body)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// TestBodiesStayInGo: a fetched response returned as is, and an incoming
// request forwarded with fetch(req), reach their peer whole (their bodies
// go from Go to Go without a JS stream); reading a body twice fails.
func TestBodiesStayInGo(t *testing.T) {
	dir := writeFunctions(t, map[string]string{
		"big": `Deno.serve(async (req) => {
  if (req.method === "POST") return new Response(await req.arrayBuffer());
  const b = new Uint8Array(3 << 20); for (let i = 0; i < 251; i++) b[i] = i;
  for (let n = 251; n < b.length; n *= 2) b.copyWithin(n, 0, Math.min(n, b.length - n)); // i % 251, doubling
  return new Response(b);
});`,
		"proxy": `Deno.serve(async (req) => {
  const base = "http://" + new URL(req.url).host + "/functions/v1/big";
  if (req.method === "POST") return fetch(new Request(base, req));
  const res = await fetch(base);
  if (new URL(req.url).searchParams.has("twice")) {
    await res.arrayBuffer();
    try { await res.text(); } catch (e) { return new Response(e.name + ": " + e.message); }
  }
  return res;
});`,
	})
	eng := startEngine(t, dir, nil)
	url := eng.URL() + "/functions/v1/proxy"
	want := make([]byte, 3<<20)
	for i := range want {
		want[i] = byte(i % 251)
	}
	_, body, _ := get(t, url, nil)
	if body != string(want) {
		t.Fatalf("proxied GET: %d bytes, want %d", len(body), len(want))
	}
	resp, err := http.Post(url, "application/octet-stream", bytes.NewReader(want[:1<<20]))
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.Equal(got, want[:1<<20]) {
		t.Fatalf("forwarded POST: %d bytes back, want %d", len(got), 1<<20)
	}
	if _, body, _ := get(t, url+"?twice", nil); body != "TypeError: Body already consumed" {
		t.Fatalf("second read: %q", body)
	}
}
