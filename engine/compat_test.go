package engine_test

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httputil"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/edgeplay/edgeplay/engine/jwt"
)

// TestDenoCompat runs every case marked for Deno on real Deno (one process
// per function, as Edgeplay runs one worker per function) behind a small
// proxy shaped like the gateway, and on Edgeplay, and checks both pass.
// It runs when EDGEPLAY_DENO names a deno binary (`make compat`, `make
// test` install one from npm).
func TestDenoCompat(t *testing.T) {
	denoBin := os.Getenv("EDGEPLAY_DENO")
	if denoBin == "" {
		t.Skip("EDGEPLAY_DENO not set (make compat installs Deno from npm)")
	}
	dir, _ := filepath.Abs(filepath.Join("testdata", "cases"))
	cases := LoadCases(t, dir)
	denoGW := newDenoGateway(t, denoBin, dir)
	eng := startEngine(t, dir, nil)

	names := make([]string, 0, len(cases))
	for name, c := range cases {
		if c.Deno == nil || *c.Deno {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	var mismatches []string
	for _, name := range names {
		c := cases[name]
		t.Run(name, func(t *testing.T) {
			denoMsg := RunCase(denoGW.url, name, c)
			oursMsg := RunCase(eng.URL(), name, c)
			switch {
			case denoMsg != "" && oursMsg == "":
				t.Errorf("passes on Edgeplay but fails on Deno (the case asserts non-Deno behaviour; mark it \"deno\": false or fix it): %s", denoMsg)
			case denoMsg == "" && oursMsg != "":
				t.Errorf("passes on Deno, fails on Edgeplay: %s", oursMsg)
				mismatches = append(mismatches, name)
			case denoMsg != "" && oursMsg != "":
				t.Errorf("fails on both: deno: %s; edgeplay: %s", denoMsg, oursMsg)
			}
		})
	}
	t.Logf("compared %d cases with Deno; %d differ", len(names), len(mismatches))
}

// denoGateway proxies /functions/v1/<name>/rest to a Deno process serving
// that function, started on first use, so functions can call each other
// through SUPABASE_URL exactly as on Edgeplay.
type denoGateway struct {
	t    *testing.T
	bin  string
	dir  string
	url  string
	mu   sync.Mutex
	proc map[string]string // name → http://127.0.0.1:port
}

func newDenoGateway(t *testing.T, bin, dir string) *denoGateway {
	g := &denoGateway{t: t, bin: bin, dir: dir, proc: map[string]string{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	g.url = "http://" + ln.Addr().String()
	srv := &http.Server{Handler: g}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return g
}

func (g *denoGateway) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/functions/v1/")
	if !ok {
		http.NotFound(rw, r)
		return
	}
	name, _, _ := strings.Cut(rest, "/")
	target, err := g.start(name)
	if err != nil {
		http.Error(rw, err.Error(), http.StatusBadGateway)
		return
	}
	u, _ := url.Parse(target)
	proxy := httputil.NewSingleHostReverseProxy(u)
	r.URL.Path = "/" + rest
	r.URL.RawPath = ""
	proxy.ServeHTTP(rw, r)
}

func (g *denoGateway) start(name string) (string, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if u, ok := g.proc[name]; ok {
		return u, nil
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	addr := ln.Addr().String()
	ln.Close()
	entry := filepath.Join(g.dir, name, "index.ts")
	src, _ := os.ReadFile(entry)
	args := []string{"run", "-A", "--no-prompt", "--quiet", entry}
	if strings.Contains(string(src), "export default") {
		_, port, _ := net.SplitHostPort(addr)
		args = []string{"serve", "-A", "--no-prompt", "--quiet", "--host", "127.0.0.1", "--port", port, entry}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, g.bin, args...)
	cmd.Env = append(os.Environ(),
		"DENO_SERVE_ADDRESS=tcp:"+addr,
		"NO_COLOR=1",
		"DENO_NO_UPDATE_CHECK=1",
		"SUPABASE_URL="+g.url,
		"SUPABASE_ANON_KEY="+jwt.LocalAnonKey,
		"SUPABASE_SERVICE_ROLE_KEY="+jwt.LocalServiceKey,
		"EDGEPLAY_TEST=1",
	)
	cmd.Stdout = io.Discard
	cmd.Stderr = io.Discard
	if err := cmd.Start(); err != nil {
		cancel()
		return "", fmt.Errorf("start deno: %w", err)
	}
	g.t.Cleanup(func() { cancel(); _ = cmd.Wait() })
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			g.proc[name] = "http://" + addr
			return g.proc[name], nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return "", fmt.Errorf("deno did not listen for %s (boot error?)", name)
}
