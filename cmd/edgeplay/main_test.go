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
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	stop := make(chan struct{})
	done := make(chan int, 1)
	go func() {
		done <- serve([]string{"--functions", filepath.Join(dir, "functions"), "--addr", "127.0.0.1:0", "--env-file", envFile,
			"--events", "json", "--data", filepath.Join(dir, "data")}, stdout, stderr, func() { <-stop })
	}()
	var url string
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
	close(stop)
	if code := <-done; code != 0 {
		t.Fatalf("exit %d", code)
	}
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
			code := serve(tc.args, &stdout, &stderr, func() {})
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
