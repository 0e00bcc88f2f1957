let loaded = false;
addEventListener("load", () => { loaded = true; });
addEventListener("beforeunload", (ev) => console.log("reason", (ev as CustomEvent).detail?.reason));
Deno.serve(() => Response.json({ loaded }));
