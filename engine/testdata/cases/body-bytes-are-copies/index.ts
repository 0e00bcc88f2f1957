// Reading a body never hands out a Blob's own bytes: the Blob stays as it
// was after the bytes read from a Response or Request made of it change.
// (Edgeplay also gives a clone its own bytes, as the spec's tee does;
// Deno 2.9 shares them, so that is not compared here.)
Deno.serve(async () => {
  const blob = new Blob([new Uint8Array([1, 2, 3])]);
  const fromBlob = await new Response(blob).bytes();
  fromBlob[0] = 9;
  const req = new Request("http://example.com/", { method: "POST", body: blob });
  const viaReq = await req.bytes();
  viaReq[1] = 9;
  return Response.json({
    blob: [...new Uint8Array(await blob.arrayBuffer())],
    again: [...(await new Response(blob).bytes())],
  });
});
