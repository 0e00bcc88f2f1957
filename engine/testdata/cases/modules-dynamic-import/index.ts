Deno.serve(async () => {
  const mod = await import("./lazy.ts");
  return Response.json({ loadedAt: mod.loadedAt, next: mod.default(41) });
});
