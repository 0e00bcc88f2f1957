Deno.serve(async (req) => {
  await req.text();
  try { await req.arrayBuffer(); return new Response("twice"); } catch (e) { return new Response(e.name); }
});
