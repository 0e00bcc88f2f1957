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

	gws "github.com/gorilla/websocket"

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

// TestDenoWebSocketEcho runs the inbound echo function on real Deno and on
// Edgeplay and compares what the same client sees (subprotocol, text and
// binary echoes, the function's close code and reason).
func TestDenoWebSocketEcho(t *testing.T) {
	denoBin := os.Getenv("EDGEPLAY_DENO")
	if denoBin == "" {
		t.Skip("EDGEPLAY_DENO not set (make compat installs Deno from npm)")
	}
	src, _ := filepath.Abs(filepath.Join("testdata", "edge", "ws-echo", "echo", "index.ts"))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cmd := exec.CommandContext(ctx, denoBin, "run", "-A", "--quiet", src)
	cmd.Env = append(os.Environ(), "DENO_SERVE_ADDRESS=tcp:"+addr, "NO_COLOR=1")
	if err := cmd.Start(); err != nil {
		cancel()
		t.Fatal(err)
	}
	defer func() { cancel(); _ = cmd.Wait() }()
	for i := 0; i < 200; i++ {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		time.Sleep(25 * time.Millisecond)
	}
	eng, _ := startWithLimits(t, loadFunctions(t, "edge/ws-echo"), nil)
	deno := wsTranscript(t, "ws://"+addr+"/")
	ours := wsTranscript(t, wsURL(eng, "echo"))
	if strings.Join(deno, "\n") != strings.Join(ours, "\n") {
		t.Fatalf("transcripts differ:\ndeno:\n%s\nedgeplay:\n%s", strings.Join(deno, "\n"), strings.Join(ours, "\n"))
	}
	t.Logf("same transcript on Deno and Edgeplay: %q", ours)
}

func wsTranscript(t *testing.T, url string) []string {
	t.Helper()
	d := gws.Dialer{Subprotocols: []string{"chat", "other"}, HandshakeTimeout: 5 * time.Second}
	conn, _, err := d.Dial(url, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	out := []string{"protocol " + conn.Subprotocol()}
	read := func() {
		typ, msg, err := conn.ReadMessage()
		if err != nil {
			if ce, ok := err.(*gws.CloseError); ok {
				out = append(out, fmt.Sprintf("close %d %q", ce.Code, ce.Text))
				return
			}
			out = append(out, "error "+err.Error())
			return
		}
		out = append(out, fmt.Sprintf("%d %q", typ, msg))
	}
	conn.WriteMessage(gws.TextMessage, []byte("hello"))
	read()
	conn.WriteMessage(gws.BinaryMessage, []byte{1, 2, 3})
	read()
	conn.WriteMessage(gws.TextMessage, []byte("close-me"))
	read()
	return out
}
