// A Node `ws` client (a second, non-Go peer) driving Edgeplay's sockets.
// usage: node ws-client.mjs ECHO_URL RELAY_URL  → prints one JSON result
import WebSocket from "ws";

const [echoURL, relayURL] = process.argv.slice(2);

function session(url, protocols, script) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, protocols);
    const seen = [];
    const timer = setTimeout(() => reject(new Error("timeout on " + url)), 10000);
    ws.on("open", () => script.open(ws, seen));
    ws.on("message", (data, isBinary) => script.message(ws, seen, isBinary ? [...data] : data.toString()));
    ws.on("close", (code, reason) => { clearTimeout(timer); seen.push(`close ${code} ${reason}`); resolve({ protocol: ws.protocol, seen }); });
    ws.on("error", (e) => { clearTimeout(timer); reject(e); });
  });
}

const echo = await session(echoURL, ["chat"], {
  open(ws) { ws.send("from node"); },
  message(ws, seen, m) {
    seen.push(m);
    if (seen.length === 1) ws.send(Buffer.from([7, 8, 9]));
    else ws.send("close-me");
  },
});

const relay = await session(relayURL, [], {
  open() {},
  message(ws, seen, m) {
    const ev = JSON.parse(m);
    seen.push(ev.type);
    if (ev.type === "session.created") ws.send(JSON.stringify({ type: "response.create" }));
    if (ev.type === "response.done") ws.close(1000, "done");
  },
});

console.log(JSON.stringify({ echo, relay }));
