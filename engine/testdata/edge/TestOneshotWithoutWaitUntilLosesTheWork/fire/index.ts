Deno.serve(() => {
  setTimeout(() => console.log("never printed"), 400);
  return new Response("done");
})
