Deno.serve(() => {
  const h = new Headers();
  h.append("Set-Cookie", "a=1");
  h.append("Set-Cookie", "b=2");
  return Response.json({ list: h.getSetCookie(), entries: [...h].length });
});
