Deno.serve(async () => {
  const seen: number[] = [];
  await ReadableStream.from([1, 2, 3]).pipeTo(new WritableStream({ write(x) { seen.push(x); } }));
  return Response.json(seen);
});
