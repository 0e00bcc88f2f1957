Deno.serve(async () => {
  try { await fetch("not a url"); return new Response("fetched"); } catch (e) { return new Response(e.name); }
});
