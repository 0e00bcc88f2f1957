Deno.serve(() => {
  return new Response("x"
});
