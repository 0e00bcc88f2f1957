package dom_test

import (
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
)

func TestDOM(t *testing.T) {
	r := jstest.New(t, timers.Install, dom.Install)
	cases := []struct{ name, src, want string }{
		{"listener order and once", `const t = new EventTarget(); const out = [];
			t.addEventListener("x", () => out.push("a"), { once: true });
			t.addEventListener("x", { handleEvent: () => out.push("b") });
			t.dispatchEvent(new Event("x")); t.dispatchEvent(new Event("x")); return out.join("");`, "abb"},
		{"duplicate listener ignored", `const t = new EventTarget(); let n = 0; const f = () => n++;
			t.addEventListener("x", f); t.addEventListener("x", f); t.dispatchEvent(new Event("x")); return String(n);`, "1"},
		{"preventDefault", `const t = new EventTarget(); t.addEventListener("x", (e) => e.preventDefault());
			return String(t.dispatchEvent(new Event("x", { cancelable: true }))) + String(t.dispatchEvent(new Event("x")));`, "falsetrue"},
		{"passive ignores preventDefault", `const t = new EventTarget(); t.addEventListener("x", (e) => e.preventDefault(), { passive: true });
			return String(t.dispatchEvent(new Event("x", { cancelable: true })));`, "true"},
		{"stopImmediatePropagation", `const t = new EventTarget(); const out = [];
			t.addEventListener("x", (e) => { out.push(1); e.stopImmediatePropagation(); }); t.addEventListener("x", () => out.push(2));
			t.dispatchEvent(new Event("x")); return out.join("");`, "1"},
		{"target and phase", `const t = new EventTarget(); let s = "";
			t.addEventListener("x", (e) => { s = (e.target === t) + ":" + e.eventPhase + ":" + e.type; });
			const e = new Event("x"); t.dispatchEvent(e); return s + ":" + e.eventPhase + ":" + (e.currentTarget === null);`, "true:2:x:0:true"},
		{"custom event detail", `let d; addEventListener("beforeunload", (e) => { d = e.detail.reason; });
			dispatchEvent(new CustomEvent("beforeunload", { detail: { reason: "cpu" } })); return d;`, "cpu"},
		{"global on-handler", `let n = 0; globalThis.onload = () => n++; dispatchEvent(new Event("load")); globalThis.onload = null; dispatchEvent(new Event("load")); return String(n);`, "1"},
		{"signal removes listener", `const t = new EventTarget(); const c = new AbortController(); let n = 0;
			t.addEventListener("x", () => n++, { signal: c.signal }); t.dispatchEvent(new Event("x")); c.abort(); t.dispatchEvent(new Event("x")); return String(n);`, "1"},
		{"listener error does not stop others", `const t = new EventTarget(); let ok = false; let reported = "";
			addEventListener("error", (e) => { reported = e.message; e.preventDefault(); });
			t.addEventListener("x", () => { throw new Error("bad listener"); }); t.addEventListener("x", () => { ok = true; });
			t.dispatchEvent(new Event("x")); return ok + ":" + reported;`, "true:bad listener"},
		{"abort reason default", `const c = new AbortController(); let fired = 0; c.signal.onabort = () => fired++;
			c.abort(); c.abort(); return c.signal.aborted + ":" + c.signal.reason.name + ":" + (c.signal.reason instanceof DOMException) + ":" + fired;`, "true:AbortError:true:1"},
		{"abort custom reason", `const c = new AbortController(); c.abort("why"); try { c.signal.throwIfAborted(); } catch (e) { return e; }`, "why"},
		{"AbortSignal.abort", `const s = AbortSignal.abort(); return s.aborted + s.reason.name;`, "trueAbortError"},
		{"AbortSignal.timeout", `const s = AbortSignal.timeout(10); await new Promise((r) => s.onabort = r); return s.reason.name + ":" + s.reason.code;`, "TimeoutError:23"},
		{"AbortSignal.any", `const a = new AbortController(), b = new AbortController(); const s = AbortSignal.any([a.signal, b.signal]);
			b.abort("second"); return s.aborted + ":" + s.reason;`, "true:second"},
		{"illegal AbortSignal", `try { new AbortSignal(); } catch (e) { return e.name; }`, "TypeError"},
		{"DOMException", `const e = new DOMException("nope", "NotFoundError");
			return [e.name, e.message, e.code, e instanceof Error, DOMException.ABORT_ERR, Object.prototype.toString.call(e)].join("|");`, "NotFoundError|nope|8|true|20|[object DOMException]"},
		{"DOMException options", `const e = new DOMException("m", { name: "DataError", cause: 1 }); return e.name + e.cause;`, "DataError1"},
		{"error event fields", `const e = new ErrorEvent("error", { message: "m", lineno: 3 }); return e.message + e.lineno + e.filename + e.colno;`, "m30"},
		{"close event", `const e = new CloseEvent("close", { code: 1000, reason: "bye", wasClean: true }); return e.code + e.reason + e.wasClean;`, "1000byetrue"},
		{"message event", `return String(new MessageEvent("message", { data: { a: 1 } }).data.a) + new MessageEvent("message").data;`, "1null"},
		{"event needs type", `try { new Event(); } catch (e) { return e.name; }`, "TypeError"},
		{"dispatch non-event", `try { new EventTarget().dispatchEvent({}); } catch (e) { return e.name; }`, "TypeError"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := jstest.MustEval(t, r, tc.src)
			if s, _ := got.(string); s != tc.want {
				t.Fatalf("got %v, want %q", got, tc.want)
			}
		})
	}
}
