// Each written chunk comes out of CompressionStream at once (Deno flushes
// per chunk), so a compressed streaming response is not held back; the
// pieces decompress one by one.
Deno.serve(async () => {
  const enc = new TextEncoder();
  const cs = new CompressionStream("gzip");
  const ds = new DecompressionStream("gzip");
  const w = cs.writable.getWriter();
  const zr = cs.readable.getReader();
  const dw = ds.writable.getWriter();
  const dr = ds.readable.getReader();
  const seen: string[] = [];
  for (const msg of ["event one\n", "event two\n"]) {
    w.write(enc.encode(msg));
    const { value } = await zr.read();
    dw.write(value!);
    const { value: plain } = await dr.read();
    seen.push(new TextDecoder().decode(plain));
  }
  w.close();
  return Response.json({ seen });
});
