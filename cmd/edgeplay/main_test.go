package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/jwt"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/store"
)

// syncBuffer is an io.Writer safe for the serve goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func TestServeEndToEnd(t *testing.T) {
	dir := t.TempDir()
	fn := filepath.Join(dir, "functions", "hi")
	os.MkdirAll(fn, 0o755)
	os.WriteFile(filepath.Join(fn, "index.ts"), []byte(`Deno.serve(() => { console.log("secret is", Deno.env.get("SECRET")); return new Response("hi " + Deno.env.get("SECRET")); })`), 0o644)
	os.WriteFile(filepath.Join(dir, "config.toml"), []byte("[functions.hi]\nverify_jwt = false\n"), 0o644)
	envFile := filepath.Join(dir, ".env")
	os.WriteFile(envFile, []byte("SECRET=s3cret\nSUPABASE_URL=ignored\n"), 0o644)
	url, stop, stdout, stderr := startServe(t, "--functions", filepath.Join(dir, "functions"), "--env-file", envFile,
		"--events", "json", "--data", filepath.Join(dir, "data"))
	if !strings.Contains(stderr.String(), "skipping: SUPABASE_URL") {
		t.Errorf("reserved env name not reported: %s", stderr.String())
	}
	resp, err := http.Get(url + "/functions/v1/hi")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(body) != "hi s3cret" {
		t.Fatalf("body %q (verify_jwt=false from config.toml, env from --env-file)", body)
	}
	// An edit is live on the next request and becomes a version in the store.
	os.WriteFile(filepath.Join(fn, "index.ts"), []byte(`Deno.serve(() => new Response("edited"))`), 0o644)
	if body := get(t, url+"/functions/v1/hi"); body != "edited" {
		t.Fatalf("after the edit: %q", body)
	}
	time.Sleep(700 * time.Millisecond) // one folder sync
	stop()
	types := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(stdout.String()))
	for sc.Scan() {
		var ev map[string]any
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatalf("stdout line is not JSON: %q", sc.Text())
		}
		types[ev["type"].(string)] = true
		if ev["time"] == nil || ev["seq"] == nil || ev["function"] != "hi" {
			t.Fatalf("event lacks fixed fields: %v", ev)
		}
	}
	for _, want := range []string{"worker.boot", "request.start", "request.end", "log", "worker.shutdown"} {
		if !types[want] {
			t.Errorf("no %s event in --events json output", want)
		}
	}
	if strings.Contains(stdout.String(), "s3cret") || !strings.Contains(stdout.String(), "secret is [secret]") {
		t.Errorf("the env file's secret is not masked in printed events")
	}

	// What serve recorded, read back with `edgeplay timeline`.
	data := filepath.Join(dir, "data")
	var out, errb bytes.Buffer
	if code := run([]string{"timeline", "--data", data, "--json", "--last", "100"}, &out, &errb); code != 0 {
		t.Fatalf("timeline: exit %d: %s", code, errb.String())
	}
	recorded := map[string]int{}
	var request string
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		var ev events.Event
		if err := json.Unmarshal([]byte(line), &ev); err != nil {
			t.Fatalf("timeline line %q: %v", line, err)
		}
		recorded[string(ev.Type)]++
		if ev.Type == events.RequestEnd && request == "" {
			request = ev.Request
		}
	}
	if recorded["request.end"] != 2 || recorded["worker.boot"] < 2 || recorded["log"] != 1 {
		t.Fatalf("recorded %v", recorded)
	}
	if strings.Contains(out.String(), "s3cret") {
		t.Fatalf("a secret reached the timeline: %s", out.String())
	}
	out.Reset()
	if code := run([]string{"timeline", "--data", data, "--request", request}, &out, &errb); code != 0 ||
		!strings.Contains(out.String(), "request.start") || !strings.Contains(out.String(), "secret is [secret]") {
		t.Fatalf("story of %s: exit %d\n%s%s", request, code, out.String(), errb.String())
	}
	st, err := store.Open(data, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	vs, err := st.Versions("functions", "hi")
	if err != nil || len(vs) != 2 {
		t.Fatalf("versions of hi: %v %v (want the import and the edit)", vs, err)
	}
}

