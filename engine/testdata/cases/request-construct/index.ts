Deno.serve(async () => {
  const r = new Request("https://example.com/p?q", { method: "post", body: "data", headers: { "x-a": "1" } });
  const c = r.clone();
  return Response.json({ method: r.method, url: r.url, text: await r.text(), clone: await c.text(), ct: r.headers.get("content-type") });
});
