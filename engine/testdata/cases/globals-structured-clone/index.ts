Deno.serve(() => {
  const o: any = { n: 1, d: new Date(5), r: /x/gi, m: new Map([[1, { deep: true }]]), s: new Set(["a"]), big: 10n };
  o.self = o;
  const bytes = new Uint8Array([1, 2, 3]);
  o.a = bytes;
  o.b = bytes.subarray(1);
  const c = structuredClone(o);
  c.a[1] = 9;
  const err = structuredClone(new RangeError("boom", { cause: "why" }));
  class Point { x = 1; }
  const buf = new ArrayBuffer(8);
  const moved = structuredClone(buf, { transfer: [buf] });
  const fail = (v: unknown) => { try { structuredClone(v); return "cloned"; } catch (e) { return `${(e as Error).name}:${e instanceof DOMException}`; } };
  return Response.json({
    circular: c.self === c && c !== o,
    values: [c.n, c.d.getTime(), c.r.flags, c.m.get(1).deep, c.s.has("a"), String(c.big)],
    sharedBuffer: [c.b[0], bytes[1]],
    error: [err.name, err.message, err.cause, err instanceof RangeError],
    classInstance: Object.getPrototypeOf(structuredClone(new Point())) === Object.prototype,
    transfer: [buf.byteLength, moved.byteLength],
    failures: [fail(() => 1), fail(Symbol("s")), fail(new WeakMap())],
  });
});
