Deno.serve(() => { while (true) {} })
