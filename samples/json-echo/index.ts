// Echo a JSON body back with what the function saw of the request.
// curl -X POST -H 'content-type: application/json' -d '{"hi":1}' \
//   http://127.0.0.1:54321/functions/v1/json-echo/some/path?x=1
interface Echo {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
  receivedAt: string;
}

Deno.serve(async (req) => {
  const url = new URL(req.url);
  let body: unknown = null;
  if (req.body) {
    const text = await req.text();
    try {
      body = JSON.parse(text);
    } catch {
      return Response.json({ error: "body is not JSON", text }, { status: 400 });
    }
  }
  const echo: Echo = {
    method: req.method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: Object.fromEntries(req.headers),
    body,
    receivedAt: new Date().toISOString(),
  };
  console.log("echo", echo.method, echo.path);
  return Response.json(echo);
});
