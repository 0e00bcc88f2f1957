Deno.serve((req) => Response.json({ custom: req.headers.get("x-custom"), method: req.method }));
