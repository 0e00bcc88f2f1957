addEventListener("beforeunload", (ev) => console.log("unloading:", ev.detail.reason));
Deno.serve(() => { while (true) {} })
