// A Request made without a signal still has its own (never aborted, the
// same object on every read); one made with a signal follows it; a copy
// of a Request follows the original's.
Deno.serve(async () => {
  const plain = new Request("http://example.com/");
  const c = new AbortController();
  const withSignal = new Request("http://example.com/", { signal: c.signal });
  const copy = new Request(withSignal);
  const before = [withSignal.signal.aborted, copy.signal.aborted];
  c.abort("stop");
  return Response.json({
    plain: plain.signal instanceof AbortSignal,
    plainAborted: plain.signal.aborted,
    same: plain.signal === plain.signal,
    notParent: withSignal.signal !== c.signal,
    before,
    after: [withSignal.signal.aborted, copy.signal.aborted, withSignal.signal.reason, copy.signal.reason],
    clone: plain.clone().signal.aborted,
  });
});
