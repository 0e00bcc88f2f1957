Deno.serve(async () => {
  const [a, b] = ReadableStream.from([1, 2]).tee();
  const ra: number[] = [], rb: number[] = [];
  for await (const x of a) ra.push(x);
  for await (const x of b) rb.push(x);
  return Response.json({ ra, rb });
});
