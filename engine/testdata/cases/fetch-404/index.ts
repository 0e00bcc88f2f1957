Deno.serve(async () => {
  const r = await fetch(Deno.env.get("SUPABASE_URL") + "/functions/v1/no-such-function-here");
  await r.body?.cancel();
  return Response.json({ status: r.status, ok: r.ok });
});
