Deno.serve(async () => {
  const b = new Blob(["hello ", "world"], { type: "Text/Plain" });
  return Response.json({ size: b.size, type: b.type, mid: await b.slice(3, 8).text(), tail: await b.slice(-5).text() });
});
