Deno.serve(() => {
  try { structuredClone({ f: () => 1 }); return new Response("cloned"); }
  catch (e) { return Response.json({ name: e.name, isDOM: e instanceof DOMException }); }
});
