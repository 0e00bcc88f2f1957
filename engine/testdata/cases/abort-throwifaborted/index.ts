// throwIfAborted throws the reason; the default reason is a DOMException AbortError.
Deno.serve(() => {
  const c = new AbortController();
  let before = "not thrown";
  try {
    c.signal.throwIfAborted();
  } catch {
    before = "thrown";
  }
  let calls = 0;
  c.signal.onabort = () => calls++;
  c.abort("stop now");
  c.abort("again");
  let custom: unknown;
  try {
    c.signal.throwIfAborted();
  } catch (e) {
    custom = e;
  }
  const d = AbortSignal.abort();
  return Response.json({
    before,
    custom,
    defaultName: d.reason.name,
    defaultMessage: d.reason.message,
    isDOMException: d.reason instanceof DOMException,
    code: d.reason.code,
    onabortCalls: calls,
  });
});
