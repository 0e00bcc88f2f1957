// Package worker owns one running edge function: a jsrt runtime with every
// Web API family and the Deno globals installed, the function's bundle
// evaluated in it, and the bridge that serves Go HTTP requests through the
// function's handler (Deno.serve or `export default { fetch }`).
//
// A worker serves many requests at once (they interleave on its event
// loop) and enforces its own limits (DESIGN §2):
//   - CPU: every stretch of JS is charged to the request whose async
//     context it runs in (jsrt.OnCPU); a watchdog kills the worker when a
//     request passes the hard limit (goja's Interrupt ends even
//     `while(true){}`) and retires it past the soft limit (early drop
//     once idle). Code outside any request (module init, module-level
//     timers) may not run longer than the hard limit in one stretch.
//   - memory: estimated by the engine's memwatch.Monitor (see its doc for
//     what is approximated); beforeunload at the warning fraction, kill at
//     the limit.
//   - wall clock: beforeunload at BeforeUnloadAt of it, shutdown at it;
//     retired (early drop once idle) at half of it.
//   - /tmp quota: enforced by the sandbox on every write.
//
// Unloading is always: worker.beforeunload event and a cancelable
// `beforeunload` CustomEvent with detail.reason on globalThis, a grace
// period for the handler's own async work, an `unload` event, then
// worker.shutdown. Requests still waiting for a response then answer 546
// WORKER_LIMIT. Routing decisions (which worker gets the next request)
// belong to the supervisor: it is told through OnRetire.
package worker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dop251/goja"
	gws "github.com/gorilla/websocket"

	"github.com/edgeplay/edgeplay/engine/bundle"
	"github.com/edgeplay/edgeplay/engine/denoapi"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/engine/memwatch"
	"github.com/edgeplay/edgeplay/engine/sandbox"
	"github.com/edgeplay/edgeplay/engine/webapi/compression"
	"github.com/edgeplay/edgeplay/engine/webapi/console"
	"github.com/edgeplay/edgeplay/engine/webapi/crypto"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
	"github.com/edgeplay/edgeplay/engine/webapi/fetch"
	"github.com/edgeplay/edgeplay/engine/webapi/globals"
	"github.com/edgeplay/edgeplay/engine/webapi/guards"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
	"github.com/edgeplay/edgeplay/engine/webapi/url"
	"github.com/edgeplay/edgeplay/engine/webapi/websocket"
)

// Config describes the worker to boot.
type Config struct {
	ID       string
	Function string
	Bundle   *bundle.Bundle
	Env      map[string]string
	Events   events.Sink
	// Client makes the function's outbound fetches.
	Client *http.Client
	// Hostname and Port are what Deno.serve's onListen reports (the gateway).
	Hostname string
	Port     int
	// BootTimeout bounds module evaluation (top-level await included).
	BootTimeout time.Duration
	// Limits are the function's limits (zero value: limits.Free()).
	Limits limits.Limits
	// Source is the function's folder, readable at Deno.cwd().
	Source fs.FS
	// TmpParent is where the worker's /tmp directory is made ("" = os temp).
	TmpParent string
	// Memory estimates the worker's heap (nil: no memory limit).
	Memory *memwatch.Monitor
	// OnRetire tells the supervisor to route no new requests here.
	OnRetire func(w *Worker, reason limits.Reason)
	// Dial opens the function's outbound WebSockets (host map applied).
	Dial func(ctx context.Context, url string, protocols []string) (*gws.Conn, *http.Response, error)
}

// State is where a worker is in its life.
type State int32

// The states, in order.
const (
	Serving   State = iota // takes requests
	Retired                // takes no new requests, finishes what it has
	Unloading              // beforeunload dispatched, grace running
	Closed                 // runtime stopped
)

func (s State) String() string {
	return [...]string{"serving", "retired", "unloading", "closed"}[s]
}

