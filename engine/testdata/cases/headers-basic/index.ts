Deno.serve(() => {
  const h = new Headers({ "X-B": "2", "x-a": "1" });
  h.append("x-a", "3");
  h.set("Content-Type", "text/plain");
  return Response.json({ a: h.get("X-A"), has: h.has("content-type"), entries: [...h] });
});
