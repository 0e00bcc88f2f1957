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
