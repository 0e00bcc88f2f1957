Deno.serve(() => Response.json([URL.canParse("https://a"), URL.canParse("nope"), URL.canParse("/p", "http://h")]));
