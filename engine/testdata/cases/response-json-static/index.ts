Deno.serve(() => Response.json({ ok: true }, { status: 201, headers: { "x-extra": "1" } }));
