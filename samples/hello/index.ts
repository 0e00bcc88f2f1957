// The smallest edge function: answer every request.
// curl http://127.0.0.1:54321/functions/v1/hello?name=Ada
Deno.serve((req: Request) => {
  const name = new URL(req.url).searchParams.get("name") ?? "world";
  return new Response(`Hello, ${name}!\n`, {
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
});
