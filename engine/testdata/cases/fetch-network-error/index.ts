Deno.serve(async () => {
  try { await fetch("http://127.0.0.1:1/"); return new Response("connected"); } catch (e) { return Response.json({ name: e.name }); }
});
