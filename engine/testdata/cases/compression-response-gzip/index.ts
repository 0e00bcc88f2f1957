Deno.serve(() => new Response(
  ReadableStream.from([new TextEncoder().encode("gzipped body")]).pipeThrough(new CompressionStream("gzip")),
  { headers: { "content-encoding": "gzip", "content-type": "text/plain" } },
));
