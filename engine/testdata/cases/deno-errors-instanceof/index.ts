Deno.serve(async () => {
  try { await Deno.readFile("/tmp/definitely-missing-file"); return new Response("read"); }
  catch (e) { return Response.json({ nf: e instanceof Deno.errors.NotFound, name: e.name }); }
});
