Deno.serve(async () => {
  const s = ReadableStream.from(["a", "€", "b"]).pipeThrough(new TextEncoderStream()).pipeThrough(new TextDecoderStream());
  let out = "";
  for await (const chunk of s) out += chunk;
  return new Response(out);
});
