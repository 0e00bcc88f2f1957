// URLPattern as an edge-function router (the request path is /url-pattern-routing/users/42).
const routes = [
  { name: "user", pattern: new URLPattern({ pathname: "/url-pattern-routing/users/:id(\\d+)" }) },
  { name: "file", pattern: new URLPattern({ pathname: "/url-pattern-routing/files/*.:ext" }) },
];
Deno.serve((req) => {
  const hit = routes.map((r) => ({ name: r.name, m: r.pattern.exec(req.url) })).find((r) => r.m);
  const optional = new URLPattern({ pathname: "/api/:version(v\\d+)/items/:id?" });
  return Response.json({
    route: hit?.name ?? null,
    groups: hit?.m.pathname.groups ?? null,
    query: hit?.m.search.input ?? null,
    optional: [optional.test("http://x/api/v2/items"), optional.test("http://x/api/vx/items")],
    wildcardHost: new URLPattern({ hostname: "{*.}?example.com" }).test("https://api.example.com/"),
    fileExt: routes[1].pattern.exec("http://h/url-pattern-routing/files/a/b.png")?.pathname.groups.ext ?? null,
  });
});
