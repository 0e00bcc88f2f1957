Deno.serve(() => {
  const buf = new Uint8Array(5);
  const r = new TextEncoder().encodeInto("ab€c", buf);
  return Response.json({ read: r.read, written: r.written });
});
