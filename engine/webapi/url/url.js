// URL and URLSearchParams (parsing in Go, see url.go).
(function (native) {
  "use strict";
  const def = (name, value) =>
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  // TextEncoder may be installed after this file: look it up when used.
  const enc = { encode: (s) => new TextEncoder().encode(s) };

  // application/x-www-form-urlencoded
  const decodePart = (s) => {
    if (s.indexOf("%") < 0 && s.indexOf("+") < 0) return s; // most parts
    s = s.replace(/\+/g, " ");
    try { return decodeURIComponent(s); } catch {
      return s.replace(/(%[0-9A-Fa-f]{2})+/g, (m) => { try { return decodeURIComponent(m); } catch { return "\uFFFD"; } });
    }
  };
  const parseQuery = (q) => {
    const out = [];
    const seqs = q.split("&");
    for (let j = 0; j < seqs.length; j++) { // (no for-of: goja makes an iterator)
      const seq = seqs[j];
      if (seq === "") continue;
      const i = seq.indexOf("=");
      out.push(i < 0 ? [decodePart(seq), ""] : [decodePart(seq.slice(0, i)), decodePart(seq.slice(i + 1))]);
    }
    return out;
  };
  const safe = /[A-Za-z0-9*\-._]/;
  const encodePart = (s) => {
    let out = "";
    for (const b of enc.encode(s)) {
      const c = String.fromCharCode(b);
      if (b === 0x20) out += "+";
      else if (b < 0x80 && safe.test(c)) out += c;
      else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
    }
    return out;
  };
  // USVString conversion: lone surrogates become U+FFFD. A loop, because
  // goja's regexp lookarounds mis-handle surrogate pairs; native.mayHaveLone
  // (Go) rules out almost every string without a regexp (a tenth of a
  // URL's cost).
  const toUSV = (v) => {
    const s = String(v);
    if (!native.mayHaveLone(s)) return s;
    let out = "", start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0xD800 || c > 0xDFFF) continue;
      if (c <= 0xDBFF) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) { i++; continue; }
      }
      out += s.slice(start, i) + "\uFFFD";
      start = i + 1;
    }
    return out + s.slice(start);
  };
  const thisParams = 'Value of "this" must be of type URLSearchParams';

  // Iterators over a live list, like Deno's ("URLSearchParams Iterator").
  const IteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
  const ParamsIterator = Object.create(IteratorProto);
  const iterState = new WeakMap();
  Object.defineProperty(ParamsIterator, "next", {
    value: function next() {
      const st = iterState.get(this);
      if (!st) throw new TypeError("Illegal invocation");
      const list = st.list();
      if (st.i >= list.length) return { value: undefined, done: true };
      const [n, v] = list[st.i++];
      return { value: st.kind === "keys" ? n : st.kind === "values" ? v : [n, v], done: false };
    },
    writable: true, configurable: true,
  });
  Object.defineProperty(ParamsIterator, Symbol.toStringTag, { value: "URLSearchParams Iterator", configurable: true });
  const makeIterator = (list, kind) => {
    const it = Object.create(ParamsIterator);
    iterState.set(it, { list, kind, i: 0 });
    return it;
  };

  const kUpdate = Symbol("update");
  class URLSearchParams {
    #list = [];
    #url = null;
    constructor(init = undefined) {
      if (init === undefined) return;
      if (init instanceof URLSearchParams) { this.#list = init.#list.map((p) => p.slice()); return; }
      if (init !== null && typeof init === "object" || typeof init === "function") {
        if (typeof init[Symbol.iterator] === "function") {
          for (const pair of init) {
            if (pair === null || (typeof pair !== "object" && typeof pair !== "function") || typeof pair[Symbol.iterator] !== "function") {
              throw new TypeError("Each query pair must be an iterable [name, value] tuple");
            }
            const p = Array.from(pair);
            if (p.length !== 2) throw new TypeError("Each query pair must be an iterable [name, value] tuple");
            this.#list.push([toUSV(p[0]), toUSV(p[1])]);
          }
        } else {
          for (const k of Reflect.ownKeys(init)) {
            if (typeof k === "string" && Object.prototype.propertyIsEnumerable.call(init, k)) this.#list.push([toUSV(k), toUSV(init[k])]);
          }
        }
        return;
      }
      let s = toUSV(init);
      if (s.startsWith("?")) s = s.slice(1);
      this.#list = parseQuery(s);
    }
    static [kUpdate](params, url, query) {
      params.#url = url;
      if (query !== undefined) params.#list = parseQuery(query);
    }
    #changed() { if (this.#url) this.#url[kUpdate](this.toString()); }
    static #check(o) { if (!(o !== null && typeof o === "object" && #list in o)) throw new TypeError(thisParams); }
    static #need(n, got, method) {
      if (got < n) throw new TypeError(`Failed to execute '${method}' on 'URLSearchParams': ${n} argument${n > 1 ? "s" : ""} required, but only ${got} present.`);
    }
    get size() { URLSearchParams.#check(this); return this.#list.length; }
    append(name, value) { URLSearchParams.#check(this); URLSearchParams.#need(2, arguments.length, "append"); this.#list.push([toUSV(name), toUSV(value)]); this.#changed(); }
    delete(name, value = undefined) {
      URLSearchParams.#check(this);
      URLSearchParams.#need(1, arguments.length, "delete");
      name = toUSV(name);
      this.#list = this.#list.filter(([n, v]) => !(n === name && (value === undefined || v === toUSV(value))));
      this.#changed();
    }
    // the readers take a rest array, not `arguments` (a 16-allocation
    // object in goja); their lengths are set below
    get(...a) {
      URLSearchParams.#check(this); URLSearchParams.#need(1, a.length, "get");
      const name = toUSV(a[0]);
      const list = this.#list;
      for (let i = 0; i < list.length; i++) if (list[i][0] === name) return list[i][1];
      return null;
    }
    getAll(...a) { URLSearchParams.#check(this); URLSearchParams.#need(1, a.length, "getAll"); const name = toUSV(a[0]); return this.#list.filter((e) => e[0] === name).map((e) => e[1]); }
    has(...a) {
      URLSearchParams.#check(this); URLSearchParams.#need(1, a.length, "has");
      const name = toUSV(a[0]), value = a[1];
      return this.#list.some((e) => e[0] === name && (value === undefined || e[1] === toUSV(value)));
    }
    set(name, value) {
      URLSearchParams.#check(this);
      URLSearchParams.#need(2, arguments.length, "set");
      name = toUSV(name); value = toUSV(value);
      const i = this.#list.findIndex(([n]) => n === name);
      if (i < 0) this.#list.push([name, value]);
      else { this.#list[i][1] = value; this.#list = this.#list.filter(([n], j) => n !== name || j === i); }
      this.#changed();
    }
    sort() {
      URLSearchParams.#check(this);
      // stable, by UTF-16 code units of the name
      this.#list = this.#list.map((p, i) => [p, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map(([p]) => p);
      this.#changed();
    }
    forEach(cb, thisArg = undefined) {
      URLSearchParams.#check(this);
      if (typeof cb !== "function") throw new TypeError("Failed to execute 'forEach' on 'URLSearchParams': The callback provided as parameter 1 is not a function.");
      for (let i = 0; i < this.#list.length; i++) { const [n, v] = this.#list[i]; cb.call(thisArg, v, n, this); }
    }
    entries() { URLSearchParams.#check(this); return makeIterator(() => this.#list, "entries"); }
    keys() { URLSearchParams.#check(this); return makeIterator(() => this.#list, "keys"); }
    values() { URLSearchParams.#check(this); return makeIterator(() => this.#list, "values"); }
    toString() { URLSearchParams.#check(this); return this.#list.map(([n, v]) => encodePart(n) + "=" + encodePart(v)).join("&"); }
  }
  for (const m of ["get", "getAll", "has"]) Object.defineProperty(URLSearchParams.prototype[m], "length", { value: 1, configurable: true });
  Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, { value: URLSearchParams.prototype.entries, writable: true, configurable: true });
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: "URLSearchParams", configurable: true });

  // a parsed URL is the array of its parts native.parse returns, in this order
  const P = Object.freeze({ href: 0, protocol: 1, username: 2, password: 3, host: 4, hostname: 5, port: 6, pathname: 7, search: 8, hash: 9, origin: 10 });
  const invalid = (input, base) => new TypeError(base === undefined ? `Invalid URL: '${input}'` : `Invalid URL: '${input}' with base '${base}'`);
  class URL {
    #r;
    #params = null;
    // (a rest array, not `arguments`: goja makes a 16-allocation object
    // for that; URL.length is set to 1 below)
    constructor(...args) {
      if (args.length === 0) throw new TypeError("Failed to construct 'URL': 1 argument required, but only 0 present");
      const url = args[0], base = args[1];
      const input = toUSV(url);
      let r;
      if (base !== undefined) {
        const b = native.parse(toUSV(base), false, "");
        if (b === null) throw invalid(input, base);
        r = native.parse(input, true, b[P.href]);
      } else {
        r = native.parse(input, false, "");
      }
      if (r === null) throw invalid(input, base);
      this.#r = r;
    }
    static #check(o) { if (!(o !== null && typeof o === "object" && #r in o)) throw new TypeError("Illegal invocation"); }
    static canParse(url, base = undefined) { try { new URL(url, base); return true; } catch { return false; } }
    static parse(url, base = undefined) { try { return new URL(url, base); } catch { return null; } }
    static createObjectURL() { throw new TypeError("URL.createObjectURL is not supported in edge functions"); }
    static revokeObjectURL() {}
    #set(prop, value) {
      URL.#check(this);
      const r = native.set(this.#r[P.href], prop, toUSV(value));
      if (r !== null) this.#r = r;
      if (prop === "search" && this.#params) URLSearchParams[kUpdate](this.#params, this, this.#r[P.search].slice(1));
    }
    [kUpdate](query) {
      const r = native.set(this.#r[P.href], "search", query);
      if (r !== null) this.#r = r;
      if (query === "") this.#r = native.set(this.#r[P.href], "search", "") || this.#r;
    }
    get href() { URL.#check(this); return this.#r[P.href]; }
    set href(v) {
      URL.#check(this);
      const r = native.parse(toUSV(v), false, "");
      if (r === null) throw invalid(v);
      this.#r = r;
      if (this.#params) URLSearchParams[kUpdate](this.#params, this, r[P.search].slice(1));
    }
    get origin() { URL.#check(this); return this.#r[P.origin]; }
    get protocol() { URL.#check(this); return this.#r[P.protocol]; }
    set protocol(v) { this.#set("protocol", v); }
    get username() { URL.#check(this); return this.#r[P.username]; }
    set username(v) { this.#set("username", v); }
    get password() { URL.#check(this); return this.#r[P.password]; }
    set password(v) { this.#set("password", v); }
    get host() { URL.#check(this); return this.#r[P.host]; }
    set host(v) { this.#set("host", v); }
    get hostname() { URL.#check(this); return this.#r[P.hostname]; }
    set hostname(v) { this.#set("hostname", v); }
    get port() { URL.#check(this); return this.#r[P.port]; }
    set port(v) { this.#set("port", v); }
    get pathname() { URL.#check(this); return this.#r[P.pathname]; }
    set pathname(v) { this.#set("pathname", v); }
    get search() { URL.#check(this); return this.#r[P.search]; }
    set search(v) { this.#set("search", v); }
    get hash() { URL.#check(this); return this.#r[P.hash]; }
    set hash(v) { this.#set("hash", v); }
    get searchParams() {
      URL.#check(this);
      if (!this.#params) {
        this.#params = new URLSearchParams(this.#r[P.search]);
        URLSearchParams[kUpdate](this.#params, this);
      }
      return this.#params;
    }
    toString() { URL.#check(this); return this.#r[P.href]; }
    toJSON() { URL.#check(this); return this.#r[P.href]; }
  }
  Object.defineProperty(URL, "length", { value: 1, configurable: true });
  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: "URL", configurable: true });
  for (const k of ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "searchParams", "hash"]) {
    const d = Object.getOwnPropertyDescriptor(URL.prototype, k);
    Object.defineProperty(URL.prototype, k, { ...d, enumerable: true });
  }
  def("URL", URL);
  def("URLSearchParams", URLSearchParams);
})
