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