// Worker is one booted function.
type Worker struct {
	cfg      Config
	rt       *jsrt.Runtime
	onError  goja.Callable
	server   *denoapi.Server
	inflight atomic.Int64
	tasks    atomic.Int64
	requests atomic.Int64
	booted   time.Time
	bootTook time.Duration
	sandbox  *sandbox.Sandbox
	limits   limits.Limits
	activity atomic.Uint64

	state       atomic.Int32
	retireOnce  sync.Once
	unloadOnce  sync.Once
	closeOnce   sync.Once
	closeReason atomic.Value // limits.Reason
	closed      chan struct{}
	stopWatch   chan struct{}

	ups         *upgrades     // loop only
	makeCaller  goja.Callable // (handler, this, inspect) => callHandler
	handed      *goja.Object  // what callHandler returns once it handed a Response to Go (fetch.Inspected)
	callHandler goja.Callable // (req, host, port, hooks, keep): calls the handler with its info
	sockets     atomic.Int64  // open WebSockets (they keep the worker busy)

	mu      sync.Mutex
	active  map[*RequestContext]struct{} // requests (and their tasks) still running
	pending map[*pendingTask]struct{}    // background tasks not yet settled
	warned  map[limits.Reason]bool       // beforeunload already dispatched
}

// RequestContext is the async context of code running for one request; log
// lines, CPU time and tasks created under it are attributed to the request.
type RequestContext struct {
	ID      string
	cpu     atomic.Int64 // nanoseconds of JS run for this request
	pending atomic.Int32 // the request itself plus its unsettled tasks
}

// CPU is the CPU time charged to the request so far.
func (rc *RequestContext) CPU() time.Duration { return time.Duration(rc.cpu.Load()) }

// Boot creates the runtime, installs the APIs, evaluates the bundle and
// finds the handler. A *BootError says why a function cannot start.
func Boot(ctx context.Context, cfg Config) (*Worker, error) {
	start := time.Now()
	if cfg.Events == nil {
		cfg.Events = events.Discard
	}
	if cfg.Client == nil {
		cfg.Client = http.DefaultClient
	}
	if cfg.BootTimeout == 0 {
		cfg.BootTimeout = 10 * time.Second
	}
	if cfg.Limits == (limits.Limits{}) {
		cfg.Limits = limits.Free()
	}
	if err := cfg.Limits.Validate(); err != nil {
		return nil, err
	}
	if cfg.Source == nil {
		cfg.Source = emptyFS{}
	}
	sb, err := sandbox.New(cfg.TmpParent, cfg.Function, cfg.Source, cfg.Limits.TmpQuota)
	if err != nil {
		return nil, err
	}
	w := &Worker{
		cfg: cfg, rt: jsrt.New(), closed: make(chan struct{}), stopWatch: make(chan struct{}),
		sandbox: sb, limits: cfg.Limits,
		active: map[*RequestContext]struct{}{}, warned: map[limits.Reason]bool{}, pending: map[*pendingTask]struct{}{},
	}
	rt := w.rt
	rt.OnError = w.uncaught
	rt.OnUnhandledRejection = w.unhandledRejection
	rt.OnCPU = w.chargeCPU

	for _, install := range w.installers() {
		if err := install(rt); err != nil {
			rt.Stop("install failed")
			sb.Close()
			return nil, fmt.Errorf("worker %s: install web APIs: %w", cfg.Function, err)
		}
	}
	rt.Start()
	go w.watch()

	nsCh := make(chan bootResult, 1)
	if err := rt.Sync(func() error {
		v, err := rt.VM().RunProgram(cfg.Bundle.Program)
		if err != nil {
			nsCh <- bootResult{err: err}
			return nil
		}
		p, ok := jsrt.AsPromise(v)
		if !ok {
			nsCh <- bootResult{ns: v}
			return nil
		}
		return w.then(p, func(ns goja.Value) { nsCh <- bootResult{ns: ns} },
			func(reason goja.Value) { nsCh <- bootResult{err: &jsrt.ThrownError{Value: reason}} })
	}); err != nil {
		rt.Stop("boot failed")
		return nil, w.bootError(err)
	}
	var res bootResult
	select {
	case res = <-nsCh:
	case <-time.After(cfg.BootTimeout):
		res.err = fmt.Errorf("module evaluation did not finish within %s (a top-level await that never settles?)", cfg.BootTimeout)
	case <-ctx.Done():
		res.err = ctx.Err()
	}
	if res.err != nil {
		err := w.bootError(res.err)
		w.abortBoot()
		return nil, err
	}
	var findErr error
	_ = rt.Sync(func() error {
		findErr = w.findHandler(res.ns)
		if findErr == nil {
			denoapi.EndInit(rt)
			w.dispatch("Event", "load", nil)
		}
		return nil
	})
	if findErr != nil {
		w.abortBoot()
		return nil, findErr
	}
	w.booted = time.Now()
	w.bootTook = time.Since(start)
	if cfg.Memory != nil {
		cfg.Memory.Add(w)
	}
	go w.wallClock()
	w.emit("", events.WorkerBoot, events.Fields{"ms": ms(w.bootTook), "bundle": cfg.Bundle.Hash, "policy": string(w.limits.Policy)})
	return w, nil
}

