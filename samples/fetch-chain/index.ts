// One function calling another through the gateway, the way a Supabase
// function calls a sibling: SUPABASE_URL + /functions/v1/<name>.
// curl http://127.0.0.1:54321/functions/v1/fetch-chain
Deno.serve(async (_req) => {
  const base = Deno.env.get("SUPABASE_URL");
  const key = Deno.env.get("SUPABASE_ANON_KEY");
  const started = performance.now();
  const res = await fetch(`${base}/functions/v1/json-echo/from-chain?via=fetch-chain`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({ hello: "from fetch-chain" }),
  });
  const echoed = await res.json();
  return Response.json({
    status: res.status,
    echoedPath: echoed.path,
    echoedBody: echoed.body,
    ms: Math.round(performance.now() - started),
  });
});
