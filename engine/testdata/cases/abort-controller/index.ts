Deno.serve(() => {
  const c = new AbortController();
  let fired = 0;
  c.signal.addEventListener("abort", () => fired++);
  c.abort("because");
  c.abort("again");
  return Response.json({ aborted: c.signal.aborted, reason: c.signal.reason, fired });
});