func get(t *testing.T, url string) string {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return string(b)
}

func TestServeBadInput(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"missing folder", []string{"--functions", "/nonexistent/functions"}, "not found"},
		{"bad events", []string{"--functions", ".", "--events", "xml"}, "expected json, text or off"},
		{"non-loopback", []string{"--functions", ".", "--addr", "0.0.0.0:0"}, "not a loopback address"},
		{"bad map-host", []string{"--functions", ".", "--map-host", "nothing"}, "expected HOST=TARGET"},
		{"unknown mock", []string{"--functions", ".", "--map-host", "a.com=mock:nope"}, "unknown mock"},
		{"missing env file", []string{"--functions", ".", "--env-file", "/nonexistent/.env"}, "env file"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := serve(append(tc.args, "--data", t.TempDir()), &stdout, &stderr, func() {})
			if code == 0 || !strings.Contains(stderr.String(), tc.want) {
				t.Fatalf("exit %d, stderr %q, want %q", code, stderr.String(), tc.want)
			}
		})
	}
	var out, errb bytes.Buffer
	if code := run([]string{"frobnicate"}, &out, &errb); code != 2 || !strings.Contains(errb.String(), "unknown command") {
		t.Fatalf("unknown command: %d %q", code, errb.String())
	}
}

func TestServeDataFolderProblems(t *testing.T) {
	cases := []struct {
		name    string
		prepare func(t *testing.T, data string) (cleanup func())
		want    string
	}{
		{"in use by another process", func(t *testing.T, data string) func() {
			st, err := store.Open(data, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			return func() { st.Close() }
		}, "is locked"},
		{"not a database", func(t *testing.T, data string) func() {
			os.MkdirAll(data, 0o700)
			os.WriteFile(filepath.Join(data, store.FileName), []byte("not a database, just text\n"), 0o600)
			return func() {}
		}, "move it aside"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			data := t.TempDir()
			defer tc.prepare(t, data)()
			var stdout, stderr bytes.Buffer
			code := serve([]string{"--functions", ".", "--addr", "127.0.0.1:0", "--data", data}, &stdout, &stderr, func() {})
			if code == 0 || !strings.Contains(stderr.String(), tc.want) || !strings.Contains(stderr.String(), data) {
				t.Fatalf("exit %d, stderr %q, want %q naming the folder", code, stderr.String(), tc.want)
			}
		})
	}
}

