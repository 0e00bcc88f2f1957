Deno.serve(() => {
  EdgeRuntime.waitUntil(new Promise((r) => setTimeout(r, 200)).then(() => console.log("task finished")));
  EdgeRuntime.waitUntil(Promise.reject(new Error("task failed")));
  return new Response("accepted");
})
