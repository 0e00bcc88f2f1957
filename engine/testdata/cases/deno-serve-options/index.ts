Deno.serve({ port: 9999, onListen() {} }, (req) => new Response("with options " + req.method));
