package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		os.MkdirAll(filepath.Join(dir, name), 0o755)
		if err := os.WriteFile(filepath.Join(dir, name, "index.ts"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("echo", `Deno.serve(async (req) => {
		const u = new URL(req.url);
		return new Response([req.method, u.pathname + u.search, req.headers.get("x-test") ?? "", await req.text()].join("|"));
	})`)
	write("background", `Deno.serve(() => {
		EdgeRuntime.waitUntil(new Promise((r) => setTimeout(() => { console.log("task done"); r(); }, 200)));
		return new Response("answered");
	})`)
	write("failing-task", `Deno.serve(() => {
		EdgeRuntime.waitUntil(Promise.reject(new Error("upload failed")));
		return new Response("answered");
	})`)
	write("length", `Deno.serve((req) => new Response(req.headers.get("content-length") ?? "chunked"))`)
	write("slow-task", `Deno.serve(() => {
		EdgeRuntime.waitUntil(new Promise((r) => setTimeout(r, 5000)));
		return new Response("answered");
	})`)
	write("broken", `Deno.serve(() => new Response("x")`)
	write("throws", `Deno.serve(() => { throw new Error("boom"); })`)
	bodyFile := filepath.Join(t.TempDir(), "body.txt")
	os.WriteFile(bodyFile, []byte("from a file"), 0o644)

	cases := []struct {
		name      string
		args      []string
		stdin     string
		code      int
		stdout    string   // exact
		stderrHas []string // substrings
		stderrNot []string
	}{
		{name: "get", args: []string{"echo"}, stdout: "GET|/echo||", stderrHas: []string{"< HTTP/1.1 200 OK", "request.end"}},
		{name: "path, query, method, header, body; flags after the target", args: []string{"echo/a/b?x=1", "-X", "PUT", "-H", "x-test: yes", "--body", "hi"},
			stdout: "PUT|/echo/a/b?x=1|yes|hi"},
		{name: "a body makes it a POST", args: []string{"--body-file", bodyFile, "echo"}, stdout: "POST|/echo||from a file"},
		{name: "a file goes with its length", args: []string{"--body-file", bodyFile, "length"}, stdout: "11"},
		{name: "body from stdin", args: []string{"--body-file", "-", "echo?q"}, stdin: "piped", stdout: "POST|/echo?q||piped"},
		{name: "waits for background tasks", args: []string{"background"}, stdout: "answered",
			stderrHas: []string{"task done", "task.end", "worker.shutdown"}},
		{name: "--no-wait", args: []string{"--no-wait", "--events", "off", "background"}, stdout: "answered", stderrNot: []string{"task done"}},
		{name: "a failed task fails the run", args: []string{"failing-task"}, code: 1, stdout: "answered",
			stderrHas: []string{"upload failed", "1 background task(s) failed"}},
		{name: "--wall-clock ends a long task", args: []string{"slow-task", "--wall-clock", "1s"}, code: 1, stdout: "answered",
			stderrHas: []string{"reason=wall_clock", "1 background task(s) failed"}},
		{name: "limits below the minimum", args: []string{"echo", "--memory", "8"}, code: 2, stderrHas: []string{"below the 16 MB minimum"}},
		{name: "unknown preset", args: []string{"echo", "--limits", "gold"}, code: 2, stderrHas: []string{`unknown limits preset "gold"`}},
		{name: "boot error", args: []string{"broken", "--events", "off"}, code: 1, stdout: `~"location":"broken/index.ts:1:`, stderrHas: []string{"503"}},
		{name: "uncaught error", args: []string{"throws", "--events", "off"}, code: 1, stderrHas: []string{"500"}},
		{name: "unknown function", args: []string{"nope"}, code: 2, stderrHas: []string{`no function "nope"`, "echo"}},
		{name: "no target", args: nil, code: 2, stderrHas: []string{"usage: edgeplay run"}},
		{name: "two targets", args: []string{"echo", "background"}, code: 2, stderrHas: []string{`unexpected argument "background"`}},
		{name: "bad header", args: []string{"echo", "-H", "nocolon"}, code: 2, stderrHas: []string{"expected 'Name: value'"}},
		{name: "body twice", args: []string{"echo", "--body", "a", "--body-file", bodyFile}, code: 2, stderrHas: []string{"give one"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"--functions", dir}, c.args...)
			code := runCmd(args, &stdout, &stderr, strings.NewReader(c.stdin))
			if code != c.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, c.code, stdout.String(), stderr.String())
			}
			if want, ok := strings.CutPrefix(c.stdout, "~"); ok {
				if !strings.Contains(stdout.String(), want) {
					t.Errorf("stdout %q lacks %q", stdout.String(), want)
				}
			} else if c.stdout != "" && stdout.String() != c.stdout {
				t.Errorf("stdout %q, want %q", stdout.String(), c.stdout)
			}
			for _, s := range c.stderrHas {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr.String())
				}
			}
			for _, s := range c.stderrNot {
				if strings.Contains(stderr.String(), s) {
					t.Errorf("stderr has %q:\n%s", s, stderr.String())
				}
			}
		})
	}
}
