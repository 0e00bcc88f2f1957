Deno.serve(async () => {
  try { await new Response("{not json").json(); return new Response("parsed"); } catch (e) { return new Response(e.name); }
});
