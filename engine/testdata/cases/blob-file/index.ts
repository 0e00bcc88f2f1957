Deno.serve(() => {
  const f = new File(["x"], "n.txt", { type: "text/plain", lastModified: 42 });
  return Response.json({ name: f.name, lm: f.lastModified, isBlob: f instanceof Blob });
});
