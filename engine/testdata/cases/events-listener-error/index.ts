// A throwing listener is reported as an `error` event on globalThis (here
// handled with preventDefault) and the next listener still runs.
Deno.serve(() => {
  const result: Record<string, unknown> = { secondRan: false };
  const onError = (e: Event) => {
    const ev = e as ErrorEvent;
    result.message = ev.message;
    result.isErrorEvent = ev instanceof ErrorEvent;
    result.errorMessage = (ev.error as Error).message;
    ev.preventDefault();
  };
  addEventListener("error", onError);
  const t = new EventTarget();
  t.addEventListener("go", () => {
    throw new Error("listener failed");
  });
  t.addEventListener("go", () => {
    result.secondRan = true;
  });
  t.dispatchEvent(new Event("go"));
  removeEventListener("error", onError);
  return Response.json(result);
});
