package worker

import (
	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// The handler's second argument, as in Deno: no own properties, remoteAddr
// and completed as getters on the prototype. `completed` is made on first
// use: most handlers never read it, and a promise costs ~3 KB in goja.
// Only when a handler reads it does the worker resolve it after the
// response is written (otherwise there is nothing to resolve, and no task
// to queue per request).
//
// The script returns the function that calls the handler with a new info:
// making the info and calling the handler is one call from Go.
var serveInfoScript = jsrt.NewScript("edgeplay:serve-info", `(function (native) {
  "use strict";
  class ServeHandlerInfo {
    #host; #port; #hooks; #completed;
    constructor(host, port, hooks) { this.#host = host; this.#port = port; this.#hooks = hooks; }
    // a new object on every read, as in Deno
    get remoteAddr() { return { transport: "tcp", hostname: this.#host, port: this.#port }; }
    get completed() {
      if (this.#completed === undefined) {
        let resolve;
        this.#completed = new Promise((r) => { resolve = r; });
        native.completedWanted(this.#hooks, resolve);
        this.#hooks = null;
      }
      return this.#completed;
    }
  }
  // A Response returned at once is handed to Go here (inspect, from
  // fetch), in the same call from Go as the handler: the call returns
  // handed. Anything else goes back as it is (a promise; a Response inspect
  // refused, such as an upgrade's, which Go looks at again).
  const handed = Object.freeze({});
  const done = (v, inspect) => {
    if (inspect !== null && v instanceof Response) {
      try { inspect(v); return handed; } catch (e) { /* Go reports it */ }
    }
    return v;
  };
  // the handler is called from here, not through .call, when it has no
  // receiver: one frame fewer under the user's in a stack trace
  // (keep is set for a request that may be upgraded: its Response may be
  // the upgrade's, which Go recognises)
  const make = (handler, self, inspect) => self === undefined
    ? (req, host, port, hooks, keep) => done(handler(req, new ServeHandlerInfo(host, port, hooks)), keep ? null : inspect)
    : (req, host, port, hooks, keep) => done(handler.call(self, req, new ServeHandlerInfo(host, port, hooks)), keep ? null : inspect);
  return { make, handed };
})`)

// installServeInfo makes w.makeCaller, which findHandler turns into
// w.callHandler.
func (w *Worker) installServeInfo(r *jsrt.Runtime) error {
	v, err := serveInfoScript.Call(r, map[string]any{
		"completedWanted": func(v goja.Value, resolve goja.Callable) {
			hooks, _ := jsrt.HandleOf(v).(*reqHooks)
			if hooks == nil || !hooks.wantCompleted(func() { _, _ = resolve(goja.Undefined()) }) {
				_, _ = resolve(goja.Undefined()) // the response is already out
			}
		},
	})
	if err != nil {
		return err
	}
	o := v.(*goja.Object)
	w.makeCaller, _ = goja.AssertFunction(o.Get("make"))
	w.handed, _ = o.Get("handed").(*goja.Object)
	return nil
}
