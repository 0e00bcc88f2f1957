// Event attributes before, during and after dispatch, and the subclasses' init members.
Deno.serve(() => {
  const t = new EventTarget();
  let during: Record<string, unknown> = {};
  t.addEventListener("x", (e) => {
    during = { target: e.target === t, currentTarget: e.currentTarget === t, phase: e.eventPhase, cancelable: e.cancelable };
    e.preventDefault();
  });
  const e = new Event("x", { cancelable: true });
  t.dispatchEvent(e);
  const err = new ErrorEvent("error", { message: "m", lineno: 3 });
  const close = new CloseEvent("close", { code: 1000, reason: "bye", wasClean: true });
  const msg = new MessageEvent("message", { data: "payload" });
  const prog = new ProgressEvent("progress", { loaded: 5, total: 10 });
  return Response.json({
    during,
    after: { phase: e.eventPhase, currentTarget: e.currentTarget, defaultPrevented: e.defaultPrevented, returnValue: e.returnValue },
    isTrusted: e.isTrusted,
    timeStamp: e.timeStamp,
    tags: [e, new CustomEvent("c"), t].map((v) => Object.prototype.toString.call(v)),
    subclasses: {
      error: `${err.message}:${err.lineno}:${err.colno}:${err.filename}`,
      close: `${close.code}:${close.reason}:${close.wasClean}`,
      message: `${msg.data}:${msg.origin}:${msg.ports.length}`,
      progress: `${prog.loaded}/${prog.total}`,
    },
  });
});
