Deno.serve(async (req) => {
  const body = await req.json();
  return Response.json({ got: body, used: req.bodyUsed });
});
