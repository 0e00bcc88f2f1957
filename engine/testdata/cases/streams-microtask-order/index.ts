// Stream semantics compared with Deno: each entry runs in turn and
// reports what it saw (ordering of microtasks where the spec fixes it).
// deno-lint-ignore-file no-explicit-any
const tick = () => new Promise((r) => setTimeout(r, 0));
const checks: Record<string, () => Promise<string>> = {
  // start then pull vs microtasks
  "start then pull vs microtasks": async (): Promise<string> => {
    const log = [];
    new ReadableStream({ start() { log.push("start"); }, pull(c) { log.push("pull"); c.enqueue(1); } });
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
    await tick();
    return log.join(",");
  },
  // async start delays pull
  "async start delays pull": async (): Promise<string> => {
    const log = [];
    new ReadableStream({ start() { log.push("start"); return Promise.resolve().then(() => log.push("start done")); }, pull(c) { log.push("pull"); } });
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4"));
    await tick();
    return log.join(",");
  },
  // read order vs microtasks
  "read order vs microtasks": async (): Promise<string> => {
    const log = [];
    const r = new ReadableStream({ start(c) { c.enqueue("a"); } }).getReader();
    r.read().then((v) => log.push("read " + v.value));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2"));
    await tick();
    return log.join(",");
  },
  // pending read resolved by enqueue
  "pending read resolved by enqueue": async (): Promise<string> => {
    const log = []; let ctl;
    const r = new ReadableStream({ start(c) { ctl = c; } }).getReader();
    r.read().then((v) => log.push("read " + v.value));
    await tick();
    ctl.enqueue("x"); log.push("enqueued");
    Promise.resolve().then(() => log.push("p1"));
    await tick();
    return log.join(",");
  },
  // writer order
  "writer order": async (): Promise<string> => {
    const log = [];
    const w = new WritableStream({ start() { log.push("start"); }, write(c) { log.push("write " + c); }, close() { log.push("close"); } }).getWriter();
    w.write("a").then(() => log.push("a done"));
    w.write("b").then(() => log.push("b done"));
    w.close().then(() => log.push("closed"));
    w.closed.then(() => log.push("closed promise"));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
    await tick(); await tick();
    return log.join(",");
  },
  // writer backpressure and ready
  "writer backpressure and ready": async (): Promise<string> => {
    const log = []; let release;
    const w = new WritableStream({ write() { return new Promise((r) => { release = r; }); } }, { highWaterMark: 2 }).getWriter();
    log.push(w.desiredSize);
    w.write(1); log.push(w.desiredSize);
    w.write(2); log.push(w.desiredSize);
    let ready = false; w.ready.then(() => { ready = true; });
    await tick(); log.push(String(ready));
    release(); await tick(); log.push(w.desiredSize, String(ready));
    return log.join(",");
  },
  // async start writable
  "async start writable": async (): Promise<string> => {
    const log = [];
    const w = new WritableStream({ start() { log.push("start"); return Promise.resolve().then(() => log.push("start done")); }, write(c) { log.push("write " + c); } }).getWriter();
    w.write("a").then(() => log.push("a done"));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4")).then(() => log.push("p5"));
    await tick();
    return log.join(",");
  },
  // async start transform
  "async start transform": async (): Promise<string> => {
    const log = [];
    const ts = new TransformStream({ start() { log.push("start"); return Promise.resolve().then(() => log.push("start done")); }, transform(c, ctl) { log.push("t " + c); ctl.enqueue(c); } });
    const w = ts.writable.getWriter(); const r = ts.readable.getReader();
    r.read().then((v) => log.push("r " + v.value));
    w.write("a").then(() => log.push("a done"));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4")).then(() => log.push("p5")).then(() => log.push("p6")).then(() => log.push("p7"));
    await tick();
    return log.join(",");
  },
  // sync transform timing
  "sync transform timing": async (): Promise<string> => {
    const log = [];
    const ts = new TransformStream({ transform(c, ctl) { log.push("t " + c); ctl.enqueue(c); } });
    const w = ts.writable.getWriter(); const r = ts.readable.getReader();
    r.read().then((v) => log.push("r " + v.value));
    w.write("a").then(() => log.push("a done"));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4")).then(() => log.push("p5")).then(() => log.push("p6")).then(() => log.push("p7"));
    await tick();
    return log.join(",");
  },
  // pipeTo timing
  "pipeTo timing": async (): Promise<string> => {
    const log = [];
    const rs = new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } });
    const p = rs.pipeTo(new WritableStream({ write(c) { log.push("w " + c); }, close() { log.push("close"); } }));
    p.then(() => log.push("piped"));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4")).then(() => log.push("p5")).then(() => log.push("p6")).then(() => log.push("p7")).then(() => log.push("p8"));
    await tick();
    return log.join(",");
  },
  // tee timing
  "tee timing": async (): Promise<string> => {
    const log = [];
    const [a, b] = new ReadableStream({ start(c) { c.enqueue("x"); c.close(); } }).tee();
    a.getReader().read().then((v) => log.push("a " + v.value));
    b.getReader().read().then((v) => log.push("b " + v.value));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4"));
    await tick();
    return log.join(",");
  },
  // closed and cancel timing
  "closed and cancel timing": async (): Promise<string> => {
    const log = []; let ctl;
    const s = new ReadableStream({ start(c) { ctl = c; }, cancel() { log.push("cancel cb"); } });
    const r = s.getReader();
    r.closed.then(() => log.push("closed"));
    r.cancel("x").then(() => log.push("cancelled"));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
    await tick();
    const r2 = new ReadableStream({ start(c) { ctl = c; } }).getReader();
    r2.closed.then(() => log.push("closed2"));
    ctl.close();
    Promise.resolve().then(() => log.push("q1"));
    await tick();
    return log.join(",");
  },
  // byte read timing
  "byte read timing": async (): Promise<string> => {
    const log = [];
    const s = new ReadableStream({ type: "bytes", pull(c) { log.push("pull"); c.enqueue(new Uint8Array([1])); } });
    const r = s.getReader();
    r.read().then((v) => log.push("r " + v.value[0]));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
    await tick();
    const b = new ReadableStream({ type: "bytes", pull(c) { log.push("bpull"); c.byobRequest.view[0] = 5; c.byobRequest.respond(1); } }).getReader({ mode: "byob" });
    b.read(new Uint8Array(1)).then((v) => log.push("b " + v.value[0]));
    Promise.resolve().then(() => log.push("q1")).then(() => log.push("q2")).then(() => log.push("q3"));
    await tick();
    return log.join(",");
  },
  // async pull timing
  "async pull timing": async (): Promise<string> => {
    const log = []; let n = 0;
    const s = new ReadableStream({ pull(c) { n++; log.push("pull " + n); return Promise.resolve().then(() => c.enqueue(n)); } }, { highWaterMark: 0 });
    const r = s.getReader();
    r.read().then((v) => log.push("r " + v.value));
    r.read().then((v) => log.push("r " + v.value));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4")).then(() => log.push("p5")).then(() => log.push("p6"));
    await tick();
    return log.join(",");
  },
  // abort timing
  "abort timing": async (): Promise<string> => {
    const log = [];
    const w = new WritableStream({ abort(r) { log.push("abort cb " + r); } }).getWriter();
    await tick();
    w.abort("why").then(() => log.push("aborted"));
    w.closed.catch((e) => log.push("closed " + e));
    w.ready.catch((e) => log.push("ready " + e));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
    await tick();
    return log.join(",");
  },
  // iterator return timing
  "iterator return timing": async (): Promise<string> => {
    const log = [];
    const s = new ReadableStream({ start(c) { c.enqueue(1); }, cancel() { log.push("cancel"); } });
    const it = s.values();
    it.next().then((v) => log.push("n1 " + v.value));
    it.return("r").then((v) => log.push("ret " + v.value + v.done));
    Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4"));
    await tick();
    return log.join(",");
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
