Deno.serve(() => new Promise((resolve) => setTimeout((a, b) => resolve(new Response(a + b)), 1, "x", "y")));
