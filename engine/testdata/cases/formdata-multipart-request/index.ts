Deno.serve(async (req) => {
  const fd = await req.formData();
  const f = fd.get("upload") as File;
  return Response.json({ field: fd.get("field"), file: f.name, size: f.size });
});
