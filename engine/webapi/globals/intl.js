// Intl (the pragmatic subset documented in globals.go) over natives in
// intl*.go, and the locale-sensitive methods of Number, BigInt, Date,
// String and Array that use it.
(function (native) {
  "use strict";
  const def = (obj, name, value) =>
    Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
  const tag = (proto, name) =>
    Object.defineProperty(proto, Symbol.toStringTag, { value: name, configurable: true });
  const illegal = (cls, method) => new TypeError(`Method Intl.${cls}.prototype.${method} called on incompatible receiver`);

  // GetOption for every listed name: ToObject(options), then each present
  // value coerced to its declared type; the natives validate ranges.
  const readOptions = (options, spec) => {
    if (options === undefined) return {};
    if (options === null) throw new TypeError("Cannot convert undefined or null to object");
    const o = Object(options);
    const out = {};
    for (const name in spec) {
      const v = o[name];
      if (v === undefined) continue;
      switch (spec[name]) {
        case "s": out[name] = String(v); break;
        case "n": out[name] = Number(v); break;
        case "b": out[name] = Boolean(v); break;
        case "g": out[name] = typeof v === "boolean" ? v : String(v); break; // useGrouping
      }
    }
    return out;
  };
  const locList = (locales) => {
    if (locales === undefined) return undefined;
    if (typeof locales === "string") return [locales];
    if (locales instanceof Locale) return [locales.toString()];
    if (locales === null) throw new TypeError("Cannot convert undefined or null to object");
    return Array.from(Object(locales), (l) => {
      if (l instanceof Locale) return l.toString();
      if (typeof l !== "string" && (typeof l !== "object" || l === null)) throw new TypeError("Language ID should be string or object.");
      return String(l);
    });
  };
  const copy = (o) => Object.assign({}, o);
  const asParts = (flat, extra) => {
    const out = [];
    for (let i = 0; i < flat.length; i += 2) out.push(extra ? { type: flat[i], value: flat[i + 1], ...extra } : { type: flat[i], value: flat[i + 1] });
    return out;
  };

  // --- NumberFormat ---
  const NF_OPTS = {
    localeMatcher: "s", numberingSystem: "s", style: "s", currency: "s", currencyDisplay: "s", currencySign: "s", unit: "s", unitDisplay: "s",
    notation: "s", minimumIntegerDigits: "n", minimumFractionDigits: "n", maximumFractionDigits: "n",
    minimumSignificantDigits: "n", maximumSignificantDigits: "n", compactDisplay: "s", useGrouping: "g", signDisplay: "s", roundingMode: "s",
  };
  const decimalString = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
  // native format args: (number, decimal string, use the string)
  const numArgs = (x) => {
    if (typeof x === "bigint") return [0, String(x), true];
    if (typeof x === "string" && decimalString.test(x)) return [0, x, true];
    return [Number(x), "", false];
  };
  const nfState = new WeakMap();
  function NumberFormat(locales = undefined, options = undefined) {
    if (!new.target) return new NumberFormat(locales, options);
    nfState.set(this, { n: native.numberFormat(locList(locales), readOptions(options, NF_OPTS)), bound: null });
  }
  const nf = (self, m) => { const s = nfState.get(self); if (!s) throw illegal("NumberFormat", m); return s; };
  Object.defineProperties(NumberFormat.prototype, {
    format: {
      get() {
        const s = nf(this, "format");
        return s.bound ??= Object.defineProperty((x) => s.n.format(...numArgs(x)), "name", { value: "" });
      },
      configurable: true,
    },
  });
  const nfMethods = {
    formatToParts(x) { return asParts(nf(this, "formatToParts").n.parts(...numArgs(x))); },
    formatRange(a, b) {
      const s = nf(this, "formatRange");
      if (a === undefined || b === undefined) throw new TypeError("start or end is undefined");
      const x = s.n.format(...numArgs(a)), y = s.n.format(...numArgs(b));
      if (x === y) return "~" + x;
      return /^[-+]?[\d.,\s]+$/.test(x + y) ? x + "–" + y : x + " – " + y;
    },
    resolvedOptions() { return copy(nf(this, "resolvedOptions").n.resolved); },
  };
  for (const k of Object.keys(nfMethods)) def(NumberFormat.prototype, k, nfMethods[k]);
  tag(NumberFormat.prototype, "Intl.NumberFormat");

  // --- DateTimeFormat ---
  const DTF_OPTS = {
    localeMatcher: "s", calendar: "s", numberingSystem: "s", hour12: "b", hourCycle: "s", timeZone: "s",
    weekday: "s", era: "s", year: "s", month: "s", day: "s", dayPeriod: "s", hour: "s", minute: "s", second: "s",
    fractionalSecondDigits: "n", timeZoneName: "s", formatMatcher: "s", dateStyle: "s", timeStyle: "s",
  };
  const dtfState = new WeakMap();
  const newDTF = (locales, options, required, defaults) => native.dateTimeFormat(locList(locales), readOptions(options, DTF_OPTS), required, defaults);
  function DateTimeFormat(locales = undefined, options = undefined) {
    if (!new.target) return new DateTimeFormat(locales, options);
    dtfState.set(this, { d: newDTF(locales, options, "any", "date"), bound: null });
  }
  const dtf = (self, m) => { const s = dtfState.get(self); if (!s) throw illegal("DateTimeFormat", m); return s; };
  const toMs = (date) => (date === undefined ? Date.now() : Number(date));
  Object.defineProperty(DateTimeFormat.prototype, "format", {
    get() {
      const s = dtf(this, "format");
      return s.bound ??= Object.defineProperty((date) => s.d.format(toMs(date)), "name", { value: "" });
    },
    configurable: true,
  });
  const dtfMethods = {
    formatToParts(date) { return asParts(dtf(this, "formatToParts").d.parts(toMs(date))); },
    formatRange(a, b) {
      const s = dtf(this, "formatRange");
      if (a === undefined || b === undefined) throw new TypeError("startDate or endDate is undefined");
      const x = s.d.format(Number(a)), y = s.d.format(Number(b));
      return x === y ? x : x + " – " + y;
    },
    resolvedOptions() { return copy(dtf(this, "resolvedOptions").d.resolved); },
  };
  for (const k of Object.keys(dtfMethods)) def(DateTimeFormat.prototype, k, dtfMethods[k]);
  tag(DateTimeFormat.prototype, "Intl.DateTimeFormat");

  // --- Collator ---
  const COL_OPTS = { usage: "s", localeMatcher: "s", collation: "s", numeric: "b", caseFirst: "s", sensitivity: "s", ignorePunctuation: "b" };
  const colState = new WeakMap();
  const oneOf = (v, name, allowed, cls) => {
    if (v !== undefined && !allowed.includes(v)) throw new RangeError(`Value ${v} out of range for Intl.${cls} options property ${name}`);
    return v;
  };
  const newCollator = (locales, options) => {
    const o = readOptions(options, COL_OPTS);
    const usage = oneOf(o.usage, "usage", ["sort", "search"], "Collator") ?? "sort";
    const sensitivity = oneOf(o.sensitivity, "sensitivity", ["base", "accent", "case", "variant"], "Collator") ?? "variant";
    oneOf(o.caseFirst, "caseFirst", ["upper", "lower", "false"], "Collator");
    const c = native.collator(locList(locales), usage, sensitivity, !!o.numeric, !!o.ignorePunctuation);
    return {
      compare: c.compare,
      resolved: { locale: c.locale, usage, sensitivity, ignorePunctuation: !!o.ignorePunctuation, collation: "default", numeric: !!o.numeric, caseFirst: "false" },
    };
  };
  function Collator(locales = undefined, options = undefined) {
    if (!new.target) return new Collator(locales, options);
    colState.set(this, { c: newCollator(locales, options), bound: null });
  }
  const col = (self, m) => { const s = colState.get(self); if (!s) throw illegal("Collator", m); return s; };
  Object.defineProperty(Collator.prototype, "compare", {
    get() {
      const s = col(this, "compare");
      return s.bound ??= Object.defineProperty((a, b) => s.c.compare(String(a), String(b)), "name", { value: "" });
    },
    configurable: true,
  });
  def(Collator.prototype, "resolvedOptions", function resolvedOptions() { return copy(col(this, "resolvedOptions").c.resolved); });
  tag(Collator.prototype, "Intl.Collator");

  // --- PluralRules ---
  const PR_OPTS = { localeMatcher: "s", type: "s", minimumIntegerDigits: "n", minimumFractionDigits: "n", maximumFractionDigits: "n", minimumSignificantDigits: "n", maximumSignificantDigits: "n", roundingMode: "s" };
  const prState = new WeakMap();
  class PluralRules {
    constructor(locales = undefined, options = undefined) {
      prState.set(this, native.pluralRules(locList(locales), readOptions(options, PR_OPTS)));
    }
    select(n) { const p = prState.get(this); if (!p) throw illegal("PluralRules", "select"); return p.select(Number(n)); }
    selectRange(a, b) { const p = prState.get(this); if (!p) throw illegal("PluralRules", "selectRange"); return p.select(Number(b)); }
    resolvedOptions() {
      const p = prState.get(this);
      if (!p) throw illegal("PluralRules", "resolvedOptions");
      const r = copy(p.resolved);
      r.pluralCategories = Array.from(r.pluralCategories);
      return r;
    }
  }
  tag(PluralRules.prototype, "Intl.PluralRules");

  // --- RelativeTimeFormat (English phrases) ---
  const RT_UNITS = ["second", "minute", "hour", "day", "week", "month", "quarter", "year"];
  const RT_SHORT = { second: "sec.", minute: "min.", hour: "hr.", day: ["day", "days"], week: "wk.", month: "mo.", quarter: ["qtr.", "qtrs."], year: "yr." };
  const RT_NARROW = { second: "s", minute: "m", hour: "h", day: "d", week: "w", month: "mo", quarter: "q", year: "y" };
  const RT_AUTO = {
    second: ["now"], minute: ["this minute"], hour: ["this hour"], day: ["today", "tomorrow", "yesterday"],
  };
  const rtState = new WeakMap();
  class RelativeTimeFormat {
    constructor(locales = undefined, options = undefined) {
      const o = readOptions(options, { localeMatcher: "s", numberingSystem: "s", style: "s", numeric: "s" });
      const style = oneOf(o.style, "style", ["long", "short", "narrow"], "RelativeTimeFormat") ?? "long";
      const numeric = oneOf(o.numeric, "numeric", ["always", "auto"], "RelativeTimeFormat") ?? "always";
      const locale = native.pickLocale(locList(locales));
      rtState.set(this, { locale, style, numeric, nf: native.numberFormat([locale], {}) });
    }
    #parts(method, value, unit) {
      const s = rtState.get(this);
      if (!s) throw illegal("RelativeTimeFormat", method);
      value = Number(value);
      if (!Number.isFinite(value)) throw new RangeError(`Invalid number value ${value}`);
      let u = String(unit);
      if (u.endsWith("s")) u = u.slice(0, -1);
      if (!RT_UNITS.includes(u)) throw new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.${method}() '${unit}'`);
      const past = value < 0 || Object.is(value, -0);
      if (s.numeric === "auto" && (value === 0 || value === 1 || value === -1)) {
        const words = RT_AUTO[u];
        const abbrev = s.style === "long" ? u : { week: "wk.", month: "mo.", quarter: "qtr.", year: "yr." }[u];
        let text;
        if (words) text = value === 0 ? words[0] : value === 1 ? words[1] : words[2];
        else text = (value === 0 ? "this " : value === 1 ? "next " : "last ") + abbrev;
        if (text !== undefined) return [{ type: "literal", value: text }];
      }
      const numParts = asParts(s.nf.parts(Math.abs(value), "", false), { unit: u });
      const one = numParts.length === 1 && numParts[0].value === "1";
      let label;
      if (s.style === "narrow") label = RT_NARROW[u];
      else if (s.style === "short") { const l = RT_SHORT[u]; label = " " + (Array.isArray(l) ? l[one ? 0 : 1] : l); }
      else label = " " + u + (one ? "" : "s");
      return past
        ? [...numParts, { type: "literal", value: label + " ago" }]
        : [{ type: "literal", value: "in " }, ...numParts, { type: "literal", value: label }];
    }
    format(value, unit) { return this.#parts("format", value, unit).map((p) => p.value).join(""); }
    formatToParts(value, unit) { return this.#parts("formatToParts", value, unit); }
    resolvedOptions() {
      const s = rtState.get(this);
      if (!s) throw illegal("RelativeTimeFormat", "resolvedOptions");
      return { locale: s.locale, style: s.style, numeric: s.numeric, numberingSystem: "latn" };
    }
  }
  tag(RelativeTimeFormat.prototype, "Intl.RelativeTimeFormat");

  // --- ListFormat (English patterns) ---
  const lfState = new WeakMap();
  class ListFormat {
    constructor(locales = undefined, options = undefined) {
      const o = readOptions(options, { localeMatcher: "s", type: "s", style: "s" });
      const type = oneOf(o.type, "type", ["conjunction", "disjunction", "unit"], "ListFormat") ?? "conjunction";
      const style = oneOf(o.style, "style", ["long", "short", "narrow"], "ListFormat") ?? "long";
      lfState.set(this, { locale: native.pickLocale(locList(locales)), type, style });
    }
    formatToParts(list) {
      const s = lfState.get(this);
      if (!s) throw illegal("ListFormat", "formatToParts");
      const items = [];
      for (const x of list === undefined ? [] : list) {
        if (typeof x !== "string") throw new TypeError("Iterable yielded " + String(x) + " which is not a string");
        items.push(x);
      }
      let two, last;
      if (s.type === "disjunction") { two = " or "; last = ", or "; }
      else if (s.type === "unit") { two = last = s.style === "narrow" ? " " : ", "; }
      else if (s.style === "long") { two = " and "; last = ", and "; }
      else if (s.style === "short") { two = " & "; last = ", & "; }
      else { two = last = ", "; }
      const mid = s.type === "unit" && s.style === "narrow" ? " " : ", ";
      const out = [];
      items.forEach((x, i) => {
        if (i > 0) out.push({ type: "literal", value: items.length === 2 ? two : i === items.length - 1 ? last : mid });
        out.push({ type: "element", value: x });
      });
      return out;
    }
    format(list) { return this.formatToParts(list).map((p) => p.value).join(""); }
    resolvedOptions() {
      const s = lfState.get(this);
      if (!s) throw illegal("ListFormat", "resolvedOptions");
      return { locale: s.locale, type: s.type, style: s.style };
    }
  }
  tag(ListFormat.prototype, "Intl.ListFormat");

  // --- Segmenter ---
  const segState = new WeakMap();
  class Segmenter {
    constructor(locales = undefined, options = undefined) {
      const o = readOptions(options, { localeMatcher: "s", granularity: "s" });
      const granularity = oneOf(o.granularity, "granularity", ["grapheme", "word", "sentence"], "Segmenter") ?? "grapheme";
      segState.set(this, { locale: native.pickLocale(locList(locales)), granularity });
    }
    segment(input) {
      const s = segState.get(this);
      if (!s) throw illegal("Segmenter", "segment");
      return new Segments(String(input), s.granularity);
    }
    resolvedOptions() {
      const s = segState.get(this);
      if (!s) throw illegal("Segmenter", "resolvedOptions");
      return { locale: s.locale, granularity: s.granularity };
    }
  }
  tag(Segmenter.prototype, "Intl.Segmenter");
  class Segments {
    #input; #granularity; #list = null;
    constructor(input, granularity) { this.#input = input; this.#granularity = granularity; }
    #segments() {
      if (this.#list) return this.#list;
      const lens = native.segment(this.#granularity, this.#input);
      const word = this.#granularity === "word";
      const out = [];
      let index = 0;
      for (let i = 0; i < lens.length; i += word ? 2 : 1) {
        const seg = { segment: this.#input.slice(index, index + lens[i]), index, input: this.#input };
        if (word) seg.isWordLike = lens[i + 1] === 1;
        out.push(seg);
        index += lens[i];
      }
      return (this.#list = out);
    }
    containing(index = 0) {
      index = Math.trunc(Number(index)) || 0;
      if (index < 0 || index >= this.#input.length) return undefined;
      const seg = this.#segments().find((s) => index >= s.index && index < s.index + s.segment.length);
      return seg && { ...seg };
    }
    [Symbol.iterator]() {
      const list = this.#segments();
      let i = 0;
      return {
        next: () => (i < list.length ? { value: { ...list[i++] }, done: false } : { value: undefined, done: true }),
        [Symbol.iterator]() { return this; },
        [Symbol.toStringTag]: "Segmenter String Iterator",
      };
    }
  }

  // --- Locale (parsing and accessors only) ---
  class Locale {
    #tag; #parts;
    constructor(tag, options = undefined) {
      if (typeof tag !== "string" && !(tag instanceof Locale)) throw new TypeError("First argument to Intl.Locale constructor can't be empty or missing");
      const [canon] = native.canonicalLocales([String(tag)]);
      let t = canon;
      const o = readOptions(options, { language: "s", script: "s", region: "s" });
      if (o.language || o.script || o.region) {
        const [l, s, r] = native.maximize(t);
        t = [o.language ?? l, o.script ?? (t.includes("-" + s) ? s : undefined), o.region ?? (t.includes("-" + r) ? r : undefined)].filter(Boolean).join("-");
        [t] = native.canonicalLocales([t]);
      }
      this.#tag = t;
      const base = t.split("-u-")[0].split("-x-")[0];
      const sub = base.split("-");
      this.#parts = {
        baseName: base, language: sub[0],
        script: sub.slice(1).find((x) => x.length === 4),
        region: sub.slice(1).find((x) => x.length === 2 || /^\d{3}$/.test(x)),
      };
    }
    get baseName() { return this.#parts.baseName; }
    get language() { return this.#parts.language; }
    get script() { return this.#parts.script; }
    get region() { return this.#parts.region; }
    toString() { return this.#tag; }
    toJSON() { return this.#tag; }
    maximize() { const [l, s, r] = native.maximize(this.#tag); return new Locale([l, s, r].join("-")); }
    minimize() { return new Locale(this.#parts.language); }
  }
  tag(Locale.prototype, "Intl.Locale");

  const supportedLocalesOf = (dates) => function supportedLocalesOf(locales, options = undefined) {
    return native.supportedLocales(locList(locales) ?? [], dates);
  };
  for (const [C, dates] of [[NumberFormat, false], [DateTimeFormat, true], [Collator, false], [PluralRules, false],
    [RelativeTimeFormat, false], [ListFormat, false], [Segmenter, false]]) {
    def(C, "supportedLocalesOf", supportedLocalesOf(dates));
  }

  const Intl = {};
  def(Intl, "getCanonicalLocales", function getCanonicalLocales(locales) { return Array.from(native.canonicalLocales(locList(locales) ?? [])); });
  def(Intl, "supportedValuesOf", function supportedValuesOf(key) {
    switch (String(key)) {
      case "calendar": return ["gregory"];
      case "collation": return ["default"];
      case "numberingSystem": return ["latn"];
      case "currency": return ["AUD", "BRL", "CAD", "CHF", "CNY", "EUR", "GBP", "INR", "JPY", "KRW", "MXN", "SEK", "USD"];
      case "timeZone": return ["UTC"];
      case "unit": return ["byte", "celsius", "day", "gigabyte", "hour", "kilobyte", "kilometer", "megabyte", "meter", "millisecond", "minute", "month", "percent", "second", "week", "year"];
    }
    throw new RangeError(`Invalid key : ${key}`);
  });
  for (const [name, C] of Object.entries({ Collator, DateTimeFormat, ListFormat, Locale, NumberFormat, PluralRules, RelativeTimeFormat, Segmenter })) {
    def(Intl, name, C);
  }
  tag(Intl, "Intl");
  def(globalThis, "Intl", Intl);

  // --- locale-sensitive built-ins ---
  let defaultNF, defaultCollator;
  const dateCache = Object.create(null);
  const thisNumber = (v) => {
    if (typeof v === "number") return v;
    if (v instanceof Number) return v.valueOf();
    throw new TypeError("Number.prototype.toLocaleString requires that 'this' be a Number");
  };
  const locale = {
    number: {
      toLocaleString(locales = undefined, options = undefined) {
        const x = thisNumber(this);
        if (locales === undefined && options === undefined) return (defaultNF ??= new NumberFormat()).format(x);
        return new NumberFormat(locales, options).format(x);
      },
    },
    bigint: {
      toLocaleString(locales = undefined, options = undefined) {
        const x = typeof this === "bigint" ? this : BigInt.prototype.valueOf.call(this);
        if (locales === undefined && options === undefined) return (defaultNF ??= new NumberFormat()).format(x);
        return new NumberFormat(locales, options).format(x);
      },
    },
    string: {
      localeCompare(that, locales = undefined, options = undefined) {
        if (this === undefined || this === null) throw new TypeError("String.prototype.localeCompare called on null or undefined");
        const c = locales === undefined && options === undefined ? (defaultCollator ??= newCollator()) : newCollator(locales, options);
        return c.compare(String(this), String(that));
      },
    },
  };
  const dateMethod = (name, required, defaults) => ({
    [name](locales = undefined, options = undefined) {
      const ms = Date.prototype.getTime.call(this); // throws on a non-Date receiver
      if (Number.isNaN(ms)) return "Invalid Date";
      if (locales === undefined && options === undefined) return (dateCache[name] ??= newDTF(undefined, undefined, required, defaults)).format(ms);
      return newDTF(locales, options, required, defaults).format(ms);
    },
  })[name];
  def(Number.prototype, "toLocaleString", locale.number.toLocaleString);
  def(BigInt.prototype, "toLocaleString", locale.bigint.toLocaleString);
  def(String.prototype, "localeCompare", locale.string.localeCompare);
  def(Date.prototype, "toLocaleString", dateMethod("toLocaleString", "any", "all"));
  def(Date.prototype, "toLocaleDateString", dateMethod("toLocaleDateString", "date", "date"));
  def(Date.prototype, "toLocaleTimeString", dateMethod("toLocaleTimeString", "time", "time"));
  def(Array.prototype, "toLocaleString", {
    toLocaleString(locales = undefined, options = undefined) {
      const a = Object(this);
      const n = Math.min(Number(a.length) || 0, 2 ** 32 - 1);
      let out = "";
      for (let i = 0; i < n; i++) {
        if (i > 0) out += ",";
        const x = a[i];
        if (x !== undefined && x !== null) out += String(x.toLocaleString(locales, options));
      }
      return out;
    },
  }.toLocaleString);
})
