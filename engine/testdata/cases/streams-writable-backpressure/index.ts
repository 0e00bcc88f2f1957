Deno.serve(async () => {
  const w = new WritableStream({ write() { return new Promise((r) => setTimeout(r, 1)); } }, { highWaterMark: 2 });
  const writer = w.getWriter();
  const before = writer.desiredSize;
  writer.write("a"); writer.write("b");
  const during = writer.desiredSize;
  await writer.close();
  return Response.json({ before, during });
});
