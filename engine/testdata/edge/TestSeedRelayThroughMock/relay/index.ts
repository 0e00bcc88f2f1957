const KEY = Deno.env.get("OPENAI_API_KEY");
Deno.serve((req) => {
  const { socket, response } = Deno.upgradeWebSocket(req);
  socket.onopen = () => {
    const up = new WebSocket("wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview-2024-10-01",
      ["realtime", "openai-insecure-api-key." + KEY, "openai-beta.realtime-v1"]);
    up.onopen = () => { socket.onmessage = (e) => up.send(e.data); };
    up.onmessage = (e) => socket.send(e.data);
    up.onerror = (e) => console.log("upstream error", e.message);
    up.onclose = () => socket.close();
  };
  return response;
})