// abortBoot releases what a failed boot made.
func (w *Worker) abortBoot() {
	close(w.stopWatch)
	w.rt.Stop("boot failed")
	w.sandbox.Close()
}

type emptyFS struct{}

func (emptyFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

type bootResult struct {
	ns  goja.Value
	err error
}

func (w *Worker) installers() []jsrt.Installer {
	cfg := w.cfg
	return []jsrt.Installer{
		timers.Install,
		guards.Install(w.limits.Memory),
		dom.Install,
		console.Install(w.log),
		globals.Install,
		encoding.Install,
		url.Install,
		streams.Install,
		compression.Install,
		crypto.Install,
		fetch.Install(fetch.Options{Client: cfg.Client, OnFetch: w.onFetch, SpillDir: cfg.TmpParent, MemoryPressure: w.memoryPressure}),
		websocket.Install(websocket.Options{
			Dial:         cfg.Dial,
			OnEvent:      w.onSocketEvent,
			OnOpenChange: func(d int) { w.sockets.Add(int64(d)) },
		}),
		denoapi.Install(denoapi.Options{
			Env:         cfg.Env,
			Hostname:    cfg.Hostname,
			Port:        cfg.Port,
			MainModule:  "file:///" + cfg.Function + "/index.ts",
			OnWaitUntil: w.waitUntil,
			MemoryUsage: w.memoryUsage,
		}),
		w.installUpgrade,
		w.installServeInfo,
		denoapi.InstallFS(denoapi.FSOptions{
			Sandbox: w.sandbox,
			OnWrite: func(path string, written, size int64) {
				w.emit(w.requestID(), events.TmpWrite, events.Fields{"path": path, "bytes": written, "size": size})
			},
			OnRemove: func(path string, size int64) {
				w.emit(w.requestID(), events.TmpRemove, events.Fields{"path": path, "bytes": size})
			},
		}),
	}
}

func (w *Worker) findHandler(ns goja.Value) error {
	if s := denoapi.Served(w.rt); s != nil {
		w.server, w.onError = s, s.OnError
		return w.setHandler(s.Handler, goja.Undefined())
	}
	if obj, ok := ns.(*goja.Object); ok {
		if def, ok := obj.Get("default").(*goja.Object); ok {
			f := def.Get("fetch")
			if _, ok := goja.AssertFunction(f); ok {
				return w.setHandler(f, def)
			}
		}
	}
	return &BootError{
		Function: w.cfg.Function,
		Message:  "the function never called Deno.serve() and has no `export default { fetch }`: there is no handler to serve requests",
	}
}

// setHandler makes callHandler for the handler and its receiver.
func (w *Worker) setHandler(handler, this goja.Value) error {
	v, err := w.makeCaller(goja.Undefined(), handler, this, fetch.InspectFunc(w.rt))
	if err != nil {
		return err
	}
	w.callHandler, _ = goja.AssertFunction(v)
	return nil
}

// then attaches settle callbacks to a promise. Loop goroutine only.
func (w *Worker) then(p *goja.Promise, onOK, onErr func(goja.Value)) error {
	vm := w.rt.VM()
	thenFn, _ := goja.AssertFunction(vm.ToValue(p).(*goja.Object).Get("then"))
	_, err := thenFn(vm.ToValue(p), vm.ToValue(onOK), vm.ToValue(onErr))
	return err
}

// ID is the worker's id.
func (w *Worker) ID() string { return w.cfg.ID }

// Function is the function's name.
func (w *Worker) Function() string { return w.cfg.Function }

// BundleHash identifies the code the worker runs.
func (w *Worker) BundleHash() string { return w.cfg.Bundle.Hash }

// BootTook is how long Boot took.
func (w *Worker) BootTook() time.Duration { return w.bootTook }

// Inflight is the number of requests being served.
func (w *Worker) Inflight() int { return int(w.inflight.Load()) }

// Tasks is the number of unsettled EdgeRuntime.waitUntil promises.
func (w *Worker) Tasks() int { return int(w.tasks.Load()) }

// Runtime exposes the worker's runtime (for the supervisor's limits).
func (w *Worker) Runtime() *jsrt.Runtime { return w.rt }

// Done is closed when the worker has shut down.
func (w *Worker) Done() <-chan struct{} { return w.closed }

// Close stops the worker now (no beforeunload) and emits worker.shutdown.
func (w *Worker) Close(reason limits.Reason) {
	w.closeOnce.Do(func() {
		w.closeReason.Store(reason)
		w.state.Store(int32(Closed))
		close(w.stopWatch)
		w.onLoop(func() {
			websocket.CloseAll(w.rt, gws.CloseGoingAway, "worker shutting down: "+string(reason))
			w.dispatch("Event", "unload", nil)
			denoapi.CloseFiles(w.rt)
		})
		w.rt.Stop(string(reason))
		w.endPendingTasks(reason)
		if w.cfg.Memory != nil {
			w.cfg.Memory.Remove(w)
		}
		w.sandbox.Close()
		w.emit("", events.WorkerShutdown, events.Fields{
			"reason": string(reason), "requests": w.requests.Load(), "uptimeMs": ms(time.Since(w.booted)),
		})
		close(w.closed)
	})
}

func (w *Worker) emit(request string, typ events.Type, f events.Fields) {
	w.cfg.Events.Emit(events.Event{Function: w.cfg.Function, Worker: w.cfg.ID, Request: request, Type: typ, Fields: f})
}

// requestID is the request the running JS code belongs to (loop only).
func (w *Worker) requestID() string {
	if rc, ok := w.rt.Context().(*RequestContext); ok {
		return rc.ID
	}
	return ""
}

func (w *Worker) log(level, message string) {
	w.emit(w.requestID(), events.Log, events.Fields{"level": level, "message": message})
}

// memoryPressure reports whether the worker holds over half its memory
// limit (Blobs then spill to disk early).
func (w *Worker) memoryPressure() bool {
	limit := w.MemoryLimit()
	return w.cfg.Memory != nil && limit > 0 && w.cfg.Memory.Charged(w) > limit/2
}

func (w *Worker) onFetch(fi fetch.FetchInfo) {
	f := events.Fields{"method": fi.Method, "url": fi.URL, "status": fi.Status, "ms": ms(fi.Duration)}
	if fi.Err != nil {
		f["error"] = fi.Err.Error()
	}
	w.emit(w.requestID(), events.Fetch, f)
}

func (w *Worker) waitUntil(p *goja.Promise) {
	req := w.requestID()
	rc, _ := w.rt.Context().(*RequestContext)
	if rc != nil {
		w.enter(rc)
	}
	w.tasks.Add(1)
	start := time.Now()
	w.emit(req, events.TaskStart, nil)
	t := &pendingTask{request: req, start: start}
	w.mu.Lock()
	w.pending[t] = struct{}{}
	w.mu.Unlock()
	done := func(errVal goja.Value) {
		if !w.endTask(t) {
			return // the worker's shutdown already ended it
		}
		w.tasks.Add(-1)
		if rc != nil {
			w.leave(rc)
		}
		f := events.Fields{"ms": ms(time.Since(start)), "ok": errVal == nil}
		if errVal != nil {
			info := ErrorInfoOf(w.rt, errVal)
			f["error"], f["stack"], f["location"] = info.Message, info.Stack, info.Location
		}
		w.emit(req, events.TaskEnd, f)
	}
	if err := w.then(p, func(goja.Value) { done(nil) }, func(v goja.Value) { done(v) }); err != nil {
		done(w.rt.ErrorValue(err))
	}
}

// pendingTask is a waitUntil promise not yet settled.
type pendingTask struct {
	request string
	start   time.Time
}

// endTask forgets t; false if it was already ended.
func (w *Worker) endTask(t *pendingTask) bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, ok := w.pending[t]; !ok {
		return false
	}
	delete(w.pending, t)
	return true
}

