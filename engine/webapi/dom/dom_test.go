package dom_test

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
)

// Expected values were checked against Deno 2.9.
func TestDOM(t *testing.T) {
	r := jstest.New(t, timers.Install, dom.Install)
	cases := []struct{ name, src, want string }{
		// EventTarget
		{"listener order and once", `const t = new EventTarget(); const out = [];
			t.addEventListener("x", () => out.push("a"), { once: true });
			t.addEventListener("x", { handleEvent: () => out.push("b") });
			t.dispatchEvent(new Event("x")); t.dispatchEvent(new Event("x")); return out.join("");`, "abb"},
		{"duplicate listener ignored", `const t = new EventTarget(); let n = 0; const f = () => n++;
			t.addEventListener("x", f); t.addEventListener("x", f); t.addEventListener("x", f, { once: true });
			t.dispatchEvent(new Event("x")); return String(n);`, "1"},
		{"capture is part of identity", `const t = new EventTarget(); let n = 0; const f = () => n++;
			t.addEventListener("x", f); t.addEventListener("x", f, true); t.dispatchEvent(new Event("x"));
			t.removeEventListener("x", f, { capture: true }); t.dispatchEvent(new Event("x")); return String(n);`, "3"},
		{"remove listener", `const t = new EventTarget(); let n = 0; const f = () => n++;
			t.addEventListener("x", f); t.removeEventListener("x", f); t.dispatchEvent(new Event("x")); return String(n);`, "0"},
		{"removed during dispatch does not run", `const t = new EventTarget(); const out = []; const b = () => out.push("b");
			t.addEventListener("x", () => { out.push("a"); t.removeEventListener("x", b); }); t.addEventListener("x", b);
			t.dispatchEvent(new Event("x")); return out.join("");`, "a"},
		{"added during dispatch waits", `const t = new EventTarget(); const out = [];
			t.addEventListener("x", () => { out.push(1); t.addEventListener("x", () => out.push(3)); });
			t.addEventListener("x", () => out.push(2)); t.dispatchEvent(new Event("x")); return out.join(",");`, "1,2"},
		{"this and handleEvent this", `const t = new EventTarget(); let a, b; const h = { handleEvent() { b = this === h; } };
			t.addEventListener("x", function () { a = this === t; }); t.addEventListener("x", h); t.dispatchEvent(new Event("x")); return a + ":" + b;`, "true:true"},
		{"preventDefault", `const t = new EventTarget(); t.addEventListener("x", (e) => e.preventDefault());
			return String(t.dispatchEvent(new Event("x", { cancelable: true }))) + String(t.dispatchEvent(new Event("x")));`, "falsetrue"},
		{"passive ignores preventDefault", `const t = new EventTarget(); t.addEventListener("x", (e) => e.preventDefault(), { passive: true });
			return String(t.dispatchEvent(new Event("x", { cancelable: true })));`, "true"},
		{"returnValue", `const e = new Event("q", { cancelable: true }); e.returnValue = false; return e.defaultPrevented + ":" + e.returnValue;`, "true:false"},
		{"stopImmediatePropagation", `const t = new EventTarget(); const out = [];
			t.addEventListener("x", (e) => { out.push(1); e.stopImmediatePropagation(); }); t.addEventListener("x", () => out.push(2));
			t.dispatchEvent(new Event("x")); return out.join("");`, "1"},
		{"cancelBubble", `const e = new Event("x"); const a = e.cancelBubble; e.cancelBubble = true; return a + ":" + e.cancelBubble;`, "false:true"},
		{"target and phase", `const t = new EventTarget(); let s = "";
			t.addEventListener("x", (e) => { s = (e.target === t) + ":" + (e.srcElement === t) + ":" + e.eventPhase + ":" + e.type + ":" + e.composedPath().length; });
			const e = new Event("x"); t.dispatchEvent(e); return s + ":" + e.eventPhase + ":" + (e.currentTarget === null);`, "true:true:2:x:1:0:true"},
		{"redispatch during dispatch", `const t = new EventTarget(); const ev = new Event("x"); let m = "";
			t.addEventListener("x", () => { try { t.dispatchEvent(ev); } catch (e) { m = e.name + ": " + e.message; } });
			t.dispatchEvent(ev); return m;`, "InvalidStateError: Invalid event state"},
		{"event init and defaults", `const e = new Event("x", { bubbles: 1, cancelable: true, composed: "y" });
			return [e.bubbles, e.cancelable, e.composed, e.defaultPrevented, e.isTrusted, e.timeStamp, new Event(undefined).type, new Event("x", 5).bubbles].join(",");`,
			"true,true,true,false,false,0,undefined,false"},
		{"event constants", `return [Event.NONE, Event.AT_TARGET, new Event("x").BUBBLING_PHASE, Event.length, CustomEvent.length].join(",");`, "0,2,3,1,1"},
		{"no own properties", `return Object.getOwnPropertyNames(new Event("x")).length + ":" + Object.getOwnPropertySymbols(new CustomEvent("x")).length + ":" + Reflect.ownKeys(new EventTarget()).length;`, "0:0:0"},
		{"toStringTag", `return [new Event("x"), new CustomEvent("x"), new EventTarget(), new AbortController(), new AbortController().signal, new DOMException()].map((v) => Object.prototype.toString.call(v)).join(",");`,
			"[object Event],[object CustomEvent],[object EventTarget],[object AbortController],[object AbortSignal],[object DOMException]"},
		{"global descriptors", `return ["Event", "EventTarget", "AbortController", "DOMException", "addEventListener", "reportError"].map((k) => { const d = Object.getOwnPropertyDescriptor(globalThis, k); return [d.enumerable, d.writable, d.configurable].join("/"); }).join(",");`,
			"false/true/true,false/true/true,false/true/true,false/true/true,false/true/true,false/true/true"},
		{"illegal invocation", `const out = [];
			for (const f of [() => Event.prototype.type, () => EventTarget.prototype.addEventListener.call({}, "x", () => {}), () => CustomEvent.prototype.detail,
				() => Object.getOwnPropertyDescriptor(CustomEvent.prototype, "detail").get.call(new Event("x")), () => DOMException.prototype.code,
				() => AbortSignal.prototype.aborted, () => Object.getOwnPropertyDescriptor(AbortController.prototype, "signal").get.call({})]) {
				try { f(); out.push("no throw"); } catch (e) { out.push(e.message); }
			}
			return out.join(",");`, "Illegal invocation,Illegal invocation,Illegal invocation,Illegal invocation,Illegal invocation,Illegal invocation,Illegal invocation"},
		{"argument errors", `const out = [];
			for (const f of [() => new Event(), () => new CustomEvent(), () => new EventTarget().addEventListener("x"), () => new EventTarget().dispatchEvent({}),
				() => new AbortSignal(), () => AbortSignal.timeout(-1), () => AbortSignal.any([1]), () => new EventTarget().addEventListener("x", () => {}, { signal: {} })]) {
				try { f(); out.push("no throw"); } catch (e) { out.push(e.name + ": " + e.message); }
			}
			return out.join("\n");`, strings.Join([]string{
			"TypeError: Failed to construct 'Event': 1 argument required, but only 0 present",
			"TypeError: Failed to construct 'CustomEvent': 1 argument required, but only 0 present",
			"TypeError: Failed to execute 'addEventListener' on 'EventTarget': 2 arguments required, but only 1 present",
			"TypeError: Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'",
			"TypeError: Illegal constructor",
			"TypeError: Failed to execute 'AbortSignal.timeout': Argument 1 is outside the accepted range of 0 to 9007199254740991, inclusive",
			"TypeError: Failed to execute 'AbortSignal.any': Argument 1, index 0 is not of type AbortSignal",
			"TypeError: Failed to execute 'addEventListener' on 'EventTarget': member signal is not of type AbortSignal",
		}, "\n")},
		{"non-callable listener ignored", `const t = new EventTarget(); t.addEventListener("x", 5); t.addEventListener("x", null); return String(t.dispatchEvent(new Event("x")));`, "true"},
		// globalThis as EventTarget
		{"custom event detail", `let d; addEventListener("beforeunload", (e) => { d = e.detail.reason; });
			dispatchEvent(new CustomEvent("beforeunload", { detail: { reason: "cpu" } })); return d;`, "cpu"},
		{"global on-handler", `let n = 0; globalThis.onload = () => n++; dispatchEvent(new Event("load")); globalThis.onload = null; dispatchEvent(new Event("load")); return String(n) + ":" + onload;`, "1:null"},
		{"handler keeps its place", `const c = new AbortController(); const out = [];
			c.signal.onabort = () => out.push("h1"); c.signal.addEventListener("abort", () => out.push("l")); c.signal.onabort = () => out.push("h2");
			c.abort(); return out.join(",");`, "h2,l"},
		{"handler return value ignored", `const c = new AbortController(); c.signal.onabort = () => false;
			return String(c.signal.dispatchEvent(new Event("abort", { cancelable: true })));`, "true"},
		{"global handler attributes", `return ["onload", "onunload", "onbeforeunload", "onunhandledrejection", "onerror"].map((k) => k in globalThis && globalThis[k] === null).join(",");`, "true,true,true,true,true"},
		{"signal removes listener", `const t = new EventTarget(); const c = new AbortController(); let n = 0;
			t.addEventListener("x", () => n++, { signal: c.signal }); t.dispatchEvent(new Event("x")); c.abort(); t.dispatchEvent(new Event("x")); return String(n);`, "1"},
		{"aborted signal adds nothing", `const t = new EventTarget(); let n = 0;
			t.addEventListener("x", () => n++, { signal: AbortSignal.abort() }); t.dispatchEvent(new Event("x")); return String(n);`, "0"},
		// errors in listeners
		{"listener error does not stop others", `const t = new EventTarget(); let ok = false; let reported = "";
			const h = (e) => { reported = e.message + "|" + e.error.message + "|" + e.cancelable + "|" + (e instanceof ErrorEvent); e.preventDefault(); };
			addEventListener("error", h);
			t.addEventListener("x", () => { throw new Error("bad listener"); }); t.addEventListener("x", () => { ok = true; });
			t.dispatchEvent(new Event("x")); removeEventListener("error", h); return ok + ":" + reported;`, "true:Uncaught Error: bad listener|bad listener|true|true"},
		{"reportError location", `let f; const h = (e) => { f = [e.filename, e.lineno > 0, e.colno > 0, e.message].join("|"); e.preventDefault(); };
			addEventListener("error", h); reportError(new TypeError("t")); removeEventListener("error", h); return f;`, "<eval>|true|true|Uncaught TypeError: t"},
		// AbortController / AbortSignal
		{"abort reason default", `const c = new AbortController(); let fired = 0, trusted; c.signal.onabort = (e) => { fired++; trusted = e.isTrusted; };
			c.abort(); c.abort(); return c.signal.aborted + ":" + c.signal.reason.name + ":" + c.signal.reason.message + ":" + (c.signal.reason instanceof DOMException) + ":" + fired + ":" + trusted;`,
			"true:AbortError:The signal has been aborted:true:1:true"},
		{"abort custom reason", `const c = new AbortController(); c.abort("why"); try { c.signal.throwIfAborted(); } catch (e) { return e; }`, "why"},
		{"abort null reason", `return String(AbortSignal.abort(null).reason);`, "null"},
		{"AbortSignal.abort", `const s = AbortSignal.abort(); return s.aborted + s.reason.name;`, "trueAbortError"},
		{"AbortSignal.timeout", `const s = AbortSignal.timeout(10); await new Promise((r) => s.onabort = r); return s.reason.name + ":" + s.reason.code + ":" + s.reason.message;`, "TimeoutError:23:Signal timed out."},
		{"AbortSignal.any", `const a = new AbortController(), b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]);
			let n = 0; s.onabort = () => n++; b.abort("second"); a.abort("first"); return s.aborted + ":" + s.reason + ":" + n;`, "true:second:1"},
		{"AbortSignal.any already aborted", `const s = AbortSignal.any([new AbortController().signal, AbortSignal.abort("r")]); return s.aborted + ":" + s.reason;`, "true:r"},
		{"AbortSignal.any empty", `return String(AbortSignal.any([]).aborted);`, "false"},
		{"AbortSignal.any of any", `const c = new AbortController(); const s = AbortSignal.any([AbortSignal.any([c.signal])]); c.abort("deep"); return s.reason;`, "deep"},
		{"AbortSignal statics", `return Object.getOwnPropertyNames(AbortSignal).sort().join(",");`, "abort,any,length,name,prototype,timeout"},
		// DOMException
		{"DOMException", `const e = new DOMException("nope", "NotFoundError");
			return [e.name, e.message, e.code, e instanceof Error, DOMException.ABORT_ERR, e.NOT_FOUND_ERR, DOMException.VALIDATION_ERR, String(e), Object.keys(e).length].join("|");`,
			"NotFoundError|nope|8|true|20|8|16|NotFoundError: nope|0"},
		{"DOMException defaults", `const e = new DOMException(); return [e.name, JSON.stringify(e.message), e.code, DOMException.length, String(new DOMException("a"))].join("|");`, `Error|""|0|0|Error: a`},
		{"DOMException options", `const e = new DOMException("m", { name: "DataError", cause: 1 }); return e.name + e.cause + e.code;`, "DataError10"},
		{"DOMException stack", `const e = new DOMException("m", "AbortError"); return e.stack.split("\n")[0];`, "AbortError: m"},
		// subclasses
		{"error event fields", `const e = new ErrorEvent("error", { message: "m", lineno: 3 }); return e.message + e.lineno + e.filename + e.colno + e.error;`, "m30undefined"},
		{"close event", `const e = new CloseEvent("close", { code: 1000, reason: "bye", wasClean: true }); return e.code + e.reason + e.wasClean + new CloseEvent("c").code;`, "1000byetrue0"},
		{"message event", `const m = new MessageEvent("message"); return String(new MessageEvent("message", { data: { a: 1 } }).data.a) + m.data + m.origin + m.ports.length + m.source + Object.isFrozen(m.ports);`, "1null0nulltrue"},
		{"promise rejection event", `const p = Promise.resolve(); const e = new PromiseRejectionEvent("unhandledrejection", { promise: p, reason: 2, cancelable: true }); return (e.promise === p) + ":" + e.reason + ":" + e.cancelable;`, "true:2:true"},
		{"progress event", `const e = new ProgressEvent("p", { loaded: 5, total: 10, lengthComputable: true }); return [e.loaded, e.total, e.lengthComputable].join();`, "5,10,true"},
		{"custom event default detail", `return String(new CustomEvent("x").detail) + ":" + (new CustomEvent("x") instanceof Event);`, "null:true"},
		{"user subclass", `class My extends Event { constructor() { super("my", { cancelable: true }); this.extra = 1; } }
			const t = new EventTarget(); let got; t.addEventListener("my", (e) => { got = e.extra + ":" + (e instanceof My); e.preventDefault(); });
			return got + ":" + t.dispatchEvent(new My()) + ":" + got;`, "undefined:false:1:true"},
		{"class shapes", `class F extends Event { f = 2; } const m = new MessageEvent("m");
			return [Object.getPrototypeOf(Event) === Function.prototype, Object.getPrototypeOf(Event.prototype) === Object.prototype,
				Object.getPrototypeOf(MessageEvent) === Event, Object.getPrototypeOf(m) === MessageEvent.prototype, m.constructor === MessageEvent,
				new Event("x").constructor === Event, Event.name, new F("x").f, new F("x").type, new F("x") instanceof F, Object.getOwnPropertyNames(new F("x")).join()].join(",");`,
			"true,true,true,true,true,true,Event,2,x,true,f"},
		{"new.target without a prototype object", `function F() {} F.prototype = 5; const e = Reflect.construct(Event, ["x"], F);
			return (Object.getPrototypeOf(e) === Event.prototype) + ":" + e.type;`, "true:x"},
		{"user EventTarget subclass", `class Emitter extends EventTarget { ping() { this.dispatchEvent(new CustomEvent("ping", { detail: 3 })); } }
			const e = new Emitter(); let d; e.addEventListener("ping", (ev) => d = ev.detail); e.ping(); return String(d);`, "3"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := jstest.Eval(t, r, tc.src)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			if s, _ := got.(string); s != tc.want {
				t.Fatalf("got %v, want %q", got, tc.want)
			}
		})
	}
}

