// Stream semantics compared with Deno: each entry runs in turn and
// reports what it saw (ordering of microtasks where the spec fixes it).
// deno-lint-ignore-file no-explicit-any
const tick = () => new Promise((r) => setTimeout(r, 0));
const checks: Record<string, () => Promise<string>> = {
  // tee cancel both
  "tee cancel both": async (): Promise<string> => {
    let why;
    const [a, b] = new ReadableStream({ cancel(r) { why = r; } }).tee();
    const pa = a.cancel("x"); await tick();
    const before = String(why);
    await Promise.all([pa, b.cancel("y")]);
    return before + "/" + JSON.stringify(why);
  },
  // tee error
  "tee error": async (): Promise<string> => {
    let ctl;
    const [a, b] = new ReadableStream({ start(c) { ctl = c; } }).tee();
    ctl.error(new Error("bad"));
    const r = await Promise.allSettled([a.getReader().read(), b.getReader().read()]);
    return r.map((x) => x.status + ":" + x.reason.message).join(",");
  },
  // tee bytes byob branch
  "tee bytes byob branch": async (): Promise<string> => {
    const src = new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); } });
    const [a, b] = src.tee();
    const ra = a.getReader({ mode: "byob" });
    const x = await ra.read(new Uint8Array(2));
    const rb = b.getReader();
    const y = await rb.read();
    x.value[0] = 99;
    return [x.value.join(" "), y.value.join(" "), a.constructor.name].join("/");
  },
  // byob respond
  "byob respond": async (): Promise<string> => {
    const s = new ReadableStream({ type: "bytes", pull(c) { const v = c.byobRequest.view; v[0] = 7; v[1] = 8; c.byobRequest.respond(2); } });
    const r = s.getReader({ mode: "byob" });
    const { value } = await r.read(new Uint8Array(4));
    return value.constructor.name + " " + value.byteLength + " " + value.buffer.byteLength + " " + Array.from(value).join(",");
  },
  // byob respondWithNewView and min
  "byob respondWithNewView and min": async (): Promise<string> => {
    let n = 0;
    const s = new ReadableStream({ type: "bytes", pull(c) { const v = c.byobRequest.view; n++; const nv = new Uint8Array(v.buffer, v.byteOffset, 1); nv[0] = n; c.byobRequest.respondWithNewView(nv); } });
    const r = s.getReader({ mode: "byob" });
    const { value } = await r.read(new Uint16Array(2), { min: 2 });
    return value.constructor.name + " " + value.length + " pulls " + n + " bytes " + Array.from(new Uint8Array(value.buffer)).join(",");
  },
  // byob detaches buffer
  "byob detaches buffer": async (): Promise<string> => {
    const s = new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([9])); } });
    const buf = new Uint8Array(4);
    const p = s.getReader({ mode: "byob" }).read(buf);
    const len = buf.byteLength;
    const { value } = await p;
    return len + " " + value.length + " " + value[0];
  },
  // byte stream default reader and autoAllocate
  "byte stream default reader and autoAllocate": async (): Promise<string> => {
    const s = new ReadableStream({ type: "bytes", autoAllocateChunkSize: 8, pull(c) { const v = c.byobRequest.view; v[0] = 42; c.byobRequest.respond(1); c.close(); } });
    const r = s.getReader();
    const a = await r.read(); const b = await r.read();
    return a.value.constructor.name + a.value.length + ":" + a.value[0] + " " + b.done;
  },
  // byob errors
  "byob errors": async (): Promise<string> => {
    const s = new ReadableStream({ type: "bytes" });
    const r = s.getReader({ mode: "byob" });
    const out = [];
    for (const args of [[new Uint8Array(0)], [new Uint8Array(2), { min: 0 }], [new Uint8Array(2), { min: 3 }], ["x"]]) {
      try { await r.read(...args); out.push("ok"); } catch (e) { out.push(e.constructor.name); }
    }
    try { new ReadableStream().getReader({ mode: "byob" }); } catch (e) { out.push(e.message); }
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
