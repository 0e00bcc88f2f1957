Deno.serve(async (req) => {
  const path = await Deno.makeTempFile();
  await Deno.writeFile(path, req.body!);
  const f = await Deno.open(path);
  let total = 0;
  for await (const chunk of f.readable) total += chunk.byteLength;
  await Deno.remove(path);
  return Response.json({ total });
});
