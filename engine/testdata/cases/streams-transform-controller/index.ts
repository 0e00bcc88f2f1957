// Stream semantics compared with Deno: each entry runs in turn and
// reports what it saw (ordering of microtasks where the spec fixes it).
// deno-lint-ignore-file no-explicit-any
const tick = () => new Promise((r) => setTimeout(r, 0));
const checks: Record<string, () => Promise<string>> = {
  // transform terminate
  "transform terminate": async (): Promise<string> => {
    const out = [];
    const t1 = new TransformStream({ start(c) { c.enqueue("s"); c.terminate(); } });
    const r1 = t1.readable.getReader(); out.push((await r1.read()).value, (await r1.read()).done);
    try { await t1.writable.getWriter().write("x"); } catch (e) { out.push(e.message); }
    return out.join("|");
  },
  // transform error
  "transform error": async (): Promise<string> => {
    const out = [];
    const t2 = new TransformStream({ transform(c, ctl) { ctl.error(new Error("te")); } });
    const w2 = t2.writable.getWriter();
    const rp = t2.readable.getReader().read();
    try { await w2.write(1); } catch (e) { out.push("w " + e.message); }
    try { await rp; } catch (e) { out.push("r " + e.message); }
    try { await w2.closed; } catch (e) { out.push("c " + e.message); }
    return out.join("|");
  },
  // transform cancel
  "transform cancel": async (): Promise<string> => {
    const out = []; let why;
    const t3 = new TransformStream({ cancel(r) { why = r; } });
    await t3.readable.cancel("rc");
    try { await t3.writable.getWriter().write(1); } catch (e) { out.push("after cancel " + e); }
    out.push(why);
    return out.join("|");
  },
  // transform flush
  "transform flush": async (): Promise<string> => {
    const t4 = new TransformStream({ flush(c) { c.enqueue("f"); } });
    const w4 = t4.writable.getWriter(); w4.close();
    const r4 = t4.readable.getReader();
    return (await r4.read()).value + " " + (await r4.read()).done;
  },
  // transform strategies and desiredSize
  "transform strategies and desiredSize": async (): Promise<string> => {
    const out = [];
    const ts = new TransformStream({ start(c) { out.push(c.desiredSize); } }, { highWaterMark: 3 }, { highWaterMark: 2 });
    const w = ts.writable.getWriter();
    out.push(w.desiredSize);
    await tick();
    out.push(w.desiredSize);
    const ts2 = new TransformStream({}, undefined, new CountQueuingStrategy({ highWaterMark: 4 }));
    await tick();
    out.push(ts2.writable.getWriter().desiredSize);
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
