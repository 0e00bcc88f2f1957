Deno.serve(async () => {
  const r = new Response("twice");
  const c = r.clone();
  return Response.json([await r.text(), await c.text(), r.bodyUsed]);
});
