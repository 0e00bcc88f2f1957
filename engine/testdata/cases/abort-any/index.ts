Deno.serve(() => {
  const a = new AbortController();
  const s = AbortSignal.any([a.signal, AbortSignal.timeout(10000)]);
  a.abort();
  return Response.json({ aborted: s.aborted, name: s.reason.name });
});
