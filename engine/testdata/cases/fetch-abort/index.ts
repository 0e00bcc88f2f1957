Deno.serve(async (req) => {
  const u = new URL(req.url);
  if (u.searchParams.has("slow")) { await new Promise((r) => setTimeout(r, 2000)); return new Response("late"); }
  const c = new AbortController();
  setTimeout(() => c.abort(), 50);
  try {
    await fetch(Deno.env.get("SUPABASE_URL") + "/functions/v1/fetch-abort?slow=1", { signal: c.signal });
    return new Response("not aborted");
  } catch (e) { return Response.json({ name: e.name, message: e.message }); }
});
