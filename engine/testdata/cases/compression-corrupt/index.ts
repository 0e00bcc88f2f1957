Deno.serve(async () => {
  const s = ReadableStream.from([new Uint8Array([31, 139, 8, 0, 1, 2, 3, 4, 5, 6, 7])]).pipeThrough(new DecompressionStream("gzip"));
  try { await new Response(s).arrayBuffer(); return new Response("decoded"); } catch (e) { return new Response(e.name); }
});
