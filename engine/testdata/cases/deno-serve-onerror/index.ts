Deno.serve({ onError: (e) => new Response("recovered: " + (e as Error).message, { status: 500 }) }, () => { throw new Error("kaboom"); });
