// DOMException, Event and its subclasses, EventTarget (globalThis is one),
// reportError, AbortController / AbortSignal — the DOM Standard's event
// model as Deno implements it, without the tree: targets have no parents,
// so dispatch is AT_TARGET only (as for every target in Deno).
(function (native) {
  "use strict";
  const def = (obj, name, value) =>
    Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
  const illegal = () => new TypeError("Illegal invocation");
  const privateInspect = Symbol.for("Deno.privateCustomInspect");
  const setTag = (cls, tag) =>
    Object.defineProperty(cls.prototype, Symbol.toStringTag, { value: tag, configurable: true });

  // Deno prints platform objects as "Name { key: value, ... }" for a fixed
  // list of attributes: build a plain object of a class with that name.
  const shapes = new Map();
  function inspectAs(obj, keys, inspect, options) {
    const name = (obj.constructor && obj.constructor.name) || "Object";
    let Shape = shapes.get(name);
    if (!Shape) {
      Shape = { [name]: class {} }[name];
      shapes.set(name, Shape);
    }
    const view = new Shape();
    for (const k of keys) view[k] = obj[k];
    return inspect(view, options);
  }

  // --- DOMException ---
  const codes = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
    SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
    QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  const legacyConstants = {
    INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3, WRONG_DOCUMENT_ERR: 4,
    INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6, NO_MODIFICATION_ALLOWED_ERR: 7, NOT_FOUND_ERR: 8,
    NOT_SUPPORTED_ERR: 9, INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11, SYNTAX_ERR: 12,
    INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15, VALIDATION_ERR: 16,
    TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19, ABORT_ERR: 20, URL_MISMATCH_ERR: 21,
    QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23, INVALID_NODE_TYPE_ERR: 24, DATA_CLONE_ERR: 25,
  };
  let domState;
  class DOMException extends Error {
    #name;
    #message;
    #code;
    constructor(message = "", options = "Error") {
      super();
      // Deno keeps message/name/code in slots behind prototype getters.
      delete this.message;
      this.#message = String(message);
      let name = options;
      if (options !== null && typeof options === "object") {
        name = options.name === undefined ? "Error" : options.name;
        if ("cause" in options) def(this, "cause", options.cause);
      }
      this.#name = String(name);
      this.#code = codes[this.#name] ?? 0;
    }
    static {
      domState = (e, field) => {
        if (e === null || typeof e !== "object" || !(#name in e)) throw illegal();
        return field === "name" ? e.#name : field === "message" ? e.#message : e.#code;
      };
    }
    get name() { return domState(this, "name"); }
    get message() { return domState(this, "message"); }
    get code() { return domState(this, "code"); }
  }
  Object.defineProperty(DOMException, "length", { value: 0 });
  setTag(DOMException, "DOMException");
  for (const [key, code] of Object.entries(legacyConstants)) {
    Object.defineProperty(DOMException, key, { value: code, enumerable: true });
    Object.defineProperty(DOMException.prototype, key, { value: code, enumerable: true });
  }

  // --- Event ---
  const NONE = 0, CAPTURING_PHASE = 1, AT_TARGET = 2, BUBBLING_PHASE = 3;
  let stateOf;
  const eventKeys = ["bubbles", "cancelable", "composed", "currentTarget", "defaultPrevented", "eventPhase",
    "srcElement", "target", "returnValue", "timeStamp", "type"];
  const dict = (init) => (init !== null && typeof init === "object" ? init : {});
  class Event {
    #s;
    constructor(type, init = undefined) {
      if (arguments.length === 0) {
        throw new TypeError("Failed to construct 'Event': 1 argument required, but only 0 present");
      }
      init = dict(init);
      // One record per event: the dispatch loop touches nothing else.
      this.#s = {
        type: String(type), bubbles: !!init.bubbles, cancelable: !!init.cancelable, composed: !!init.composed,
        canceled: false, stop: false, stopImmediate: false, target: null, currentTarget: null,
        phase: NONE, dispatching: false, inPassive: false, isTrusted: false, fields: null, fieldsOf: null,
      };
    }
    static {
      stateOf = (e) => {
        if (e === null || typeof e !== "object" || !(#s in e)) throw illegal();
        return e.#s;
      };
    }
    get type() { return stateOf(this).type; }
    get bubbles() { return stateOf(this).bubbles; }
    get cancelable() { return stateOf(this).cancelable; }
    get composed() { return stateOf(this).composed; }
    get defaultPrevented() { return stateOf(this).canceled; }
    get target() { return stateOf(this).target; }
    get currentTarget() { return stateOf(this).currentTarget; }
    get srcElement() { return stateOf(this).target; }
    get eventPhase() { return stateOf(this).phase; }
    // Deno reports 0 (no high-resolution origin for events).
    get timeStamp() { stateOf(this); return 0; }
    get isTrusted() { return stateOf(this).isTrusted; }
    get returnValue() { return !stateOf(this).canceled; }
    set returnValue(v) { if (!v) this.preventDefault(); }
    get cancelBubble() { return stateOf(this).stop; }
    set cancelBubble(v) { if (v) stateOf(this).stop = true; }
    composedPath() {
      const s = stateOf(this);
      return s.dispatching && s.currentTarget ? [s.currentTarget] : [];
    }
    preventDefault() {
      const s = stateOf(this);
      if (s.cancelable && !s.inPassive) s.canceled = true;
    }
    stopPropagation() { stateOf(this).stop = true; }
    stopImmediatePropagation() {
      const s = stateOf(this);
      s.stop = true;
      s.stopImmediate = true;
    }
    initEvent(type, bubbles = false, cancelable = false) {
      const s = stateOf(this);
      if (s.dispatching) return;
      Object.assign(s, { type: String(type), bubbles: !!bubbles, cancelable: !!cancelable, canceled: false, stop: false, stopImmediate: false });
    }
    [privateInspect](inspect, options) {
      return inspectAs(this, eventKeys.concat(stateOf(this).fieldsOf?.inspectKeys ?? []), inspect, options);
    }
  }
  setTag(Event, "Event");
  for (const [k, v] of Object.entries({ NONE, CAPTURING_PHASE, AT_TARGET, BUBBLING_PHASE })) {
    Object.defineProperty(Event, k, { value: v, enumerable: true });
    Object.defineProperty(Event.prototype, k, { value: v, enumerable: true });
  }

  // Event subclasses keep their init members in the event's record (one
  // allocation per event, not a property per member).
  const eventClass = (name, fields, defaults, inspectKeys = fields) => {
    const meta = { inspectKeys };
    const cls = {
      [name]: class extends Event {
        constructor(type, init = undefined) {
          if (arguments.length === 0) {
            throw new TypeError(`Failed to construct '${name}': 1 argument required, but only 0 present`);
          }
          super(type, init);
          init = dict(init);
          const rec = {};
          for (let i = 0; i < fields.length; i++) {
            const f = fields[i];
            const v = init[f];
            rec[f] = v === undefined ? defaults[f] : v;
          }
          const s = stateOf(this);
          s.fields = rec;
          s.fieldsOf = meta;
        }
      },
    }[name];
    setTag(cls, name);
    for (const f of fields) {
      Object.defineProperty(cls.prototype, f, {
        get() {
          const s = stateOf(this);
          if (s.fieldsOf !== meta) throw illegal();
          return s.fields[f];
        },
        enumerable: true, configurable: true,
      });
    }
    return cls;
  };
  const CustomEvent = eventClass("CustomEvent", ["detail"], { detail: null });
  const ErrorEvent = eventClass("ErrorEvent", ["message", "filename", "lineno", "colno", "error"],
    { message: "", filename: "", lineno: 0, colno: 0, error: undefined });
  const PromiseRejectionEvent = eventClass("PromiseRejectionEvent", ["promise", "reason"], { promise: undefined, reason: undefined });
  const CloseEvent = eventClass("CloseEvent", ["wasClean", "code", "reason"], { wasClean: false, code: 0, reason: "" });
  const MessageEvent = eventClass("MessageEvent", ["data", "origin", "lastEventId", "source", "ports"],
    { data: null, origin: "", lastEventId: "", source: null, ports: undefined }, ["data", "origin", "lastEventId"]);
  const ProgressEvent = eventClass("ProgressEvent", ["lengthComputable", "loaded", "total"], { lengthComputable: false, loaded: 0, total: 0 });
  // ports is a fresh frozen array per event when not given
  const portsGetter = Object.getOwnPropertyDescriptor(MessageEvent.prototype, "ports").get;
  Object.defineProperty(MessageEvent.prototype, "ports", {
    get() {
      const v = portsGetter.call(this);
      if (v !== undefined) return v;
      const ports = Object.freeze([]);
      stateOf(this).fields.ports = ports;
      return ports;
    },
    enumerable: true, configurable: true,
  });
  // --- EventTarget ---
  // Listeners: Map(type → array of entries). globalThis's map lives here.
  const globalListeners = new Map();
  let listenersOf;
  const flatten = (options) => (typeof options === "boolean" ? { capture: options } : dict(options));

  function reportException(e) {
    const report = globalThis.reportError;
    if (typeof report === "function") {
      try {
        report(e);
        return;
      } catch { /* fall back to the runtime */ }
    }
    native.report(e);
  }

  class EventTarget {
    #listeners = new Map();
    static {
      listenersOf = (target) => {
        if (target === undefined || target === null || target === globalThis) return globalListeners;
        if (typeof target !== "object" && typeof target !== "function") throw illegal();
        if (!(#listeners in target)) throw illegal();
        return target.#listeners;
      };
    }
    addEventListener(type, callback, options = undefined) {
      const map = listenersOf(this);
      if (arguments.length < 2) {
        throw new TypeError(`Failed to execute 'addEventListener' on 'EventTarget': 2 arguments required, but only ${arguments.length} present`);
      }
      if (callback === null || (typeof callback !== "function" && typeof callback !== "object")) return;
      const target = this ?? globalThis;
      const o = flatten(options);
      const signal = o.signal;
      if (signal !== undefined && signal !== null) {
        if (!(signal instanceof AbortSignal)) {
          throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': member signal is not of type AbortSignal");
        }
        if (signal.aborted) return;
      }
      type = String(type);
      let list = map.get(type);
      if (!list) map.set(type, (list = []));
      const capture = !!o.capture;
      for (let i = 0; i < list.length; i++) {
        if (list[i].callback === callback && list[i].capture === capture) return;
      }
      const entry = { callback, capture, once: !!o.once, passive: !!o.passive, removed: false };
      list.push(entry);
      if (signal) {
        signal.addEventListener("abort", () => removeEntry(map, type, entry), { once: true });
      }
    }
    removeEventListener(type, callback, options = undefined) {
      const map = listenersOf(this);
      if (arguments.length < 2) {
        throw new TypeError(`Failed to execute 'removeEventListener' on 'EventTarget': 2 arguments required, but only ${arguments.length} present`);
      }
      const list = map.get(String(type));
      if (!list) return;
      const capture = !!flatten(options).capture;
      for (let i = 0; i < list.length; i++) {
        if (list[i].callback === callback && list[i].capture === capture) {
          removeEntry(map, String(type), list[i]);
          return;
        }
      }
    }
    dispatchEvent(event) {
      const map = listenersOf(this);
      if (arguments.length < 1) {
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': 1 argument required, but only 0 present");
      }
      if (!(event instanceof Event)) {
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'");
      }
      return dispatch(this ?? globalThis, map, event);
    }
  }
  setTag(EventTarget, "EventTarget");

  function removeEntry(map, type, entry) {
    entry.removed = true;
    const list = map.get(type);
    if (!list) return;
    const i = list.indexOf(entry);
    if (i >= 0) list.splice(i, 1);
  }

  function dispatch(target, map, event) {
    const s = stateOf(event);
    if (s.dispatching) throw new DOMException("Invalid event state", "InvalidStateError");
    s.dispatching = true;
    s.target = target;
    s.currentTarget = target;
    s.phase = AT_TARGET;
    const list = map.get(s.type);
    if (list !== undefined) {
      // Listeners added during dispatch do not run; a lone listener needs
      // no snapshot (removal cannot skip anyone).
      if (list.length === 1) {
        invoke(target, map, s, event, list[0]);
      } else if (list.length > 1) {
        const snapshot = list.slice();
        for (let i = 0; i < snapshot.length; i++) {
          invoke(target, map, s, event, snapshot[i]);
          if (s.stopImmediate) break;
        }
      }
    }
    s.dispatching = false;
    s.phase = NONE;
    s.currentTarget = null;
    s.stop = false;
    s.stopImmediate = false;
    return !s.canceled;
  }

  function invoke(target, map, s, event, l) {
    if (l.removed) return;
    if (l.once) removeEntry(map, s.type, l);
    s.inPassive = l.passive;
    try {
      if (typeof l.callback === "function") {
        l.callback.call(target, event);
      } else {
        const handle = l.callback.handleEvent;
        if (typeof handle !== "function") throw new TypeError("'handleEvent' property of event listener should be a function");
        handle.call(l.callback, event);
      }
    } catch (e) {
      reportException(e);
    }
    s.inPassive = false;
  }

  // on<event> handler attributes: one listener per target and name, added
  // when first set (so it keeps its place in the order), its callback swapped
  // afterwards, as the HTML standard says.
  const defineHandler = (obj, name, isGlobal) => {
    const handlers = new WeakMap();
    const keyOf = (t) => (t === undefined || t === null ? globalThis : t);
    Object.defineProperty(obj, "on" + name, {
      get() {
        const target = keyOf(this);
        if (!isGlobal) listenersOf(target);
        return handlers.get(target)?.fn ?? null;
      },
      set(fn) {
        const target = keyOf(this);
        const map = listenersOf(isGlobal ? globalThis : target);
        let h = handlers.get(target);
        if (typeof fn !== "function" && (typeof fn !== "object" || fn === null)) fn = null;
        if (fn === null) {
          if (h) {
            removeEntry(map, name, h.entry);
            handlers.delete(target);
          }
          return;
        }
        if (h) {
          h.fn = fn;
          return;
        }
        h = { fn, entry: null };
        const callback = function (ev) {
          const f = h.fn;
          if (typeof f !== "function") return;
          // As in Deno, the return value is ignored (no `return false` or
          // onerror `return true` cancelling): call preventDefault.
          f.call(target, ev);
        };
        h.entry = { callback, capture: false, once: false, passive: false, removed: false };
        let list = map.get(name);
        if (!list) map.set(name, (list = []));
        list.push(h.entry);
        handlers.set(target, h);
      },
      enumerable: true, configurable: true,
    });
  };

  // --- AbortSignal / AbortController ---
  const kSignal = Symbol("signal");
  let signalAbort, signalState, addDependent;
  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    #dependents = null; // signals made by AbortSignal.any from this one
    constructor(key = undefined) {
      if (key !== kSignal) throw new TypeError("Illegal constructor");
      super();
    }
    static {
      signalState = (s) => {
        if (s === null || typeof s !== "object" || !(#aborted in s)) throw illegal();
        return s;
      };
      signalAbort = (s, reason) => {
        if (s.#aborted) return;
        s.#aborted = true;
        s.#reason = reason === undefined ? new DOMException("The signal has been aborted", "AbortError") : reason;
        const deps = s.#dependents;
        s.#dependents = null;
        const ev = new Event("abort");
        stateOf(ev).isTrusted = true;
        s.dispatchEvent(ev);
        if (deps) for (const d of deps) signalAbort(d, s.#reason);
      };
      addDependent = (s, d) => { (s.#dependents ??= []).push(d); };
    }
    get aborted() { signalState(this); return this.#aborted; }
    get reason() { signalState(this); return this.#reason; }
    throwIfAborted() {
      signalState(this);
      if (this.#aborted) throw this.#reason;
    }
    static abort(reason = undefined) {
      const s = new AbortSignal(kSignal);
      signalAbort(s, reason);
      return s;
    }
    static timeout(ms) {
      if (arguments.length === 0) {
        throw new TypeError("Failed to execute 'AbortSignal.timeout': 1 argument required, but only 0 present");
      }
      const n = Number(ms);
      if (!Number.isFinite(n) || Math.trunc(n) < 0 || Math.trunc(n) > Number.MAX_SAFE_INTEGER) {
        throw new TypeError("Failed to execute 'AbortSignal.timeout': Argument 1 is outside the accepted range of 0 to 9007199254740991, inclusive");
      }
      const s = new AbortSignal(kSignal);
      // an unref'd timer: a pending timeout does not keep the worker busy
      native.timeout(Math.trunc(n), () => signalAbort(s, new DOMException("Signal timed out.", "TimeoutError")));
      return s;
    }
    static any(signals) {
      if (arguments.length === 0) {
        throw new TypeError("Failed to execute 'AbortSignal.any': 1 argument required, but only 0 present");
      }
      if (signals === null || typeof signals !== "object" || typeof signals[Symbol.iterator] !== "function") {
        throw new TypeError("Failed to execute 'AbortSignal.any': Argument 1 can not be converted to a sequence");
      }
      const list = [...signals];
      list.forEach((sig, i) => {
        if (!(sig instanceof AbortSignal)) {
          throw new TypeError(`Failed to execute 'AbortSignal.any': Argument 1, index ${i} is not of type AbortSignal`);
        }
      });
      const s = new AbortSignal(kSignal);
      for (const sig of list) {
        if (sig.aborted) {
          signalAbort(s, sig.reason);
          return s;
        }
      }
      for (const sig of list) addDependent(sig, s);
      return s;
    }
    [privateInspect](inspect, options) {
      return inspectAs(this, ["aborted", "reason", "onabort"], inspect, options);
    }
  }
  setTag(AbortSignal, "AbortSignal");
  defineHandler(AbortSignal.prototype, "abort", false);

  let controllerSignal;
  class AbortController {
    #signal = new AbortSignal(kSignal);
    static {
      controllerSignal = (c) => {
        if (c === null || typeof c !== "object" || !(#signal in c)) throw illegal();
        return c.#signal;
      };
    }
    get signal() { return controllerSignal(this); }
    abort(reason = undefined) { signalAbort(controllerSignal(this), reason); }
    [privateInspect](inspect, options) {
      return inspectAs(this, ["signal"], inspect, options);
    }
  }
  setTag(AbortController, "AbortController");

  // --- globals ---
  for (const [name, value] of Object.entries({
    DOMException, Event, EventTarget, CustomEvent, ErrorEvent, PromiseRejectionEvent, CloseEvent,
    MessageEvent, ProgressEvent, AbortController, AbortSignal,
  })) def(globalThis, name, value);

  // globalThis is an EventTarget, as in Deno (addEventListener("beforeunload", ...)).
  for (const m of ["addEventListener", "removeEventListener", "dispatchEvent"]) {
    def(globalThis, m, EventTarget.prototype[m]);
  }
  for (const name of ["load", "unload", "beforeunload", "unhandledrejection", "error"]) {
    defineHandler(globalThis, name, true);
  }

  // Where an error was thrown, from its stack ("at f (file.ts:3:9(12))").
  function location(error) {
    let stack;
    try { stack = error instanceof Error ? error.stack : undefined; } catch { /* ignore */ }
    if (typeof stack !== "string") return { filename: "", lineno: 0, colno: 0 };
    const m = /\n\s*at (?:[^\n]*?\()?([^\s()]+?):(\d+):(\d+)/.exec(stack);
    return m ? { filename: m[1], lineno: +m[2], colno: +m[3] } : { filename: "", lineno: 0, colno: 0 };
  }

  function describe(error) {
    if (error instanceof Error) {
      let name = "Error", message = "";
      try { name = String(error.name); message = String(error.message); } catch { /* ignore */ }
      return `Uncaught ${message ? `${name}: ${message}` : name}`;
    }
    const inspect = globalThis[Symbol.for("edgeplay.inspect")];
    let text;
    try { text = typeof inspect === "function" ? inspect(error) : String(error); } catch { text = "[object]"; }
    return `Uncaught ${text}`;
  }

  // reportError: a cancelable `error` ErrorEvent on globalThis; when no
  // listener cancels it, the runtime's OnError (an uncaught exception).
  def(globalThis, "reportError", function reportError(error) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to execute 'reportError': 1 argument required, but only 0 present");
    }
    const ev = new ErrorEvent("error", { message: describe(error), error, cancelable: true, ...location(error) });
    if (dispatch(globalThis, globalListeners, ev)) native.report(error);
  });

  const classes = { Event, CustomEvent, ErrorEvent, PromiseRejectionEvent, CloseEvent, MessageEvent, ProgressEvent };
  return {
    newEvent(cls, type, init) {
      const C = classes[cls];
      if (!C) throw new TypeError("unknown event class " + cls);
      // untrusted, as Deno's own beforeunload/unhandledrejection events are
      return new C(type, init);
    },
    dispatchGlobal(ev) { return dispatch(globalThis, globalListeners, ev); },
    newAbortSignal() { return new AbortSignal(kSignal); },
    abortSignal(s, reason) { signalAbort(signalState(s), reason); },
    isAbortSignal(s) {
      try { signalState(s); return true; } catch { return false; }
    },
    onAbort(s, cb) {
      signalState(s);
      if (s.aborted) {
        cb(s.reason);
        return () => {};
      }
      const l = () => cb(s.reason);
      s.addEventListener("abort", l, { once: true });
      return () => s.removeEventListener("abort", l);
    },
  };
})
