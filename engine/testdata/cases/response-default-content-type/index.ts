Deno.serve(() => new Response("plain"));
