Deno.serve(async () => {
  const s = new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); } });
  const r = s.getReader({ mode: "byob" });
  const first = await r.read(new Uint8Array(2));
  return Response.json({ len: first.value!.length, vals: [...first.value!] });
});
