Deno.serve(() => {
  try { new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xc3])); return new Response("decoded"); }
  catch (e) { return new Response(e.name); }
});
