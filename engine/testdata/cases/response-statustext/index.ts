Deno.serve(() => new Response("teapot", { status: 418, statusText: "I'm a teapot" }));
