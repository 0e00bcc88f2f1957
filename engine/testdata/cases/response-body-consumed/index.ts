Deno.serve(async () => {
  const r = new Response("once");
  await r.text();
  try { await r.text(); return new Response("read twice"); } catch (e) { return Response.json({ name: e.name, used: r.bodyUsed }); }
});