// startServe runs serve until the returned stop is called, and returns
// the gateway URL.
func startServe(t *testing.T, args ...string) (url string, stop func(), stdout, stderr *syncBuffer) {
	t.Helper()
	stdout, stderr = &syncBuffer{}, &syncBuffer{}
	quit := make(chan struct{})
	done := make(chan int, 1)
	go func() {
		done <- serve(append([]string{"--addr", "127.0.0.1:0", "--events", "off"}, args...), stdout, stderr, func() { <-quit })
	}()
	deadline := time.Now().Add(10 * time.Second)
	for url == "" && time.Now().Before(deadline) {
		for _, line := range strings.Split(stderr.String(), "\n") {
			if u, ok := strings.CutPrefix(line, "listening on "); ok {
				url = u
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	if url == "" {
		t.Fatalf("no 'listening on' line; stderr: %s", stderr.String())
	}
	return url, func() {
		close(quit)
		if code := <-done; code != 0 {
			t.Fatalf("serve exit %d: %s", code, stderr.String())
		}
	}, stdout, stderr
}

func call(t *testing.T, method, url, token, ctype, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, url, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("apikey", jwt.LocalAnonKey)
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// Storage objects and Auth users made while serving with --data live in
// the store and are there after a restart.
func TestServeKeepsStorageAndAuthInTheStore(t *testing.T) {
	dir := t.TempDir()
	fns, data := filepath.Join(dir, "functions"), filepath.Join(dir, "data")
	os.MkdirAll(filepath.Join(fns, "hi"), 0o755)
	os.WriteFile(filepath.Join(fns, "hi", "index.ts"), []byte(`Deno.serve(() => new Response("hi"))`), 0o644)
	service := jwt.LocalServiceKey

	url, stop, _, _ := startServe(t, "--functions", fns, "--data", data)
	steps := []struct {
		method, path, token, ctype, body string
		want                             int
	}{
		{"POST", "/auth/v1/signup", jwt.LocalAnonKey, "application/json", `{"email":"ann@example.com","password":"correct horse"}`, 200},
		{"POST", "/storage/v1/bucket", service, "application/json", `{"id":"docs","name":"docs","public":false}`, 200},
		{"POST", "/storage/v1/object/docs/a/readme.txt", service, "text/plain", "kept across restarts", 200},
	}
	for _, s := range steps {
		if code, body := call(t, s.method, url+s.path, s.token, s.ctype, s.body); code != s.want {
			t.Fatalf("%s %s: %d %s", s.method, s.path, code, body)
		}
	}
	stop()

	st, err := store.Open(data, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, bucket := range []string{"auth.users", "storage.buckets", "storage.objects"} {
		kv, _ := st.KV(bucket)
		n := 0
		kv.Scan("", func(string, []byte) error { n++; return nil })
		if n != 1 {
			t.Errorf("%s holds %d records, want 1", bucket, n)
		}
	}
	st.Close()

	url, stop, _, _ = startServe(t, "--functions", fns, "--data", data)
	defer stop()
	if code, body := call(t, "GET", url+"/storage/v1/object/docs/a/readme.txt", service, "", ""); code != 200 || body != "kept across restarts" {
		t.Fatalf("download after restart: %d %q", code, body)
	}
	if code, body := call(t, "POST", url+"/auth/v1/token?grant_type=password", jwt.LocalAnonKey, "application/json", `{"email":"ann@example.com","password":"correct horse"}`); code != 200 || !strings.Contains(body, "access_token") {
		t.Fatalf("login after restart: %d %s", code, body)
	}
}

// serve's limit flags apply to every function, and a function's limits
// saved in the store (the app's settings) win for that function: here the
// policy, seen as one worker boot per request (oneshot) or one in all.
func TestServeLimits(t *testing.T) {
	dir := t.TempDir()
	functions := filepath.Join(dir, "functions")
	for _, fn := range []string{"shared", "single"} {
		os.MkdirAll(filepath.Join(functions, fn), 0o755)
		os.WriteFile(filepath.Join(functions, fn, "index.ts"), []byte(`Deno.serve(() => new Response("ok"))`), 0o644)
	}
	data := filepath.Join(dir, "data")
	st, err := store.Open(data, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.ImportFolder("p", functions); err != nil {
		t.Fatal(err)
	}
	oneshot := limits.Free()
	oneshot.Policy = limits.Oneshot
	if err := st.SetFunctionConfig("p", "single", store.FunctionConfig{Limits: &oneshot}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	url, stop, stdout, _ := startServe(t, "--functions", functions, "--data", data, "--project", "p", "--no-verify-jwt", "--events", "json", "--memory", "64")
	for range 3 {
		get(t, url+"/functions/v1/shared")
		get(t, url+"/functions/v1/single")
	}
	stop()
	boots := map[string]int{}
	for _, line := range strings.Split(stdout.String(), "\n") {
		var e events.Event
		if json.Unmarshal([]byte(line), &e) == nil && e.Type == events.WorkerBoot {
			boots[e.Function]++
		}
	}
	if boots["shared"] != 1 || boots["single"] != 3 {
		t.Fatalf("worker boots %v: want 1 for the flags' per_worker policy and 3 for the stored oneshot", boots)
	}
	var out, errb syncBuffer
	if code := serve([]string{"--functions", functions, "--no-data", "--memory", "8"}, &out, &errb, func() {}); code != 2 || !strings.Contains(errb.String(), "below the 16 MB minimum") {
		t.Fatalf("--memory 8: exit %d, %s", code, errb.String())
	}
}
