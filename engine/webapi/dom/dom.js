// DOMException, Event and its subclasses, EventTarget (globalThis is one),
// AbortController / AbortSignal — the DOM Standard's event model as Deno
// implements it, without the tree (no capture/bubble path: targets here
// have no parents).
(function (native) {
  "use strict";
  const def = (obj, name, value) =>
    Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
  const illegal = () => new TypeError("Illegal invocation");

  // --- DOMException ---
  const codes = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
    SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
    QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  class DOMException extends Error {
    #name;
    #code;
    constructor(message = "", options = "Error") {
      super(String(message));
      let name = options;
      if (options !== null && typeof options === "object") {
        name = "name" in options ? options.name : "Error";
        if ("cause" in options) def(this, "cause", options.cause);
      }
      this.#name = String(name);
      this.#code = codes[this.#name] ?? 0;
    }
    get name() { return this.#name; }
    get code() { return this.#code; }
    get [Symbol.toStringTag]() { return "DOMException"; }
  }
  for (const [name, code] of Object.entries(codes)) {
    const key = name.replace(/Error$/, "").replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase() + "_ERR";
    Object.defineProperty(DOMException, key, { value: code, enumerable: true });
    Object.defineProperty(DOMException.prototype, key, { value: code, enumerable: true });
  }

  // --- Event ---
  const NONE = 0, CAPTURING_PHASE = 1, AT_TARGET = 2, BUBBLING_PHASE = 3;
  const kState = Symbol("eventState");
  class Event {
    constructor(type, init = {}) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'Event': 1 argument required, but only 0 present.");
      if (init !== null && typeof init !== "object" && init !== undefined) throw new TypeError("Event init must be an object");
      init = init || {};
      this[kState] = {
        type: String(type), bubbles: !!init.bubbles, cancelable: !!init.cancelable, composed: !!init.composed,
        canceled: false, stop: false, stopImmediate: false, target: null, currentTarget: null,
        phase: NONE, dispatching: false, inPassive: false, timeStamp: native.now(), isTrusted: false,
      };
    }
    #s() {
      const s = this[kState];
      if (!s) throw illegal();
      return s;
    }
    get type() { return this.#s().type; }
    get bubbles() { return this.#s().bubbles; }
    get cancelable() { return this.#s().cancelable; }
    get composed() { return this.#s().composed; }
    get defaultPrevented() { return this.#s().canceled; }
    get target() { return this.#s().target; }
    get currentTarget() { return this.#s().currentTarget; }
    get srcElement() { return this.#s().target; }
    get eventPhase() { return this.#s().phase; }
    get timeStamp() { return this.#s().timeStamp; }
    get isTrusted() { return this.#s().isTrusted; }
    get returnValue() { return !this.#s().canceled; }
    set returnValue(v) { if (!v) this.preventDefault(); }
    get cancelBubble() { return this.#s().stop; }
    set cancelBubble(v) { if (v) this.#s().stop = true; }
    composedPath() { const s = this.#s(); return s.dispatching && s.currentTarget ? [s.currentTarget] : []; }
    preventDefault() { const s = this.#s(); if (s.cancelable && !s.inPassive) s.canceled = true; }
    stopPropagation() { this.#s().stop = true; }
    stopImmediatePropagation() { const s = this.#s(); s.stop = true; s.stopImmediate = true; }
    initEvent(type, bubbles = false, cancelable = false) {
      const s = this.#s();
      if (s.dispatching) return;
      Object.assign(s, { type: String(type), bubbles: !!bubbles, cancelable: !!cancelable, canceled: false, stop: false, stopImmediate: false });
    }
    get [Symbol.toStringTag]() { return "Event"; }
  }
  for (const [k, v] of Object.entries({ NONE, CAPTURING_PHASE, AT_TARGET, BUBBLING_PHASE })) {
    Object.defineProperty(Event, k, { value: v, enumerable: true });
    Object.defineProperty(Event.prototype, k, { value: v, enumerable: true });
  }
  Object.defineProperty(Event.prototype, kState, { value: undefined, writable: true, enumerable: false });

  // Event subclasses keep their init members in one hidden record (one
  // allocation per event, not a property definition per member).
  const kFields = Symbol("fields");
  const eventClass = (name, fields, defaults = {}) => {
    const cls = {
      [name]: class extends Event {
        constructor(type, init = {}) {
          if (arguments.length === 0) throw new TypeError(`Failed to construct '${name}': 1 argument required, but only 0 present.`);
          super(type, init);
          init = init || {};
          const rec = {};
          for (let i = 0; i < fields.length; i++) {
            const f = fields[i];
            const v = f in init ? init[f] : defaults[f];
            rec[f] = v === undefined ? null : v;
          }
          this[kFields] = rec;
        }
        get [Symbol.toStringTag]() { return name; }
      },
    }[name];
    for (const f of fields) {
      Object.defineProperty(cls.prototype, f, {
        get() { const rec = this[kFields]; if (!rec || !(this instanceof cls)) throw illegal(); return rec[f]; },
        enumerable: true, configurable: true,
      });
    }
    return cls;
  };
  const CustomEvent = eventClass("CustomEvent", ["detail"]);
  const ErrorEvent = eventClass("ErrorEvent", ["message", "filename", "lineno", "colno", "error"], { message: "", filename: "", lineno: 0, colno: 0 });
  const PromiseRejectionEvent = eventClass("PromiseRejectionEvent", ["promise", "reason"]);
  const CloseEvent = eventClass("CloseEvent", ["wasClean", "code", "reason"], { wasClean: false, code: 0, reason: "" });
  const MessageEvent = eventClass("MessageEvent", ["data", "origin", "lastEventId", "source", "ports"], { origin: "", lastEventId: "", ports: [] });
  const ProgressEvent = eventClass("ProgressEvent", ["lengthComputable", "loaded", "total"], { lengthComputable: false, loaded: 0, total: 0 });
  def(CustomEvent.prototype, "initCustomEvent", function (type, bubbles, cancelable, detail) {
    this.initEvent(type, bubbles, cancelable);
    this[kFields].detail = detail ?? null;
  });

  // --- EventTarget ---
  const kListeners = Symbol("listeners");
  const listenersOf = (target) => {
    if (target === undefined || target === null) target = globalThis;
    let map = target[kListeners];
    if (!map) {
      map = new Map();
      Object.defineProperty(target, kListeners, { value: map, enumerable: false });
    }
    return map;
  };
  const flatten = (options) => typeof options === "boolean" ? { capture: options } : (options || {});

  function reportException(e) {
    if (typeof globalThis.reportError === "function") globalThis.reportError(e);
    else native.report(e);
  }

  class EventTarget {
    constructor() { listenersOf(this); }
    addEventListener(type, callback, options) {
      const target = this ?? globalThis;
      if (arguments.length < 2) throw new TypeError(`Failed to execute 'addEventListener' on 'EventTarget': 2 arguments required, but only ${arguments.length} present.`);
      if (callback === null || callback === undefined) return;
      if (typeof callback !== "function" && typeof callback !== "object") throw new TypeError("The listener must be a function or an object with handleEvent");
      const o = flatten(options);
      const signal = o.signal;
      if (signal !== undefined && signal !== null && signal.aborted) return;
      const map = listenersOf(target);
      type = String(type);
      let list = map.get(type);
      if (!list) map.set(type, list = []);
      const capture = !!o.capture;
      if (list.some((l) => l.callback === callback && l.capture === capture)) return;
      const entry = { callback, capture, once: !!o.once, passive: !!o.passive, removed: false };
      list.push(entry);
      if (signal) signal.addEventListener("abort", () => target.removeEventListener(type, callback, o));
    }
    removeEventListener(type, callback, options) {
      const target = this ?? globalThis;
      const list = listenersOf(target).get(String(type));
      if (!list) return;
      const capture = !!flatten(options).capture;
      const i = list.findIndex((l) => l.callback === callback && l.capture === capture);
      if (i >= 0) {
        list[i].removed = true;
        list.splice(i, 1);
      }
    }
    dispatchEvent(event) {
      const target = this ?? globalThis;
      if (!(event instanceof Event)) throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
      const s = event[kState];
      if (s.dispatching) throw new DOMException("The event is already being dispatched.", "InvalidStateError");
      s.dispatching = true;
      s.target = target;
      s.currentTarget = target;
      s.phase = AT_TARGET;
      const list = listenersOf(target).get(s.type);
      if (list) {
        // a lone listener needs no snapshot (removal cannot skip anyone)
        for (const l of list.length === 1 ? [list[0]] : list.slice()) {
          if (l.removed) continue;
          if (l.once) target.removeEventListener(s.type, l.callback, l);
          s.inPassive = l.passive;
          try {
            if (typeof l.callback === "function") l.callback.call(target, event);
            else if (typeof l.callback.handleEvent === "function") l.callback.handleEvent(event);
          } catch (e) {
            reportException(e);
          }
          s.inPassive = false;
          if (s.stopImmediate) break;
        }
      }
      s.dispatching = false;
      s.phase = NONE;
      s.currentTarget = null;
      s.stop = false;
      s.stopImmediate = false;
      return !s.canceled;
    }
    get [Symbol.toStringTag]() { return "EventTarget"; }
  }

  // on<event> handler properties backed by listeners.
  const defineHandler = (obj, name) => {
    const handlers = new WeakMap();
    Object.defineProperty(obj, "on" + name, {
      get() { return handlers.get(this ?? globalThis)?.fn ?? null; },
      set(fn) {
        const target = this ?? globalThis;
        const prev = handlers.get(target);
        if (prev) target.removeEventListener(name, prev.listener);
        if (typeof fn !== "function") { handlers.delete(target); return; }
        const entry = { fn, listener: (ev) => {
          const r = entry.fn.call(target, ev);
          if (name === "error" && r === true) ev.preventDefault();
        } };
        handlers.set(target, entry);
        target.addEventListener(name, entry.listener);
      },
      enumerable: true, configurable: true,
    });
  };

  // --- AbortSignal / AbortController ---
  const kAbort = Symbol("abort");
  const kSignal = Symbol("signal");
  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    constructor(key) {
      if (key !== kSignal) throw new TypeError("Illegal constructor.");
      super();
    }
    get aborted() { return this.#aborted; }
    get reason() { return this.#reason; }
    throwIfAborted() { if (this.#aborted) throw this.#reason; }
    [kAbort](reason) {
      if (this.#aborted) return;
      this.#aborted = true;
      this.#reason = reason === undefined ? new DOMException("The signal has been aborted", "AbortError") : reason;
      this.dispatchEvent(new Event("abort"));
    }
    static abort(reason) {
      const s = new AbortSignal(kSignal);
      s[kAbort](reason);
      return s;
    }
    static timeout(ms) {
      ms = Number(ms);
      if (!(ms >= 0)) throw new TypeError("AbortSignal.timeout: milliseconds must be a non-negative number");
      const s = new AbortSignal(kSignal);
      const id = setTimeout(() => s[kAbort](new DOMException("Signal timed out.", "TimeoutError")), ms);
      native.unrefTimer(id);
      return s;
    }
    static any(signals) {
      const s = new AbortSignal(kSignal);
      for (const sig of signals) {
        if (!(sig instanceof AbortSignal)) throw new TypeError("AbortSignal.any: every item must be an AbortSignal");
        if (sig.aborted) { s[kAbort](sig.reason); return s; }
      }
      for (const sig of signals) sig.addEventListener("abort", () => s[kAbort](sig.reason), { once: true });
      return s;
    }
    get [Symbol.toStringTag]() { return "AbortSignal"; }
  }
  defineHandler(AbortSignal.prototype, "abort");
  class AbortController {
    #signal = new AbortSignal(kSignal);
    get signal() { return this.#signal; }
    abort(reason) { this.#signal[kAbort](reason); }
    get [Symbol.toStringTag]() { return "AbortController"; }
  }

  // --- globals ---
  for (const [name, value] of Object.entries({
    DOMException, Event, EventTarget, CustomEvent, ErrorEvent, PromiseRejectionEvent, CloseEvent,
    MessageEvent, ProgressEvent, AbortController, AbortSignal,
  })) def(globalThis, name, value);

  // globalThis is an EventTarget, as in Deno (addEventListener("beforeunload", ...)).
  listenersOf(globalThis);
  for (const m of ["addEventListener", "removeEventListener", "dispatchEvent"]) {
    def(globalThis, m, EventTarget.prototype[m]);
  }
  for (const name of ["load", "unload", "beforeunload", "unhandledrejection", "rejectionhandled", "error"]) {
    defineHandler(globalThis, name);
  }

  // reportError: an `error` event on globalThis; unhandled → the runtime.
  def(globalThis, "reportError", function reportError(error) {
    const ev = new ErrorEvent("error", {
      message: error instanceof Error ? error.message : String(error), error, cancelable: true,
    });
    if (globalThis.dispatchEvent(ev)) native.report(error);
  });

  return {
    newEvent(cls, type, init) {
      const C = { Event, CustomEvent, ErrorEvent, PromiseRejectionEvent, CloseEvent, MessageEvent, ProgressEvent }[cls];
      if (!C) throw new TypeError("unknown event class " + cls);
      const ev = new C(type, init);
      ev[kState].isTrusted = true;
      return ev;
    },
    dispatchGlobal(ev) { return globalThis.dispatchEvent(ev); },
  };
})
