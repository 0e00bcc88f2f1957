// Deno.inspect shares console.log's formatter: compare shapes that Deno prints.
class Item {
  constructor(public id: number, public tags: string[]) {}
}
class Store {}
function handler() {}
async function load() {}

Deno.serve(() => {
  const loop: Record<string, unknown> = { name: "loop" };
  loop.self = loop;
  const err = new Error("boom");
  err.stack = undefined;
  const out = [
    Deno.inspect({ a: 1, b: "x" }),
    Deno.inspect([1, , , 4]),
    Deno.inspect(new Map<string, unknown>([["a", 1], ["b", { c: [1, 2] }]])),
    Deno.inspect(new Set([1, "2"])),
    Deno.inspect(new Uint8Array([1, 2, 3])),
    Deno.inspect(loop),
    Deno.inspect({ a: { b: { c: { d: { e: { f: 1 } } } } } }),
    [handler, Store, load].map((f) => Deno.inspect(f)).join(" "),
    Deno.inspect(new Item(7, ["x"])),
    [Promise.resolve(42), new Promise(() => {})].map((p) => Deno.inspect(p)).join(" "),
    ["text", -0, 10n, Symbol("s"), undefined, null].map((v) => Deno.inspect(v)).join(" "),
    Deno.inspect(err),
    Deno.inspect(Array.from({ length: 30 }, (_, i) => i)),
  ];
  return Response.json(out);
});
