Deno.serve(async () => {
  const b = new Blob([new Uint8Array([104, 105]), "!"]);
  let out = "";
  const dec = new TextDecoder();
  for await (const chunk of b.stream()) out += dec.decode(chunk, { stream: true });
  return new Response(out);
});
