Deno.serve(() => new Response("hidden body"));
