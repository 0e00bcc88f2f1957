// Package supervisor decides which worker serves a request: it builds each
// function's bundle, boots a worker on demand, reuses the warm one, and
// replaces it when the code changes (hot reload: new requests go to a
// worker built from the new code while the old one drains and shuts down
// with reason "termination").
//
// Policies, limits and early drop (DESIGN §2) extend this package; the
// contract with the gateway stays Serve(name, rw, req).
package supervisor

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/edgeplay/edgeplay/engine/bundle"
	"github.com/edgeplay/edgeplay/engine/events"
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
	// DrainTimeout bounds how long a replaced worker may finish its
	// in-flight requests and background tasks (default 150 s, the free
	// plan's wall clock).
	DrainTimeout time.Duration
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
	mu      sync.Mutex // serialises builds and boots of this function
	bundle  *bundle.Bundle
	current *worker.Worker
}

// New returns a supervisor.
func New(cfg Config) *Supervisor {
	if cfg.Events == nil {
		cfg.Events = events.Discard
	}
	if cfg.DrainTimeout == 0 {
		cfg.DrainTimeout = 150 * time.Second
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
}

// failRequest answers a request that no worker can take, recording it.
func (s *Supervisor) failRequest(rw http.ResponseWriter, name string, req worker.Request, err error) {
	emit := func(typ events.Type, f events.Fields) {
		s.cfg.Events.Emit(events.Event{Function: name, Request: req.ID, Type: typ, Fields: f})
	}
	start := time.Now()
	emit(events.RequestStart, events.Fields{"method": req.HTTP.Method, "path": req.HTTP.URL.Path})
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
// if the code is new or changed.
func (s *Supervisor) Acquire(ctx context.Context, name string) (*worker.Worker, error) {
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
		fn = &function{name: name}
		s.fns[name] = fn
	}
	s.mu.Unlock()

	fn.mu.Lock()
	defer fn.mu.Unlock()
	if fn.bundle == nil || fn.bundle.Stale(fsys) {
		b, err := s.cfg.Builder.Build(ctx, name, fsys)
		if err != nil {
			return nil, err
		}
		fn.bundle = b
	}
	if w := fn.current; w != nil && w.BundleHash() == fn.bundle.Hash {
		select {
		case <-w.Done():
		default:
			return w, nil
		}
	}
	w, err := worker.Boot(ctx, worker.Config{
		ID:       fmt.Sprintf("%s-%d", name, s.nextID.Add(1)),
		Function: name,
		Bundle:   fn.bundle,
		Env:      s.cfg.Env(name),
		Events:   s.cfg.Events,
		Client:   s.cfg.Client,
		Hostname: s.cfg.Hostname,
		Port:     s.cfg.Port,
	})
	if err != nil {
		return nil, err
	}
	if old := fn.current; old != nil {
		go s.drain(old, "termination")
	}
	fn.current = w
	return w, nil
}

// drain waits for a replaced worker's requests and background tasks, then
// shuts it down.
func (s *Supervisor) drain(w *worker.Worker, reason string) {
	deadline := time.Now().Add(s.cfg.DrainTimeout)
	for (w.Inflight() > 0 || w.Tasks() > 0) && time.Now().Before(deadline) {
		select {
		case <-w.Done():
			return
		case <-time.After(20 * time.Millisecond):
		}
	}
	w.Close(reason)
}

// Workers lists the live workers (for the UI and tests).
func (s *Supervisor) Workers() []*worker.Worker {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []*worker.Worker
	for _, fn := range s.fns {
		fn.mu.Lock()
		if fn.current != nil {
			out = append(out, fn.current)
		}
		fn.mu.Unlock()
	}
	return out
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
	for _, fn := range fns {
		fn.mu.Lock()
		if fn.current != nil {
			fn.current.Close("termination")
			fn.current = nil
		}
		fn.mu.Unlock()
	}
}
