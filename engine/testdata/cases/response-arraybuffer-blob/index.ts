Deno.serve(async () => {
  const ab = await new Response(new Uint8Array([1, 2, 3])).arrayBuffer();
  const blob = await new Response("abc", { headers: { "content-type": "text/x" } }).blob();
  return Response.json({ ab: ab.byteLength, blobSize: blob.size, blobType: blob.type });
});