// endPendingTasks gives every background task still running when the
// worker stops its task.end, failed with the reason: the timeline never
// shows a task that started and never ended.
func (w *Worker) endPendingTasks(reason limits.Reason) {
	w.mu.Lock()
	left := make([]*pendingTask, 0, len(w.pending))
	for t := range w.pending {
		left = append(left, t)
	}
	clear(w.pending)
	w.mu.Unlock()
	for _, t := range left {
		w.tasks.Add(-1)
		w.emit(t.request, events.TaskEnd, events.Fields{
			"ms": ms(time.Since(t.start)), "ok": false,
			"error": "the worker stopped before the task finished (" + string(reason) + ")",
		})
	}
}

func (w *Worker) unhandledRejection(p *goja.Promise) {
	reason := p.Result()
	ev, err := dom.NewEvent(w.rt, "PromiseRejectionEvent", "unhandledrejection",
		map[string]any{"promise": p, "reason": reason, "cancelable": true})
	if err == nil {
		if notCanceled, err := dom.DispatchGlobal(w.rt, ev); err == nil && !notCanceled {
			return // the function handled it (ev.preventDefault())
		}
	}
	w.emitError(reason, "Uncaught (in promise) ")
}

func (w *Worker) emitError(v goja.Value, prefix string) {
	info := ErrorInfoOf(w.rt, v)
	w.emit(w.requestID(), events.Error, events.Fields{
		"message": prefix + info.Message, "stack": info.Stack, "location": info.Location,
	})
}

