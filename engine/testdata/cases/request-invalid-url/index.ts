Deno.serve(() => {
  try { new Request("/relative"); return new Response("built"); } catch (e) { return new Response(e.name); }
});
