Deno.serve(() => {
  const enc = new TextEncoder();
  let i = 0;
  return new Response(new ReadableStream({
    pull(c) { if (i < 3) c.enqueue(enc.encode("part" + i++ + ";")); else c.close(); },
  }));
});
