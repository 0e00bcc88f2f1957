// 300 requests in flight at once to one host (more than the connections a
// worker opens per host): every one completes, in order of its own answer.
Deno.serve(async (req) => {
  const u = new URL(req.url);
  const i = u.searchParams.get("i");
  if (i !== null) {
    await new Promise((r) => setTimeout(r, 30));
    return new Response("r" + i);
  }
  const base = Deno.env.get("SUPABASE_URL") + "/functions/v1/fetch-many-concurrent?i=";
  const bodies = await Promise.all(Array.from({ length: 300 }, (_, n) => fetch(base + n).then((r) => r.text())));
  const wrong = bodies.filter((b, n) => b !== "r" + n).length;
  return Response.json({ count: bodies.length, wrong });
});
