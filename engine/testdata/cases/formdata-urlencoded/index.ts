Deno.serve(async (req) => {
  const fd = await req.formData();
  return Response.json({ a: fd.get("a"), b: fd.getAll("b") });
});
