Deno.serve(() => {
  const s = new ReadableStream();
  s.getReader();
  try { s.getReader(); return new Response("twice"); } catch (e) { return Response.json({ name: e.name, locked: s.locked }); }
});
