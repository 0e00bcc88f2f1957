Deno.serve(async (req) => {
  let n = 0;
  for await (const chunk of req.body!) n += chunk.byteLength;
  return Response.json({ n });
});