// A listener error nobody cancels reaches the runtime's OnError; the
// dispatch itself goes on.
func TestUnhandledListenerError(t *testing.T) {
	var mu sync.Mutex
	var reported []error
	r := jsrt.New()
	if err := dom.Install(r); err != nil {
		t.Fatal(err)
	}
	r.OnError = func(err error) {
		mu.Lock()
		reported = append(reported, err)
		mu.Unlock()
	}
	r.Start()
	defer r.Stop("done")
	got := jstest.MustEval(t, r, `const t = new EventTarget(); let ok = false;
		t.addEventListener("x", () => { throw new RangeError("loud"); }); t.addEventListener("x", () => { ok = true; });
		t.dispatchEvent(new Event("x")); reportError("plain"); return ok;`)
	if got != true {
		t.Fatalf("second listener did not run: %v", got)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(reported) != 2 {
		t.Fatalf("reported %d errors: %v", len(reported), reported)
	}
	var thrown *jsrt.ThrownError
	if !errors.As(reported[0], &thrown) || !strings.Contains(reported[0].Error(), "RangeError: loud") {
		t.Fatalf("first report = %v", reported[0])
	}
	if reported[1].Error() != "plain" {
		t.Fatalf("second report = %v", reported[1])
	}
}

func TestGoAPI(t *testing.T) {
	r := jstest.New(t, timers.Install, dom.Install)
	jstest.MustEval(t, r, `globalThis.log = []; addEventListener("beforeunload", (e) => { log.push(e.detail.reason + ":" + e.cancelable + ":" + e.isTrusted); e.preventDefault(); });
		addEventListener("unhandledrejection", (e) => log.push("rej:" + e.reason));`)
	err := r.Sync(func() error {
		ev, err := dom.NewEvent(r, "CustomEvent", "beforeunload", map[string]any{"cancelable": true, "detail": map[string]any{"reason": "cpu"}})
		if err != nil {
			return err
		}
		notCanceled, err := dom.DispatchGlobal(r, ev)
		if err != nil {
			return err
		}
		if notCanceled {
			return errors.New("beforeunload was not canceled")
		}
		ev, err = dom.NewEvent(r, "PromiseRejectionEvent", "unhandledrejection", map[string]any{"reason": "boom", "cancelable": true})
		if err != nil {
			return err
		}
		if notCanceled, err = dom.DispatchGlobal(r, ev); err != nil || !notCanceled {
			return errors.New("unhandledrejection: unexpected result")
		}
		if _, err := dom.NewEvent(r, "NoSuchEvent", "x", nil); err == nil {
			return errors.New("unknown class accepted")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := jstest.MustEval(t, r, `return log.join(",")`); got != "cpu:true:false,rej:boom" {
		t.Fatalf("log = %v", got)
	}

	// AbortSignal helpers
	var fired []string
	var remove func()
	err = r.Sync(func() error {
		s, err := dom.NewAbortSignal(r)
		if err != nil {
			return err
		}
		if !dom.IsAbortSignal(r, s) || dom.IsAbortSignal(r, r.VM().ToValue(1)) || dom.IsAbortSignal(r, nil) {
			return errors.New("IsAbortSignal wrong")
		}
		if _, err := dom.OnAbort(r, r.VM().NewObject(), func(goja.Value) {}); err == nil {
			return errors.New("OnAbort accepted a non-signal")
		}
		remove, err = dom.OnAbort(r, s, func(reason goja.Value) { fired = append(fired, "a:"+reason.String()) })
		if err != nil {
			return err
		}
		rm2, err := dom.OnAbort(r, s, func(reason goja.Value) { fired = append(fired, "removed") })
		if err != nil {
			return err
		}
		rm2()
		r.VM().Set("goSignal", s)
		if err := dom.Abort(r, s, r.VM().ToValue("stop")); err != nil {
			return err
		}
		if err := dom.Abort(r, s, nil); err != nil { // second abort: no-op
			return err
		}
		// already aborted: called at once
		_, err = dom.OnAbort(r, s, func(reason goja.Value) { fired = append(fired, "late:"+reason.String()) })
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	remove()
	if strings.Join(fired, ",") != "a:stop,late:stop" {
		t.Fatalf("fired = %v", fired)
	}
	if got := jstest.MustEval(t, r, `return goSignal.aborted + ":" + goSignal.reason`); got != "true:stop" {
		t.Fatalf("signal = %v", got)
	}
}

// A pending AbortSignal.timeout does not keep the loop busy.
func TestTimeoutUnref(t *testing.T) {
	r := jstest.New(t, timers.Install, dom.Install)
	jstest.MustEval(t, r, `globalThis.sig = AbortSignal.timeout(60000);`)
	deadline := time.Now().Add(2 * time.Second)
	for r.Pending() != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("loop still has %d pending items", r.Pending())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestNotInstalled(t *testing.T) {
	r := jsrt.New()
	if _, err := dom.NewEvent(r, "Event", "x", nil); err == nil {
		t.Fatal("NewEvent without Install succeeded")
	}
	if _, err := dom.DispatchGlobal(r, goja.Undefined()); err == nil {
		t.Fatal("DispatchGlobal without Install succeeded")
	}
}

// FireMessage dispatches what dispatchEvent(new MessageEvent("message",
// { data, origin })) does: same event fields, listeners, order, once,
// handleEvent, stopImmediatePropagation, reported errors. DefineHandler
// gives a native class on<event> attributes.
func TestFireMessage(t *testing.T) {
	r := jstest.New(t, timers.Install, dom.Install)
	var fire, define goja.Value
	if err := r.Sync(func() error {
		var err error
		if fire, err = dom.FireMessage(r); err != nil {
			return err
		}
		if define, err = dom.DefineHandler(r); err != nil {
			return err
		}
		r.VM().Set("fireMessage", fire)
		r.VM().Set("defineHandler", define)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	got := jstest.MustEval(t, r, `
		class Native extends EventTarget {}
		defineHandler(Native.prototype, "message");
		const run = (deliver) => {
			const t = new Native(); const log = [];
			const describe = (e) => [e.type, e.data, e.origin, e.lastEventId, String(e.source), e.ports.length, Object.isFrozen(e.ports),
				e.isTrusted, e.bubbles, e.cancelable, e.eventPhase, e.target === t, e.currentTarget === t, e instanceof MessageEvent,
				Object.getPrototypeOf(e) === MessageEvent.prototype, Object.getOwnPropertyNames(e).length].join("|");
			t.onmessage = function (e) { log.push("handler " + (this === t) + " " + describe(e)); };
			t.addEventListener("message", () => log.push("once"), { once: true });
			t.addEventListener("message", { handleEvent(e) { log.push("object " + (this !== t)); } });
			t.addEventListener("message", () => { throw new Error("listener failed"); });
			t.addEventListener("message", (e) => { log.push("stop"); if (e.data === "second") e.stopImmediatePropagation(); });
			t.addEventListener("message", (e) => { log.push("last"); e.preventDefault(); });
			let ev;
			t.addEventListener("message", (e) => { ev = e; });
			const errors = [];
			const onError = (e) => { errors.push(e.error.message); e.preventDefault(); };
			addEventListener("error", onError);
			log.push("returned " + deliver(t, "first"));
			log.push("after " + ev.eventPhase + " " + (ev.currentTarget === null) + " " + ev.defaultPrevented);
			t.onmessage = (e) => log.push("handler2");
			log.push("returned " + deliver(t, "second"));
			t.onmessage = null;
			deliver(t, "third");
			removeEventListener("error", onError);
			return log.join("\n") + "\nerrors " + errors.join(",");
		};
		const viaFire = run((t, data) => fireMessage(t, data, "ws://host"));
		const viaDispatch = run((t, data) => t.dispatchEvent(new MessageEvent("message", { data, origin: "ws://host" })));
		if (viaFire !== viaDispatch) return "differ:\n" + viaFire + "\n--- dispatchEvent:\n" + viaDispatch;
		return viaFire + "\n" + [Native.prototype.onmessage, new Native().onmessage].join(",");`)
	want := strings.Join([]string{
		"handler true message|first|ws://host||null|0|true|false|false|false|2|true|true|true|true|0",
		"once",
		"object true",
		"stop",
		"last",
		"returned true",
		"after 0 true false",
		"handler2",
		"object true",
		"stop",
		"returned true",
		"object true",
		"stop",
		"last",
		"errors listener failed,listener failed,listener failed",
		",",
	}, "\n")
	if got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}
