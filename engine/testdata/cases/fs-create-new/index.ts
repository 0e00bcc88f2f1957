Deno.serve(async () => {
  const path = await Deno.makeTempFile();
  let err = "";
  try { await Deno.writeTextFile(path, "x", { createNew: true }); } catch (e) { err = e.name; }
  await Deno.remove(path);
  return new Response(err);
});
