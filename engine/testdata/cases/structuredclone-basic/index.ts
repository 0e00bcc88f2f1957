Deno.serve(() => {
  const src = { a: [1, { b: new Date(0) }], m: new Map([["k", new Set([1])]]) };
  const c = structuredClone(src);
  return Response.json({ same: c === src, date: c.a[1].b.toISOString(), set: c.m.get("k").has(1) });
});
