Deno.serve(() => {
  throw new Error("handler exploded");
});
