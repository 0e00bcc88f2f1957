Deno.serve({ handler: () => new Response("from handler option") });
