Deno.serve(() => new Response(Deno.inspect({ a: [1, "x"], m: new Map([[1, 2]]) })));
