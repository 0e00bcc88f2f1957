Deno.serve(() => ({ not: "a response" }) as unknown as Response);