func (w *Worker) bootError(err error) error {
	var be *BootError
	if errors.As(err, &be) {
		return be
	}
	if reason, ok := limitOf(err); ok {
		return &BootError{Function: w.cfg.Function, Message: fmt.Sprintf("module initialisation exceeded the %s limit", reason)}
	}
	var info ErrorInfo
	_ = w.rt.Sync(func() error { info = ErrorInfoOf(w.rt, w.rt.ErrorValue(err)); return nil })
	if info.Message == "" {
		info = ErrorInfo{Message: err.Error()}
	}
	return &BootError{Function: w.cfg.Function, Message: info.Message, Stack: info.Stack, Location: info.Location}
}

// BootError is why a function could not start (503 BOOT_ERROR).
type BootError struct {
	Function string
	Message  string
	Stack    string
	Location string // file:line:col in the user's code, when known
}

func (e *BootError) Error() string {
	if e.Location != "" {
		return fmt.Sprintf("boot %s: %s (at %s)", e.Function, e.Message, e.Location)
	}
	return fmt.Sprintf("boot %s: %s", e.Function, e.Message)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// --- serving ---

// Request is one HTTP request for the function.
type Request struct {
	ID string
	// URL is what the function sees as req.url.
	URL  string
	HTTP *http.Request
}

// Path is the path (and query) the function sees, as events report it.
func (r Request) Path() string { return pathOf(r.URL) }

type handlerResult struct {
	resp    *fetch.GoResponse
	err     goja.Value    // a thrown value when the handler failed
	ierr    error         // an engine failure
	limit   limits.Reason // the worker hit a limit before the handler answered
	idle    bool          // the handler did not answer within the idle timeout
	upgrade *upgradeSlot  // the handler returned Deno.upgradeWebSocket's response
}

// ServeHTTP runs the handler for one request and writes its response.
func (w *Worker) ServeHTTP(rw http.ResponseWriter, req Request) {
	w.inflight.Add(1)
	w.requests.Add(1)
	defer w.inflight.Add(-1)
	start := time.Now()
	listening := events.Listening(w.cfg.Events)
	if listening {
		w.emit(req.ID, events.RequestStart, events.Fields{"method": req.HTTP.Method, "path": req.Path()})
	}
	rc := &RequestContext{ID: req.ID}
	w.enter(rc)
	defer w.leave(rc)
	resCh := make(chan handlerResult, 1)
	hooks := &reqHooks{}
	ok := w.rt.EnqueueIn(rc, func() error {
		w.invoke(req, resCh, hooks)
		return nil
	})
	var res handlerResult
	idle := time.NewTimer(w.limits.RequestIdle)
	defer idle.Stop()
	if !ok {
		res.limit = w.CloseReason()
		if res.limit == "" {
			res.ierr = errors.New("worker is shutting down")
		}
	} else {
		select {
		case res = <-resCh:
		case <-w.closed:
			select {
			case res = <-resCh: // answered just before the end
			default:
				res.limit = w.CloseReason()
			}
		case <-idle.C:
			res.idle = true
		case <-req.HTTP.Context().Done():
			res.ierr = req.HTTP.Context().Err()
			hooks.abort()
		}
	}
	status, written := w.write(rw, req, res, hooks.abort)
	completed := hooks.finish() // the response is out: a disconnect no longer aborts req.signal
	if completed != nil {
		w.rt.Enqueue(func() error { completed(); return nil })
	}
	if !listening {
		return
	}
	f := events.Fields{"status": status, "ms": ms(time.Since(start)), "bytes": written, "cpuMs": ms(rc.CPU())}
	if res.limit != "" {
		f["limit"] = string(res.limit)
	}
	w.emit(req.ID, events.RequestEnd, f)
}

// invoke calls the handler on the loop and arranges for the result to reach
// resCh. It returns the function that resolves `info.completed`.
// reqHooks are set by invoke on the loop and used by ServeHTTP, which may
// stop waiting for the loop (timeout, shutdown): hence the lock.
type reqHooks struct {
	mu        sync.Mutex
	abortReq  func() // aborts req.signal (the client went away)
	aborted   bool   // abort was asked for before abortReq was set
	completed func() // resolves info.completed (set once the handler read it)
	written   bool   // the response is out: completed resolves at once
}

// wantCompleted registers the resolver of info.completed; false if the
// response is already out.
func (h *reqHooks) wantCompleted(resolve func()) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.written {
		return false
	}
	h.completed = resolve
	return true
}

