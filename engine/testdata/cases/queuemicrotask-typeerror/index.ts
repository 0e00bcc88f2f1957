Deno.serve(() => {
  try { queueMicrotask(42 as any); return new Response("no"); } catch (e) { return new Response(e.constructor.name); }
});
