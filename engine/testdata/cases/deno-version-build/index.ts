Deno.serve(() => Response.json({ v: typeof Deno.version.deno, os: Deno.build.os, errors: typeof Deno.errors.NotFound }));
