// console and a Deno.inspect-compatible formatter. Written in JS because
// inspecting needs the engine's own view of values (prototypes, getters,
// internal slots); it formats a 10,000-object array in a few ms.
(function (native) {
  "use strict";
  const MAX_ARRAY = 100;
  const MAX_DEPTH = 4;
  const LINE = 72;

  const objToString = Object.prototype.toString;
  const tagOf = (v) => objToString.call(v).slice(8, -1);
  const isTyped = (v) => ArrayBuffer.isView(v) && !(v instanceof DataView);
  const quote = (s) => {
    const q = !s.includes('"') ? '"' : !s.includes("'") ? "'" : !s.includes("`") ? "`" : '"';
    return q + s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t")
      .replace(new RegExp(q, "g"), "\\" + q).replace(/[\x00-\x1f\x7f]/g, (c) => "\\x" + c.charCodeAt(0).toString(16).padStart(2, "0")) + q;
  };
  const keyStr = (k) => typeof k === "symbol" ? `[${String(k)}]` : /^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k);

  function fnName(f) {
    const src = Function.prototype.toString.call(f);
    const name = f.name;
    if (/^class[\s{]/.test(src)) return `[class ${name || "(anonymous)"}${extendsOf(f)}]`;
    const kind = f.constructor && f.constructor.name === "AsyncFunction" ? "AsyncFunction"
      : f.constructor && f.constructor.name === "GeneratorFunction" ? "GeneratorFunction"
      : f.constructor && f.constructor.name === "AsyncGeneratorFunction" ? "AsyncGeneratorFunction" : "Function";
    return name ? `[${kind}: ${name}]` : `[${kind} (anonymous)]`;
  }
  function extendsOf(f) {
    const p = Object.getPrototypeOf(f);
    return p && p !== Function.prototype && p.name ? ` extends ${p.name}` : "";
  }

  function inspect(value, opts = {}) {
    const depth = opts.depth === undefined ? MAX_DEPTH : opts.depth;
    const seen = [];
    const circular = new Map();
    const out = fmt(value, 0, true);
    return out;

    function fmt(v, level, top) {
      switch (typeof v) {
        case "string": return top ? v : quote(v);
        case "number": return Object.is(v, -0) ? "-0" : String(v);
        case "bigint": return `${v}n`;
        case "boolean": return String(v);
        case "undefined": return "undefined";
        case "symbol": return String(v);
        case "function": {
          const props = ownProps(v).filter((k) => !["length", "name", "prototype", "arguments", "caller"].includes(k));
          const base = fnName(v);
          if (props.length === 0 || level > depth) return base;
          return fmtObject(v, level, base + " ", props);
        }
      }
      if (v === null) return "null";
      if (seen.includes(v)) {
        if (!circular.has(v)) circular.set(v, circular.size + 1);
        return `[Circular *${circular.get(v)}]`;
      }
      const custom = v[Symbol.for("Deno.customInspect")];
      if (typeof custom === "function") {
        try { return String(custom.call(v, (x, o) => inspect(x, o), opts)); } catch { /* fall through */ }
      }
      let result;
      seen.push(v);
      try {
        result = fmtComplex(v, level);
      } finally {
        seen.pop();
      }
      if (circular.has(v)) result = `<ref *${circular.get(v)}> ` + result;
      return result;
    }

    function fmtComplex(v, level) {
      if (v instanceof Error || tagOf(v) === "Error") return fmtError(v, level);
      if (v instanceof Date) return isNaN(v) ? "Invalid Date" : v.toISOString();
      if (v instanceof RegExp) return String(v);
      if (v instanceof Promise) {
        const st = native.promiseState(v);
        const inner = st[0] === "pending" ? "<pending>" : st[0] === "rejected" ? `<rejected> ${fmt(st[1], level + 1)}` : fmt(st[1], level + 1);
        return `Promise { ${inner} }`;
      }
      if (v instanceof WeakMap) return "WeakMap { <items unknown> }";
      if (v instanceof WeakSet) return "WeakSet { <items unknown> }";
      if (v instanceof Number || v instanceof String || v instanceof Boolean) return `[${tagOf(v)}: ${fmt(v.valueOf(), level + 1)}]`;
      if (level > depth) return Array.isArray(v) ? "[Array]" : `[${ctorName(v) || "Object"}]`;
      if (Array.isArray(v)) return fmtList(v, level, v.length === 0 ? "" : "", arrayItems(v, level), "[", "]");
      if (v instanceof Map) {
        const items = [];
        for (const [k, val] of v) { if (items.length >= MAX_ARRAY) { items.push(`... ${v.size - MAX_ARRAY} more items`); break; } items.push(`${fmt(k, level + 1)} => ${fmt(val, level + 1)}`); }
        return fmtList(v, level, `Map(${v.size}) `, items, "{", "}");
      }
      if (v instanceof Set) {
        const items = [];
        for (const x of v) { if (items.length >= MAX_ARRAY) { items.push(`... ${v.size - MAX_ARRAY} more items`); break; } items.push(fmt(x, level + 1)); }
        return fmtList(v, level, `Set(${v.size}) `, items, "{", "}");
      }
      if (isTyped(v)) {
        const items = [];
        for (let i = 0; i < Math.min(v.length, MAX_ARRAY); i++) items.push(fmt(v[i], level + 1));
        if (v.length > MAX_ARRAY) items.push(`... ${v.length - MAX_ARRAY} more items`);
        return fmtList(v, level, `${ctorName(v)}(${v.length}) `, items, "[", "]");
      }
      if (v instanceof ArrayBuffer) {
        const b = new Uint8Array(v);
        const hex = Array.from(b.subarray(0, MAX_ARRAY), (x) => x.toString(16).padStart(2, "0"));
        if (b.length > MAX_ARRAY) hex.push(`... ${b.length - MAX_ARRAY} more bytes`);
        return `ArrayBuffer { [Uint8Contents]: <${hex.join(" ")}>, byteLength: ${b.length} }`;
      }
      const ctor = ctorName(v);
      const proto = Object.getPrototypeOf(v);
      let prefix = "";
      if (proto === null) prefix = "[Object: null prototype] ";
      else if (ctor && ctor !== "Object") prefix = ctor + " ";
      const tag = v[Symbol.toStringTag];
      if (typeof tag === "string" && tag !== ctor && tag !== "Object") prefix = `${ctor || "Object"} [${tag}] `;
      const props = ownProps(v);
      // classes with only accessor state (Headers, URL, Request): show their getters
      if (props.length === 0 && proto && proto !== Object.prototype) {
        const getters = accessorProps(proto);
        if (getters.length) return fmtObject(v, level, prefix, getters, true);
      }
      return fmtObject(v, level, prefix, props);
    }

    function arrayItems(v, level) {
      const items = [];
      let holes = 0;
      const n = Math.min(v.length, MAX_ARRAY);
      for (let i = 0; i < n; i++) {
        if (!(i in v)) { holes++; continue; }
        if (holes) { items.push(`<${holes} empty item${holes > 1 ? "s" : ""}>`); holes = 0; }
        items.push(fmt(v[i], level + 1));
      }
      if (holes) items.push(`<${holes} empty item${holes > 1 ? "s" : ""}>`);
      if (v.length > MAX_ARRAY) items.push(`... ${v.length - MAX_ARRAY} more items`);
      for (const k of Object.keys(v)) if (!/^\d+$/.test(k)) items.push(`${keyStr(k)}: ${fmt(v[k], level + 1)}`);
      return items;
    }

    function fmtObject(v, level, prefix, keys, viaGetters) {
      if (level > depth) return `[${ctorName(v) || "Object"}]`;
      const items = [];
      for (const k of keys) {
        const d = viaGetters ? null : Object.getOwnPropertyDescriptor(v, k);
        if (d && (d.get || d.set) && !("value" in d)) {
          items.push(`${keyStr(k)}: ${d.get && d.set ? "[Getter/Setter]" : d.get ? "[Getter]" : "[Setter]"}`);
          continue;
        }
        let val;
        try { val = v[k]; } catch (e) { val = e; }
        if (viaGetters && typeof val === "function") continue;
        items.push(`${keyStr(k)}: ${fmt(val, level + 1)}`);
      }
      if (items.length === 0) return prefix ? `${prefix}{}` : "{}";
      return fmtList(v, level, prefix, items, "{", "}");
    }

    function fmtList(v, level, prefix, items, open, close) {
      if (items.length === 0) return `${prefix}${open}${close}`;
      const single = `${prefix}${open} ${items.join(", ")} ${close}`;
      const indent = "  ".repeat(level + 1);
      if (single.length + level * 2 <= LINE && !single.includes("\n")) return single;
      return `${prefix}${open}\n${items.map((i) => indent + i).join(",\n")},\n${"  ".repeat(level)}${close}`;
    }

    function fmtError(e, level) {
      let s = typeof e.stack === "string" && e.stack ? e.stack : `${e.name || "Error"}: ${e.message}`;
      if (!s.startsWith(e.name || "Error") && e.message !== undefined) s = `${e.name}: ${e.message}\n${s}`;
      const extra = ownProps(e).filter((k) => !["stack", "message", "name", "cause"].includes(k));
      if (extra.length) s += " " + fmtObject(e, level, "", extra);
      if (e.cause !== undefined) s += `\nCaused by ${fmt(e.cause, level + 1)}`;
      return s;
    }
  }

  function ownProps(v) {
    return Reflect.ownKeys(v).filter((k) => {
      const d = Object.getOwnPropertyDescriptor(v, k);
      return d && d.enumerable;
    });
  }
  function accessorProps(proto) {
    const keys = [];
    for (const k of Reflect.ownKeys(proto)) {
      if (typeof k !== "string" || k === "constructor") continue;
      const d = Object.getOwnPropertyDescriptor(proto, k);
      if (d && d.get && d.enumerable !== false) keys.push(k);
    }
    return keys;
  }
  function ctorName(v) {
    try {
      const c = v.constructor;
      return typeof c === "function" && c.name ? c.name : "";
    } catch { return ""; }
  }

  // printf-style formatting of console arguments
  function format(args) {
    if (args.length === 0) return "";
    const first = args[0];
    let i = 1;
    let out = "";
    if (typeof first === "string" && first.includes("%")) {
      let last = 0;
      const re = /%[sdifjoOc%]/g;
      let m;
      while ((m = re.exec(first)) !== null) {
        out += first.slice(last, m.index);
        last = re.lastIndex;
        const spec = m[0][1];
        if (spec === "%") { out += "%"; continue; }
        if (i >= args.length) { out += m[0]; continue; }
        const a = args[i++];
        switch (spec) {
          case "s": out += typeof a === "string" ? a : typeof a === "bigint" ? `${a}n` : inspect(a, { depth: 1 }); break;
          case "d": case "i": out += typeof a === "bigint" ? `${a}n` : typeof a === "symbol" ? "NaN" : String(spec === "i" ? Math.trunc(Number(a)) : Number(a)); break;
          case "f": out += String(Number(a)); break;
          case "j": try { out += JSON.stringify(a); } catch { out += "[Circular]"; } break;
          case "o": case "O": out += inspect(a); break;
          case "c": break; // CSS: consumed and dropped
        }
      }
      out += first.slice(last);
    } else {
      out = typeof first === "string" ? first : inspect(first);
    }
    for (; i < args.length; i++) out += " " + (typeof args[i] === "string" ? args[i] : inspect(args[i]));
    return out;
  }

  let groupIndent = "";
  const counts = new Map();
  const timers = new Map();
  const emit = (level, msg) => native.out(level, groupIndent ? msg.split("\n").map((l) => groupIndent + l).join("\n") : msg);
  const console = {
    log: (...a) => emit("log", format(a)),
    info: (...a) => emit("info", format(a)),
    debug: (...a) => emit("debug", format(a)),
    warn: (...a) => emit("warn", format(a)),
    error: (...a) => emit("error", format(a)),
    trace: (...a) => {
      const stack = (new Error().stack || "").split("\n").slice(2).join("\n");
      emit("error", "Trace" + (a.length ? ": " + format(a) : "") + "\n" + stack);
    },
    assert: (cond, ...a) => { if (!cond) emit("error", "Assertion failed" + (a.length ? ": " + format(a) : "")); },
    dir: (v, o) => emit("log", inspect(v, o)),
    dirxml: (...a) => emit("log", format(a)),
    table: (data, columns) => emit("log", table(data, columns)),
    count: (label = "default") => { const n = (counts.get(label) || 0) + 1; counts.set(label, n); emit("info", `${label}: ${n}`); },
    countReset: (label = "default") => { counts.delete(label); },
    group: (...a) => { if (a.length) emit("log", format(a)); groupIndent += "    "; },
    groupCollapsed: (...a) => { if (a.length) emit("log", format(a)); groupIndent += "    "; },
    groupEnd: () => { groupIndent = groupIndent.slice(4); },
    time: (label = "default") => {
      if (timers.has(label)) return emit("warn", `Timer '${label}' already exists`);
      timers.set(label, performanceNow());
    },
    timeLog: (label = "default", ...a) => {
      if (!timers.has(label)) return emit("warn", `Timer '${label}' does not exist`);
      emit("info", `${label}: ${fmtMs(performanceNow() - timers.get(label))}` + (a.length ? " " + format(a) : ""));
    },
    timeEnd: (label = "default") => {
      if (!timers.has(label)) return emit("warn", `Timer '${label}' does not exist`);
      emit("info", `${label}: ${fmtMs(performanceNow() - timers.get(label))}`);
      timers.delete(label);
    },
    clear: () => {},
    profile: () => {},
    profileEnd: () => {},
    timeStamp: () => {},
  };
  const performanceNow = () => native.now();
  const fmtMs = (ms) => `${Math.round(ms)}ms`;

  function table(data, columns) {
    if (data === null || typeof data !== "object") return format([data]);
    const rows = [];
    const cols = new Set();
    let hasValues = false;
    const entries = data instanceof Map ? [...data.entries()] : Object.entries(data);
    for (const [k, row] of entries) {
      const r = { "(idx)": String(k) };
      if (row !== null && typeof row === "object") {
        for (const [ck, cv] of Object.entries(row)) { if (!columns || columns.includes(ck)) { cols.add(ck); r[ck] = inspect(cv, { depth: 0 }).replace(/^"|"$/g, ""); } }
      } else { hasValues = true; r.Values = inspect(row); }
      rows.push(r);
    }
    const header = ["(idx)", ...cols, ...(hasValues ? ["Values"] : [])];
    const width = header.map((h) => Math.max(h.length, ...rows.map((r) => (r[h] ?? "").length)) + 2);
    const line = (l, m, r) => l + width.map((w) => "─".repeat(w)).join(m) + r;
    const cell = (s, w) => { s = s ?? ""; const pad = w - s.length; const left = Math.floor(pad / 2); return " ".repeat(left) + s + " ".repeat(pad - left); };
    return [line("┌", "┬", "┐"), "│" + header.map((h, i) => cell(h, width[i])).join("│") + "│", line("├", "┼", "┤"),
      ...rows.map((r) => "│" + header.map((h, i) => cell(r[h], width[i])).join("│") + "│"), line("└", "┴", "┘")].join("\n");
  }

  Object.defineProperty(globalThis, "console", { value: console, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(globalThis, Symbol.for("edgeplay.inspect"), { value: inspect, enumerable: false });
  return inspect;
})
