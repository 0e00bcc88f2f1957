Deno.serve(() => {
  Promise.reject(new Error("ignored rejection"));
  return new Response("still serving");
});
