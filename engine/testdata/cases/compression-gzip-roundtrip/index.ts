Deno.serve(async () => {
  const text = "compress me ".repeat(100);
  const zipped = ReadableStream.from([new TextEncoder().encode(text)]).pipeThrough(new CompressionStream("gzip"));
  const size = (await new Response(zipped).arrayBuffer()).byteLength;
  const round = ReadableStream.from([new TextEncoder().encode(text)])
    .pipeThrough(new CompressionStream("deflate-raw")).pipeThrough(new DecompressionStream("deflate-raw"));
  return Response.json({ smaller: size < text.length, same: (await new Response(round).text()) === text });
});
