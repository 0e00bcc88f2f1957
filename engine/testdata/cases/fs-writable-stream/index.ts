Deno.serve(async () => {
  const path = await Deno.makeTempFile();
  const f = await Deno.open(path, { write: true, truncate: true });
  await ReadableStream.from(["a", "b", "c"]).pipeThrough(new TextEncoderStream()).pipeTo(f.writable);
  const text = await Deno.readTextFile(path);
  await Deno.remove(path);
  return new Response(text);
});
