const base = await Promise.resolve(10);
class Counter { #n = base; next() { return ++this.#n; } }
async function* ticks() { yield 1; yield 2; }
Deno.serve(async () => {
  const c = new Counter();
  let sum = 0;
  for await (const t of ticks()) sum += t + c.next();
  return Response.json({ sum, opt: ({} as any)?.a?.b ?? "dflt" });
});
