Deno.serve(() => Response.json([
  new URL("../c", "http://a/b/d/e").href,
  new URL("/x?y", "http://a/b").href,
  new URL("//other/p", "https://a/b").href,
  new URL("#f", "http://a/b?q").href,
]));
