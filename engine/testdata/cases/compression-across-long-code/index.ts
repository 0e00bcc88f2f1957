// A decompression that spans code running long enough for the CPU
// watchdog to notice (which moves the runtime's loop onto a thread of its
// own) still finishes: the decoder is resumed where it was made.
function spin(ms: number) {
  const end = performance.now() + ms;
  let n = 0;
  while (performance.now() < end) n++;
  return n;
}

Deno.serve(async () => {
  const text = "long code in the middle ".repeat(2000);
  const z = new Uint8Array(await new Response(new Blob([text]).stream().pipeThrough(new CompressionStream("gzip"))).arrayBuffer());
  const ds = new DecompressionStream("gzip");
  const writer = ds.writable.getWriter();
  const read = new Response(ds.readable).text();
  const half = z.length >> 1;
  await writer.write(z.subarray(0, half));
  for (let i = 0; i < 3; i++) {
    spin(30);
    await new Promise((r) => setTimeout(r, 5)); // a new task: the loop may move threads here
  }
  await writer.write(z.subarray(half));
  await writer.close();
  return Response.json({ same: (await read) === text });
});
