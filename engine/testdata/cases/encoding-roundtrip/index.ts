Deno.serve(() => {
  const s = "héllo wörld € 😀";
  const b = new TextEncoder().encode(s);
  return Response.json({ len: b.length, back: new TextDecoder().decode(b) === s });
});
