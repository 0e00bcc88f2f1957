addEventListener("beforeunload", (ev) => console.log("bye", ev.detail.reason)); Deno.serve(() => new Response("x"))
