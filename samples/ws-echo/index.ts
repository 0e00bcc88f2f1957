// A WebSocket echo: upgrade the request, answer every message.
// npx wscat -c ws://127.0.0.1:54321/functions/v1/ws-echo   (or any ws client)
Deno.serve((req) => {
  if (req.headers.get("upgrade")?.toLowerCase() !== "websocket") {
    return new Response("connect with a WebSocket client to ws://…/functions/v1/ws-echo", { status: 426 });
  }
  const { socket, response } = Deno.upgradeWebSocket(req);
  socket.onopen = () => socket.send(JSON.stringify({ type: "hello", at: new Date().toISOString() }));
  socket.onmessage = (e) => {
    console.log("got", typeof e.data === "string" ? e.data : `${e.data.byteLength ?? e.data.size} bytes`);
    socket.send(typeof e.data === "string" ? `echo: ${e.data}` : e.data);
  };
  socket.onclose = (e) => console.log("closed", e.code, e.reason);
  return response;
});