// setAbort sets what aborts req.signal; it runs at once if the client
// left already.
func (h *reqHooks) setAbort(abort func()) {
	h.mu.Lock()
	h.abortReq = abort
	now := h.aborted
	h.mu.Unlock()
	if now {
		abort()
	}
}

// abort aborts req.signal unless the response is out. Any goroutine.
func (h *reqHooks) abort() {
	h.mu.Lock()
	if h.written {
		h.mu.Unlock()
		return
	}
	h.aborted = true
	abort := h.abortReq
	h.mu.Unlock()
	if abort != nil {
		abort()
	}
}

// finish marks the response written and returns the hooks to run.
func (h *reqHooks) finish() (completed func()) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.written = true
	return h.completed
}

func (w *Worker) invoke(req Request, resCh chan<- handlerResult, hooks *reqHooks) {
	vm := w.rt.VM()
	jsReq, abort, err := fetch.NewRequest(w.rt, req.HTTP, req.URL)
	if err != nil {
		resCh <- handlerResult{ierr: fmt.Errorf("build request: %w", err)}
		return
	}
	hooks.setAbort(abort) // (ServeHTTP's select aborts it when the client leaves)
	untrack := w.trackUpgrade(jsReq, req)
	if untrack != nil {
		out := make(chan handlerResult, 1)
		final := resCh
		resCh = out
		go func() {
			// forget the upgradeable request once the handler settled
			select {
			case res := <-out:
				w.rt.Enqueue(func() error { untrack(); return nil })
				final <- res
			case <-w.closed:
			}
		}()
	}
	host, port := splitHostPort(req.HTTP.RemoteAddr)

	settle := func(v goja.Value, thrown goja.Value) {
		if thrown != nil {
			if w.onError != nil {
				alt, err := w.onError(goja.Undefined(), thrown)
				if err == nil {
					w.emitError(thrown, "")
					w.settleValue(alt, resCh, thrown)
					return
				}
				w.emitError(w.rt.ErrorValue(err), "onError: ")
			}
			resCh <- handlerResult{err: thrown}
			return
		}
		w.settleValue(v, resCh, nil)
	}
	v, err := w.callHandler(goja.Undefined(), jsReq, vm.ToValue(host), vm.ToValue(port), w.rt.Handle(hooks), vm.ToValue(untrack != nil))
	if _, ok := limitOf(err); ok {
		return // the worker is being stopped: the request answers 546
	}
	if err != nil {
		settle(nil, w.rt.ErrorValue(err))
	} else if o, ok := v.(*goja.Object); ok && o == w.handed {
		resp, err := fetch.Inspected(w.rt)
		w.sendResponse(resCh, resp, err)
	} else if p, ok := jsrt.AsPromise(v); ok {
		if err := w.then(p, func(v goja.Value) { settle(v, nil) }, func(r goja.Value) { settle(nil, r) }); err != nil {
			settle(nil, w.rt.ErrorValue(err))
		}
	} else {
		settle(v, nil)
	}
}

