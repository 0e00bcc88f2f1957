// Package supervisor decides which worker serves a request: it builds each
// function's bundle, boots a worker on demand, reuses the warm one, and
// replaces it when it retires — because the code or the limits changed
// (hot reload: new requests go to a worker built from the new code while
// the old one drains and unloads with reason "termination"), because it
// passed its CPU soft limit or half its wall clock (early_drop), or
// because the policy is oneshot (a fresh worker per request).
//
// Each worker enforces its own limits (engine/worker); the supervisor only
// routes and keeps the list of live workers for the UI.
package supervisor

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	gws "github.com/gorilla/websocket"

	"github.com/edgeplay/edgeplay/engine/bundle"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/engine/memwatch"
	"github.com/edgeplay/edgeplay/engine/sandbox"
	"github.com/edgeplay/edgeplay/engine/worker"
)

// ErrNotFound is returned by a Source for an unknown function.
var ErrNotFound = errors.New("function not found")

// Source gives the files of each function.
type Source interface {
	// Function returns the function's folder; ErrNotFound if unknown.
	Function(name string) (fs.FS, error)
	// Names lists the functions.
	Names() ([]string, error)
}

// Config wires a supervisor.
type Config struct {
	Source  Source
	Builder *bundle.Builder
	// Env returns the environment for a function's workers.
	Env    func(function string) map[string]string
	Events events.Sink
	Client *http.Client
	// Hostname and Port are the gateway's, for Deno.serve's onListen.
	Hostname string
	Port     int
	// Limits returns a function's limits (nil: limits.Free() for all).
	Limits func(function string) limits.Limits
	// Memory estimates workers' heaps (nil: no memory limit).
	Memory *memwatch.Monitor
	// TmpParent is where workers' /tmp directories are made.
	TmpParent string
	// Dial opens functions' outbound WebSockets.
	Dial func(ctx context.Context, url string, protocols []string) (*gws.Conn, *http.Response, error)
}

// Supervisor owns the workers of every function.
type Supervisor struct {
	cfg    Config
	mu     sync.Mutex
	fns    map[string]*function
	nextID atomic.Int64
	closed bool
}

type function struct {
	name    string
	checked time.Time  // when the files were last checked for changes
	mu      sync.Mutex // serialises builds and boots of this function
	bundle  *bundle.Bundle
	current *worker.Worker          // takes new requests (per_worker)
	live    map[*worker.Worker]bool // every worker not yet shut down
}

// New returns a supervisor.
func New(cfg Config) *Supervisor {
	if cfg.Events == nil {
		cfg.Events = events.Discard
	}
	if cfg.Limits == nil {
		cfg.Limits = func(string) limits.Limits { return limits.Free() }
	}
	if cfg.Env == nil {
		cfg.Env = func(string) map[string]string { return nil }
	}
	return &Supervisor{cfg: cfg, fns: map[string]*function{}}
}

// Serve answers one request with the named function.
func (s *Supervisor) Serve(rw http.ResponseWriter, name string, req worker.Request) {
	w, err := s.Acquire(req.HTTP.Context(), name)
	if err != nil {
		s.failRequest(rw, name, req, err)
		return
	}
	w.ServeHTTP(rw, req)
	if w.Limits().Policy == limits.Oneshot {
		w.Retire(limits.Termination)
	}
}

// failRequest answers a request that no worker can take, recording it.
func (s *Supervisor) failRequest(rw http.ResponseWriter, name string, req worker.Request, err error) {
	emit := func(typ events.Type, f events.Fields) {
		s.cfg.Events.Emit(events.Event{Function: name, Request: req.ID, Type: typ, Fields: f})
	}
	start := time.Now()
	emit(events.RequestStart, events.Fields{"method": req.HTTP.Method, "path": req.Path()})
	var status int
	var n int64
	if errors.Is(err, ErrNotFound) {
		status, n = notFound(rw)
	} else {
		f := events.Fields{"message": "BOOT_ERROR: " + err.Error()}
		if loc := bootLocation(err); loc != "" {
			f["location"] = loc
		}
		emit(events.Error, f)
		status, n = worker.WriteBootError(rw, err)
	}
	emit(events.RequestEnd, events.Fields{"status": status, "ms": float64(time.Since(start).Microseconds()) / 1000, "bytes": n})
}

func notFound(rw http.ResponseWriter) (int, int64) {
	rw.Header().Set("Content-Type", "application/json")
	rw.WriteHeader(http.StatusNotFound)
	n, _ := rw.Write([]byte(`{"code":"NOT_FOUND","message":"Requested function was not found"}`))
	return http.StatusNotFound, int64(n)
}

func bootLocation(err error) string {
	var be *worker.BootError
	if errors.As(err, &be) {
		return be.Location
	}
	var bue *bundle.Error
	if errors.As(err, &bue) {
		return fmt.Sprintf("%s:%d:%d", bue.File, bue.Line, bue.Column)
	}
	var bues bundle.Errors
	if errors.As(err, &bues) && len(bues) > 0 {
		return fmt.Sprintf("%s:%d:%d", bues[0].File, bues[0].Line, bues[0].Column)
	}
	return ""
}

