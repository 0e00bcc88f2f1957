Deno.serve(() => {
  const t = new EventTarget();
  t.addEventListener("x", (e) => e.preventDefault());
  return Response.json([t.dispatchEvent(new Event("x", { cancelable: true })), t.dispatchEvent(new Event("x"))]);
});
