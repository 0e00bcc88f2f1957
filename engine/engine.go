// Package engine wires Edgeplay's runtime into one object: the bundler, the
// supervisor and its workers, the loopback gateway and (later) the local
// Supabase services. The CLI, the desktop app and the tests all build an
// Engine; nothing in here knows about Wails, the UI or the store — the
// engine reports what happens through an events.Sink and reads functions
// through a supervisor.Source.
//
// Many engines can live in one process (tests start dozens): there is no
// package-level state.
package engine

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/edgeplay/edgeplay/engine/bundle"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/gateway"
	"github.com/edgeplay/edgeplay/engine/jwt"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/engine/memwatch"
	"github.com/edgeplay/edgeplay/engine/supervisor"
)

// DefaultAddr is the Supabase CLI's API port on loopback.
const DefaultAddr = "127.0.0.1:54321"

// Config configures an engine.
type Config struct {
	// Source gives the functions' files.
	Source supervisor.Source
	// Addr is the gateway's listen address (default DefaultAddr; port 0
	// picks a free one).
	Addr string
	// AllowNonLoopback permits listening on a non-loopback address.
	AllowNonLoopback bool
	// Env is the user's environment for every function (e.g. --env-file).
	Env map[string]string
	// VerifyJWT is the default for every function; NoVerifyJWT lists
	// functions that skip it (config.toml's verify_jwt = false).
	VerifyJWT   bool
	NoVerifyJWT map[string]bool
	// JWTSecret signs and verifies tokens (default: the Supabase CLI's local secret).
	JWTSecret string
	// Events receives everything that happens.
	Events events.Sink
	// DataDir holds caches (fetched https: modules); "" uses a temp dir.
	DataDir string
	// HostMap sends outbound requests for a host to a local target
	// ("api.example.com" → "http://127.0.0.1:8080").
	HostMap map[string]string
	// Limits returns a function's limits (nil: limits.Free() for every
	// function).
	Limits func(function string) limits.Limits
	// Logf receives engine diagnostics (default log.Printf).
	Logf func(format string, args ...any)
}

// Engine is a running Edgeplay runtime.
type Engine struct {
	cfg     Config
	bus     *events.Bus
	builder *bundle.Builder
	sup     *supervisor.Supervisor
	gw      *gateway.Gateway
	ln      net.Listener
	srv     *http.Server
	url     string
	client  *http.Client
	memory  *memwatch.Monitor

	closeOnce sync.Once
	serveErr  chan error
	tmpData   string
}

// New validates the configuration and prepares an engine; Start listens.
func New(cfg Config) (*Engine, error) {
	if cfg.Source == nil {
		return nil, errors.New("engine: no function source configured")
	}
	if cfg.Addr == "" {
		cfg.Addr = DefaultAddr
	}
	if cfg.JWTSecret == "" {
		cfg.JWTSecret = jwt.LocalSecret
	}
	if cfg.Logf == nil {
		cfg.Logf = log.Printf
	}
	if err := checkAddr(cfg.Addr, cfg.AllowNonLoopback); err != nil {
		return nil, err
	}
	e := &Engine{cfg: cfg, bus: events.NewBus(), serveErr: make(chan error, 1)}
	if cfg.Events != nil {
		e.bus.Add(cfg.Events)
	}
	if cfg.DataDir == "" {
		dir, err := os.MkdirTemp("", "edgeplay-data-")
		if err != nil {
			return nil, fmt.Errorf("engine: temp data dir: %w", err)
		}
		e.tmpData = dir
		cfg.DataDir = dir
		e.cfg.DataDir = dir
	}
	client, err := newClient(cfg.HostMap)
	if err != nil {
		return nil, err
	}
	e.client = client
	e.builder = bundle.NewBuilder(bundle.Config{
		CacheDir: filepath.Join(cfg.DataDir, "modules"),
		Client:   &http.Client{Timeout: 30 * time.Second, Transport: client.Transport},
	})
	return e, nil
}

// checkAddr refuses a non-loopback listen address unless allowed: the
// gateway serves arbitrary code and well-known keys.
func checkAddr(addr string, allow bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("engine: listen address %q: %w", addr, err)
	}
	if allow || host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("engine: refusing to listen on %q: not a loopback address (the gateway runs arbitrary code with well-known keys); pass --allow-non-loopback to override", addr)
	}
	return nil
}

// Events is the engine's event bus; attach more sinks with Add.
func (e *Engine) Events() *events.Bus { return e.bus }

