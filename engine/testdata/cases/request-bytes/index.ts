Deno.serve(async (req) => {
  const b = await req.bytes();
  return Response.json({ len: b.length, first: b[0], isU8: b instanceof Uint8Array });
});