// Acquire returns a warm worker for the function, building and booting one
// if the code is new or changed, the limits changed, the current worker
// retired, or the policy is oneshot.
func (s *Supervisor) Acquire(ctx context.Context, name string) (*worker.Worker, error) {
	if w := s.warm(name); w != nil {
		return w, nil
	}
	fsys, err := s.cfg.Source.Function(name)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil, errors.New("engine is shutting down")
	}
	fn := s.fns[name]
	if fn == nil {
		fn = &function{name: name, live: map[*worker.Worker]bool{}}
		s.fns[name] = fn
	}
	s.mu.Unlock()

	lim := s.cfg.Limits(name)
	fn.mu.Lock()
	defer fn.mu.Unlock()
	if fn.bundle == nil || fn.bundle.Stale(fsys) {
		b, err := s.cfg.Builder.Build(ctx, name, fsys)
		if err != nil {
			return nil, err
		}
		fn.bundle = b
	}
	fn.checked = time.Now()
	if w := fn.current; w != nil {
		switch {
		case w.State() != worker.Serving:
			fn.current = nil // retired on its own (limits); it drains by itself
		case w.BundleHash() != fn.bundle.Hash || w.Limits() != lim:
			fn.current = nil
			w.Retire(limits.Termination) // hot reload: drain, then unload
		case lim.Policy == limits.PerWorker:
			return w, nil
		}
	}
	w, err := worker.Boot(ctx, worker.Config{
		ID:        fmt.Sprintf("%s-%d", name, s.nextID.Add(1)),
		Function:  name,
		Bundle:    fn.bundle,
		Env:       s.cfg.Env(name),
		Events:    s.cfg.Events,
		Client:    s.cfg.Client,
		Hostname:  s.cfg.Hostname,
		Port:      s.cfg.Port,
		Limits:    lim,
		Source:    fsys,
		TmpParent: s.cfg.TmpParent,
		Memory:    s.cfg.Memory,
		OnRetire:  func(w *worker.Worker, _ limits.Reason) { s.retired(fn, w) },
		Dial:      s.cfg.Dial,
	})
	if err != nil {
		return nil, err
	}
	fn.live[w] = true
	go func() {
		<-w.Done()
		fn.mu.Lock()
		delete(fn.live, w)
		if fn.current == w {
			fn.current = nil
		}
		fn.mu.Unlock()
	}()
	if lim.Policy == limits.PerWorker {
		fn.current = w
	}
	return w, nil
}

// recheckEvery bounds how often a busy function's files are checked for
// edits (a stat per input): an edit is served from the first request that
// arrives this long after the save.
const recheckEvery = 25 * time.Millisecond

// warm returns the current per_worker worker when the files were checked
// a moment ago: the hot path of a busy function skips the stats.
func (s *Supervisor) warm(name string) *worker.Worker {
	s.mu.Lock()
	fn := s.fns[name]
	s.mu.Unlock()
	if fn == nil {
		return nil
	}
	fn.mu.Lock()
	defer fn.mu.Unlock()
	w := fn.current
	if w == nil || time.Since(fn.checked) > recheckEvery || w.State() != worker.Serving || w.Limits().Policy != limits.PerWorker {
		return nil
	}
	return w
}

// retired is a worker's OnRetire: route no more requests to it.
func (s *Supervisor) retired(fn *function, w *worker.Worker) {
	// OnRetire may run while fn.mu is held (Acquire retiring the old
	// worker), so the bookkeeping happens on its own goroutine.
	go func() {
		fn.mu.Lock()
		if fn.current == w {
			fn.current = nil
		}
		fn.mu.Unlock()
	}()
}

// WorkerInfo describes a live worker for the UI and the CLI.
type WorkerInfo struct {
	ID       string  `json:"id"`
	Function string  `json:"function"`
	State    string  `json:"state"`
	Inflight int     `json:"inflight"`
	Tasks    int     `json:"tasks"`
	BootMs   float64 `json:"bootMs"`
	TmpBytes int64   `json:"tmpBytes"`
	Bundle   string  `json:"bundle"`
}

// Workers lists the live workers.
func (s *Supervisor) Workers() []WorkerInfo {
	var out []WorkerInfo
	for _, w := range s.live() {
		out = append(out, WorkerInfo{
			ID: w.ID(), Function: w.Function(), State: w.State().String(), Inflight: w.Inflight(),
			Tasks: w.Tasks(), BootMs: float64(w.BootTook().Microseconds()) / 1000,
			TmpBytes: w.Sandbox().Used(), Bundle: w.BundleHash(),
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (s *Supervisor) live() []*worker.Worker {
	s.mu.Lock()
	fns := make([]*function, 0, len(s.fns))
	for _, fn := range s.fns {
		fns = append(fns, fn)
	}
	s.mu.Unlock()
	var out []*worker.Worker
	for _, fn := range fns {
		fn.mu.Lock()
		for w := range fn.live {
			out = append(out, w)
		}
		fn.mu.Unlock()
	}
	return out
}

// Worker finds a live worker by id.
func (s *Supervisor) Worker(id string) (*worker.Worker, error) {
	for _, w := range s.live() {
		if w.ID() == id {
			return w, nil
		}
	}
	return nil, fmt.Errorf("no live worker %q", id)
}

// Terminate unloads a worker on demand with the given reason (the UI's
// "terminate" and "simulate limit" buttons).
func (s *Supervisor) Terminate(id string, reason limits.Reason) error {
	w, err := s.Worker(id)
	if err != nil {
		return err
	}
	return w.Simulate(reason)
}

// TmpFiles lists a live worker's /tmp.
func (s *Supervisor) TmpFiles(id string) ([]sandbox.Entry, error) {
	w, err := s.Worker(id)
	if err != nil {
		return nil, err
	}
	return w.Sandbox().List()
}

// Close shuts every worker down.
func (s *Supervisor) Close() {
	s.mu.Lock()
	s.closed = true
	fns := make([]*function, 0, len(s.fns))
	for _, fn := range s.fns {
		fns = append(fns, fn)
	}
	s.mu.Unlock()
	var wg sync.WaitGroup
	for _, fn := range fns {
		fn.mu.Lock()
		fn.current = nil
		for w := range fn.live {
			wg.Add(1)
			go func() { defer wg.Done(); w.Unload(limits.Termination) }()
		}
		fn.mu.Unlock()
	}
	wg.Wait()
}
