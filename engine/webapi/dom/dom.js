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
  // An event's state lives in private slots on the event itself (no
  // record object, no `arguments` object): creating and dispatching one is
  // the hot path of every WebSocket message. Booleans and the phase are
  // bits of #flags.
  const NONE = 0, CAPTURING_PHASE = 1, AT_TARGET = 2, BUBBLING_PHASE = 3;
  // (the bits set during every dispatch are the low ones: Go boxes small
  // integers without allocating)
  const F_DISPATCHING = 1, F_AT_TARGET = 2, F_PASSIVE = 4, F_STOP = 8, F_STOP_IMMEDIATE = 16, F_CANCELED = 32,
    F_BUBBLES = 64, F_CANCELABLE = 128, F_COMPOSED = 256, F_TRUSTED = 512;
  // cleared after dispatch (as f - (f & mask): a compound assignment to a
  // private field, or a negative mask, costs goja an allocation)
  const F_DISPATCH_CLEAR = F_DISPATCHING | F_AT_TARGET | F_STOP | F_STOP_IMMEDIATE;
  const eventKeys = ["bubbles", "cancelable", "composed", "currentTarget", "defaultPrevented", "eventPhase",
    "srcElement", "target", "returnValue", "timeStamp", "type"];
  const dict = (init) => (init !== null && typeof init === "object" ? init : {});
  const noInit = Object.freeze({ __proto__: null });
  // Natives build events with this token as the type (see fireMessage).
  const kFast = Symbol("edgeplay.fastEvent");
  // meta of the built-in subclasses (their init members), by constructor
  const metas = new Map();
  const metaOf = (ctor) => {
    for (let c = ctor; c !== null && c !== undefined && c !== Event; c = Object.getPrototypeOf(c)) {
      const m = metas.get(c);
      if (m !== undefined) return m;
    }
    return null;
  };
  let markTrusted, dispatch, memberGetter, messageMeta, messageProto, Event;
  const setProto = Object.setPrototypeOf;
  // The slots are private fields of EventSlots, whose constructor has no
  // rest parameter (a rest array costs goja six allocations per event).
  // Event, the public class, is defined inside its body so its methods
  // reach the slots; Event's constructor checks the arity and returns an
  // EventSlots object with new.target's prototype: EventSlots itself is
  // never seen. (A target's current target is its target while it
  // dispatches: no slot.)
  // The initial values are a message event's and slots are few (each is
  // defined on every event; every private access costs goja a lookup):
  // fireMessage sets only data and origin.
  class EventSlots {
    #type = "message";
    #flags = 0;
    #target = null;
    #meta = messageMeta; // the built-in subclass whose members #a, #b, #x hold
    #a;
    #b;
    #x; // members 3 to 5 as an array, or undefined: their defaults
    // meta: the built-in subclass's, or null for Event and user classes
    constructor(type, init, meta) {
      if (type === kFast) {
        // fireMessage: new MessageEvent("message", { data: init, origin: meta })
        setProto(this, messageProto);
        this.#a = init;
        this.#b = meta;
        return;
      }
      this.#type = String(type);
      this.#meta = meta;
      if (init !== null && typeof init === "object") {
        this.#flags = (init.bubbles ? F_BUBBLES : 0) | (init.cancelable ? F_CANCELABLE : 0) | (init.composed ? F_COMPOSED : 0);
      } else {
        init = noInit;
      }
      if (meta === null) return;
      const fields = meta.fields, defaults = meta.defaults, n = fields.length;
      let v = init[fields[0]];
      this.#a = v === undefined ? defaults[0] : v;
      if (n < 2) return;
      v = init[fields[1]];
      this.#b = v === undefined ? defaults[1] : v;
      if (n < 3) return;
      const x = [];
      for (let i = 2; i < n; i++) {
        v = init[fields[i]];
        x.push(v === undefined ? defaults[i] : v);
      }
      this.#x = x;
    }
    static {
      markTrusted = (e) => { e.#flags = e.#flags | F_TRUSTED; };
      // the getter of member i of a subclass (lazy: a default made on first read)
      memberGetter = (meta, i, lazy) => {
        if (lazy !== undefined && i !== 4) throw new Error("dom: lazy members must be the fifth");
        switch (i) {
          case 0: return function () {
            if (this === null || typeof this !== "object" || !(#flags in this) || this.#meta !== meta) throw illegal();
            return this.#a;
          };
          case 1: return function () {
            if (this === null || typeof this !== "object" || !(#flags in this) || this.#meta !== meta) throw illegal();
            return this.#b;
          };
          default: {
            const j = i - 2, defaults = meta.defaults;
            return function () {
              if (this === null || typeof this !== "object" || !(#flags in this) || this.#meta !== meta) throw illegal();
              let x = this.#x;
              if (lazy === undefined) return x === undefined ? defaults[i] : x[j];
              if (x === undefined) x = this.#x = defaults.slice(2);
              if (x[j] === undefined) x[j] = lazy();
              return x[j];
            };
          }
        }
      };
      // Dispatch at target (AT_TARGET only: targets have no parents).
      // Listener entries are { callback, capture, once, passive, removed,
      // handler, plain }: handler is an on<event> attribute's state (its
      // function is called directly), plain a function listener without
      // once or passive — the two kinds called here without invoke.
      dispatch = (target, map, event) => {
        if (event === null || typeof event !== "object" || !(#flags in event)) throw illegal();
        const flags = event.#flags;
        if (flags & F_DISPATCHING) throw new DOMException("Invalid event state", "InvalidStateError");
        event.#flags = flags | F_DISPATCHING | F_AT_TARGET;
        event.#target = target;
        const list = map.get(event.#type);
        if (list !== undefined) {
          // Listeners added during dispatch do not run; a lone listener
          // needs no snapshot (removal cannot skip anyone).
          const n = list.length;
          const snapshot = n > 1 ? list.slice() : list;
          for (let i = 0; i < n; i++) {
            const l = snapshot[i];
            if (l.removed) continue;
            const h = l.handler;
            if (h !== null) {
              // As in Deno, the return value is ignored (no `return false`
              // or onerror `return true` cancelling): call preventDefault.
              const f = h.fn;
              if (typeof f === "function") {
                try {
                  f.call(target, event);
                } catch (e) {
                  reportException(e);
                }
              }
            } else if (l.plain) {
              try {
                l.callback.call(target, event);
              } catch (e) {
                reportException(e);
              }
            } else {
              invoke(target, map, event, l);
            }
            if (event.#flags & F_STOP_IMMEDIATE) break;
          }
        }
        const f = event.#flags;
        event.#flags = f - (f & F_DISPATCH_CLEAR);
        return !(f & F_CANCELED);
      };
      const invoke = (target, map, event, l) => {
        if (l.once) removeEntry(map, event.#type, l);
        if (l.passive) event.#flags = event.#flags | F_PASSIVE;
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
        const f = event.#flags;
        event.#flags = f - (f & F_PASSIVE);
      };
      // The public class: its constructor checks the arity (rest
      // parameters: an `arguments` object costs much more).
      Event = class Event {
        constructor(...args) {
          const meta = new.target === Event ? null : metaOf(new.target);
          if (args.length === 0) {
            throw new TypeError(`Failed to construct '${meta === null ? "Event" : meta.name}': 1 argument required, but only 0 present`);
          }
          const proto = new.target.prototype; // (not an object: the spec falls back to the class's)
          return setProto(new EventSlots(args[0], args[1], meta), proto !== null && typeof proto === "object" ? proto : Event.prototype);
        }
        get type() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return this.#type; }
        get bubbles() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return (this.#flags & F_BUBBLES) !== 0; }
        get cancelable() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return (this.#flags & F_CANCELABLE) !== 0; }
        get composed() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return (this.#flags & F_COMPOSED) !== 0; }
        get defaultPrevented() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return (this.#flags & F_CANCELED) !== 0; }
        get target() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return this.#target; }
        get currentTarget() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return this.#flags & F_DISPATCHING ? this.#target : null; }
        get srcElement() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return this.#target; }
        get eventPhase() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return this.#flags & F_AT_TARGET ? AT_TARGET : NONE; }
        // Deno reports 0 (no high-resolution origin for events).
        get timeStamp() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return 0; }
        get isTrusted() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return (this.#flags & F_TRUSTED) !== 0; }
        get returnValue() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return (this.#flags & F_CANCELED) === 0; }
        set returnValue(v) { if (!v) this.preventDefault(); }
        get cancelBubble() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); return (this.#flags & F_STOP) !== 0; }
        set cancelBubble(v) { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); if (v) this.#flags = this.#flags | F_STOP; }
        composedPath() {
          if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal();
          return this.#flags & F_DISPATCHING && this.#target ? [this.#target] : [];
        }
        preventDefault() {
          if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal();
          if ((this.#flags & (F_CANCELABLE | F_PASSIVE)) === F_CANCELABLE) this.#flags = this.#flags | F_CANCELED;
        }
        stopPropagation() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); this.#flags = this.#flags | F_STOP; }
        stopImmediatePropagation() { if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal(); this.#flags = this.#flags | F_STOP | F_STOP_IMMEDIATE; }
        initEvent(type, bubbles = false, cancelable = false) {
          if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal();
          if (this.#flags & F_DISPATCHING) return;
          this.#type = String(type);
          this.#flags = (this.#flags & ~(F_BUBBLES | F_CANCELABLE | F_CANCELED | F_STOP | F_STOP_IMMEDIATE)) |
            (bubbles ? F_BUBBLES : 0) | (cancelable ? F_CANCELABLE : 0);
        }
        [privateInspect](inspect, options) {
          if (this === null || typeof this !== "object" || !(#flags in this)) throw illegal();
          return inspectAs(this, this.#meta === null ? eventKeys : eventKeys.concat(this.#meta.inspectKeys), inspect, options);
        }
      };
    }
  }
  Object.defineProperty(Event, "length", { value: 1 });
  setTag(Event, "Event");
  for (const [k, v] of Object.entries({ NONE, CAPTURING_PHASE, AT_TARGET, BUBBLING_PHASE })) {
    Object.defineProperty(Event, k, { value: v, enumerable: true });
    Object.defineProperty(Event.prototype, k, { value: v, enumerable: true });
  }

  // Event subclasses keep their init members (up to five) in the event's
  // slots #a, #b and #x, read by EventSlots' constructor; `lazy` makes the
  // fifth member's default on first read.
  const eventClass = (name, fields, defaults, inspectKeys = fields, lazy = undefined) => {
    const meta = { name, fields, defaults: fields.map((f) => defaults[f]), inspectKeys };
    const cls = { [name]: class extends Event {} }[name];
    Object.defineProperty(cls, "length", { value: 1 });
    metas.set(cls, meta);
    setTag(cls, name);
    fields.forEach((f, i) => {
      Object.defineProperty(cls.prototype, f, {
        get: memberGetter(meta, i, i === 4 ? lazy : undefined),
        enumerable: true, configurable: true,
      });
    });
    return { cls, meta };
  };
  const CustomEvent = eventClass("CustomEvent", ["detail"], { detail: null }).cls;
  const ErrorEvent = eventClass("ErrorEvent", ["message", "filename", "lineno", "colno", "error"],
    { message: "", filename: "", lineno: 0, colno: 0, error: undefined }).cls;
  const PromiseRejectionEvent = eventClass("PromiseRejectionEvent", ["promise", "reason"], { promise: undefined, reason: undefined }).cls;
  const CloseEvent = eventClass("CloseEvent", ["wasClean", "code", "reason"], { wasClean: false, code: 0, reason: "" }).cls;
  // ports is a fresh frozen array per event when not given
  const message = eventClass("MessageEvent", ["data", "origin", "lastEventId", "source", "ports"],
    { data: null, origin: "", lastEventId: "", source: null, ports: undefined }, ["data", "origin", "lastEventId"],
    () => Object.freeze([]));
  const MessageEvent = message.cls;
  messageMeta = message.meta;
  messageProto = MessageEvent.prototype;
  const ProgressEvent = eventClass("ProgressEvent", ["lengthComputable", "loaded", "total"], { lengthComputable: false, loaded: 0, total: 0 }).cls;
  // --- EventTarget ---
  // Listeners: Map(type → array of entries). globalThis's map lives here.
  const globalListeners = new Map();
  let listenersOf, isTarget, fireMessage;
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
      isTarget = (t) => t !== null && (typeof t === "object" || typeof t === "function") && #listeners in t;
      // target.dispatchEvent(new MessageEvent("message", { data, origin }))
      // for natives: target is an EventTarget they made (a WebSocket).
      fireMessage = (target, data, origin) => dispatch(target, target.#listeners, new EventSlots(kFast, data, origin));
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
      const once = !!o.once, passive = !!o.passive;
      const entry = { callback, capture, once, passive, removed: false, handler: null,
        plain: !once && !passive && typeof callback === "function" };
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
    // rest parameters: an `arguments` object per dispatch costs more
    dispatchEvent(...args) {
      const map = listenersOf(this);
      if (args.length < 1) {
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': 1 argument required, but only 0 present");
      }
      const event = args[0];
      if (!(event instanceof Event)) {
        throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'");
      }
      return dispatch(this ?? globalThis, map, event);
    }
  }
  setTag(EventTarget, "EventTarget");
  Object.defineProperty(EventTarget.prototype.dispatchEvent, "length", { value: 1 });

  function removeEntry(map, type, entry) {
    entry.removed = true;
    const list = map.get(type);
    if (!list) return;
    const i = list.indexOf(entry);
    if (i >= 0) list.splice(i, 1);
  }

  // on<event> handler attributes: one listener per target and name, added
  // when first set (so it keeps its place in the order), its callback swapped
  // afterwards, as the HTML standard says. dispatch calls the handler's
  // function itself (entry.handler); entry.callback is only its identity.
  // lenient: the getter answers null for an object that is no EventTarget
  // (WebSocket.prototype.onmessage, as in Deno) instead of throwing.
  const defineHandler = (obj, name, isGlobal, lenient = false) => {
    const handlers = new WeakMap();
    const keyOf = (t) => (t === undefined || t === null ? globalThis : t);
    Object.defineProperty(obj, "on" + name, {
      get() {
        const target = keyOf(this);
        if (!isGlobal) {
          if (lenient) {
            if (!isTarget(target)) return null;
          } else {
            listenersOf(target);
          }
        }
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
          if (typeof f === "function") f.call(target, ev);
        };
        h.entry = { callback, capture: false, once: false, passive: false, removed: false, handler: h, plain: false };
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
        markTrusted(ev);
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
    // target.dispatchEvent(new MessageEvent("message", { data, origin })),
    // minus the public API's checks: the per-message path of natives.
    fireMessage,
    // on<name> handler attributes for a native EventTarget class
    defineHandler(proto, name) { defineHandler(proto, name, false, true); },
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
