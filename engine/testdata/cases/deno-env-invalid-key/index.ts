Deno.serve(() => {
  try { Deno.env.get(""); return new Response("ok"); } catch (e) { return new Response(e.name); }
});
