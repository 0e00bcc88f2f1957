// Stream semantics compared with Deno: each entry runs in turn and
// reports what it saw (ordering of microtasks where the spec fixes it).
// deno-lint-ignore-file no-explicit-any
const tick = () => new Promise((r) => setTimeout(r, 0));
const checks: Record<string, () => Promise<string>> = {
  // locked and disturbed
  "locked and disturbed": async (): Promise<string> => {
    const out = [];
    const s = new ReadableStream({ start(c) { c.enqueue("a"); c.close(); } });
    out.push(s.locked);
    const r = s.getReader(); out.push(s.locked);
    try { s.getReader(); } catch (e) { out.push(e.message); }
    try { await s.cancel(); } catch (e) { out.push(e.message); }
    r.releaseLock(); out.push(s.locked);
    try { await r.read(); } catch (e) { out.push(e.message); }
    try { await r.closed; } catch (e) { out.push(e.constructor.name); }
    const res = new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } }));
    out.push(res.bodyUsed); const rr = res.body.getReader(); await rr.read(); rr.releaseLock(); out.push(res.bodyUsed);
    return out.join("|");
  },
  // async iterator preventCancel
  "async iterator preventCancel": async (): Promise<string> => {
    let canceled = 0;
    const mk = () => new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); }, cancel() { canceled++; } });
    const s1 = mk();
    for await (const x of s1) { break; }
    const s2 = mk();
    for await (const x of s2.values({ preventCancel: true })) { break; }
    const r = s2.getReader(); const { value } = await r.read();
    return canceled + " " + s1.locked + " " + value;
  },
  // async iterator next and return
  "async iterator next and return": async (): Promise<string> => {
    const s = new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } });
    const it = s[Symbol.asyncIterator]();
    const a = await it.next(); const b = await it.next(); const c = await it.next(); const d = await it.next();
    const e = await it.return("z");
    return [a.value, b.value, c.done, d.done, e.value, e.done].join(",");
  },
  // from async iterable and errors
  "from async iterable and errors": async (): Promise<string> => {
    const it = { i: 0, [Symbol.asyncIterator]() { return this; }, next() { this.i++; return Promise.resolve(this.i > 3 ? { done: true } : { value: this.i, done: false }); }, return() { return Promise.resolve({ done: true }); } };
    const out = [];
    for await (const x of ReadableStream.from(it)) out.push(x);
    for await (const x of ReadableStream.from(new Set(["s", Promise.resolve("t")]))) out.push(x);
    try { ReadableStream.from(5); } catch (e) { out.push(e.message); }
    return out.join(",");
  },
  // writable errors
  "writable errors": async (): Promise<string> => {
    const out = [];
    const ws = new WritableStream({ write() { throw new Error("wfail"); } });
    const w = ws.getWriter();
    try { await w.write(1); } catch (e) { out.push(e.message); }
    try { await w.write(2); } catch (e) { out.push(e.message); }
    try { await w.closed; } catch (e) { out.push("closed " + e.message); }
    out.push(w.desiredSize);
    const w2 = new WritableStream().getWriter(); w2.close();
    try { await w2.write(1); } catch (e) { out.push(e.message); }
    try { new WritableStream().getWriter().releaseLock(); ws.getWriter(); } catch (e) { out.push(e.message); }
    return out.join("|");
  },
  // controller error with unobserved promises
  "controller error with unobserved promises": async (): Promise<string> => {
    let ctl;
    const s = new ReadableStream({ start(c) { ctl = c; } });
    const r = s.getReader(); r.closed;
    ctl.error(new Error("nobody listens"));
    let wc;
    const w = new WritableStream({ start(c) { wc = c; } });
    const wr = w.getWriter(); wr.closed; wr.ready;
    await tick();
    wc.error("werr");
    const r2 = new ReadableStream().getReader(); r2.closed; r2.releaseLock();
    await tick(); await tick();
    return "no unhandled";
  },
  // strategies
  "strategies": async (): Promise<string> => {
    const b = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
    const c = new CountQueuingStrategy({ highWaterMark: 2 });
    return [b.highWaterMark, b.size(new Uint8Array(5)), c.highWaterMark, c.size("x"), Object.prototype.toString.call(b), ByteLengthQueuingStrategy.length].join(",");
  },
  // enqueue errors
  "enqueue errors": async (): Promise<string> => {
    const out = [];
    new ReadableStream({ start(c) { c.close(); try { c.enqueue(1); } catch (e) { out.push(e.constructor.name); } try { c.close(); } catch (e) { out.push(e.constructor.name); } } });
    new ReadableStream({ type: "bytes", start(c) { try { c.enqueue("x"); } catch (e) { out.push(e.constructor.name); } try { c.enqueue(new Uint8Array(0)); } catch (e) { out.push(e.constructor.name); } } });
    try { new ReadableStream({}, { highWaterMark: -1 }); } catch (e) { out.push(e.constructor.name); }
    try { new ReadableStream({ type: "bytes" }, { size() { return 1; } }); } catch (e) { out.push(e.constructor.name); }
    let ctl; const s = new ReadableStream({ start(c) { ctl = c; } }, { size() { throw new Error("sz"); } });
    try { ctl.enqueue(1); } catch (e) { out.push(e.message); }
    try { await s.getReader().read(); } catch (e) { out.push("read " + e.message); }
    return out.join(",");
  },
};
let unhandled = 0;
addEventListener("unhandledrejection", (e) => { e.preventDefault(); unhandled++; });
Deno.serve(async () => {
  const out: Record<string, string> = {};
  for (const [name, f] of Object.entries(checks)) {
    try { out[name] = String(await f()); } catch (e) { out[name] = "threw " + e; }
  }
  await tick();
  out.unhandled = String(unhandled);
  return Response.json(out);
});
