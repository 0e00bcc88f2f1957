// Deno.inspect for goja. Deno formats values with a port of Node's
// util.inspect (formatValue / formatRaw / reduceToSingleString /
// groupArrayElements); this is an independent implementation of the same
// rules, so output matches Deno byte for byte for the cases in
// testdata/deno_golden.json: 80-column break length, "compact: 3" (the
// three innermost levels share a line when they fit), arrays of more than
// six short items grouped in aligned columns, depth 4, 100 items.
//
// What goja cannot see is asked of Go through `native`: promise state and
// proxy targets. Map/Set iterator contents cannot be previewed without
// consuming them, so iterators print as `Object [Map Iterator] {}`.
(function (native) {
  "use strict";

  const customInspect = Symbol.for("Deno.customInspect");
  const privateCustomInspect = Symbol.for("Deno.privateCustomInspect");
  const nodeCustomInspect = Symbol.for("nodejs.util.inspect.custom");

  const kObjectType = 0, kArrayType = 1, kArrayExtrasType = 2;

  // Brand checks that survive subclassing and fake toStringTags: each
  // internal getter or valueOf throws on anything without the slot.
  const brand = (fn) => (v) => { try { fn.call(v); return true; } catch { return false; } };
  const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const typedArrayTag = getter(TypedArray.prototype, Symbol.toStringTag);
  const isTypedArray = (v) => typedArrayTag.call(v) !== undefined;
  const isMap = brand(getter(Map.prototype, "size"));
  const isSet = brand(getter(Set.prototype, "size"));
  const isWeakMap = brand(WeakMap.prototype.has);
  const isWeakSet = brand(WeakSet.prototype.has);
  const isArrayBuffer = brand(getter(ArrayBuffer.prototype, "byteLength"));
  const isDataView = brand(getter(DataView.prototype, "byteLength"));
  const isDate = brand(Date.prototype.getTime);
  const isRegExp = (v) => { try { getter(RegExp.prototype, "flags").call(v); return Object.prototype.toString.call(v) === "[object RegExp]"; } catch { return false; } };
  const isNumberObject = brand(Number.prototype.valueOf);
  const isStringObject = brand(String.prototype.valueOf);
  const isBooleanObject = brand(Boolean.prototype.valueOf);
  const isBigIntObject = brand(BigInt.prototype.valueOf);
  const isSymbolObject = brand(Symbol.prototype.valueOf);
  const isBoxed = (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) || isBigIntObject(v) || isSymbolObject(v);
  const isPromise = (v) => native.promiseState(v) !== null;
  const isError = (v) => Object.prototype.toString.call(v) === "[object Error]" || Error.prototype.isPrototypeOf(v);
  const isArguments = (v) => Object.prototype.toString.call(v) === "[object Arguments]";
  const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
  const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
  const mapSizeOf = getter(Map.prototype, "size");
  const setSizeOf = getter(Set.prototype, "size");

  const defaults = {
    depth: 4, colors: false, showHidden: false, showProxy: false, breakLength: 80, escapeSequences: true,
    compact: 3, sorted: false, getters: false, maxArrayLength: 100, maxStringLength: 10000,
    customInspect: true, quotes: ['"', "'", "`"], trailingComma: false, indentLevel: 0,
  };

  function newContext(options) {
    const ctx = { seen: [], circular: undefined, indentationLvl: 0, currentDepth: 0, budget: 0 };
    Object.assign(ctx, defaults);
    if (options !== null && typeof options === "object") {
      for (const k of Object.keys(options)) {
        if (k !== "seen" && k !== "circular" && options[k] !== undefined) ctx[k] = options[k];
      }
      if (options.iterableLimit !== undefined) ctx.maxArrayLength = options.iterableLimit;
      if (options.strAbbreviateSize !== undefined) ctx.maxStringLength = options.strAbbreviateSize;
    }
    if (ctx.depth === null || ctx.depth === Infinity) ctx.depth = Infinity;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    ctx.inspect = inspect;
    return ctx;
  }

  // inspect is Deno.inspect: strings come back quoted.
  function inspect(value, options) {
    return formatValue(newContext(options), value, 0);
  }

  // --- primitives ---

  function quoteString(s, ctx) {
    const quotes = ctx.quotes;
    let q = quotes[0];
    for (let i = 0; i < quotes.length; i++) {
      if (!s.includes(quotes[i])) { q = quotes[i]; break; }
    }
    let out = "";
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      const code = s.charCodeAt(i);
      if (c === q || c === "\\") out += "\\" + c;
      else if (!ctx.escapeSequences || (code > 0x1f && (code < 0x7f || code > 0x9f))) out += c;
      else if (c === "\b") out += "\\b";
      else if (c === "\f") out += "\\f";
      else if (c === "\n") out += "\\n";
      else if (c === "\r") out += "\\r";
      else if (c === "\t") out += "\\t";
      else if (c === "\v") out += "\\v";
      else out += "\\x" + code.toString(16).padStart(2, "0");
    }
    return q + out + q;
  }

  function symbolString(sym, ctx) {
    const d = sym.description;
    if (d === undefined || /^[a-zA-Z_][a-zA-Z_.0-9]*$/.test(d)) return sym.toString();
    return `Symbol(${quoteString(d, ctx)})`;
  }

  const formatNumber = (v) => (Object.is(v, -0) ? "-0" : `${v}`);

  function formatPrimitive(v, ctx) {
    switch (typeof v) {
      case "string": {
        let trailer = "";
        if (v.length > ctx.maxStringLength) {
          const rest = v.length - ctx.maxStringLength;
          v = v.slice(0, Math.max(0, ctx.maxStringLength));
          trailer = `... ${rest} more character${rest > 1 ? "s" : ""}`;
        }
        return quoteString(v, ctx) + trailer;
      }
      case "number": return formatNumber(v);
      case "bigint": return `${v}n`;
      case "boolean": return `${v}`;
      case "undefined": return "undefined";
      default: return symbolString(v, ctx);
    }
  }

  // --- values ---

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== "object" && typeof value !== "function") return formatPrimitive(value, ctx);
    if (value === null) return "null";

    const proxy = native.proxyTarget(value);
    if (proxy !== null) {
      if (ctx.showProxy) {
        ctx.indentationLvl += 2;
        const res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
        ctx.indentationLvl -= 2;
        return reduceToSingleString(ctx, res, "", ["Proxy [", "]"], kArrayExtrasType, recurseTimes);
      }
      value = proxy[0];
      if (typeof value !== "object" && typeof value !== "function") return formatPrimitive(value, ctx);
    }

    if (ctx.customInspect) {
      const custom = customOf(value);
      if (custom !== undefined) {
        if (custom[0] === "node") {
          const depth = ctx.depth - recurseTimes;
          const ret = custom[1].call(value, depth, optionsFor(ctx), inspect);
          if (ret !== value) {
            if (typeof ret !== "string") return formatValue(ctx, ret, recurseTimes);
            return ret.replaceAll("\n", "\n" + " ".repeat(ctx.indentationLvl));
          }
        } else {
          return String(custom[1].call(value, inspect, optionsFor(ctx)));
        }
      }
    }

    if (ctx.seen.includes(value)) {
      return `[Circular *${circularIndex(ctx, value)}]`;
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function customOf(value) {
    let f;
    try {
      f = value[customInspect];
      if (typeof f === "function") return ["deno", f];
      f = value[privateCustomInspect];
      if (typeof f === "function") return ["deno", f];
      f = value[nodeCustomInspect];
      if (typeof f === "function" && f !== inspect && !(value.constructor && value.constructor.prototype === value)) {
        return ["node", f];
      }
    } catch { /* a throwing getter: no custom inspect */ }
    return undefined;
  }

  // The options a custom inspector receives: the live context (so nested
  // calls keep the indentation), as Deno passes it.
  function optionsFor(ctx) {
    return ctx;
  }

  function circularIndex(ctx, value) {
    if (ctx.circular === undefined) ctx.circular = new Map();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return index;
  }

  function getConstructorName(obj, ctx, recurseTimes) {
    let firstProto;
    const tmp = obj;
    while (obj) {
      let d;
      try { d = Object.getOwnPropertyDescriptor(obj, "constructor"); } catch { /* proxies may throw */ }
      if (d !== undefined && typeof d.value === "function" && d.value.name !== "" && isInstanceof(d.value.prototype, tmp)) {
        return String(d.value.name);
      }
      obj = Object.getPrototypeOf(obj);
      if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;
    const res = internalClassName(tmp);
    if (recurseTimes > ctx.depth) return `${res} <Complex prototype>`;
    const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1);
    if (protoConstr === null) {
      return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1, seen: [] })}>`;
    }
    return `${res} <${protoConstr}>`;
  }

  function internalClassName(v) {
    if (typeof v === "function") return "Function";
    if (Array.isArray(v)) return "Array";
    return "Object";
  }

  function isInstanceof(proto, obj) {
    try { return Object.prototype.isPrototypeOf.call(proto, obj); } catch { return false; }
  }

  function getPrefix(constructor, tag, fallback, size = "") {
    if (constructor === null) {
      if (tag !== "" && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== "" && constructor !== tag) return `${constructor}${size} [${tag}] `;
    return `${constructor}${size} `;
  }

  function getCtxStyle(value, constructor, tag) {
    let fallback = "";
    if (constructor === null) {
      fallback = internalClassName(value);
      if (fallback === tag) fallback = "Object";
    }
    return getPrefix(constructor, tag, fallback);
  }

  function getKeys(value, showHidden) {
    let keys;
    const symbols = Object.getOwnPropertySymbols(value);
    if (showHidden) {
      keys = Object.getOwnPropertyNames(value);
      if (symbols.length) keys.push(...symbols);
    } else {
      keys = Object.keys(value);
      for (const s of symbols) if (Object.prototype.propertyIsEnumerable.call(value, s)) keys.push(s);
    }
    return keys;
  }

  // Web platform classes keep their state in accessors on the prototype
  // (WebIDL attributes are enumerable, class-syntax getters are not): list
  // those, as Deno's own inspectors do for URL, Headers, Request, ...
  function webIDLKeys(value) {
    const proto = Object.getPrototypeOf(value);
    if (proto === null || proto === Object.prototype) return [];
    const keys = [];
    for (const k of Object.getOwnPropertyNames(proto)) {
      if (k === "constructor") continue;
      const d = Object.getOwnPropertyDescriptor(proto, k);
      if (d && d.get && d.enumerable) keys.push(k);
    }
    return keys;
  }

  function getFunctionBase(value, constructor, tag) {
    let src = "";
    try { src = Function.prototype.toString.call(value); } catch { /* not a real function */ }
    if (src.startsWith("class") && src.endsWith("}") && /^class\b/.test(src)) {
      return getClassBase(value, constructor, tag);
    }
    let type = "Function";
    if (isInstanceof(GeneratorFunctionProto, value)) type = `Generator${type}`;
    if (isInstanceof(AsyncFunctionProto, value)) type = `Async${type}`;
    let base = `[${type}`;
    if (constructor === null) base += " (null prototype)";
    base += value.name === "" || typeof value.name !== "string" ? " (anonymous)" : `: ${value.name}`;
    base += "]";
    if (constructor !== type && constructor !== null) base += ` ${constructor}`;
    if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
    return base;
  }

  function getClassBase(value, constructor, tag) {
    const name = (Object.prototype.hasOwnProperty.call(value, "name") && value.name) || "(anonymous)";
    let base = `class ${name}`;
    if (constructor !== "Function" && constructor !== null) base += ` [${constructor}]`;
    if (tag !== "" && constructor !== tag) base += ` [${tag}]`;
    if (constructor !== null) {
      const superName = Object.getPrototypeOf(value).name;
      if (superName) base += ` extends ${superName}`;
    } else {
      base += " extends [null prototype]";
    }
    return `[${base}]`;
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    const constructor = getConstructorName(value, ctx, recurseTimes);
    let tag = "";
    try { tag = value[Symbol.toStringTag]; } catch { /* ignore */ }
    if (typeof tag !== "string") tag = "";
    let base = "";
    let formatter = () => [];
    let braces;
    let noIterator = true;
    let extrasType = kObjectType;
    const filterHidden = ctx.showHidden;

    let hasIterator = false;
    try { hasIterator = Symbol.iterator in value; } catch { /* ignore */ }
    if (hasIterator || constructor === null) {
      noIterator = false;
      if (Array.isArray(value)) {
        const prefix = constructor !== "Array" || tag !== "" ? getPrefix(constructor, tag, "Array", `(${value.length})`) : "";
        keys = nonIndexKeys(value, filterHidden);
        braces = [`${prefix}[`, "]"];
        if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
        extrasType = kArrayExtrasType;
        formatter = formatArray;
      } else if (isSet(value)) {
        const size = setSizeOf.call(value);
        const prefix = getPrefix(constructor, tag, "Set", `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        formatter = formatSet;
        if (size === 0 && keys.length === 0) return `${prefix}{}`;
        braces = [`${prefix}{`, "}"];
      } else if (isMap(value)) {
        const size = mapSizeOf.call(value);
        const prefix = getPrefix(constructor, tag, "Map", `(${size})`);
        keys = getKeys(value, ctx.showHidden);
        formatter = formatMap;
        if (size === 0 && keys.length === 0) return `${prefix}{}`;
        braces = [`${prefix}{`, "}"];
      } else if (isTypedArray(value)) {
        keys = nonIndexKeys(value, filterHidden);
        const size = value.length;
        const prefix = getPrefix(constructor, tag, typedArrayTag.call(value), `(${size})`);
        braces = [`${prefix}[`, "]"];
        if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
        formatter = formatTypedArray;
        extrasType = kArrayExtrasType;
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = getKeys(value, ctx.showHidden);
      braces = ["{", "}"];
      if (constructor === "Object") {
        if (isArguments(value)) braces[0] = "[Arguments] {";
        else if (tag !== "") braces[0] = `${getPrefix(constructor, tag, "Object")}{`;
        if (keys.length === 0) return `${braces[0]}}`;
      } else if (typeof value === "function") {
        base = getFunctionBase(value, constructor, tag);
        keys = keys.filter((k) => k !== "prototype" || Object.prototype.propertyIsEnumerable.call(value, k));
        if (keys.length === 0) return base;
      } else if (isRegExp(value)) {
        base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
        const prefix = getPrefix(constructor, tag, "RegExp");
        if (prefix !== "RegExp ") base = `${prefix}${base}`;
        if (keys.length === 0 || recurseTimes > ctx.depth) return base;
      } else if (isDate(value)) {
        if (Number.isNaN(Date.prototype.getTime.call(value))) return "Invalid Date";
        base = Date.prototype.toISOString.call(value);
        if (keys.length === 0) return base;
      } else if (isError(value)) {
        base = formatError(value, ctx);
        // name/message/stack set as own properties are already in the stack text
        keys = keys.filter((k) => !((k === "name" || k === "message" || k === "stack") &&
          typeof value[k] === "string" && base.includes(value[k])));
        // cause and errors are own, non-enumerable: listed as [cause] / [errors]
        for (const k of ["cause", "errors"]) {
          if (!keys.includes(k) && Object.prototype.hasOwnProperty.call(value, k) &&
            (k === "cause" || Array.isArray(value.errors))) keys.push(k);
        }
        if (keys.length === 0) return base;
      } else if (isArrayBuffer(value)) {
        const prefix = getPrefix(constructor, tag, "ArrayBuffer");
        if (typedArray === undefined) {
          formatter = formatArrayBuffer;
        } else if (keys.length === 0) {
          return prefix + `{ byteLength: ${formatNumber(value.byteLength)} }`;
        }
        braces[0] = `${prefix}{`;
        keys.unshift("byteLength");
      } else if (isDataView(value)) {
        braces[0] = `${getPrefix(constructor, tag, "DataView")}{`;
        keys.unshift("byteLength", "byteOffset", "buffer");
      } else if (isPromise(value)) {
        braces[0] = `${getPrefix(constructor, tag, "Promise")}{`;
        formatter = formatPromise;
      } else if (isWeakSet(value)) {
        braces[0] = `${getPrefix(constructor, tag, "WeakSet")}{`;
        formatter = () => ["<items unknown>"];
      } else if (isWeakMap(value)) {
        braces[0] = `${getPrefix(constructor, tag, "WeakMap")}{`;
        formatter = () => ["<items unknown>"];
      } else if (isBoxed(value)) {
        base = getBoxedBase(value, ctx, keys, constructor, tag);
        if (keys.length === 0) return base;
      } else {
        if (keys.length === 0 && constructor !== null) keys = webIDLKeys(value);
        if (keys.length === 0) return `${getCtxStyle(value, constructor, tag)}{}`;
        braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
      }
    }

    if (recurseTimes > ctx.depth) {
      let name = getCtxStyle(value, constructor, tag).slice(0, -1);
      if (constructor !== null) name = `[${name}]`;
      return name;
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (let i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
      }
    } catch (err) {
      ctx.seen.pop();
      if (err instanceof RangeError && /call stack|stack overflow/i.test(err.message)) throw err;
      return `[Internal Formatting Error] ${err && err.stack}`;
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(value);
      if (index !== undefined) {
        const reference = `<ref *${index}>`;
        if (ctx.compact !== true) base = base === "" ? reference : `${reference} ${base}`;
        else braces[0] = `${reference} ${braces[0]}`;
      }
    }
    ctx.seen.pop();

    if (ctx.sorted) {
      const cmp = ctx.sorted === true ? undefined : ctx.sorted;
      if (extrasType === kObjectType) output.sort(cmp);
      else if (keys.length > 1) {
        const sorted = output.slice(output.length - keys.length).sort(cmp);
        output.splice(output.length - keys.length, keys.length, ...sorted);
      }
    }
    const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    // Bound the total work as Node does: past ~128 MB of output, stop descending.
    ctx.budget += res.length;
    if (ctx.budget > 2 ** 27) ctx.depth = -1;
    return res;
  }

  // Own keys list integer indices first, in ascending order: the named
  // keys are the tail, found without testing every index of a long array.
  function nonIndexKeys(value, showHidden) {
    const names = showHidden ? Object.getOwnPropertyNames(value) : Object.keys(value);
    let i = names.length;
    while (i > 0 && !isIndex(names[i - 1])) i--;
    const keys = i === names.length ? [] : names.slice(i);
    for (const s of Object.getOwnPropertySymbols(value)) {
      if (showHidden || Object.prototype.propertyIsEnumerable.call(value, s)) keys.push(s);
    }
    return keys;
  }

  function isIndex(k) {
    if (k.length === 0 || k.length > 10) return false;
    const c = k.charCodeAt(0);
    if (c < 48 || c > 57 || (c === 48 && k.length > 1)) return false;
    for (let i = 1; i < k.length; i++) {
      const d = k.charCodeAt(i);
      if (d < 48 || d > 57) return false;
    }
    return +k < 2 ** 32 - 1;
  }

  // A goja stack ("\tat f (file.ts:1:2(34))") in V8's shape ("    at f (file.ts:1:2)").
  function normalizeStack(stack) {
    if (!stack.includes("\n\tat ")) return stack;
    return stack.replace(/\n\tat /g, "\n    at ").replace(/:(\d+):(\d+)\(\d+\)/g, ":$1:$2").replace(/\n+$/, "");
  }

  function formatError(err, ctx) {
    let stack;
    try { stack = err.stack; } catch { stack = undefined; }
    let message;
    if (typeof stack === "string" && stack !== "") stack = normalizeStack(stack);
    if (typeof stack === "string" && stack.includes("\n    at")) {
      message = stack;
    } else {
      let text = stack;
      if (typeof text !== "string" || text === "") {
        try { text = Error.prototype.toString.call(err); } catch { text = "Error"; }
      }
      message = `[${text}]`;
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(err);
      if (index !== undefined) message = `<ref *${index}> ` + message;
    }
    if (ctx.indentationLvl !== 0) message = message.replaceAll("\n", "\n" + " ".repeat(ctx.indentationLvl));
    return message;
  }

  function getBoxedBase(value, ctx, keys, constructor, tag) {
    let type, primitive;
    if (isNumberObject(value)) { type = "Number"; primitive = Number.prototype.valueOf.call(value); }
    else if (isStringObject(value)) {
      type = "String";
      primitive = String.prototype.valueOf.call(value);
      keys.splice(0, primitive.length);
    } else if (isBooleanObject(value)) { type = "Boolean"; primitive = Boolean.prototype.valueOf.call(value); }
    else if (isBigIntObject(value)) { type = "BigInt"; primitive = BigInt.prototype.valueOf.call(value); }
    else { type = "Symbol"; primitive = Symbol.prototype.valueOf.call(value); }
    let base = `[${type}`;
    if (type !== constructor) base += constructor === null ? " (null prototype)" : ` (${constructor})`;
    base += `: ${formatPrimitive(primitive, { ...ctx, maxStringLength: Infinity })}]`;
    if (tag !== "" && tag !== constructor) base += ` [${tag}]`;
    return base;
  }

  const more = (n) => `... ${n} more item${n > 1 ? "s" : ""}`;

  function formatArray(ctx, value, recurseTimes) {
    const valLen = value.length;
    const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
    const output = [];
    for (let i = 0; i < len; i++) {
      if (!Object.prototype.hasOwnProperty.call(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
      output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    }
    if (valLen - len > 0) output.push(more(valLen - len));
    return output;
  }

  // Sparse arrays: runs of holes become "<N empty items>".
  function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    const keys = Object.keys(value);
    let index = i;
    for (; i < keys.length && output.length < maxLength; i++) {
      const key = keys[i];
      const tmp = +key;
      if (tmp > 2 ** 32 - 2) break;
      if (`${index}` !== key) {
        if (!isIndex(key)) break;
        const empty = tmp - index;
        output.push(`<${empty} empty item${empty > 1 ? "s" : ""}>`);
        index = tmp;
        if (output.length === maxLength) break;
      }
      output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
      index++;
    }
    const remaining = value.length - index;
    if (output.length !== maxLength) {
      if (remaining > 0) output.push(`<${remaining} empty item${remaining > 1 ? "s" : ""}>`);
    } else if (remaining > 0) {
      output.push(more(remaining));
    }
    return output;
  }

  function formatSet(ctx, value, recurseTimes) {
    ctx.indentationLvl += 2;
    const size = setSizeOf.call(value);
    const len = Math.min(Math.max(0, ctx.maxArrayLength), size);
    const output = [];
    let i = 0;
    for (const v of Set.prototype.values.call(value)) {
      if (i++ >= len) break;
      output.push(formatValue(ctx, v, recurseTimes));
    }
    if (size - len > 0) output.push(more(size - len));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    ctx.indentationLvl += 2;
    const size = mapSizeOf.call(value);
    const len = Math.min(Math.max(0, ctx.maxArrayLength), size);
    const output = [];
    let i = 0;
    for (const [k, v] of Map.prototype.entries.call(value)) {
      if (i++ >= len) break;
      output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    }
    if (size - len > 0) output.push(more(size - len));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatTypedArray(ctx, value, recurseTimes) {
    const length = value.length;
    const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    const output = [];
    for (let i = 0; i < maxLength; i++) {
      const v = value[i];
      output.push(typeof v === "bigint" ? `${v}n` : formatNumber(v));
    }
    if (length - maxLength > 0) output.push(more(length - maxLength));
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      for (const key of ["BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"]) {
        output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatArrayBuffer(ctx, value) {
    const valLen = value.byteLength;
    const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
    let bytes;
    try { bytes = new Uint8Array(value, 0, len); } catch { return ["(detached)"]; }
    let str = "";
    for (let i = 0; i < bytes.length; i++) str += (i ? " " : "") + (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    const remaining = valLen - len;
    if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? "s" : ""}`;
    return [`[Uint8Contents]: <${str}>`];
  }

  function formatPromise(ctx, value, recurseTimes) {
    const st = native.promiseState(value);
    if (st[0] === "pending") return ["<pending>"];
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, st[1], recurseTimes);
    ctx.indentationLvl -= 2;
    return [st[0] === "rejected" ? `<rejected> ${str}` : str];
  }

  function formatProperty(ctx, value, recurseTimes, key, type, desc) {
    let name, str;
    let extra = " ";
    desc = desc || Object.getOwnPropertyDescriptor(value, key) || { value: readKey(value, key), enumerable: true };
    if (desc.value !== undefined) {
      const diff = ctx.compact !== true || type !== kObjectType ? 2 : 3;
      ctx.indentationLvl += diff;
      str = formatValue(ctx, desc.value, recurseTimes);
      if (diff === 3 && ctx.breakLength < stringWidth(str)) extra = `\n${" ".repeat(ctx.indentationLvl)}`;
      ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
      const label = desc.set !== undefined ? "Getter/Setter" : "Getter";
      if (ctx.getters && (ctx.getters === true || (ctx.getters === "get" && desc.set === undefined) ||
        (ctx.getters === "set" && desc.set !== undefined))) {
        try {
          const tmp = desc.get.call(value);
          ctx.indentationLvl += 2;
          if (tmp === null) str = `[${label}: null]`;
          else if (typeof tmp === "object") str = `[${label}] ${formatValue(ctx, tmp, recurseTimes)}`;
          else str = `[${label}: ${formatPrimitive(tmp, ctx)}]`;
          ctx.indentationLvl -= 2;
        } catch (err) {
          str = `[${label}: <Inspection threw (${err && err.message})>]`;
        }
      } else {
        str = `[${label}]`;
      }
    } else if (desc.set !== undefined) {
      str = "[Setter]";
    } else {
      str = "undefined";
    }
    if (type === kArrayType) return str;
    if (typeof key === "symbol") {
      // keys print the description raw (values quote it): { Symbol(k k): 1 }
      name = desc.enumerable === false ? `[${key.toString()}]` : key.toString();
    } else if (key === "__proto__") {
      name = "['__proto__']";
    } else if (desc.enumerable === false) {
      name = `[${key.replace(/[\x00-\x1f\x27\x5c\x7f-\x9f]/g, (c) => "\\x" + c.charCodeAt(0).toString(16).padStart(2, "0"))}]`;
    } else if (/^[a-zA-Z_][a-zA-Z_0-9]*$/.test(key)) {
      name = key;
    } else {
      name = quoteString(key, ctx);
    }
    return `${name}:${extra}${str}`;
  }

  function readKey(value, key) {
    try { return value[key]; } catch (err) { return err; }
  }

  function isBelowBreakLength(ctx, output, start, base) {
    let total = output.length + start;
    if (total + output.length > ctx.breakLength) return false;
    for (let i = 0; i < output.length; i++) {
      total += output[i].length;
      if (total > ctx.breakLength) return false;
    }
    return base === "" || !base.includes("\n");
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    if (ctx.compact !== true) {
      if (typeof ctx.compact === "number" && ctx.compact >= 1) {
        const entries = output.length;
        if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
        if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
          const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
          if (isBelowBreakLength(ctx, output, start, base)) {
            const joined = output.join(", ");
            if (!joined.includes("\n")) return `${base ? `${base} ` : ""}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
      const indentation = `\n${" ".repeat(ctx.indentationLvl)}`;
      return `${base ? `${base} ` : ""}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}` +
        `${ctx.trailingComma ? "," : ""}${indentation}${braces[1]}`;
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
      return `${braces[0]}${base ? ` ${base}` : ""} ${output.join(", ")} ${braces[1]}`;
    }
    const indentation = " ".repeat(ctx.indentationLvl);
    const ln = base === "" && braces[0].length === 1 ? " " : `${base ? ` ${base}` : ""}\n${indentation}  `;
    return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
  }

  // Arrays of more than six short entries are laid out in aligned columns,
  // roughly square (a character is taken to be 2.5 times as high as wide).
  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--; // not the "... more items" entry
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
      const len = stringWidth(output[i]);
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
        ctx.compact * 4,
        15,
      );
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineMax = 0;
        for (let j = i; j < output.length; j += columns) if (dataLen[j] > lineMax) lineMax = dataLen[j];
        maxLineLength.push(lineMax + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== "number" && typeof value[i] !== "bigint") { padStart = false; break; }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let str = "";
        let j = i;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          str += padStart ? `${output[j]}, `.padStart(padding, " ") : `${output[j]}, `.padEnd(padding, " ");
        }
        if (padStart) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          str += output[j].padStart(padding, " ");
        } else {
          str += output[j];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  // Terminal columns taken by str: East Asian wide characters count two,
  // combining marks and controls none.
  function stringWidth(str) {
    let ascii = true;
    for (let i = 0; i < str.length; i++) {
      if (str.charCodeAt(i) >= 0x7f || str.charCodeAt(i) < 0x20) { ascii = false; break; }
    }
    if (ascii) return str.length;
    str = str.replace(/\x1b\[[0-9;]*m/g, "");
    let width = 0;
    for (const ch of str) {
      const code = ch.codePointAt(0);
      if (isFullWidth(code)) width += 2;
      else if (!isZeroWidth(code)) width++;
    }
    return width;
  }

  const isZeroWidth = (code) => code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) || (code >= 0xe0100 && code <= 0xe01ef);

  const isFullWidth = (code) => code >= 0x1100 && (code <= 0x115f || code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) || (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) || (code >= 0xa960 && code <= 0xa97c) || (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe10 && code <= 0xfe19) || (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) || (code >= 0x1f300 && code <= 0x1f64f) || (code >= 0x20000 && code <= 0x3fffd));

  return { inspect, newContext, formatValue, quoteString, stringWidth, normalizeStack, isMap, isSet };
})
