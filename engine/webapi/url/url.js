// URL and URLSearchParams (parsing in Go, see url.go).
(function (native) {
  "use strict";
  const def = (name, value) =>
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  // TextEncoder may be installed after this file: look it up when used.
  const enc = { encode: (s) => new TextEncoder().encode(s) };

  // application/x-www-form-urlencoded
  const decodePart = (s) => {
    s = s.replace(/\+/g, " ");
    try { return decodeURIComponent(s); } catch {
      return s.replace(/(%[0-9A-Fa-f]{2})+/g, (m) => { try { return decodeURIComponent(m); } catch { return "\uFFFD"; } });
    }
  };
  const parseQuery = (q) => {
    const out = [];
    for (const seq of q.split("&")) {
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
  const toUSV = (s) => String(s).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

  const kUpdate = Symbol("update");
  class URLSearchParams {
    #list = [];
    #url = null;
    constructor(init = "") {
      if (init instanceof URLSearchParams) { this.#list = init.#list.map((p) => p.slice()); return; }
      if (init !== null && typeof init === "object" || typeof init === "function") {
        if (typeof init[Symbol.iterator] === "function") {
          for (const pair of init) {
            const p = Array.from(pair);
            if (p.length !== 2) throw new TypeError("Failed to construct 'URLSearchParams': Sequence initializer must only contain pair elements");
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
    get size() { return this.#list.length; }
    append(name, value) { this.#list.push([toUSV(name), toUSV(value)]); this.#changed(); }
    delete(name, value) {
      name = toUSV(name);
      this.#list = this.#list.filter(([n, v]) => !(n === name && (value === undefined || v === toUSV(value))));
      this.#changed();
    }
    get(name) { name = toUSV(name); const p = this.#list.find(([n]) => n === name); return p ? p[1] : null; }
    getAll(name) { name = toUSV(name); return this.#list.filter(([n]) => n === name).map(([, v]) => v); }
    has(name, value) { name = toUSV(name); return this.#list.some(([n, v]) => n === name && (value === undefined || v === toUSV(value))); }
    set(name, value) {
      name = toUSV(name); value = toUSV(value);
      const i = this.#list.findIndex(([n]) => n === name);
      if (i < 0) this.#list.push([name, value]);
      else { this.#list[i][1] = value; this.#list = this.#list.filter(([n], j) => n !== name || j === i); }
      this.#changed();
    }
    sort() {
      // stable, by UTF-16 code units of the name
      this.#list = this.#list.map((p, i) => [p, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map(([p]) => p);
      this.#changed();
    }
    forEach(cb, thisArg) { for (const [n, v] of this.#list.slice()) cb.call(thisArg, v, n, this); }
    *entries() { for (const [n, v] of this.#list) yield [n, v]; }
    *keys() { for (const [n] of this.#list) yield n; }
    *values() { for (const [, v] of this.#list) yield v; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return this.#list.map(([n, v]) => encodePart(n) + "=" + encodePart(v)).join("&"); }
    get [Symbol.toStringTag]() { return "URLSearchParams"; }
  }

  const invalid = (input, base) => new TypeError(base === undefined ? `Invalid URL: '${input}'` : `Invalid URL: '${input}' with base '${base}'`);
  class URL {
    #r;
    #params = null;
    constructor(url, base) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'URL': 1 argument required, but only 0 present.");
      const input = toUSV(url);
      let r;
      if (base !== undefined) {
        const b = native.parse(toUSV(base), false, "");
        if (b === null) throw invalid(input, base);
        r = native.parse(input, true, b.href);
      } else {
        r = native.parse(input, false, "");
      }
      if (r === null) throw invalid(input, base);
      this.#r = r;
    }
    static canParse(url, base) { try { new URL(url, base); return true; } catch { return false; } }
    static parse(url, base) { try { return new URL(url, base); } catch { return null; } }
    static createObjectURL() { throw new TypeError("URL.createObjectURL is not supported in edge functions"); }
    static revokeObjectURL() {}
    #set(prop, value) {
      const r = native.set(this.#r.href, prop, toUSV(value));
      if (r !== null) this.#r = r;
      if (prop === "search" && this.#params) URLSearchParams[kUpdate](this.#params, this, this.#r.search.slice(1));
    }
    [kUpdate](query) {
      const r = native.set(this.#r.href, "search", query);
      if (r !== null) this.#r = r;
      if (query === "") this.#r = native.set(this.#r.href, "search", "") || this.#r;
    }
    get href() { return this.#r.href; }
    set href(v) {
      const r = native.parse(toUSV(v), false, "");
      if (r === null) throw invalid(v);
      this.#r = r;
      if (this.#params) URLSearchParams[kUpdate](this.#params, this, r.search.slice(1));
    }
    get origin() { return this.#r.origin; }
    get protocol() { return this.#r.protocol; }
    set protocol(v) { this.#set("protocol", v); }
    get username() { return this.#r.username; }
    set username(v) { this.#set("username", v); }
    get password() { return this.#r.password; }
    set password(v) { this.#set("password", v); }
    get host() { return this.#r.host; }
    set host(v) { this.#set("host", v); }
    get hostname() { return this.#r.hostname; }
    set hostname(v) { this.#set("hostname", v); }
    get port() { return this.#r.port; }
    set port(v) { this.#set("port", v); }
    get pathname() { return this.#r.pathname; }
    set pathname(v) { this.#set("pathname", v); }
    get search() { return this.#r.search; }
    set search(v) { this.#set("search", v); }
    get hash() { return this.#r.hash; }
    set hash(v) { this.#set("hash", v); }
    get searchParams() {
      if (!this.#params) {
        this.#params = new URLSearchParams(this.#r.search);
        URLSearchParams[kUpdate](this.#params, this);
      }
      return this.#params;
    }
    toString() { return this.#r.href; }
    toJSON() { return this.#r.href; }
    get [Symbol.toStringTag]() { return "URL"; }
  }
  for (const k of ["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "searchParams", "hash"]) {
    const d = Object.getOwnPropertyDescriptor(URL.prototype, k);
    Object.defineProperty(URL.prototype, k, { ...d, enumerable: true });
  }
  def("URL", URL);
  def("URLSearchParams", URLSearchParams);
})
