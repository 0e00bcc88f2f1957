// Package engine wires Edgeplay's runtime into one object: the bundler, the
// supervisor and its workers, the loopback gateway and the local
// Supabase services (Auth and Storage). The CLI, the desktop app and the tests all build an
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
	"github.com/edgeplay/edgeplay/engine/webapi/fetch"
	"github.com/edgeplay/edgeplay/engine/webapi/websocket"
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

	gws "github.com/gorilla/websocket"

	"github.com/edgeplay/edgeplay/engine/bundle"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/gateway"
	"github.com/edgeplay/edgeplay/engine/jwt"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/engine/memwatch"
	"github.com/edgeplay/edgeplay/engine/mocks/realtime"
	"github.com/edgeplay/edgeplay/engine/supa/auth"
	"github.com/edgeplay/edgeplay/engine/supa/storage"
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
	// ModuleCache keeps fetched https: modules (nil: DataDir/modules).
	ModuleCache bundle.ModuleCache
	// HostMap sends outbound requests for a host to a local target
	// ("api.example.com" → "http://127.0.0.1:8080").
	HostMap map[string]string
	// Limits returns a function's limits (nil: limits.Free() for every
	// function).
	Limits func(function string) limits.Limits
	// Logf receives engine diagnostics (default log.Printf).
	Logf func(format string, args ...any)
	// AuthStore keeps Auth's users and sessions (nil: a JSON file under
	// DataDir/auth; the store's adapter is store/supastore.NewAuthStore).
	AuthStore auth.Store
	// StorageMeta keeps Storage's bucket and object metadata (nil: JSON
	// files under DataDir/storage; the store's adapter is
	// store/supastore.NewStorageMeta). Object bytes stay under DataDir.
	StorageMeta storage.Meta
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
	mocks   []*http.Server

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
	if events.Listening(cfg.Events) { // not Discard: an empty bus lets workers skip building events
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
	for host, target := range cfg.HostMap {
		if err := checkTarget(host, target); err != nil {
			return nil, err
		}
	}
	e.builder = bundle.NewBuilder(bundle.Config{
		CacheDir: filepath.Join(cfg.DataDir, "modules"),
		Modules:  cfg.ModuleCache,
		Client:   &http.Client{Timeout: 30 * time.Second},
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
	// Blob spill folders of workers a crash left behind (live workers
	// remove theirs when they end).
	if stale, err := filepath.Glob(filepath.Join(tmp, fetch.SpillDirPrefix+"*")); err == nil {
		for _, d := range stale {
			os.RemoveAll(d)
		}
	}
	targets, err := e.startMocks()
	if err != nil {
		ln.Close()
		return err
	}
	e.client = newClient(targets)
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
		Dial:      newDialer(targets),
	})
	authStore := e.cfg.AuthStore
	if authStore == nil {
		authStore = &auth.FileStore{Path: filepath.Join(e.cfg.DataDir, "auth", "users.json")}
	}
	authSvc, err := auth.New(auth.Config{Secret: []byte(e.cfg.JWTSecret), Store: authStore})
	if err != nil {
		ln.Close()
		return fmt.Errorf("engine: %w", err)
	}
	storageSvc, err := storage.New(storage.Config{Dir: filepath.Join(e.cfg.DataDir, "storage"), Secret: []byte(e.cfg.JWTSecret), Meta: e.cfg.StorageMeta})
	if err != nil {
		ln.Close()
		return fmt.Errorf("engine: %w", err)
	}
	e.gw = gateway.New(gateway.Config{
		Functions: e.sup,
		JWTSecret: []byte(e.cfg.JWTSecret),
		VerifyJWT: func(name string) bool { return e.cfg.VerifyJWT && !e.cfg.NoVerifyJWT[name] },
		Mounts:    map[string]http.Handler{"/auth/v1/": authSvc, "/storage/v1/": storageSvc},
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
		for _, m := range e.mocks {
			m.Close()
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

// Mocks are the built-in local stand-ins a host can be mapped to
// (`--map-host api.openai.com=mock:openai-realtime`).
var Mocks = map[string]func() http.Handler{
	"openai-realtime": func() http.Handler { return &realtime.Server{} },
}

func checkTarget(host, target string) error {
	if name, ok := strings.CutPrefix(target, "mock:"); ok {
		if _, known := Mocks[name]; !known {
			names := make([]string, 0, len(Mocks))
			for n := range Mocks {
				names = append(names, "mock:"+n)
			}
			return fmt.Errorf("engine: host map %s=%s: unknown mock (built in: %s)", host, target, strings.Join(names, ", "))
		}
		return nil
	}
	u, err := url.Parse(target)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("engine: host map %s=%s: target must be http://127.0.0.1:PORT or mock:NAME", host, target)
	}
	return nil
}

// startMocks serves each mock the host map names on its own loopback port
// and returns the resolved host map.
func (e *Engine) startMocks() (map[string]*url.URL, error) {
	targets := map[string]*url.URL{}
	started := map[string]*url.URL{}
	for host, target := range e.cfg.HostMap {
		name, isMock := strings.CutPrefix(target, "mock:")
		if !isMock {
			u, _ := url.Parse(target)
			targets[strings.ToLower(host)] = u
			continue
		}
		if u, ok := started[name]; ok {
			targets[strings.ToLower(host)] = u
			continue
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("engine: start mock %s: %w", name, err)
		}
		srv := &http.Server{Handler: Mocks[name](), ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(ln)
		e.mocks = append(e.mocks, srv)
		u := &url.URL{Scheme: "http", Host: ln.Addr().String()}
		started[name] = u
		targets[strings.ToLower(host)] = u
	}
	return targets, nil
}

// newClient builds the functions' outbound HTTP client, with the host map
// applied: a mapped host's requests go to the local target instead.
func newClient(targets map[string]*url.URL) *http.Client {
	base := http.DefaultTransport.(*http.Transport).Clone()
	base.MaxIdleConnsPerHost = 64
	// Requests past this many to one host wait for a connection instead
	// of opening another: code that fires thousands of uploads at once
	// (Promise.all over a zip's entries) would otherwise hold thousands
	// of connections, each with its buffers on both ends of the loopback
	// gateway. Browsers allow 6 per host. Past 128 requests in flight to
	// one HTTP/1.1 host the next waits for a connection (HTTP/2 hosts
	// multiplex many requests on each).
	base.MaxConnsPerHost = 128
	var rt http.RoundTripper = base
	if len(targets) > 0 {
		rt = hostMapTransport{base: base, targets: targets}
	}
	return &http.Client{Transport: rt}
}

// newDialer opens the functions' outbound WebSockets, host map applied
// (a mapped wss:// host is dialled as ws:// on its local target).
func newDialer(targets map[string]*url.URL) func(ctx context.Context, raw string, protocols []string) (*gws.Conn, *http.Response, error) {
	return func(ctx context.Context, raw string, protocols []string) (*gws.Conn, *http.Response, error) {
		u, err := url.Parse(raw)
		if err != nil {
			return nil, nil, err
		}
		if t, ok := targets[strings.ToLower(u.Hostname())]; ok {
			u.Host = t.Host
			u.Scheme = map[string]string{"http": "ws", "https": "wss"}[t.Scheme]
		}
		// NetDialContext batches a burst of frames into one write (batchconn.go).
		d := gws.Dialer{Subprotocols: protocols, HandshakeTimeout: 30 * time.Second, Proxy: http.ProxyFromEnvironment, NetDialContext: websocket.NetDialContext}
		return d.DialContext(ctx, u.String(), nil)
	}
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
