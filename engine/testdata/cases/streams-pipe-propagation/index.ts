// Stream semantics compared with Deno: each entry runs in turn and
// reports what it saw (ordering of microtasks where the spec fixes it).
// deno-lint-ignore-file no-explicit-any
const tick = () => new Promise((r) => setTimeout(r, 0));
const checks: Record<string, () => Promise<string>> = {
  // pipe source error aborts dest
  "pipe source error aborts dest": async (): Promise<string> => {
    let why; let ctl;
    const src = new ReadableStream({ start(c) { ctl = c; } });
    const p = src.pipeTo(new WritableStream({ abort(r) { why = r; } }));
    ctl.error(new Error("boom"));
    try { await p; } catch (e) { return e.message + "/" + why.message; }
  },
  // pipe preventAbort
  "pipe preventAbort": async (): Promise<string> => {
    let aborted = false; let ctl;
    const ws = new WritableStream({ abort() { aborted = true; } });
    const p = new ReadableStream({ start(c) { ctl = c; } }).pipeTo(ws, { preventAbort: true });
    ctl.error("e1");
    try { await p; } catch (e) { return e + "/" + aborted + "/" + ws.locked; }
  },
  // pipe dest error cancels source
  "pipe dest error cancels source": async (): Promise<string> => {
    let why;
    const src = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { why = r; } });
    try { await src.pipeTo(new WritableStream({ write() { throw new Error("sink"); } })); } catch (e) { return e.message + "/" + why.message + "/" + src.locked; }
  },
  // pipe preventCancel
  "pipe preventCancel": async (): Promise<string> => {
    let canceled = false;
    const src = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel() { canceled = true; } });
    try { await src.pipeTo(new WritableStream({ write() { throw "sink"; } }), { preventCancel: true }); } catch (e) { return e + "/" + canceled + "/" + src.locked; }
  },
  // pipe close and preventClose
  "pipe close and preventClose": async (): Promise<string> => {
    const mk = () => new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } });
    let out = ""; let closed = 0;
    const ws = () => new WritableStream({ write(c) { out += c; }, close() { closed++; } });
    await mk().pipeTo(ws());
    const w2 = ws(); await mk().pipeTo(w2, { preventClose: true });
    const wr = w2.getWriter(); await wr.write("c"); await wr.close();
    return out + closed;
  },
  // pipe signal abort
  "pipe signal abort": async (): Promise<string> => {
    const ac = new AbortController(); let why; let canceled;
    const src = new ReadableStream({ pull(c) { return new Promise(() => {}); }, cancel(r) { canceled = r; } });
    const p = src.pipeTo(new WritableStream({ abort(r) { why = r; } }), { signal: ac.signal });
    ac.abort("stop");
    try { await p; } catch (e) { return e + "/" + why + "/" + canceled; }
  },
  // pipe already aborted signal
  "pipe already aborted signal": async (): Promise<string> => {
    const ac = new AbortController(); ac.abort(new Error("early"));
    const src = new ReadableStream();
    try { await src.pipeTo(new WritableStream(), { signal: ac.signal }); } catch (e) { return e.message + "/" + src.locked; }
  },
  // pipe into closed dest
  "pipe into closed dest": async (): Promise<string> => {
    const ws = new WritableStream(); await ws.close(); let why;
    const src = new ReadableStream({ cancel(r) { why = r; } });
    try { await src.pipeTo(ws); } catch (e) { return e.constructor.name + "/" + (why === e); }
  },
  // pipe backpressure
  "pipe backpressure": async (): Promise<string> => {
    const log = []; let n = 0;
    const src = new ReadableStream({ pull(c) { n++; c.enqueue(n); if (n === 6) c.close(); } }, { highWaterMark: 0 });
    const releases = [];
    const ws = new WritableStream({ write(c) { log.push("w" + c); return new Promise((r) => releases.push(r)); } }, { highWaterMark: 1 });
    const p = src.pipeTo(ws);
    for (let i = 0; i < 5; i++) await tick();
    log.push("pulled " + n);
    while (releases.length) { releases.shift()(); await tick(); }
    for (let i = 0; i < 10; i++) { while (releases.length) releases.shift()(); await tick(); }
    await p;
    return log.join(",") + " total " + n;
  },
  // pipeThrough chain
  "pipeThrough chain": async (): Promise<string> => {
    let s = new ReadableStream({ start(c) { for (const x of [1, 2, 3]) c.enqueue(x); c.close(); } });
    for (let i = 0; i < 5; i++) s = s.pipeThrough(new TransformStream({ transform(x, c) { c.enqueue(x * 2); } }));
    const out = []; const r = s.getReader();
    for (;;) { const { value, done } = await r.read(); if (done) break; out.push(value); }
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
