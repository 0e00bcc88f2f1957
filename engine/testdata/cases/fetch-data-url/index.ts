Deno.serve(async () => {
  const r = await fetch("data:text/plain;base64,aGVsbG8=");
  return Response.json({ text: await r.text(), type: r.headers.get("content-type") });
});
