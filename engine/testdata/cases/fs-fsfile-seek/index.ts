Deno.serve(async () => {
  const path = await Deno.makeTempFile({ suffix: ".bin" });
  const f = await Deno.open(path, { read: true, write: true });
  await f.write(new TextEncoder().encode("0123456789"));
  await f.seek(3, Deno.SeekMode.Start);
  const buf = new Uint8Array(4);
  const n = await f.read(buf);
  const pos = await f.seek(0, Deno.SeekMode.Current);
  const st = await f.stat();
  f.close();
  await Deno.remove(path);
  return Response.json({ n, text: new TextDecoder().decode(buf), pos, size: st.size });
});
