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

  const concat = (chunks, total) => {
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

  // --- Blob / File ---
  // A Blob is a list of byte parts; slice() makes views, never copies.
  class Blob {
    #parts;
    #size;
    #type;
    constructor(blobParts = [], options = {}) {
      if (blobParts === null || typeof blobParts !== "object" || typeof blobParts[Symbol.iterator] !== "function") {
        if (blobParts !== undefined) throw new TypeError("Failed to construct 'Blob': The provided value cannot be converted to a sequence.");
        blobParts = [];
      }
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
    get size() { return this.#size; }
    get type() { return this.#type; }
    slice(start = 0, end = this.#size, contentType = "") {
      const size = this.#size;
      const rel = (v) => (v < 0 ? Math.max(size + v, 0) : Math.min(v, size));
      let from = rel(Math.trunc(Number(start)) || 0);
      const to = rel(end === undefined ? size : Math.trunc(Number(end)) || 0);
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
    stream() {
      const parts = this.#parts.slice();
      let i = 0;
      return new ReadableStream({
        type: "bytes",
        pull(c) {
          while (i < parts.length && parts[i].byteLength === 0) i++;
          if (i >= parts.length) { c.close(); if (c.byobRequest) c.byobRequest.respond(0); return; }
          c.enqueue(parts[i++].slice());
        },
      });
    }
    get [Symbol.toStringTag]() { return "Blob"; }
  }
  class File extends Blob {
    #name;
    #lastModified;
    constructor(fileBits, fileName, options = {}) {
      if (arguments.length < 2) throw new TypeError(`Failed to construct 'File': 2 arguments required, but only ${arguments.length} present.`);
      super(fileBits, options);
      this.#name = String(fileName);
      this.#lastModified = options && options.lastModified !== undefined ? Number(options.lastModified) : Date.now();
    }
    get name() { return this.#name; }
    get lastModified() { return this.#lastModified; }
    get webkitRelativePath() { return ""; }
    get [Symbol.toStringTag]() { return "File"; }
  }

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
      if (form !== undefined) throw new TypeError("Failed to construct 'FormData': there is no HTMLFormElement here");
    }
    append(name, value, filename) { this.#entries.push([String(name), toEntryValue(value, filename)]); }
    set(name, value, filename) {
      name = String(name);
      const v = toEntryValue(value, filename);
      const i = this.#entries.findIndex(([n]) => n === name);
      if (i < 0) { this.#entries.push([name, v]); return; }
      this.#entries[i] = [name, v];
      this.#entries = this.#entries.filter(([n], j) => n !== name || j === i);
    }
    get(name) { const e = this.#entries.find(([n]) => n === String(name)); return e ? e[1] : null; }
    getAll(name) { return this.#entries.filter(([n]) => n === String(name)).map(([, v]) => v); }
    has(name) { return this.#entries.some(([n]) => n === String(name)); }
    delete(name) { this.#entries = this.#entries.filter(([n]) => n !== String(name)); }
    forEach(cb, thisArg) { for (const [n, v] of this.#entries) cb.call(thisArg, v, n, this); }
    *entries() { yield* this.#entries.map((e) => [e[0], e[1]]); }
    *keys() { for (const [n] of this.#entries) yield n; }
    *values() { for (const [, v] of this.#entries) yield v; }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return "FormData"; }
  }
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
    return { bytes: concat(chunks), type: "multipart/form-data; boundary=" + boundary };
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
  const badValue = (v) => v.indexOf("\n") !== -1 || v.indexOf("\r") !== -1 || v.indexOf("\0") !== -1;
  const forbiddenResponse = new Set(["set-cookie", "set-cookie2"]);
  class Headers {
    #map = new Map(); // lower-case name → [values]
    #guard = "none";
    constructor(init) {
      if (init === undefined || init === null) return;
      if (init instanceof Headers) {
        for (const [k, vs] of init.#map) this.#map.set(k, vs.slice());
      } else if (typeof init === "object") {
        if (typeof init[Symbol.iterator] === "function") {
          for (const pair of init) {
            const p = Array.from(pair);
            if (p.length !== 2) throw new TypeError("Failed to construct 'Headers': Invalid value");
            this.append(p[0], p[1]);
          }
        } else {
          for (const k of Object.keys(init)) this.append(k, init[k]);
        }
      } else {
        throw new TypeError("Failed to construct 'Headers': The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
      }
    }
    static [kInternal](h, guard) { if (guard) h.#guard = guard; return h.#map; }
    // fromPairs trusts names and values Go already validated.
    static fromPairs(pairs) {
      const h = new Headers();
      const map = h.#map;
      for (let i = 0; i < pairs.length; i++) {
        const k = headerName(pairs[i][0]);
        const list = map.get(k);
        if (list) list.push(pairs[i][1]); else map.set(k, [pairs[i][1]]);
      }
      return h;
    }
    #check(name, value) {
      const k = headerName(name);
      if (value !== undefined && badValue(value)) throw new TypeError(`Invalid header value: "${value}"`);
      if (this.#guard === "immutable") throw new TypeError("Headers are immutable.");
      return k;
    }
    append(name, value) {
      value = normValue(value);
      const k = this.#check(name, value);
      const list = this.#map.get(k);
      if (list) list.push(value); else this.#map.set(k, [value]);
    }
    set(name, value) { value = normValue(value); this.#map.set(this.#check(name, value), [value]); }
    delete(name) { this.#map.delete(this.#check(name)); }
    get(name) {
      const k = headerName(name);
      const list = this.#map.get(k);
      if (!list) return null;
      return k === "set-cookie" ? list.join(", ") : list.join(", ");
    }
    has(name) { return this.#map.has(headerName(name)); }
    getSetCookie() { return (this.#map.get("set-cookie") || []).slice(); }
    *entries() {
      for (const k of [...this.#map.keys()].sort()) {
        const list = this.#map.get(k);
        if (k === "set-cookie") for (const v of list) yield [k, v];
        else yield [k, list.join(", ")];
      }
    }
    *keys() { for (const [k] of this.entries()) yield k; }
    *values() { for (const [, v] of this.entries()) yield v; }
    forEach(cb, thisArg) { for (const [k, v] of this.entries()) cb.call(thisArg, v, k, this); }
    [Symbol.iterator]() { return this.entries(); }
    get [Symbol.toStringTag]() { return "Headers"; }
  }
  const headerPairs = (h) => {
    const out = [];
    for (const [k, list] of Headers[kInternal](h)) {
      if (k === "set-cookie") for (const v of list) out.push([k, v]);
      else out.push([k, list.length === 1 ? list[0] : list.join(", ")]);
    }
    return out;
  };

  // --- bodies ---
  // A body is { bytes } (known bytes), { stream }, or null.
  function extractBody(init) {
    if (init === null || init === undefined) return { body: null, type: null };
    if (typeof init === "string") return { body: { text: init }, type: "text/plain;charset=UTF-8" };
    if (toBytes(init)) return { body: { bytes: copyBytes(init) }, type: null };
    if (init instanceof Blob) return { body: { bytes: concat(init[kInternal]().parts, init.size) }, type: init.type || null };
    if (typeof URLSearchParams === "function" && init instanceof URLSearchParams) {
      return { body: { bytes: enc.encode(init.toString()) }, type: "application/x-www-form-urlencoded;charset=UTF-8" };
    }
    if (init instanceof FormData) { const m = encodeMultipart(init); return { body: { bytes: m.bytes }, type: m.type }; }
    if (init instanceof ReadableStream) {
      if (init.locked) throw new TypeError("ReadableStream is locked.");
      return { body: { stream: init }, type: null };
    }
    if (typeof init === "object" && (typeof init[Symbol.asyncIterator] === "function")) {
      return { body: { stream: ReadableStream.from(init) }, type: null };
    }
    return { body: { bytes: enc.encode(String(init)) }, type: "text/plain;charset=UTF-8" };
  }

  const consumedError = () => new TypeError("Body already consumed.");

  class BodyState {
    constructor(body) { this.body = body; this.used = false; this.streamObj = null; }
    // A string body stays a string until something needs its bytes: the
    // Go side turns it into bytes itself, without a JS encode.
    bytesOf() {
      const b = this.body;
      if (b.text !== undefined) { b.bytes = enc.encode(b.text); b.text = undefined; }
      return b.bytes;
    }
    get stream() {
      if (this.body === null) return null;
      if (this.body.text !== undefined) this.bytesOf();
      if (this.streamObj) return this.streamObj;
      if (this.body.stream) return this.streamObj = this.body.stream;
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
    get bodyUsed() { return this.used || (this.streamObj !== null && this.streamObj.locked); }
    async consume() {
      if (this.used || (this.streamObj && this.streamObj.locked)) throw consumedError();
      this.used = true;
      if (this.body === null) return new Uint8Array(0);
      if (this.body.text !== undefined && !this.streamObj) return this.bytesOf();
      if (this.body.bytes && !this.streamObj) return this.body.bytes;
      const reader = this.stream.getReader();
      const chunks = [];
      let total = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const b = toBytes(value);
        if (!b) throw new TypeError("Response body chunk is not a Uint8Array");
        chunks.push(b);
        total += b.byteLength;
      }
      return concat(chunks.length ? chunks : [new Uint8Array(0)], total);
    }
    clone() {
      if (this.bodyUsed) throw new TypeError("Body already consumed.");
      if (this.body === null) return new BodyState(null);
      if (this.body.text !== undefined && !this.streamObj) return new BodyState({ text: this.body.text });
      if (this.body.bytes && !this.streamObj) return new BodyState({ bytes: this.body.bytes });
      const [a, b] = this.stream.tee();
      this.streamObj = a;
      this.body = { stream: a };
      return new BodyState({ stream: b });
    }
  }

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
        const b = await stateOf(this).consume();
        return new Blob([b], { type: headersOf(this).get("content-type") || "" });
      },
      async formData() {
        const ct = headersOf(this).get("content-type") || "";
        const mime = parseMime(ct);
        const b = await stateOf(this).consume();
        const fd = new FormData();
        if (mime.essence === "multipart/form-data") {
          if (!mime.params.boundary) throw new TypeError("Missing boundary in the multipart/form-data content type");
          for (const part of native.parseMultipart(b, mime.params.boundary)) {
            if (part.filename !== undefined) fd.append(part.name, new File([part.data], part.filename, { type: part.type }));
            else fd.append(part.name, dec.decode(part.data));
          }
          return fd;
        }
        if (mime.essence === "application/x-www-form-urlencoded") {
          for (const [k, v] of new URLSearchParams(dec.decode(b))) fd.append(k, v);
          return fd;
        }
        throw new TypeError(`Body can not be decoded as form data: content type "${ct}" is not multipart/form-data or application/x-www-form-urlencoded`);
      },
    };
    for (const key of Object.getOwnPropertyNames(methods)) {
      Object.defineProperty(cls.prototype, key, { ...Object.getOwnPropertyDescriptor(methods, key), enumerable: true });
    }
  };

  // --- Request ---
  const methods = new Map(["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH"].map((m) => [m.toLowerCase(), m]));
  const kFast = Symbol("incoming");
  const kInspect = Symbol("inspect");
  const lazyMarker = Object.freeze({}); // "make the signal when asked", shared
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
    constructor(input, init = {}) {
      if (input === kFast) {
        // an incoming request: Go validated everything; no URL parse
        this.#url = init.url;
        this.#method = init.method;
        this.#pairs = init.pairs;
        this.#state = new BodyState(init.body);
        this.#lazyAbort = lazyMarker;
        return;
      }
      if (arguments.length === 0) throw new TypeError("Failed to construct 'Request': 1 argument required, but only 0 present.");
      if (init === null || (typeof init !== "object" && init !== undefined)) init = {};
      init = init || {};
      let inputBody = null;
      if (input instanceof Request) {
        this.#url = input.#url;
        this.#method = input.#method;
        this.#headers = new Headers(input.headers);
        this.#redirect = input.#redirect;
        this.#signal = input.signal;
        this.#extra = input.#extra && { ...input.#extra };
        if (input.#state.body !== null) {
          if (input.bodyUsed) throw new TypeError("Cannot construct a Request with a Request object that has already been used.");
          inputBody = input.#state;
        }
      } else {
        let u;
        try { u = new URL(String(input)); } catch { throw new TypeError(`Invalid URL: '${input}'`); }
        if (u.username || u.password) throw new TypeError("Request cannot be constructed from a URL that includes credentials");
        this.#url = u.href;
        this.#headers = new Headers();
      }
      if (init.method !== undefined) {
        const m = String(init.method);
        if (!tokenRe.test(m)) throw new TypeError(`Invalid method: "${m}"`);
        const upper = m.toUpperCase();
        if (upper === "CONNECT" || upper === "TRACE" || upper === "TRACK") throw new TypeError(`Method is forbidden: "${m}"`);
        this.#method = methods.get(m.toLowerCase()) || m;
      }
      if (init.headers !== undefined) this.#headers = new Headers(init.headers);
      if (init.redirect !== undefined) {
        if (!["follow", "error", "manual"].includes(init.redirect)) throw new TypeError(`'${init.redirect}' is not a valid redirect mode`);
        this.#redirect = init.redirect;
      }
      for (const k of ["cache", "credentials", "mode", "referrer", "referrerPolicy", "integrity", "keepalive", "priority"]) {
        if (init[k] !== undefined) (this.#extra ??= {})[k] = init[k];
      }
      if ("signal" in init) this.#signal = init.signal ?? undefined;
      if (this.#signal !== undefined && this.#signal !== null && !(this.#signal instanceof AbortSignal)) {
        throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
      }
      const follower = new AbortController();
      if (this.#signal) {
        if (this.#signal.aborted) follower.abort(this.#signal.reason);
        else this.#signal.addEventListener("abort", () => follower.abort(this.#signal.reason), { once: true });
      }
      this.#signal = follower.signal;
      if (init.body !== undefined && init.body !== null) {
        if (this.#method === "GET" || this.#method === "HEAD") throw new TypeError("Request with GET/HEAD method cannot have body.");
        const { body, type } = extractBody(init.body);
        this.#state = new BodyState(body);
        if (type && !this.#headers.has("content-type")) this.#headers.set("content-type", type);
      } else if (inputBody) {
        this.#state = new BodyState(inputBody.body);
        inputBody.used = true; // the new request took the old one's body
      } else {
        this.#state = new BodyState(null);
      }
    }
    static [kInternal](r) { return { state: r.#state, headers: r.headers, method: r.#method, url: r.#url, redirect: r.#redirect, signal: r.signal }; }
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
        this.#headers = Headers.fromPairs(typeof p === "function" ? p() : p);
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
      if (this.bodyUsed) throw new TypeError("Body already consumed.");
      const r = new Request(this.#url, { method: this.#method, headers: this.headers, redirect: this.#redirect, signal: this.signal });
      r.#state = this.#state.clone();
      r.#extra = this.#extra && { ...this.#extra };
      return r;
    }
    get [Symbol.toStringTag]() { return "Request"; }
  }
  bodyMixin(Request, (r) => Request[kInternal](r).state, (r) => r.headers);

  // --- Response ---
  const nullBodyStatus = new Set([101, 103, 204, 205, 304]);
  const redirectStatus = new Set([301, 302, 303, 307, 308]);
  class Response {
    #state;
    #status = 200;
    #statusText = "";
    #headers;
    #type = "default";
    #url = "";
    #redirected = false;
    constructor(body = null, init = {}) {
      init = init || {};
      if (init.status !== undefined) {
        const s = Number(init.status);
        if (!Number.isInteger(s) || s < 200 || s > 599) throw new RangeError(`The status provided (${init.status}) is outside the range [200, 599].`);
        this.#status = s;
      }
      if (init.statusText !== undefined) {
        const t = String(init.statusText);
        if (/[\r\n]/.test(t) || !/^[\t\x20-\x7e\x80-\xff]*$/.test(t)) throw new TypeError("Invalid status text: " + JSON.stringify(t));
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
          if (this.#headers === undefined) this.#ctype = type;
          else if (!this.#headers.has("content-type")) this.#headers.set("content-type", type);
        }
      } else {
        this.#state = new BodyState(null);
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
    // what Go needs, in one call, without making a Headers object
    static [kInspect](r) {
      let pairs;
      if (r.#headers === undefined) pairs = r.#ctype === null ? [] : [["content-type", r.#ctype]];
      else pairs = headerPairs(r.#headers);
      return { state: r.#state, status: r.#status, pairs };
    }
    static [kInternal](r, patch) {
      if (patch && "pairs" in patch) {
        // raw pairs for Go, without making a Headers object
        if (r.#headers === undefined) return r.#ctype === null ? [] : [["content-type", r.#ctype]];
        return headerPairs(r.#headers);
      }
      if (patch) {
        if ("status" in patch) r.#status = patch.status;
        if ("statusText" in patch) r.#statusText = patch.statusText;
        if ("url" in patch) r.#url = patch.url;
        if ("redirected" in patch) r.#redirected = patch.redirected;
        if ("type" in patch) r.#type = patch.type;
        if ("guard" in patch) Headers[kInternal](r.#hdrs(), patch.guard);
      }
      return { state: r.#state, status: r.#status, get headers() { return r.#hdrs(); } };
    }
    static json(data, init = {}) {
      const text = JSON.stringify(data);
      if (text === undefined) throw new TypeError("The data is not JSON serializable");
      const r = new Response(text, init);
      if (!(init && init.headers && new Headers(init.headers).has("content-type"))) r.headers.set("content-type", "application/json");
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
      if (!redirectStatus.has(status)) throw new RangeError(`Invalid redirect status: ${status}`);
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
      if (this.bodyUsed) throw new TypeError("Body already consumed.");
      const r = new Response(null);
      r.#state = this.#state.clone();
      r.#status = this.#status;
      r.#statusText = this.#statusText;
      r.#headers = new Headers(this.#hdrs());
      r.#type = this.#type;
      r.#url = this.#url;
      r.#redirected = this.#redirected;
      return r;
    }
    get [Symbol.toStringTag]() { return "Response"; }
  }
  bodyMixin(Response, (r) => Response[kInternal](r).state, (r) => r.headers);

  // --- fetch ---
  async function fetch(input, init) {
    const req = new Request(input, init);
    const r = Request[kInternal](req);
    const signal = r.signal;
    if (signal.aborted) throw signal.reason;
    const u = new URL(r.url);
    if (u.protocol === "data:") return dataURL(u);
    if (u.protocol !== "http:" && u.protocol !== "https:") throw new TypeError(`scheme '${u.protocol.slice(0, -1)}' not supported`);
    let body = null;
    if (r.state.body !== null) {
      if (r.state.bodyUsed) throw new TypeError("Body already consumed.");
      r.state.used = true;
      body = (r.state.body.text !== undefined || r.state.body.bytes) && !r.state.streamObj ? r.state.bytesOf() : r.state.stream;
    }
    const id = native.start({ method: r.method, url: r.url, headers: headerPairs(r.headers), body, redirect: r.redirect });
    const onAbort = () => native.abort(id, signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    let res;
    try {
      res = await native.response(id);
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      throw e;
    } finally {
      if (!res) signal.removeEventListener("abort", onAbort);
    }
    const response = new Response(null, { headers: res.headers });
    const state = new BodyState(res.body === null ? null : { stream: res.body });
    Response[kInternal](response, { status: res.status, statusText: res.statusText, url: res.url, redirected: res.redirected, type: "basic", guard: "immutable" });
    Object.assign(Response[kInternal](response).state, state);
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
    Response[kInternal](r, { url: href, type: "basic" });
    return r;
  }

  for (const [name, value] of Object.entries({ Blob, File, FormData, Headers, Request, Response })) def(name, value);
  def("fetch", fetch);

  return {
    // An incoming request for the handler; abort() fires req.signal when
    // the client goes away.
    newRequest(url, method, pairs, body) {
      return new Request(kFast, { url, method, pairs, body: body === null ? null : { stream: body } });
    },
    abortRequest(req) {
      Request[kFast](req, new DOMException("The client closed the connection", "AbortError"));
    },
    inspectResponse(v) {
      if (!(v instanceof Response)) return null;
      const r = Response[kInspect](v);
      const pairs = r.pairs;
      const st = r.state;
      if (st.bodyUsed) throw new TypeError("Body already consumed.");
      let kind = "none", bytes = null, stream = null;
      if (st.body !== null) {
        if (st.body.text !== undefined && !st.streamObj) { kind = "text"; bytes = st.body.text; }
        else if (st.body.bytes && !st.streamObj) { kind = "bytes"; bytes = st.body.bytes; }
        else { kind = "stream"; stream = st.stream; }
      }
      st.used = true;
      const flat = [];
      for (let i = 0; i < pairs.length; i++) flat.push(pairs[i][0], pairs[i][1]);
      return [r.status, flat, kind, bytes, stream];
    },
  };
})
