Deno.serve((req, info) => Response.json({ transport: info.remoteAddr.transport, host: info.remoteAddr.hostname }));
