Deno.serve(async () => {
  const round = ReadableStream.from([new Uint8Array([1, 2, 3, 4])])
    .pipeThrough(new CompressionStream("deflate")).pipeThrough(new DecompressionStream("deflate"));
  return Response.json([...new Uint8Array(await new Response(round).arrayBuffer())]);
});
