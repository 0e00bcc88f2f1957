Deno.serve(() => Response.json([new URL("http://münchen.de/").host, new URL("http://[0:0::1]/").host]));
