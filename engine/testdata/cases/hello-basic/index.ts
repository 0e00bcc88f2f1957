Deno.serve((req: Request) => {
  const url = new URL(req.url);
  return new Response(`hello from ${url.pathname}`);
});