// settleValue turns what the handler (or onError) produced into a Go response.
// A promise is awaited (onError may be async).
func (w *Worker) settleValue(v goja.Value, resCh chan<- handlerResult, original goja.Value) {
	if p, ok := jsrt.AsPromise(v); ok {
		_ = w.then(p, func(v goja.Value) { w.settleValue(v, resCh, original) },
			func(r goja.Value) { resCh <- handlerResult{err: r} })
		return
	}
	if slot := w.upgradeFor(v); slot != nil {
		resCh <- handlerResult{upgrade: slot}
		return
	}
	resp, err := fetch.ResponseFromJS(w.rt, v)
	w.sendResponse(resCh, resp, err)
}

// sendResponse sends a converted response, or the conversion's error as
// the handler's TypeError.
func (w *Worker) sendResponse(resCh chan<- handlerResult, resp *fetch.GoResponse, err error) {
	if err != nil {
		resCh <- handlerResult{err: w.rt.ErrorValue(jsrt.TypeErrorf("%s", errMessage(err)))}
		return
	}
	resCh <- handlerResult{resp: resp}
}

func errMessage(err error) string {
	var je *jsrt.Error
	if errors.As(err, &je) {
		return je.Message
	}
	return err.Error()
}

// write sends the result to the client and returns status and body bytes.
// A client that leaves while a streamed body is written aborts req.signal.
func (w *Worker) write(rw http.ResponseWriter, req Request, res handlerResult, abort func()) (int, int64) {
	if res.limit != "" {
		w.emit(req.ID, events.Error, events.Fields{"message": "WORKER_LIMIT: the worker was stopped (" + string(res.limit) + ") before the handler answered"})
		return writeJSONError(rw, 546, "WORKER_LIMIT",
			"Function failed due to not having enough compute resources (please check logs): "+string(res.limit)+" limit", "")
	}
	if res.idle {
		return writeJSONError(rw, http.StatusGatewayTimeout, "IDLE_TIMEOUT",
			fmt.Sprintf("the function did not answer within the request idle timeout (%s)", w.limits.RequestIdle), "")
	}
	if res.ierr != nil {
		return writeJSONError(rw, http.StatusServiceUnavailable, "WORKER_ERROR", res.ierr.Error(), "")
	}
	if res.upgrade != nil {
		return w.finishUpgrade(rw, req, res.upgrade)
	}
	if res.err != nil {
		var info ErrorInfo
		if err := w.rt.Sync(func() error { info = ErrorInfoOf(w.rt, res.err); return nil }); err != nil {
			info.Message = "handler failed"
		}
		w.emit(req.ID, events.Error, events.Fields{"message": "Uncaught " + info.Message, "stack": info.Stack, "location": info.Location})
		return writeJSONError(rw, http.StatusInternalServerError, "WORKER_ERROR", info.Message, info.Location)
	}
	resp := res.resp
	h := rw.Header()
	for k, vs := range resp.Header {
		h[k] = vs
	}
	if resp.Size >= 0 && resp.Body != nil && h.Get("Content-Length") == "" {
		h.Set("Content-Length", strconv.FormatInt(resp.Size, 10))
	}
	rw.WriteHeader(resp.Status)
	if resp.Body == nil {
		return resp.Status, 0
	}
	defer resp.Body.Close()
	if req.HTTP.Method == http.MethodHead {
		return resp.Status, 0
	}
	if resp.Size < 0 {
		stop := context.AfterFunc(req.HTTP.Context(), abort)
		defer stop()
	}
	n, _ := copyFlushing(rw, resp.Body, resp.Size < 0)
	return resp.Status, n
}

