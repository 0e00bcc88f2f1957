// A common edge-function pattern: race work against AbortSignal.any of a
// user signal and a timeout.
Deno.serve(async () => {
  const user = new AbortController();
  const signal = AbortSignal.any([user.signal, AbortSignal.timeout(20)]);
  const winner = await new Promise<string>((resolve) => {
    const work = setTimeout(() => resolve("work"), 2000);
    signal.addEventListener("abort", () => {
      clearTimeout(work);
      resolve("timeout");
    });
  });
  return Response.json({ winner, name: signal.reason.name, anyAborted: signal.aborted, userAborted: user.signal.aborted });
});
