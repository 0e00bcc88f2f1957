Deno.serve(async (req) => {
  try { await req.formData(); return new Response("parsed"); } catch (e) { return new Response(e.name); }
});
