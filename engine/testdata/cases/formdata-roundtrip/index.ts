Deno.serve(async () => {
  const fd = new FormData();
  fd.append("name", "edge");
  fd.append("file", new Blob(["file body"], { type: "text/plain" }), "a.txt");
  const parsed = await new Response(fd).formData();
  const f = parsed.get("file") as File;
  return Response.json({ name: parsed.get("name"), file: f.name, type: f.type, text: await f.text() });
});
