Deno.serve(() => {
  const d = new TextDecoder();
  const b = new TextEncoder().encode("€€");
  const parts = [d.decode(b.subarray(0, 2), { stream: true }), d.decode(b.subarray(2, 4), { stream: true }), d.decode(b.subarray(4))];
  return Response.json(parts);
});
