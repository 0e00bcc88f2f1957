addEventListener("beforeunload", (ev) => console.log("reason:", ev.detail.reason));
Deno.serve(() => { EdgeRuntime.waitUntil(new Promise(() => {})); return new Response("ok"); })
