package worker

import (
	"sync"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// The handler's second argument, as in Deno: no own properties, remoteAddr
// and completed as getters on the prototype. Both are made on first use:
// most handlers never read them, and a promise costs ~3 KB in goja. Only
// when a handler reads `completed` does the worker resolve it after the
// response is written (otherwise there is nothing to resolve, and no task
// to queue per request).
var serveInfoScript = jsrt.NewScript("edgeplay:serve-info", `(function (native) {
  "use strict";
  class ServeHandlerInfo {
    #host; #port; #id; #completed = null;
    constructor(host, port, id) { this.#host = host; this.#port = port; this.#id = id; }
    // a new object on every read, as in Deno
    get remoteAddr() { return { transport: "tcp", hostname: this.#host, port: this.#port }; }
    get completed() {
      if (this.#completed === null) {
        let resolve;
        this.#completed = new Promise((r) => { resolve = r; });
        native.completedWanted(this.#id, resolve);
      }
      return this.#completed;
    }
  }
  return (host, port, id) => new ServeHandlerInfo(host, port, id);
})`)

// serveInfos makes the info objects and tracks the requests whose
// `completed` may still be asked for.
type serveInfos struct {
	make goja.Callable
	mu   sync.Mutex
	next int64
	open map[int64]*reqHooks // requests not yet written
}

func (w *Worker) installServeInfo(r *jsrt.Runtime) error {
	si := &serveInfos{open: map[int64]*reqHooks{}}
	v, err := serveInfoScript.Call(r, map[string]any{
		"completedWanted": func(id int64, resolve goja.Callable) {
			si.mu.Lock()
			h := si.open[id]
			si.mu.Unlock()
			if h == nil || !h.wantCompleted(func() { _, _ = resolve(goja.Undefined()) }) {
				_, _ = resolve(goja.Undefined()) // the response is already out
			}
		},
	})
	if err != nil {
		return err
	}
	si.make, _ = goja.AssertFunction(v)
	w.infos = si
	return nil
}

// newInfo makes the info object for a request. Loop goroutine. A request
// whose response is already out (ServeHTTP stopped waiting) is not
// tracked: its completed resolves at once.
func (si *serveInfos) newInfo(vm *goja.Runtime, host string, port int, h *reqHooks) (goja.Value, error) {
	si.mu.Lock()
	si.next++
	id := si.next
	h.mu.Lock()
	if !h.written {
		h.infoID = id
		si.open[id] = h
	}
	h.mu.Unlock()
	si.mu.Unlock()
	return si.make(goja.Undefined(), vm.ToValue(host), vm.ToValue(port), vm.ToValue(id))
}

// written forgets a request once its response is out.
func (si *serveInfos) written(id int64) {
	si.mu.Lock()
	delete(si.open, id)
	si.mu.Unlock()
}
