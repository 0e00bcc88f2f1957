Deno.serve((req) => {
  const u = new URL(req.url);
  return Response.json({ path: u.pathname, q: u.searchParams.get("q"), n: u.searchParams.getAll("n") });
});
