// A streaming response: one line every 200 ms, five times, as it happens.
// curl -N http://127.0.0.1:54321/functions/v1/stream-clock
Deno.serve((_req) => {
  const encoder = new TextEncoder();
  let n = 0;
  let timer: number | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      timer = setInterval(() => {
        n++;
        controller.enqueue(encoder.encode(`tick ${n} at ${new Date().toISOString()}\n`));
        if (n === 5) {
          clearInterval(timer);
          controller.close();
        }
      }, 200);
    },
    cancel() {
      clearInterval(timer);
    },
  });
  return new Response(body, {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-cache" },
  });
});
