Deno.serve((req) => Response.json({ signal: req.signal instanceof AbortSignal, aborted: req.signal.aborted }));
