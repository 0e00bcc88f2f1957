Deno.serve(async (req) => {
  const path = "/tmp/upload.bin";
  if (req.method === "POST") {
    await Deno.writeFile(path, req.body!);
    const st = await Deno.stat(path);
    return Response.json({ size: st.size });
  }
  const f = await Deno.open(path);
  return new Response(f.readable);
})
