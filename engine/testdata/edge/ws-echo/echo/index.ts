Deno.serve((req) => {
  if (req.headers.get("upgrade") !== "websocket") return new Response("not a websocket", { status: 400 });
  const { socket, response } = Deno.upgradeWebSocket(req, { protocol: req.headers.get("sec-websocket-protocol")?.split(",")[0]?.trim() || undefined });
  socket.binaryType = "arraybuffer";
  socket.onmessage = (e) => {
    if (typeof e.data === "string") {
      if (e.data === "close-me") return socket.close(4001, "asked to");
      socket.send("echo:" + e.data);
    } else {
      const b = new Uint8Array(e.data);
      socket.send(b.map((x) => x + 1));
    }
  };
  return response;
})
