Deno.serve(() => {
  const u = new URL("https://x.dev/?a=1&b=2");
  u.searchParams.append("c", "3 4");
  u.searchParams.delete("a");
  return new Response(u.href);
});
