// Compressed data fed one byte per chunk, in assorted BufferSource types,
// still decompresses; a string chunk is a TypeError.
Deno.serve(async () => {
  const text = "tiny chunks ".repeat(40);
  const z = new Uint8Array(await new Response(ReadableStream.from([new TextEncoder().encode(text)]).pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
  const chunks = Array.from(z, (b, i) => (i % 3 === 0 ? new Uint8Array([b]) : i % 3 === 1 ? new Uint8Array([b]).buffer : new DataView(new Uint8Array([b]).buffer)));
  const back = await new Response(ReadableStream.from(chunks).pipeThrough(new DecompressionStream("deflate-raw"))).text();
  let bad = "ok";
  try { await new Response(ReadableStream.from(["not bytes"]).pipeThrough(new DecompressionStream("gzip"))).text(); } catch (e) { bad = (e as Error).name; }
  return Response.json({ same: back === text, bad });
});
