// Blob, File, FormData, Headers, Request, Response and fetch (see fetch.go
// for what is native). Bodies are kept as bytes while they can be (strings,
// buffers, Blobs, forms) and as ReadableStreams otherwise, so the Go side
// can hand byte bodies over without a stream.
(function (native) {
  "use strict";
  const def = (name, value) =>
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const kInternal = Symbol("edgeplay.fetch");
  const kIs = Symbol("brand");
  const kNext = Symbol("next");
  const kFlat = Symbol("flat pairs");
  const kGuard = Symbol("guard");
  const kSetParts = Symbol("setParts");

  // A range of a spill file (spill.go): a Blob part that lives on disk.
  // It has byteLength and subarray() like the Uint8Array parts it stands
  // beside, and is read only when someone asks for the bytes.
  class SpillPart {
    constructor(h, off, len) { this.h = h; this.off = off; this.byteLength = len; }
    subarray(from, to) { return new SpillPart(this.h, this.off + from, to - from); }
  }
  const partBytes = (p) => (p instanceof SpillPart ? native.spillRead(p.h, p.off, p.byteLength) : p);
  const hasSpill = (parts) => parts.some((p) => p instanceof SpillPart);
  const SPILL_CHUNK = 256 * 1024;

  const concat = (chunks, total) => {
    if (hasSpill(chunks)) chunks = chunks.map(partBytes);
    if (chunks.length === 1) return chunks[0];
    if (total === undefined) total = chunks.reduce((n, c) => n + c.byteLength, 0);
    const out = new Uint8Array(total);
    let off = 0;
    for (const c of chunks) { out.set(c, off); off += c.byteLength; }
    return out;
  };
  const toBytes = (v) => {
    if (v instanceof Uint8Array) return v;
    if (v instanceof ArrayBuffer) return new Uint8Array(v);
    if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    return null;
  };
  const copyBytes = (v) => toBytes(v).slice();
  // WebIDL [Clamp] long long: round half to even, NaN is 0.
  const clampInt = (v) => {
    v = Number(v);
    if (Number.isNaN(v)) return 0;
    if (!Number.isFinite(v)) return v;
    const f = Math.floor(v), d = v - f;
    return d < 0.5 ? f : d > 0.5 ? f + 1 : f % 2 === 0 ? f : f + 1;
  };
  const illegal = () => new TypeError("Illegal invocation");
  // WebIDL argument-count errors, worded as Deno words them.
  const needArgs = (n, got, what) => {
    if (got < n) throw new TypeError(`Failed to ${what}: ${n} argument${n > 1 ? "s" : ""} required, but only ${got} present`);
  };
  // brand wraps every prototype method and accessor of cls so a call on a
  // foreign object throws "Illegal invocation" (as in Deno) instead of a
  // private-field error.
  // need: the arguments a method requires, checked here (from the rest
  // array) rather than with `arguments.length` in the method.
  const brand = (cls, is, skip = [], need = {}) => {
    const proto = cls.prototype;
    for (const key of Reflect.ownKeys(proto)) {
      if (key === "constructor" || key === Symbol.toStringTag || skip.includes(key)) continue;
      const d = Object.getOwnPropertyDescriptor(proto, key);
      // (no `arguments`: goja makes a 16-allocation object for it on
      // every call; a getter takes no arguments, a method gets a rest
      // array, which keeps its arguments.length as called)
      const n = need[key];
      const what = `execute '${String(key)}' on '${cls.name}'`;
      const wrap = (fn, async, getter) => {
        const w = getter
          ? function () { if (!is(this)) throw illegal(); return fn.call(this); }
          : async
            ? function (...args) { if (!is(this)) return Promise.reject(illegal()); return fn.apply(this, args); }
            : n !== undefined
              ? function (...args) {
                if (!is(this)) throw illegal();
                needArgs(n, args.length, what);
                return fn.apply(this, args);
              }
              : function (...args) { if (!is(this)) throw illegal(); return fn.apply(this, args); };
        Object.defineProperty(w, "length", { value: fn.length });
        Object.defineProperty(w, "name", { value: fn.name });
        return w;
      };
      if (typeof d.value === "function") d.value = wrap(d.value, d.value.constructor.name === "AsyncFunction", false);
      if (d.get) d.get = wrap(d.get, false, true);
      Object.defineProperty(proto, key, d);
    }
  };

  // --- Blob / File ---
  // A Blob is a list of byte parts; slice() makes views, never copies.
  class Blob {
    #parts;
    #size;
    #type;
    constructor(blobParts = undefined, options = undefined) {
      if (blobParts === null || typeof blobParts !== "object" || typeof blobParts[Symbol.iterator] !== "function") {
        if (blobParts !== undefined) throw new TypeError("Failed to construct 'Blob': Argument 1 can not be converted to sequence.");
        blobParts = [];
      }
      if (options === null || options === undefined) options = {};
      else if (typeof options !== "object" && typeof options !== "function") throw new TypeError("Failed to construct 'Blob': Argument 2 can not be converted to a dictionary");
      const parts = [];
      const endings = options && options.endings === "native" ? "native" : "transparent";
      for (const p of blobParts) {
        if (p instanceof Blob) parts.push(...p[kInternal]().parts);
        else if (toBytes(p)) parts.push(copyBytes(p));
        else {
          let s = String(p);
          if (endings === "native") s = s.replace(/\r?\n/g, "\n");
          parts.push(enc.encode(s));
        }
      }
      this.#parts = parts;
      this.#size = parts.reduce((n, p) => n + p.byteLength, 0);
      const t = options && options.type !== undefined ? String(options.type) : "";
      this.#type = /^[\x20-\x7e]*$/.test(t) ? t.toLowerCase() : "";
    }
    [kInternal]() { return { parts: this.#parts }; }
    // Gives an empty Blob (or File) parts nobody else holds (a body read
    // by blob(), a file of a parsed form), without copying them.
    static [kSetParts](b, parts) {
      b.#parts = parts;
      b.#size = parts.reduce((n, p) => n + p.byteLength, 0);
      return b;
    }
    static [kIs](o) { return o !== null && typeof o === "object" && #parts in o; }
    get size() { return this.#size; }
    get type() { return this.#type; }
    slice(start = 0, end = this.#size, contentType = "") {
      const size = this.#size;
      const rel = (v) => (v < 0 ? Math.max(size + v, 0) : Math.min(v, size));
      const from = rel(start === undefined ? 0 : clampInt(start));
      const to = rel(end === undefined ? size : clampInt(end));
      const out = [];
      let pos = 0;
      for (const p of this.#parts) {
        const pEnd = pos + p.byteLength;
        if (pEnd > from && pos < to) out.push(p.subarray(Math.max(from - pos, 0), Math.min(to - pos, p.byteLength)));
        pos = pEnd;
      }
      const b = new Blob([], { type: contentType });
      b.#parts = out;
      b.#size = Math.max(to - from, 0);
      return b;
    }
    async arrayBuffer() { const b = concat(this.#parts, this.#size); return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b.buffer.slice(0) : b.slice().buffer; }
    async bytes() { return concat(this.#parts, this.#size).slice(); }
    async text() { return dec.decode(concat(this.#parts, this.#size)); }
    stream() { return partsStream(this.#parts.slice()); }
    get [Symbol.toStringTag]() { return "Blob"; }
  }
  // A byte stream over Blob parts; parts on disk are read a chunk per pull.
  function partsStream(parts) {
    let i = 0, at = 0;
    return new ReadableStream({
      type: "bytes",
      pull(c) {
        while (i < parts.length && parts[i].byteLength === 0) i++;
        if (i >= parts.length) { c.close(); if (c.byobRequest) c.byobRequest.respond(0); return; }
        const p = parts[i];
        if (!(p instanceof SpillPart)) { i++; c.enqueue(p.slice()); return; }
        const n = Math.min(SPILL_CHUNK, p.byteLength - at);
        c.enqueue(native.spillRead(p.h, p.off + at, n));
        at += n;
        if (at >= p.byteLength) { i++; at = 0; }
      },
    });
  }

  class File extends Blob {
    #name;
    #lastModified;
    constructor(fileBits, fileName, options = {}) {
      needArgs(2, arguments.length, "construct 'File'");
      super(fileBits, options);
      this.#name = String(fileName);
      this.#lastModified = options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now();
    }
    get name() { return this.#name; }
    get lastModified() { return this.#lastModified; }
    get webkitRelativePath() { return ""; }
    get [Symbol.toStringTag]() { return "File"; }
    static [kIs](o) { return o !== null && typeof o === "object" && #name in o; }
  }
  brand(Blob, Blob[kIs], [kInternal]);
  brand(File, File[kIs]);

  // Iterators named "<Class> Iterator" (as Deno's), walking list() by
  // index at each step.
  const iterProtos = new Map();
  const iterProto = (name) => {
    let p = iterProtos.get(name);
    if (!p) {
      p = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
        next: { value: function next() { return this[kNext](); }, writable: true, configurable: true },
        [Symbol.toStringTag]: { value: name + " Iterator", configurable: true },
      });
      iterProtos.set(name, p);
    }
    return p;
  };
  const listIterator = (name, list, map) => {
    const it = Object.create(iterProto(name));
    let i = 0;
    Object.defineProperty(it, kNext, {
      value() {
        const l = list();
        if (i >= l.length) return { value: undefined, done: true };
        return { value: map(l[i++]), done: false };
      },
    });
    return it;
  };

  // --- FormData ---
  const toEntryValue = (value, filename) => {
    if (value instanceof Blob) {
      if (!(value instanceof File) || filename !== undefined) {
        return new File([value], filename !== undefined ? String(filename) : (value instanceof File ? value.name : "blob"), { type: value.type, lastModified: value instanceof File ? value.lastModified : undefined });
      }
      return value;
    }
    return String(value);
  };
  class FormData {
    #entries = [];
    constructor(form) {
      // there are no form elements in Deno
      if (form !== undefined) throw new TypeError("Illegal constructor");
    }
    static [kIs](o) { return o !== null && typeof o === "object" && #entries in o; }
    append(name, value, filename) {
      needArgs(2, arguments.length, "execute 'append' on 'FormData'");
      this.#entries.push([String(name), toEntryValue(value, filename)]);
    }
    set(name, value, filename) {
      needArgs(2, arguments.length, "execute 'set' on 'FormData'");
      name = String(name);
      const v = toEntryValue(value, filename);
      const i = this.#entries.findIndex(([n]) => n === name);
      if (i < 0) { this.#entries.push([name, v]); return; }
      this.#entries[i] = [name, v];
      this.#entries = this.#entries.filter(([n], j) => n !== name || j === i);
    }
    get(name) {
      needArgs(1, arguments.length, "execute 'get' on 'FormData'");
      name = String(name);
      const e = this.#entries.find(([n]) => n === name);
      return e ? e[1] : null;
    }
    getAll(name) {
      needArgs(1, arguments.length, "execute 'getAll' on 'FormData'");
      name = String(name);
      return this.#entries.filter(([n]) => n === name).map(([, v]) => v);
    }
    has(name) {
      needArgs(1, arguments.length, "execute 'has' on 'FormData'");
      name = String(name);
      return this.#entries.some(([n]) => n === name);
    }
    delete(name) {
      needArgs(1, arguments.length, "execute 'delete' on 'FormData'");
      name = String(name);
      this.#entries = this.#entries.filter(([n]) => n !== name);
    }
    forEach(cb, thisArg = undefined) {
      if (typeof cb !== "function") throw new TypeError("Failed to execute 'forEach' on 'FormData': Argument 1 is not a function");
      for (const [n, v] of this.#entries) cb.call(thisArg, v, n, this);
    }
    // live iterators, as the spec's: entries added while iterating are seen
    entries() { return listIterator("FormData", () => this.#entries, (e) => [e[0], e[1]]); }
    keys() { return listIterator("FormData", () => this.#entries, (e) => e[0]); }
    values() { return listIterator("FormData", () => this.#entries, (e) => e[1]); }
    get [Symbol.toStringTag]() { return "FormData"; }
  }
  brand(FormData, FormData[kIs]);
  Object.defineProperty(FormData.prototype, Symbol.iterator, { value: FormData.prototype.entries, writable: true, configurable: true });
  const escapeName = (s) => s.replace(/\n/g, "%0A").replace(/\r/g, "%0D").replace(/"/g, "%22");
  function encodeMultipart(fd) {
    const boundary = "----EdgeplayFormBoundary" + native.randomHex(16);
    const chunks = [];
    for (const [name, value] of fd) {
      let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(name)}"`;
      if (value instanceof File) {
        head += `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || "application/octet-stream"}\r\n\r\n`;
        chunks.push(enc.encode(head), ...value[kInternal]().parts, enc.encode("\r\n"));
      } else {
        chunks.push(enc.encode(head + "\r\n\r\n" + value.replace(/\r(?!\n)|(?<!\r)\n/g, "\r\n") + "\r\n"));
      }
    }
    chunks.push(enc.encode(`--${boundary}--\r\n`));
    const type = "multipart/form-data; boundary=" + boundary;
    // The form stays parts: Go reads them in turn (a file on disk from
    // the file) instead of JS copying every file into one array first.
    return { parts: chunks, type };
  }

  // --- Headers ---
  const tokenRe = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  // Header names repeat (content-type, user-agent): validate each once.
  const nameCache = new Map();
  const headerName = (name) => {
    let k = nameCache.get(name);
    if (k !== undefined) return k;
    name = String(name);
    if (!tokenRe.test(name)) throw new TypeError(`Invalid header name: "${name}"`);
    k = name.toLowerCase();
    if (nameCache.size < 512) nameCache.set(name, k);
    return k;
  };
  const isWS = (c) => c === 32 || c === 9 || c === 10 || c === 13;
  const normValue = (v) => {
    v = String(v);
    if (v.length > 0 && (isWS(v.charCodeAt(0)) || isWS(v.charCodeAt(v.length - 1)))) v = v.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, "");
    return v;
  };
  // A header value, normalised (outer whitespace trimmed) and checked in
  // one native call (three JS helpers and a regexp cost ~8 µs a header in
  // goja); what/arg name the call for a ByteString error, arg a string or
  // the index of a constructor pair.
  const headerValue = (v, what, arg) => {
    const r = native.headerValue(String(v));
    if (typeof r === "string") return r;
    if (r === 1) throw new TypeError(`Failed to ${what}: ${typeof arg === "number" ? `Argument 1, index ${arg}, index 1` : arg} is not a valid ByteString`);
    throw new TypeError(`Invalid header value: "${normValue(v)}"`);
  };
  const forbiddenResponse = new Set(["set-cookie", "set-cookie2"]);
  class Headers {
    #map = new Map(); // lower-case name → [values]
    #guard = "none";
    #sorted = null; // iteration list, rebuilt after a change
    constructor(init = undefined) {
      if (init === undefined || init === null) return;
      if (init instanceof Headers) {
        for (const [k, vs] of init.#map) this.#map.set(k, vs.slice());
      } else if (typeof init === "object" || typeof init === "function") {
        const ctx = "construct 'Headers'";
        // (index loops and no per-pair copies or strings: goja makes an
        // iterator for for-of and an array for Array.from)
        if (Array.isArray(init)) {
          for (let i = 0; i < init.length; i++) this.#addPair(init[i], i, ctx);
        } else if (typeof init[Symbol.iterator] === "function") {
          let i = 0;
          for (const pair of init) this.#addPair(pair, i++, ctx);
        } else {
          const keys = Object.keys(init);
          for (let i = 0; i < keys.length; i++) this.#add(keys[i], init[keys[i]], ctx, "Argument 1");
        }
      } else {
        throw new TypeError("Failed to construct 'Headers': Argument 1 The provided value is not of type '(sequence<sequence<ByteString>> or record<ByteString, ByteString>)'");
      }
    }
    static [kIs](o) { return o !== null && typeof o === "object" && #map in o; }
    static [kInternal](h, guard) { if (guard) h.#guard = guard; return h.#map; }
    static [kGuard](h) { return h.#guard; }
    // Headers from the flat [name, value, name, value, ...] list Go makes
    // (an incoming request's, a fetched response's): the values are
    // validated already.
    static [kFlat](flat, guard) {
      const h = new Headers();
      const map = h.#map;
      for (let i = 0; i + 1 < flat.length; i += 2) {
        const k = headerName(flat[i]);
        const list = map.get(k);
        if (list) list.push(flat[i + 1]); else map.set(k, [flat[i + 1]]);
      }
      if (guard) h.#guard = guard;
      return h;
    }
    // the Headers must be changeable (and their sorted list is stale)
    #writable() {
      if (this.#guard === "immutable") throw new TypeError("Cannot change headers: headers are immutable");
      this.#sorted = null;
    }
    #addPair(pair, i, ctx) {
      if (pair === null || typeof pair !== "object" || typeof pair[Symbol.iterator] !== "function") {
        throw new TypeError(`Failed to construct 'Headers': Argument 1, index ${i} can not be converted to sequence.`);
      }
      const p = Array.isArray(pair) ? pair : Array.from(pair);
      if (p.length !== 2) throw new TypeError(`Invalid header: length must be 2, but is ${p.length}`);
      this.#add(p[0], p[1], ctx, i);
    }
    // arg names the value for a ByteString error: a string, or the index
    // of a pair (the message is made only then)
    #add(name, value, what, arg) {
      const k = headerName(name);
      value = headerValue(value, what, arg);
      this.#writable();
      const list = this.#map.get(k);
      if (list) list.push(value); else this.#map.set(k, [value]);
    }
    append(name, value) {
      this.#add(name, value, "execute 'append' on 'Headers'", "Argument 2");
    }
    set(name, value) {
      const k = headerName(name);
      value = headerValue(value, "execute 'set' on 'Headers'", "Argument 2");
      this.#writable();
      this.#map.set(k, [value]);
    }
    delete(name) {
      const k = headerName(name);
      this.#writable();
      this.#map.delete(k);
    }
    get(name) {
      const list = this.#map.get(headerName(name));
      return list ? list.join(", ") : null;
    }
    has(name) {
      return this.#map.has(headerName(name));
    }
    getSetCookie() { return (this.#map.get("set-cookie") || []).slice(); }
    // the spec's "sort and combine", cached until the next change
    #list() {
      if (this.#sorted !== null) return this.#sorted;
      const out = [];
      for (const k of [...this.#map.keys()].sort()) {
        const list = this.#map.get(k);
        if (k === "set-cookie") for (const v of list) out.push([k, v]);
        else out.push([k, list.join(", ")]);
      }
      return this.#sorted = out;
    }
    entries() { return listIterator("Headers", () => this.#list(), (e) => [e[0], e[1]]); }
    keys() { return listIterator("Headers", () => this.#list(), (e) => e[0]); }
    values() { return listIterator("Headers", () => this.#list(), (e) => e[1]); }
    forEach(cb, thisArg = undefined) {
      if (typeof cb !== "function") throw new TypeError("Failed to execute 'forEach' on 'Headers': Argument 1 is not a function");
      const l = this.#list();
      for (let i = 0; i < l.length; i++) cb.call(thisArg, l[i][1], l[i][0], this);
    }
    get [Symbol.toStringTag]() { return "Headers"; }
  }
  brand(Headers, Headers[kIs], [], { append: 2, set: 2, delete: 1, get: 1, has: 1 });
  Object.defineProperty(Headers.prototype, Symbol.iterator, { value: Headers.prototype.entries, writable: true, configurable: true });
  // the flat [k1, v1, k2, v2, ...] list Go reads (a response, a fetch's
  // request); Map.forEach, not for-of with destructuring: goja makes an
  // iterator and an entry array for each header
  const flatHeaders = (h) => {
    const flat = [];
    Headers[kInternal](h).forEach((list, k) => {
      if (k === "set-cookie") for (let i = 0; i < list.length; i++) flat.push(k, list[i]);
      else flat.push(k, list.length === 1 ? list[0] : list.join(", "));
    });
    return flat;
  };

  // --- bodies ---
  // A body is { bytes } (known bytes), { stream }, or null.
  function extractBody(init) {
    if (init === null || init === undefined) return { body: null, type: null };
    if (typeof init === "string") return { body: { text: init }, type: "text/plain;charset=UTF-8" };
    if (toBytes(init)) return { body: { bytes: copyBytes(init) }, type: null };
    if (init instanceof Blob) {
      const parts = init[kInternal]().parts;
      // the Blob's parts, not a copy of them: Go reads them in turn, and
      // consume() copies (a Blob's bytes are never handed out)
      return { body: { parts: parts.slice() }, type: init.type || null };
    }
    if (typeof URLSearchParams === "function" && init instanceof URLSearchParams) {
      return { body: { bytes: enc.encode(init.toString()) }, type: "application/x-www-form-urlencoded;charset=UTF-8" };
    }
    if (init instanceof FormData) { const m = encodeMultipart(init); return { body: { parts: m.parts }, type: m.type }; }
    if (init instanceof ReadableStream) {
      if (init.locked) throw new TypeError("ReadableStream is locked or disturbed");
      return { body: { stream: init }, type: null };
    }
    if (typeof init === "object" && (typeof init[Symbol.asyncIterator] === "function")) {
      return { body: { stream: ReadableStream.from(init) }, type: null };
    }
    return { body: { bytes: enc.encode(`${init}`) }, type: "text/plain;charset=UTF-8" }; // a Symbol throws, as in Deno
  }

  const consumedError = () => new TypeError("Body already consumed");

  // readChunks reads a body stream to its end, handing each chunk's bytes
  // to onChunk.
  async function readChunks(stream, onChunk) {
    const reader = stream.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const b = toBytes(value);
      if (!b) {
        reader.cancel().catch(() => {});
        throw new TypeError("Cannot convert value to Uint8Array while consuming the stream");
      }
      onChunk(b);
    }
  }

  class BodyState {
    constructor(body) { this.body = body; this.used = false; this.streamObj = null; }
    // A string body stays a string until something needs its bytes: the
    // Go side turns it into bytes itself, without a JS encode.
    bytesOf() {
      const b = this.body;
      if (b.text !== undefined) { b.bytes = enc.encode(b.text); b.text = undefined; }
      if (b.parts) { b.bytes = concat(b.parts); b.parts = undefined; }
      return b.bytes;
    }
    get stream() {
      if (this.body === null) return null;
      if (this.body.text !== undefined) this.bytesOf();
      if (this.streamObj) return this.streamObj;
      if (this.body.stream) return this.streamObj = this.body.stream;
      if (this.body.go !== undefined) {
        // a body still in Go becomes a stream only when asked for
        this.streamObj = native.goBodyStream(this.body.go);
        this.body = { stream: this.streamObj };
        return this.streamObj;
      }
      if (this.body.parts) return this.streamObj = partsStream(this.body.parts);
      const bytes = this.body.bytes;
      let sent = false;
      this.streamObj = new ReadableStream({
        type: "bytes",
        pull(c) {
          if (!sent && bytes.byteLength > 0) { sent = true; c.enqueue(bytes.slice()); return; }
          c.close();
          if (c.byobRequest) c.byobRequest.respond(0);
        },
      });
      return this.streamObj;
    }
    // A body is used once its stream is locked or was ever read from
    // (the polyfill's "disturbed" flag), as in the Fetch spec.
    // How a non-null body crosses to Go: "text", "bytes", "parts" or
    // "go" (the body field of that name) while it is still whole, else
    // "stream".
    goKind() {
      const b = this.body;
      if (!this.streamObj) {
        if (b.go !== undefined) return "go";
        if (b.text !== undefined) return "text";
        if (b.bytes) return "bytes";
        if (b.parts) return "parts";
      }
      return "stream";
    }
    get bodyUsed() { return this.used || (this.streamObj !== null && (this.streamObj.locked || this.streamObj[Symbol.for("edgeplay.streams.disturbed")] === true)); }
    async consume() {
      if (this.bodyUsed) throw consumedError();
      if (this.body === null) return new Uint8Array(0); // a null body is never "used"
      this.used = true;
      if (this.body.go !== undefined && !this.streamObj) return native.goBodyReadAll(this.body.go); // one read in Go
      if (this.body.text !== undefined && !this.streamObj) return this.bytesOf();
      if (this.body.bytes && !this.streamObj) return this.body.bytes;
      if (this.body.parts && !this.streamObj) {
        // a single part is a Blob's own bytes: hand out a copy
        const p = this.body.parts;
        return p.length === 1 && !(p[0] instanceof SpillPart) ? p[0].slice() : concat(p);
      }
      const chunks = [];
      let total = 0;
      await readChunks(this.stream, (b) => { chunks.push(b); total += b.byteLength; });
      return concat(chunks.length ? chunks : [new Uint8Array(0)], total);
    }
    // The body as Blob parts: what blob() and formData() read. A stream
    // longer than spillThreshold goes to a spill file as it arrives.
    async consumeParts() {
      if (this.bodyUsed) throw consumedError();
      if (this.body === null) return [];
      if (this.body.parts && !this.streamObj) { this.used = true; return this.body.parts; }
      if ((this.body.text !== undefined || this.body.bytes) && !this.streamObj) return [await this.consume()];
      this.used = true;
      let limit = native.spillLimit();
      let chunks = [], total = 0, spill = null;
      await readChunks(this.stream, (b) => {
        total += b.byteLength;
        if (spill) { native.spillWrite(spill, b); return; }
        chunks.push(b);
        // Memory pressure may start while the body arrives (many Blobs
        // filling at once): past the pressure floor, ask again.
        if (total > native.spillFloor && total <= limit) limit = native.spillLimit();
        if (total > limit) {
          spill = native.spillCreate();
          for (const c of chunks) native.spillWrite(spill, c);
          chunks = null;
        }
      });
      if (spill) { native.spillSeal(spill); return [new SpillPart(spill, 0, total)]; }
      if (!chunks.length) return [];
      // Near the memory limit even a small Blob goes to disk (many
      // zip entries extracted at once each hold one until uploaded).
      const packed = native.spillPack(chunks);
      if (packed !== null) return [new SpillPart(packed[0], packed[1], total)];
      return [concat(chunks, total)];
    }
    clone() {
      if (this.bodyUsed) throw new TypeError("Body is unusable");
      if (this.body === null) return nullBody;
      if (this.body.parts && !this.streamObj) return new BodyState({ parts: this.body.parts });
      if (this.body.text !== undefined && !this.streamObj) return new BodyState({ text: this.body.text });
      // bytes are the body's own (Go reads them without a copy): the clone gets its own too
      if (this.body.bytes && !this.streamObj) return new BodyState({ bytes: this.body.bytes.slice() });
      const [a, b] = this.stream.tee();
      this.streamObj = a;
      this.body = { stream: a };
      return new BodyState({ stream: b });
    }
  }

  // A null body has no state to change (it is never used or streamed):
  // every one shares this, frozen so a write would throw.
  const nullBody = Object.freeze(new BodyState(null));

  function parseMime(ct) {
    if (!ct) return { essence: "", params: {} };
    const [essence, ...rest] = ct.split(";");
    const params = {};
    for (const p of rest) {
      const i = p.indexOf("=");
      if (i > 0) params[p.slice(0, i).trim().toLowerCase()] = p.slice(i + 1).trim().replace(/^"|"$/g, "");
    }
    return { essence: essence.trim().toLowerCase(), params };
  }

  const bodyMixin = (cls, stateOf, headersOf) => {
    const methods = {
      get body() { return stateOf(this).stream; },
      get bodyUsed() { return stateOf(this).bodyUsed; },
      async arrayBuffer() { const b = await stateOf(this).consume(); return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b.buffer : b.slice().buffer; },
      async bytes() { const b = await stateOf(this).consume(); return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : b.slice(); },
      async text() { return dec.decode(await stateOf(this).consume()); },
      async json() { return JSON.parse(dec.decode(await stateOf(this).consume())); },
      async blob() {
        const parts = await stateOf(this).consumeParts();
        return Blob[kSetParts](new Blob([], { type: headersOf(this).get("content-type") || "" }), parts);
      },
      async formData() {
        const ct = headersOf(this).get("content-type") || "";
        const mime = parseMime(ct);
        const fd = new FormData();
        if (mime.essence === "multipart/form-data") {
          if (!mime.params.boundary) throw new TypeError("Cannot construct MultipartParser: multipart/form-data must provide a boundary");
          // parsed in Go from the body's parts; big files stay on disk
          const parts = await stateOf(this).consumeParts();
          for (const part of native.parseMultipartParts(parts, mime.params.boundary)) {
            if (part.filename === undefined) { fd.append(part.name, dec.decode(part.data)); continue; }
            const file = new File([], part.filename, { type: part.type });
            fd.append(part.name, Blob[kSetParts](file, [part.spill ? new SpillPart(part.spill, 0, part.size) : part.data]));
          }
          return fd;
        }
        const b = await stateOf(this).consume();
        if (mime.essence === "application/x-www-form-urlencoded") {
          for (const [k, v] of new URLSearchParams(dec.decode(b))) fd.append(k, v);
          return fd;
        }
        throw new TypeError("Body can not be decoded as form data");
      },
    };
    for (const key of Object.getOwnPropertyNames(methods)) {
      Object.defineProperty(cls.prototype, key, { ...Object.getOwnPropertyDescriptor(methods, key), enumerable: true });
    }
  };

  // --- Request ---
  // normalised to upper case (the spec's list: PATCH is not in it)
  const methods = new Map(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"].map((m) => [m.toLowerCase(), m]));
  const kFast = Symbol("incoming");
  const kInspect = Symbol("inspect");
  const kNoSignal = Symbol("no signal");
  const lazyMarker = Object.freeze({}); // "make the signal when asked", shared
  // newRequest hands an incoming request's fields over here rather than in
  // an init object: one object fewer per request.
  let incoming = false, inUrl, inMethod, inPairs, inBody;
  class Request {
    #state;
    #method = "GET";
    #url = "";
    #headers;
    #signal;
    #redirect = "follow";
    #extra = null; // rarely-read init members (cache, mode, …), made on demand
    #lazyAbort = null; // incoming requests make their signal on first use
    #pairs = null; // incoming requests make their Headers on first use
    constructor(input, init = undefined) {
      if (input === kFast && incoming) {
        // an incoming request: Go validated everything; no URL parse
        this.#url = inUrl;
        this.#method = inMethod;
        this.#pairs = inPairs;
        this.#state = inBody === null ? nullBody : new BodyState({ go: inBody });
        this.#lazyAbort = lazyMarker;
        return;
      }
      // (no `arguments` here: goja would make that object for every
      // request; an undefined input fails as 0 arguments)
      if (input === undefined && init === undefined) needArgs(1, 0, "construct 'Request'");
      if (init === null || init === undefined) init = {};
      else if (typeof init !== "object" && typeof init !== "function") throw new TypeError("Failed to construct 'Request': Argument 2 can not be converted to a dictionary");
      let inputBody = null;
      if (input instanceof Request) {
        this.#url = input.#url;
        this.#method = input.#method;
        this.#headers = new Headers(input.headers);
        this.#redirect = input.#redirect;
        this.#signal = input.signal;
        this.#extra = input.#extra && { ...input.#extra };
        if (input.#state.body !== null) {
          if (input.bodyUsed) throw new TypeError("Input request's body is unusable");
          inputBody = input.#state;
        }
      } else {
        let u;
        try { u = new URL(String(input)); } catch { throw new TypeError(`Invalid URL: '${input}'`); }
        this.#url = u.href;
        this.#headers = new Headers();
      }
      if (init.method !== undefined) {
        const m = String(init.method);
        if (!tokenRe.test(m)) throw new TypeError("Method is not valid");
        const upper = m.toUpperCase();
        if (upper === "CONNECT" || upper === "TRACE" || upper === "TRACK") throw new TypeError("Method is forbidden");
        this.#method = methods.get(m.toLowerCase()) || m;
      }
      if (init.headers !== undefined) this.#headers = new Headers(init.headers);
      if (init.redirect !== undefined) {
        const mode = String(init.redirect);
        if (mode !== "follow" && mode !== "error" && mode !== "manual") {
          throw new TypeError(`Failed to construct 'Request': The provided value '${mode}' is not a valid enum value of type RequestRedirect`);
        }
        this.#redirect = mode;
      }
      for (const k of ["cache", "credentials", "mode", "referrer", "referrerPolicy", "integrity", "keepalive", "priority"]) {
        if (init[k] !== undefined) (this.#extra ??= {})[k] = init[k];
      }
      if ("signal" in init) this.#signal = init.signal ?? undefined;
      if (this.#signal !== undefined && this.#signal !== null && !(this.#signal instanceof AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': 'signal' of 'RequestInit' (Argument 2) is not of type AbortSignal");
      }
      // The request's own signal follows the given one. Without one it can
      // never abort: it is made on first use (fetch does not ask for it).
      const parent = this.#signal;
      if (parent) {
        const follower = new AbortController();
        if (parent.aborted) follower.abort(parent.reason);
        else parent.addEventListener("abort", () => follower.abort(parent.reason), { once: true });
        this.#signal = follower.signal;
      } else {
        this.#signal = undefined;
        this.#lazyAbort = lazyMarker;
      }
      if (init.body !== undefined && init.body !== null) {
        if (this.#method === "GET" || this.#method === "HEAD") throw new TypeError("Request with GET/HEAD method cannot have body");
        const { body, type } = extractBody(init.body);
        this.#state = new BodyState(body);
        if (type && !this.#headers.has("content-type")) this.#headers.set("content-type", type);
      } else if (inputBody) {
        if (this.#method === "GET" || this.#method === "HEAD") throw new TypeError("Request with GET/HEAD method cannot have body");
        this.#state = new BodyState(inputBody.body);
        inputBody.used = true; // the new request took the old one's body
      } else {
        this.#state = nullBody;
      }
    }
    static [kInternal](r) { return { state: r.#state, headers: r.headers, method: r.#method, url: r.#url, redirect: r.#redirect, get signal() { return r.signal; } }; }
    // A signal that can never abort: a request made without one, whose
    // signal nobody asked for (fetch then needs no abort listener).
    static [kNoSignal](r) { return r.#lazyAbort === lazyMarker && r.#signal === undefined; }
    static [kFast](r, reason) {
      let l = r.#lazyAbort;
      if (!l) return;
      if (l === lazyMarker) l = r.#lazyAbort = { controller: null, reason: undefined };
      if (l.controller) l.controller.abort(reason);
      else l.reason = reason;
    }
    get method() { return this.#method; }
    get url() { return this.#url; }
    get headers() {
      if (this.#pairs !== null) {
        const p = this.#pairs;
        this.#headers = Headers[kFlat](native.incomingHeaders(p), "immutable");
        this.#pairs = null;
      }
      return this.#headers;
    }
    get signal() {
      let l = this.#lazyAbort;
      if (l === lazyMarker) l = this.#lazyAbort = { controller: null, reason: undefined };
      if (l && !l.controller) {
        l.controller = new AbortController();
        this.#signal = l.controller.signal;
        if (l.reason !== undefined) l.controller.abort(l.reason);
      }
      return this.#signal;
    }
    get redirect() { return this.#redirect; }
    get cache() { return this.#extra?.cache ?? "default"; }
    get credentials() { return this.#extra?.credentials ?? "same-origin"; }
    get mode() { return this.#extra?.mode ?? "cors"; }
    get referrer() { return this.#extra?.referrer ?? "about:client"; }
    get referrerPolicy() { return this.#extra?.referrerPolicy ?? ""; }
    get integrity() { return this.#extra?.integrity ?? ""; }
    get keepalive() { return !!this.#extra?.keepalive; }
    get destination() { return ""; }
    get duplex() { return "half"; }
    clone() {
      if (this.bodyUsed) throw new TypeError("Body is unusable");
      const r = new Request(this.#url, { method: this.#method, headers: this.headers, redirect: this.#redirect, signal: this.signal });
      r.#state = this.#state.clone();
      r.#extra = this.#extra && { ...this.#extra };
      return r;
    }
    get [Symbol.toStringTag]() { return "Request"; }
    static [kIs](o) { return #state in o; }
  }
  bodyMixin(Request, (r) => Request[kInternal](r).state, (r) => r.headers);
  brand(Request, (o) => o !== null && typeof o === "object" && Request[kIs](o));

  // --- Response ---
  const nullBodyStatus = new Set([101, 204, 205, 304]);
  // WebIDL unsigned short: truncate, wrap modulo 2^16, NaN/Infinity are 0
  const toUShort = (v) => {
    v = Number(v);
    if (!Number.isFinite(v)) return 0;
    v = Math.trunc(v) % 65536;
    return v < 0 ? v + 65536 : v;
  };
  const redirectStatus = new Set([301, 302, 303, 307, 308]);
  const noInit = Object.freeze({});
  class Response {
    #state;
    #status = 200;
    #statusText = "";
    #headers;
    #type = "default";
    #url = "";
    #redirected = false;
    constructor(body = null, init = undefined) {
      if (init === null || init === undefined) {
        // the common `new Response(string)`: no init object, no extractBody result
        if (typeof body === "string") {
          this.#state = new BodyState({ text: body });
          this.#ctype = "text/plain;charset=UTF-8";
          return;
        }
        init = noInit;
      } else if (typeof init !== "object" && typeof init !== "function") throw new TypeError("Failed to construct 'Response': Argument 2 can not be converted to a dictionary");
      if (init.status !== undefined) {
        const s = toUShort(init.status);
        // 101 is allowed here, as in Deno; only an upgrade may be served with it
        if (s !== 101 && (s < 200 || s > 599)) throw new RangeError(`The status provided (${s}) is not equal to 101 and outside the range [200, 599]`);
        this.#status = s;
      }
      if (init.statusText !== undefined) {
        const t = String(init.statusText);
        if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(t)) throw new TypeError(`Invalid status text: "${t}"`);
        this.#statusText = t;
      }
      // Headers are made on first use: a handler that never reads them
      // (most) pays nothing; the Go side reads the init directly.
      if (init.headers !== undefined) this.#headers = new Headers(init.headers);
      if (body !== null && body !== undefined) {
        if (nullBodyStatus.has(this.#status)) throw new TypeError("Response with null body status cannot have body");
        const { body: b, type } = extractBody(body);
        this.#state = new BodyState(b);
        if (type) {
          // #ctype also marks, when there are headers, that the body's
          // type was used (Response.json replaces it)
          if (this.#headers === undefined) this.#ctype = type;
          else if (!this.#headers.has("content-type")) { this.#headers.set("content-type", type); this.#ctype = type; }
        }
      } else {
        this.#state = nullBody;
      }
    }
    #ctype = null;
    #hdrs() {
      if (this.#headers === undefined) {
        this.#headers = new Headers();
        if (this.#ctype !== null) this.#headers.set("content-type", this.#ctype);
      }
      return this.#headers;
    }
    // What Go needs, in one call to native.inspected, without making a
    // Headers object: status, body kind, body, stream, and the content
    // type alone or the flat header list.
    static [kInspect](r) {
      const st = r.#state;
      if (r.#type === "error") throw new TypeError("Return value from serve handler must not be an error response (like Response.error())");
      if (r.#status === 101) throw new TypeError("Return value from serve handler must not have status 101 unless it comes from Deno.upgradeWebSocket");
      if (st.bodyUsed) throw new TypeError("The body of the Response returned from the serve handler has already been consumed");
      let kind = "none", body = null, stream = null;
      if (st.body !== null) {
        kind = st.goKind();
        if (kind === "stream") stream = st.stream;
        else body = st.body[kind];
        st.used = true;
      }
      let ctype = null, flat = null;
      if (r.#headers === undefined) ctype = r.#ctype;
      else flat = flatHeaders(r.#headers);
      native.inspected(r.#status, kind, body, stream, ctype, flat);
    }
    static [kInternal](r, patch) {
      if (patch) {
        if ("status" in patch) r.#status = patch.status;
        if ("statusText" in patch) r.#statusText = patch.statusText;
        if ("url" in patch) r.#url = patch.url;
        if ("redirected" in patch) r.#redirected = patch.redirected;
        if ("type" in patch) r.#type = patch.type;
        if ("state" in patch) r.#state = patch.state;
        if ("headers" in patch) r.#headers = patch.headers;
        if ("guard" in patch) Headers[kInternal](r.#hdrs(), patch.guard);
      }
      return { state: r.#state, status: r.#status, get headers() { return r.#hdrs(); } };
    }
    static json(data, init = {}) {
      const text = JSON.stringify(data);
      if (text === undefined) throw new TypeError("Value is not JSON serializable");
      const r = new Response(text, init);
      // the init's own content-type stays; the string body's gives way
      if (r.#ctype !== null) {
        if (r.#headers === undefined) r.#ctype = "application/json";
        else r.#headers.set("content-type", "application/json");
      }
      return r;
    }
    static error() {
      const r = new Response(null);
      r.#type = "error";
      r.#status = 0;
      Headers[kInternal](r.#hdrs(), "immutable");
      return r;
    }
    static redirect(url, status = 302) {
      let u;
      try { u = new URL(String(url)); } catch { throw new TypeError(`Invalid URL: '${url}'`); }
      status = toUShort(status);
      if (!redirectStatus.has(status)) throw new RangeError(`Invalid redirect status code: ${status}`);
      const r = new Response(null, { status, headers: { location: u.href } });
      Headers[kInternal](r.#hdrs(), "immutable");
      return r;
    }
    get type() { return this.#type; }
    get url() { return this.#url; }
    get redirected() { return this.#redirected; }
    get status() { return this.#status; }
    get ok() { return this.#status >= 200 && this.#status <= 299; }
    get statusText() { return this.#statusText; }
    get headers() { return this.#hdrs(); }
    clone() {
      if (this.bodyUsed) throw new TypeError("Body is unusable");
      const r = new Response(null);
      r.#state = this.#state.clone();
      r.#status = this.#status;
      r.#statusText = this.#statusText;
      r.#headers = new Headers(this.#hdrs());
      Headers[kInternal](r.#headers, Headers[kGuard](this.#headers)); // a fetched response's clone stays immutable
      r.#type = this.#type;
      r.#url = this.#url;
      r.#redirected = this.#redirected;
      return r;
    }
    get [Symbol.toStringTag]() { return "Response"; }
    static [kIs](o) { return #state in o; }
  }
  bodyMixin(Response, (r) => Response[kInternal](r).state, (r) => r.headers);
  brand(Response, (o) => o !== null && typeof o === "object" && Response[kIs](o));

  // --- fetch ---
  async function fetch(input = undefined, init = undefined) {
    needArgs(1, arguments.length, "execute 'fetch'");
    const req = new Request(input, init);
    const r = Request[kInternal](req);
    const signal = Request[kNoSignal](req) ? null : r.signal;
    if (signal && signal.aborted) throw signal.reason;
    // the Request's URL is parsed and serialized already: its scheme is
    // what comes before the first ":"
    const scheme = r.url.slice(0, r.url.indexOf(":"));
    if (scheme === "data") return dataURL(new URL(r.url));
    if (scheme !== "http" && scheme !== "https") throw new TypeError(`Url scheme '${scheme}' not supported`);
    let body = null;
    if (r.state.body !== null) {
      if (r.state.bodyUsed) throw consumedError();
      r.state.used = true;
      const kind = r.state.goKind();
      body = kind === "stream" ? r.state.stream : kind === "parts" ? { parts: r.state.body.parts } : kind === "go" ? { go: r.state.body.go } : r.state.bytesOf();
    }
    const id = native.start({ method: r.method, url: r.url, headers: flatHeaders(r.headers), body, redirect: r.redirect });
    const onAbort = signal && (() => native.abort(id, signal.reason));
    if (signal) signal.addEventListener("abort", onAbort, { once: true });
    let res;
    try {
      res = await native.response(id);
    } catch (e) {
      if (signal && signal.aborted) throw signal.reason;
      throw e;
    } finally {
      if (!res && signal) signal.removeEventListener("abort", onAbort);
    }
    const response = new Response(null);
    // Go validated the headers (and made them ByteStrings): no re-check
    Response[kInternal](response, { headers: Headers[kFlat](res.headers, "immutable"), status: res.status, statusText: res.statusText, url: res.url, redirected: res.redirected, type: "basic" });
    if (res.body !== null) Response[kInternal](response, { state: new BodyState({ go: res.body }) });
    if (!signal) return response;
    if (res.body !== null) {
      // aborting mid-body errors the stream; unhook once it is done
      res.done.then(() => signal.removeEventListener("abort", onAbort), () => signal.removeEventListener("abort", onAbort));
    } else {
      signal.removeEventListener("abort", onAbort);
    }
    return response;
  }
  function dataURL(u) {
    const href = u.href;
    const comma = href.indexOf(",");
    if (comma < 0) throw new TypeError("Invalid data URL");
    const meta = href.slice(5, comma);
    const isB64 = /;base64$/i.test(meta);
    const type = (isB64 ? meta.slice(0, -7) : meta) || "text/plain;charset=US-ASCII";
    const raw = decodeURIComponent(href.slice(comma + 1));
    const bytes = isB64 ? new Uint8Array(Array.from(atob(raw), (c) => c.charCodeAt(0))) : enc.encode(raw);
    const r = new Response(bytes, { headers: { "content-type": type } });
    Response[kInternal](r, { url: href, type: "basic", statusText: "OK", guard: "immutable" });
    return r;
  }

  for (const [name, value] of Object.entries({ Blob, File, FormData, Headers, Request, Response })) def(name, value);
  // fetch is enumerable in Deno (the classes are not)
  Object.defineProperty(globalThis, "fetch", { value: fetch, writable: true, configurable: true, enumerable: true });

  return {
    // An incoming request for the handler; abort() fires req.signal when
    // the client goes away.
    newRequest(url, method, pairs, body) {
      incoming = true;
      inUrl = url; inMethod = method; inPairs = pairs; inBody = body;
      try {
        return new Request(kFast);
      } finally {
        incoming = false;
        inPairs = inBody = undefined;
      }
    },
    abortRequest(req) {
      Request[kFast](req, new DOMException("The client closed the connection", "AbortError"));
    },
    // Hands a handler's Response to Go (native.inspected); false if v is
    // not a Response.
    inspectResponse(v) {
      if (!(v instanceof Response)) return false;
      Response[kInspect](v);
      return true;
    },
  };
})
