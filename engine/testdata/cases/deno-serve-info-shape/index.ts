// The handler's info: no own properties (getters on its prototype), a new
// remoteAddr but the same completed promise on every read, and `completed` settling after the response
// (read by a background task that outlives it).
let previous = "none";
Deno.serve(async (req, info) => {
  const shape = {
    keys: Object.keys(info),
    own: Object.getOwnPropertyNames(info),
    json: JSON.stringify(info),
    sameAddr: info.remoteAddr === info.remoteAddr,
    sameCompleted: info.completed === info.completed,
    isPromise: info.completed instanceof Promise,
    portType: typeof info.remoteAddr.port,
    previous,
  };
  info.completed.then(() => { previous = "completed"; });
  return Response.json(shape);
});
