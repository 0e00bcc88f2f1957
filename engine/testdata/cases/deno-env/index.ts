Deno.serve(() => {
  Deno.env.set("MY_VAR", "v1");
  const obj = Deno.env.toObject();
  const had = Deno.env.has("MY_VAR");
  Deno.env.delete("MY_VAR");
  return Response.json({ had, after: Deno.env.get("MY_VAR") ?? null, test: Deno.env.get("EDGEPLAY_TEST"), inObj: obj.MY_VAR, url: typeof Deno.env.get("SUPABASE_URL") });
});
