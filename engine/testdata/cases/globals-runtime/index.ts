Deno.serve(async () => {
  const t0 = performance.now();
  performance.mark("start");
  await new Promise((r) => setTimeout(r, 20));
  performance.mark("end");
  const m = performance.measure("wait", "start", "end");
  const { promise, resolve } = Promise.withResolvers<number>();
  resolve(7);
  const desc = Object.getOwnPropertyDescriptor(globalThis, "structuredClone")!;
  return Response.json({
    elapsed: performance.now() - t0 >= 15,
    timeOrigin: performance.timeOrigin > 1.6e12,
    measure: [m.entryType, m.duration >= 15],
    marks: performance.getEntriesByType("mark").map((e) => e.name),
    userAgent: navigator.userAgent.startsWith("Deno/"),
    cores: navigator.hardwareConcurrency > 0,
    self: self === globalThis,
    withResolvers: await promise,
    groupBy: Object.groupBy([1, 2, 3], (x) => (x % 2 ? "odd" : "even")),
    mapGroupBy: [...Map.groupBy([1, 2, 3], (x) => x > 1).keys()],
    fromAsync: await Array.fromAsync([Promise.resolve(1), 2]),
    setOps: [...new Set([1, 2]).union(new Set([3]))],
    wellFormed: ["a\uD800".isWellFormed(), "😀".isWellFormed()],
    globalShape: [desc.writable, desc.configurable],
  });
});
