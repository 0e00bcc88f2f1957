// What goja lacks that Deno code uses: structuredClone, performance,
// navigator, self, and ES2023+ built-ins (each only if missing).
(function (native) {
  "use strict";
  const def = (obj, name, value) => {
    if (obj[name] === undefined) Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
  };
  // DOMException comes from the dom package; fall back to a named Error.
  const dataCloneError = (msg) => typeof DOMException === "function"
    ? new DOMException(msg, "DataCloneError")
    : Object.assign(new Error(msg), { name: "DataCloneError" });
  const cloneError = (what) => dataCloneError(`${what} could not be cloned.`);

  // --- structuredClone (HTML's StructuredSerialize, in-memory) ---
  function structuredClone(value, options) {
    const transfer = options && options.transfer !== undefined ? Array.from(options.transfer) : [];
    const memory = new Map();
    for (const t of transfer) {
      if (!(t instanceof ArrayBuffer)) throw cloneError("Value in transfer list");
      if (memory.has(t)) throw cloneError("ArrayBuffer at index " + transfer.indexOf(t) + " is a duplicate of an earlier ArrayBuffer. It");
      memory.set(t, t.slice(0)); // the receiver gets the bytes, the sender a detached buffer
    }
    const clone = (v) => {
      if (v === null || (typeof v !== "object" && typeof v !== "function")) {
        if (typeof v === "symbol") throw cloneError(String(v));
        return v;
      }
      if (typeof v === "function") throw cloneError(String(v));
      if (memory.has(v)) return memory.get(v);
      let out;
      if (v instanceof Boolean || v instanceof Number || v instanceof String) out = Object(v.valueOf());
      else if (v instanceof Date) out = new Date(v.getTime());
      else if (v instanceof RegExp) out = new RegExp(v.source, v.flags);
      else if (v instanceof ArrayBuffer) out = v.slice(0);
      else if (ArrayBuffer.isView(v)) {
        const buf = clone(v.buffer);
        out = v instanceof DataView ? new DataView(buf, v.byteOffset, v.byteLength) : new v.constructor(buf, v.byteOffset, v.length);
      } else if (v instanceof Map) { out = new Map(); memory.set(v, out); for (const [k, x] of v) out.set(clone(k), clone(x)); return out; }
      else if (v instanceof Set) { out = new Set(); memory.set(v, out); for (const x of v) out.add(clone(x)); return out; }
      else if (v instanceof Error) {
        const Ctor = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[v.name] || Error;
        out = new Ctor(v.message);
        memory.set(v, out);
        if (v.stack !== undefined) out.stack = String(v.stack);
        if ("cause" in v) out.cause = clone(v.cause);
        return out;
      } else if (typeof Blob === "function" && v instanceof Blob) out = v.slice(0, v.size, v.type);
      else if (v instanceof WeakMap || v instanceof WeakSet || v instanceof Promise || v instanceof WeakRef) throw cloneError(`#<${v.constructor.name}>`);
      else if (Array.isArray(v)) {
        out = new Array(v.length);
        memory.set(v, out);
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
      } else {
        const proto = Object.getPrototypeOf(v);
        if (proto !== null && proto !== Object.prototype && !(typeof v[Symbol.toStringTag] === "string")) {
          // class instances lose their class, as in browsers: own data only
        } else if (proto !== null && proto !== Object.prototype) {
          throw dataCloneError("Cannot clone object of unsupported type.");
        }
        out = {};
        memory.set(v, out);
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
      }
      memory.set(v, out);
      return out;
    };
    if (arguments.length === 0) throw new TypeError("Failed to execute 'structuredClone': 1 argument required, but only 0 present");
    const result = clone(value);
    for (const t of transfer) native.detach(t);
    return result;
  }
  def(globalThis, "structuredClone", structuredClone);

  // --- performance ---
  const timeOrigin = native.timeOrigin;
  const entries = [];
  class PerformanceEntry {
    constructor(name, entryType, startTime, duration, detail) {
      Object.assign(this, { name, entryType, startTime, duration, detail: detail ?? null });
    }
    toJSON() { return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail }; }
  }
  const performance = {
    now: () => native.now(),
    get timeOrigin() { return timeOrigin; },
    mark(name, opts = {}) {
      const e = new PerformanceEntry(String(name), "mark", opts.startTime ?? native.now(), 0, opts.detail);
      entries.push(e);
      return e;
    },
    measure(name, start, end) {
      const at = (m) => m === undefined ? undefined : typeof m === "number" ? m : (entries.findLast?.((e) => e.name === m) ?? [...entries].reverse().find((e) => e.name === m))?.startTime;
      let s = 0, e = native.now();
      if (start !== null && typeof start === "object") { s = at(start.start) ?? 0; e = at(start.end) ?? e; }
      else { s = at(start) ?? 0; e = at(end) ?? e; }
      const m = new PerformanceEntry(String(name), "measure", s, e - s);
      entries.push(m);
      return m;
    },
    getEntries: () => entries.slice(),
    getEntriesByName: (n, type) => entries.filter((e) => e.name === n && (!type || e.entryType === type)),
    getEntriesByType: (type) => entries.filter((e) => e.entryType === type),
    clearMarks: (n) => { for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === "mark" && (n === undefined || entries[i].name === n)) entries.splice(i, 1); },
    clearMeasures: (n) => { for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === "measure" && (n === undefined || entries[i].name === n)) entries.splice(i, 1); },
    toJSON: () => ({ timeOrigin }),
    [Symbol.toStringTag]: "Performance",
  };
  def(globalThis, "performance", performance);
  def(globalThis, "PerformanceEntry", PerformanceEntry);

  // --- navigator, self ---
  def(globalThis, "navigator", Object.freeze({
    userAgent: native.userAgent, hardwareConcurrency: native.cpus, language: "en-US", languages: Object.freeze(["en-US"]),
    [Symbol.toStringTag]: "Navigator",
  }));
  def(globalThis, "self", globalThis);
  def(globalThis, "window", undefined);

  // --- ES2023+ built-ins goja may lack ---
  def(Promise, "withResolvers", function withResolvers() {
    let resolve, reject;
    const promise = new this((a, b) => { resolve = a; reject = b; });
    return { promise, resolve, reject };
  });
  def(Object, "groupBy", function groupBy(items, fn) {
    const out = Object.create(null);
    let i = 0;
    for (const x of items) { const k = fn(x, i++); (out[k] ??= []).push(x); }
    return out;
  });
  def(Map, "groupBy", function groupBy(items, fn) {
    const out = new Map();
    let i = 0;
    for (const x of items) { const k = fn(x, i++); if (!out.has(k)) out.set(k, []); out.get(k).push(x); }
    return out;
  });
  def(Array, "fromAsync", async function fromAsync(items, mapFn = undefined, thisArg = undefined) {
    const out = [];
    if (items[Symbol.asyncIterator]) {
      const it = items[Symbol.asyncIterator]();
      for (;;) { const { value, done } = await it.next(); if (done) break; out.push(mapFn ? await mapFn.call(thisArg, value, out.length) : value); }
    } else {
      for (const v of items) { const x = await v; out.push(mapFn ? await mapFn.call(thisArg, x, out.length) : x); }
    }
    return out;
  });
  const AP = Array.prototype;
  def(AP, "findLast", function (f, t) { for (let i = this.length - 1; i >= 0; i--) if (f.call(t, this[i], i, this)) return this[i]; });
  def(AP, "findLastIndex", function (f, t) { for (let i = this.length - 1; i >= 0; i--) if (f.call(t, this[i], i, this)) return i; return -1; });
  def(AP, "toSorted", function (cmp) { return this.slice().sort(cmp); });
  def(AP, "toReversed", function () { return this.slice().reverse(); });
  def(AP, "toSpliced", function (...a) { const c = this.slice(); c.splice(...a); return c; });
  def(AP, "with", function (i, v) { const c = this.slice(); c[i < 0 ? c.length + i : i] = v; return c; });
  def(AP, "at", function (i) { i = Math.trunc(i) || 0; return this[i < 0 ? this.length + i : i]; });
  def(String.prototype, "at", function (i) { i = Math.trunc(i) || 0; return this[i < 0 ? this.length + i : i]; });
  // Loops, not regexps: goja's lookarounds mis-handle surrogate pairs.
  const loneSurrogate = (s, from) => {
    for (let i = from; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0xD800 || c > 0xDFFF) continue;
      if (c <= 0xDBFF) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { i++; continue; }
      }
      return i;
    }
    return -1;
  };
  const strThis = (v, name) => {
    if (v === undefined || v === null) throw new TypeError(`String.prototype.${name} called on null or undefined`);
    return String(v);
  };
  def(String.prototype, "isWellFormed", function isWellFormed() { return loneSurrogate(strThis(this, "isWellFormed"), 0) < 0; });
  def(String.prototype, "toWellFormed", function toWellFormed() {
    const s = strThis(this, "toWellFormed");
    let out = "", start = 0;
    for (let i = loneSurrogate(s, 0); i >= 0; i = loneSurrogate(s, start)) {
      out += s.slice(start, i) + "\uFFFD";
      start = i + 1;
    }
    return out + s.slice(start);
  });
  def(Object, "hasOwn", (o, k) => Object.prototype.hasOwnProperty.call(o, k));
  const SP = Set.prototype;
  def(SP, "union", function (o) { const s = new Set(this); for (const x of o.keys()) s.add(x); return s; });
  def(SP, "intersection", function (o) { const s = new Set(); for (const x of this) if (o.has(x)) s.add(x); return s; });
  def(SP, "difference", function (o) { const s = new Set(); for (const x of this) if (!o.has(x)) s.add(x); return s; });
  def(SP, "symmetricDifference", function (o) { const s = new Set(this); for (const x of o.keys()) { if (this.has(x)) s.delete(x); else s.add(x); } return s; });
  def(SP, "isSubsetOf", function (o) { for (const x of this) if (!o.has(x)) return false; return true; });
  def(SP, "isSupersetOf", function (o) { for (const x of o.keys()) if (!this.has(x)) return false; return true; });
  def(SP, "isDisjointFrom", function (o) { for (const x of this) if (o.has(x)) return false; return true; });
  // WeakRef/FinalizationRegistry: strong-reference shims (goja has no weak
  // references); deref() always returns the target, callbacks never run.
  def(globalThis, "WeakRef", class WeakRef { #t; constructor(t) { if (t === null || typeof t !== "object" && typeof t !== "function") throw new TypeError("WeakRef: target must be an object"); this.#t = t; } deref() { return this.#t; } get [Symbol.toStringTag]() { return "WeakRef"; } });
  def(globalThis, "FinalizationRegistry", class FinalizationRegistry { constructor(cb) { if (typeof cb !== "function") throw new TypeError("FinalizationRegistry: cleanup must be callable"); } register() {} unregister() { return false; } get [Symbol.toStringTag]() { return "FinalizationRegistry"; } });
  for (const s of ["asyncIterator", "dispose", "asyncDispose"]) {
    if (!Symbol[s]) Object.defineProperty(Symbol, s, { value: Symbol.for("Symbol." + s) });
  }
})
