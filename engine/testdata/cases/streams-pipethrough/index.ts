Deno.serve(async () => {
  const upper = new TransformStream({ transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); } });
  const out: string[] = [];
  for await (const x of ReadableStream.from(["a", "b"]).pipeThrough(upper)) out.push(x);
  return Response.json(out);
});
