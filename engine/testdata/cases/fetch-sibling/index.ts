Deno.serve(async (req) => {
  const u = new URL(req.url);
  if (u.searchParams.has("inner")) return Response.json({ inner: true, method: req.method, body: await req.text() });
  const res = await fetch(Deno.env.get("SUPABASE_URL") + "/functions/v1/fetch-sibling?inner=1", { method: "POST", body: "ping" });
  return Response.json({ status: res.status, ok: res.ok, data: await res.json(), ct: res.headers.get("content-type") });
});
