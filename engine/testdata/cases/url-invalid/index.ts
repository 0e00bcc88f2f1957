Deno.serve(() => {
  try { new URL("http://"); return new Response("parsed"); } catch (e) { return Response.json({ name: e.name }); }
});
