Deno.serve(() => {
  const p = new URLSearchParams("x=1&y=2&x=3");
  return Response.json({ all: p.getAll("x"), keys: [...p.keys()], size: p.size, str: p.toString() });
});