// Start binds the listen address and serves in the background.
func (e *Engine) Start() error {
	ln, err := net.Listen("tcp", e.cfg.Addr)
	if err != nil {
		return fmt.Errorf("engine: listen on %s: %w", e.cfg.Addr, err)
	}
	e.ln = ln
	addr := ln.Addr().(*net.TCPAddr)
	host := addr.IP.String()
	if addr.IP.IsUnspecified() {
		host = "127.0.0.1"
	}
	e.url = "http://" + net.JoinHostPort(host, strconv.Itoa(addr.Port))
	tmp := filepath.Join(e.cfg.DataDir, "tmp")
	if err := os.MkdirAll(tmp, 0o700); err != nil {
		ln.Close()
		return fmt.Errorf("engine: workers' /tmp parent: %w", err)
	}
	e.memory = memwatch.New(memwatch.Config{})
	e.sup = supervisor.New(supervisor.Config{
		Source:    e.cfg.Source,
		Builder:   e.builder,
		Env:       e.functionEnv,
		Events:    e.bus,
		Client:    e.client,
		Hostname:  host,
		Port:      addr.Port,
		Limits:    e.cfg.Limits,
		Memory:    e.memory,
		TmpParent: tmp,
	})
	e.gw = gateway.New(gateway.Config{
		Functions: e.sup,
		JWTSecret: []byte(e.cfg.JWTSecret),
		VerifyJWT: func(name string) bool { return e.cfg.VerifyJWT && !e.cfg.NoVerifyJWT[name] },
	})
	e.srv = &http.Server{Handler: e.gw, ReadHeaderTimeout: 30 * time.Second}
	go func() { e.serveErr <- e.srv.Serve(ln) }()
	return nil
}

// URL is the gateway's base URL ("http://127.0.0.1:54321").
func (e *Engine) URL() string { return e.url }

// Supervisor exposes the workers (for the app and tests).
func (e *Engine) Supervisor() *supervisor.Supervisor { return e.sup }

// Handler is the gateway as an http.Handler (valid after Start).
func (e *Engine) Handler() http.Handler { return e.gw }

// Wait blocks until the server stops.
func (e *Engine) Wait() error {
	err := <-e.serveErr
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}

// Close stops accepting requests, shuts every worker down and removes
// temporary data.
func (e *Engine) Close() error {
	var err error
	e.closeOnce.Do(func() {
		if e.srv != nil {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			err = e.srv.Shutdown(ctx)
			cancel()
			if err != nil {
				_ = e.srv.Close()
			}
		}
		if e.sup != nil {
			e.sup.Close()
		}
		if e.memory != nil {
			e.memory.Close()
		}
		if e.tmpData != "" {
			_ = os.RemoveAll(e.tmpData)
		}
	})
	return err
}

// functionEnv is what Deno.env holds in a function's workers: the user's
// variables plus the Supabase ones (which, as in the Supabase CLI, the
// user cannot override).
func (e *Engine) functionEnv(string) map[string]string {
	env := map[string]string{}
	for k, v := range e.cfg.Env {
		if strings.HasPrefix(k, "SUPABASE_") {
			continue
		}
		env[k] = v
	}
	env["SUPABASE_URL"] = e.url
	env["SUPABASE_ANON_KEY"] = jwt.LocalAnonKey
	env["SUPABASE_SERVICE_ROLE_KEY"] = jwt.LocalServiceKey
	env["SUPABASE_DB_URL"] = "postgresql://postgres:postgres@127.0.0.1:54322/postgres"
	return env
}

// SkippedEnv lists user variables the engine ignores (reserved names).
func SkippedEnv(env map[string]string) []string {
	var out []string
	for k := range env {
		if strings.HasPrefix(k, "SUPABASE_") {
			out = append(out, k)
		}
	}
	return out
}

// newClient builds the functions' outbound HTTP client, with the host map
// applied: a mapped host's requests go to the local target instead.
func newClient(hostMap map[string]string) (*http.Client, error) {
	base := http.DefaultTransport.(*http.Transport).Clone()
	base.MaxIdleConnsPerHost = 64
	targets := map[string]*url.URL{}
	for host, target := range hostMap {
		u, err := url.Parse(target)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, fmt.Errorf("engine: host map %s=%s: target must be http://127.0.0.1:PORT", host, target)
		}
		targets[strings.ToLower(host)] = u
	}
	var rt http.RoundTripper = base
	if len(targets) > 0 {
		rt = hostMapTransport{base: base, targets: targets}
	}
	return &http.Client{Transport: rt}, nil
}

type hostMapTransport struct {
	base    http.RoundTripper
	targets map[string]*url.URL
}

func (t hostMapTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if u, ok := t.targets[strings.ToLower(req.URL.Hostname())]; ok {
		req = req.Clone(req.Context())
		req.URL.Scheme, req.URL.Host = u.Scheme, u.Host
	}
	return t.base.RoundTrip(req)
}
