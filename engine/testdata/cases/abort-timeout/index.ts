Deno.serve(async () => {
  const s = AbortSignal.timeout(10);
  await new Promise((r) => s.addEventListener("abort", r));
  return Response.json({ name: s.reason.name });
});