// copyFlushing copies body to rw; a streamed body is flushed chunk by chunk
// so the client sees each write as the function makes it.
func copyFlushing(rw http.ResponseWriter, body io.Reader, flush bool) (int64, error) {
	if !flush {
		// a body of known bytes: no buffer, no per-chunk flush
		return io.Copy(rw, body)
	}
	rc := http.NewResponseController(rw)
	bp := copyBuffers.Get().(*[]byte)
	defer copyBuffers.Put(bp)
	buf := *bp
	var total int64
	for {
		n, err := body.Read(buf)
		if n > 0 {
			if _, werr := rw.Write(buf[:n]); werr != nil {
				return total, werr
			}
			total += int64(n)
			if flush {
				_ = rc.Flush()
			}
		}
		if err == io.EOF {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

// copyBuffers recycles the buffers of streamed responses.
var copyBuffers = sync.Pool{New: func() any { b := make([]byte, 32<<10); return &b }}

// writeJSONError answers with the Supabase-style error body.
func writeJSONError(rw http.ResponseWriter, status int, code, message, location string) (int, int64) {
	body := map[string]string{"code": code, "message": message}
	if location != "" {
		body["location"] = location
	}
	b, _ := json.Marshal(body)
	rw.Header().Set("Content-Type", "application/json")
	rw.WriteHeader(status)
	n, _ := rw.Write(b)
	return status, int64(n)
}

// WriteBootError answers 503 BOOT_ERROR for a function that cannot start.
func WriteBootError(rw http.ResponseWriter, err error) (int, int64) {
	var be *BootError
	var bue *bundle.Error
	switch {
	case errors.As(err, &be):
		return writeJSONError(rw, http.StatusServiceUnavailable, "BOOT_ERROR", be.Message, be.Location)
	case errors.As(err, &bue):
		return writeJSONError(rw, http.StatusServiceUnavailable, "BOOT_ERROR", bue.Message,
			fmt.Sprintf("%s:%d:%d", bue.File, bue.Line, bue.Column))
	}
	var bues bundle.Errors
	if errors.As(err, &bues) && len(bues) > 0 {
		first := bues[0]
		return writeJSONError(rw, http.StatusServiceUnavailable, "BOOT_ERROR", err.Error(),
			fmt.Sprintf("%s:%d:%d", first.File, first.Line, first.Column))
	}
	return writeJSONError(rw, http.StatusServiceUnavailable, "BOOT_ERROR", err.Error(), "")
}

func pathOf(u string) string {
	for i := 0; i+2 < len(u); i++ {
		if u[i] == '/' && u[i+1] == '/' {
			rest := u[i+2:]
			for j := 0; j < len(rest); j++ {
				if rest[j] == '/' {
					return rest[j:]
				}
			}
			return "/"
		}
	}
	return u
}

func splitHostPort(addr string) (string, int) {
	h, p, err := net.SplitHostPort(addr)
	if err != nil {
		return addr, 0
	}
	port, _ := strconv.Atoi(p)
	return h, port
}
