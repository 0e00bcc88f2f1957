Deno.serve(() => Response.redirect("https://example.com/next", 307));
