Deno.serve(() => {
  const u = new URL("http://example.com/a");
  u.protocol = "https:"; u.port = "8080"; u.pathname = "/b c"; u.search = "q=1"; u.hash = "top";
  return new Response(u.toString());
});
