// The console namespace as Deno has it: printf-style substitutions (%s %d
// %i %f %j %o %O %c), groups, counters, timers, table, assert, trace. Lines
// go to native.out(level, text); the value formatter is inspect.js.
(function (native, fmt) {
  "use strict";
  const { inspect, newContext, formatValue, quoteString, stringWidth, normalizeStack, isMap, isSet } = fmt;

  // Per-runtime console state (each runtime compiles this closure afresh).
  let indentLevel = 0;
  const counts = new Map();
  const timers = new Map();

  // inspectArgs joins console arguments as Deno does: a leading string with
  // more arguments is a format string; strings print raw, the rest inspected.
  function inspectArgs(args, options, indent = indentLevel) {
    const ctx = newContext(options);
    const first = args[0];
    let a = 0;
    let out = "";
    if (typeof first === "string" && args.length > 1) {
      a++;
      let appended = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first[i] !== "%") continue;
        const ch = first[++i];
        if (a < args.length) {
          let arg = null;
          switch (ch) {
            case "s": arg = String(args[a++]); break;
            case "d": case "i": {
              const v = args[a++];
              arg = typeof v === "symbol" ? "NaN" : `${parseInt(String(v))}`;
              break;
            }
            case "f": {
              const v = args[a++];
              arg = typeof v === "symbol" ? "NaN" : `${parseFloat(String(v))}`;
              break;
            }
            case "j": {
              const v = args[a++];
              try { arg = JSON.stringify(v); } catch { arg = "[Circular]"; }
              if (arg === undefined) arg = null;
              break;
            }
            case "o": case "O": arg = formatValue(ctx, args[a++], 0); break;
            case "c": a++; arg = ""; break; // CSS has no meaning in a log line
          }
          if (arg !== null) {
            out += first.slice(appended, i - 1) + arg;
            appended = i + 1;
          }
        }
        if (ch === "%") {
          out += first.slice(appended, i - 1) + "%";
          appended = i + 1;
        }
      }
      out += first.slice(appended);
    }
    for (; a < args.length; a++) {
      if (a > 0) out += " ";
      out += typeof args[a] === "string" ? args[a] : formatValue(ctx, args[a], 0);
    }
    if (indent > 0) {
      const pad = " ".repeat(indent);
      out = pad + out.replaceAll("\n", "\n" + pad);
    }
    return out;
  }

  const print = (level, args) => native.out(level, inspectArgs(args));

  const duration = (ms) => ms < 1 ? ms.toFixed(3) : ms < 10 ? ms.toFixed(2) : ms < 100 ? ms.toFixed(1) : ms.toFixed(0);

  // console.table, after Node's cli_table: integer columns align right.
  function renderTable(head, columns) {
    const widths = head.map((h) => stringWidth(h));
    const longest = columns.reduce((n, c) => Math.max(n, c.length), 0);
    const right = head.map(() => true);
    const rows = [];
    for (let i = 0; i < head.length; i++) {
      const column = columns[i];
      for (let j = 0; j < longest; j++) {
        if (rows[j] === undefined) rows[j] = [];
        const v = (rows[j][i] = column && Object.prototype.hasOwnProperty.call(column, j) ? column[j] : "");
        widths[i] = Math.max(widths[i] || 0, stringWidth(v));
        right[i] = right[i] && Number.isInteger(+v);
      }
    }
    const renderRow = (row, align) => {
      let s = "│ ";
      for (let i = 0; i < row.length; i++) {
        const pad = " ".repeat(widths[i] - stringWidth(row[i]));
        s += align && align[i] ? pad + row[i] : row[i] + pad;
        if (i !== row.length - 1) s += " │ ";
      }
      return s + " │";
    };
    const divider = widths.map((w) => "─".repeat(w + 2));
    let out = `┌${divider.join("┬")}┐\n${renderRow(head)}\n├${divider.join("┼")}┤\n`;
    for (const row of rows) out += renderRow(row, right) + "\n";
    return out + `└${divider.join("┴")}┘`;
  }

  function table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new TypeError("The 'properties' argument must be of type Array: received type " + typeof properties);
    }
    if (data === null || typeof data !== "object") return print("log", [data]);
    const stringify = (v) => typeof v === "string"
      ? quoteString(v.length > 10000 ? v.slice(0, 10000) + "..." : v, newContext())
      : formatValue(newContext({ depth: 1, compact: true }), v, 0);
    const setLike = isSet(data);
    const mapLike = isMap(data);
    const indexKey = setLike || mapLike ? "(iter idx)" : "(idx)";
    let rows;
    if (setLike) rows = [...data];
    else if (mapLike) {
      rows = Object.create(null);
      let i = 0;
      for (const [k, v] of data) rows[i++] = { Key: k, Values: v };
    } else rows = data;
    const keys = Object.keys(rows);
    const n = keys.length;
    const columns = Object.create(null);
    const columnOrder = [];
    const addColumn = (k) => {
      if (!(k in columns)) { columns[k] = new Array(n).fill(""); columnOrder.push(k); }
    };
    if (properties) properties.forEach(addColumn);
    const indexes = [];
    const values = [];
    let hasPrimitives = false;
    keys.forEach((k, idx) => {
      const value = rows[k];
      const primitive = value === null || (typeof value !== "function" && typeof value !== "object");
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        values.push(stringify(value));
      } else {
        const obj = value || {};
        for (const c of properties || Object.keys(obj)) {
          if (!primitive && c in obj) {
            addColumn(c);
            columns[c][idx] = stringify(obj[c]);
          }
        }
        values.push("");
      }
      indexes.push(k);
    });
    const head = [indexKey, ...(properties || columnOrder)];
    if (!properties && !mapLike && hasPrimitives) head.push("Values");
    const body = [indexes, ...columnOrder.map((c) => columns[c]), values];
    print("log", [renderTable(head, body)]);
  }

  function traceStack() {
    const stack = normalizeStack(String(new Error().stack || ""));
    // drop "Error" and the frames inside this file
    return stack.split("\n").slice(1).filter((l) => !l.includes("edgeplay:console")).join("\n");
  }

  const console = {
    log: (...args) => print("log", args),
    debug: (...args) => print("debug", args),
    info: (...args) => print("info", args),
    dir: (obj = undefined, options = {}) => native.out("log", inspectArgs([obj], options, 0)),
    dirxml: (...args) => print("log", args),
    warn: (...args) => print("warn", args),
    error: (...args) => print("error", args),
    assert: (condition = false, ...args) => {
      if (condition) return;
      if (args.length === 0) return print("error", ["Assertion failed"]);
      if (typeof args[0] === "string") return print("error", [`Assertion failed: ${args[0]}`, ...args.slice(1)]);
      print("error", ["Assertion failed:", ...args]);
    },
    count: (label = "default") => {
      label = String(label);
      counts.set(label, (counts.get(label) || 0) + 1);
      print("info", [`${label}: ${counts.get(label)}`]);
    },
    countReset: (label = "default") => {
      label = String(label);
      if (counts.has(label)) counts.set(label, 0);
      else print("warn", [`Count for '${label}' does not exist`]);
    },
    table,
    time: (label = "default") => {
      label = String(label);
      if (timers.has(label)) return print("warn", [`Timer '${label}' already exists`]);
      timers.set(label, native.now());
    },
    timeLog: (label = "default", ...args) => {
      label = String(label);
      if (!timers.has(label)) return print("warn", [`Timer '${label}' does not exist`]);
      print("info", [`${label}: ${duration(native.now() - timers.get(label))}ms`, ...args]);
    },
    timeEnd: (label = "default") => {
      label = String(label);
      if (!timers.has(label)) return print("warn", [`Timer '${label}' does not exist`]);
      const start = timers.get(label);
      timers.delete(label);
      print("info", [`${label}: ${duration(native.now() - start)}ms`]);
    },
    group: (...label) => {
      if (label.length > 0) print("log", label);
      indentLevel += 2;
    },
    groupCollapsed: (...label) => {
      if (label.length > 0) print("log", label);
      indentLevel += 2;
    },
    groupEnd: () => {
      if (indentLevel > 0) indentLevel -= 2;
    },
    // A log line cannot be cleared; Deno resets the group indentation.
    clear: () => { indentLevel = 0; },
    trace: (...args) => {
      const message = inspectArgs(args, undefined, 0);
      const stack = traceStack();
      print("error", [`Trace${message ? ": " + message : ""}${stack ? "\n" + stack : ""}`]);
    },
    profile: (_label) => {},
    profileEnd: (_label) => {},
    timeStamp: (_label) => {},
  };
  // Method names as in Deno (arrow functions take the property's name).
  const ns = Object.create({}, {
    [Symbol.toStringTag]: { value: "console", writable: false, enumerable: false, configurable: true },
  });
  for (const [k, v] of Object.entries(console)) {
    Object.defineProperty(v, "name", { value: k, configurable: true });
    ns[k] = v;
  }

  Object.defineProperty(globalThis, "console", { value: ns, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(globalThis, Symbol.for("edgeplay.inspect"), {
    value: inspect, writable: false, configurable: true, enumerable: false,
  });
  // inspect for Go: console.log's view (a string prints raw).
  return (v) => (typeof v === "string" ? v : formatValue(newContext(), v, 0));
})
