package engine_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gws "github.com/gorilla/websocket"

	"github.com/edgeplay/edgeplay/engine"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/supervisor"
)

func wsURL(eng *engine.Engine, fn string) string {
	return "ws" + strings.TrimPrefix(eng.URL(), "http") + "/functions/v1/" + fn
}

func TestInboundWebSocketEcho(t *testing.T) {
	eng, rec := startWithLimits(t, loadFunctions(t, "edge/ws-echo"), nil)
	d := gws.Dialer{Subprotocols: []string{"chat", "other"}, HandshakeTimeout: 5 * time.Second}
	conn, resp, err := d.Dial(wsURL(eng, "echo"), nil)
	if err != nil {
		t.Fatalf("dial: %v (%v)", err, resp)
	}
	defer conn.Close()
	if conn.Subprotocol() != "chat" {
		t.Fatalf("subprotocol %q", conn.Subprotocol())
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	conn.WriteMessage(gws.TextMessage, []byte("hello"))
	if typ, msg, err := conn.ReadMessage(); err != nil || typ != gws.TextMessage || string(msg) != "echo:hello" {
		t.Fatalf("text echo %d %q %v", typ, msg, err)
	}
	conn.WriteMessage(gws.BinaryMessage, []byte{1, 2, 3})
	if typ, msg, err := conn.ReadMessage(); err != nil || typ != gws.BinaryMessage || !bytes.Equal(msg, []byte{2, 3, 4}) {
		t.Fatalf("binary echo %d %v %v", typ, msg, err)
	}
	conn.WriteMessage(gws.TextMessage, []byte("close-me"))
	_, _, err = conn.ReadMessage()
	var ce *gws.CloseError
	if !asCloseError(err, &ce) || ce.Code != 4001 || ce.Text != "asked to" {
		t.Fatalf("close = %v", err)
	}
	waitEvent(t, rec, "ws.open", isType("echo", events.WSOpen))
	waitEvent(t, rec, "ws.message in", isType("echo", events.WSMessage, "direction", "in", "preview", "hello"))
	waitEvent(t, rec, "ws.message out", isType("echo", events.WSMessage, "direction", "out", "preview", "echo:hello"))
	waitEvent(t, rec, "ws.close", isType("echo", events.WSClose, "code", "4001"))
	// not an upgrade: the function answers normally
	if status, body, _ := get(t, eng.URL()+"/functions/v1/echo", nil); status != 400 || body != "not a websocket" {
		t.Fatalf("plain request %d %q", status, body)
	}
}

func asCloseError(err error, ce **gws.CloseError) bool {
	c, ok := err.(*gws.CloseError)
	if ok {
		*ce = c
	}
	return ok
}

func TestOversizeMessageCloses1009(t *testing.T) {
	eng, _ := startWithLimits(t, loadFunctions(t, "edge/ws-echo"), nil)
	conn, _, err := gws.DefaultDialer.Dial(wsURL(eng, "echo"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	conn.WriteMessage(gws.BinaryMessage, make([]byte, 17<<20))
	_, _, err = conn.ReadMessage()
	var ce *gws.CloseError
	if !asCloseError(err, &ce) || ce.Code != gws.CloseMessageTooBig {
		t.Fatalf("oversize message: %v, want close 1009", err)
	}
}

// TestSeedRelayThroughMock runs the seed's relay shape (inbound socket,
// outbound socket with subprotocols, host-mapped to the realtime mock).
func TestSeedRelayThroughMock(t *testing.T) {
	dir := writeFunctions(t, loadFunctions(t, "edge/TestSeedRelayThroughMock"))
	rec := events.NewRecorder()
	eng := runEngine(t, engine.Config{
		Source: supervisor.DirSource{Root: dir}, Events: rec,
		Env: map[string]string{"OPENAI_API_KEY": "sk-local"}, HostMap: map[string]string{"api.openai.com": "mock:openai-realtime"},
	})
	conn, _, err := gws.DefaultDialer.Dial(wsURL(eng, "relay"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	read := func() map[string]any {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			t.Fatal(err)
		}
		var ev map[string]any
		json.Unmarshal(msg, &ev)
		return ev
	}
	if ev := read(); ev["type"] != "session.created" {
		t.Fatalf("first relayed event %v", ev)
	}
	conn.WriteJSON(map[string]any{"type": "conversation.item.create", "item": map[string]any{"type": "message", "role": "user",
		"content": []any{map[string]any{"type": "input_text", "text": "ping"}}}})
	if ev := read(); ev["type"] != "conversation.item.created" {
		t.Fatalf("got %v", ev)
	}
	conn.WriteJSON(map[string]any{"type": "response.create"})
	text := ""
	for {
		ev := read()
		if d, ok := ev["delta"].(string); ok {
			text += d
		}
		if ev["type"] == "response.done" {
			break
		}
	}
	if text != "You said: ping" {
		t.Fatalf("relayed text %q", text)
	}
	waitEvent(t, rec, "inbound open", isType("relay", events.WSOpen, "side", "inbound"))
	waitEvent(t, rec, "outbound open", isType("relay", events.WSOpen, "side", "outbound", "protocol", "realtime"))
}

// TestIdleSocketIsReset: a client that stops answering pings is dropped
// after the idle timeout, with error and close events.
func TestIdleSocketIsReset(t *testing.T) {
	eng, rec := startWithLimits(t, map[string]string{"idle": `Deno.serve((req) => {
  const { socket, response } = Deno.upgradeWebSocket(req, { idleTimeout: 1 });
  socket.onclose = (e) => console.log("closed", e.code);
  return response;
})`}, nil)
	conn, _, err := gws.DefaultDialer.Dial(wsURL(eng, "idle"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetPingHandler(func(string) error { return nil }) // never pong
	go func() {
		for {
			if _, _, err := conn.ReadMessage(); err != nil {
				return
			}
		}
	}()
	waitEvent(t, rec, "closed log", isType("idle", events.Log, "message", "closed 1001"))
	waitEvent(t, rec, "ws.close", isType("idle", events.WSClose, "code", "1001"))
}

// TestNodeWebSocketClient drives the echo and the relay with Node's `ws`
// package, a peer that is not gorilla. It installs `ws` from npm into a
// temp folder; without node/npm it is skipped.
func TestNodeWebSocketClient(t *testing.T) {
	node, errN := exec.LookPath("node")
	npm, errP := exec.LookPath("npm")
	if errN != nil || errP != nil || os.Getenv("EDGEPLAY_SKIP_NODE") != "" {
		t.Skip("node/npm not available")
	}
	dir := t.TempDir()
	script, _ := filepath.Abs(filepath.Join("testdata", "node", "ws-client.mjs"))
	copyFile(t, script, filepath.Join(dir, "ws-client.mjs"))
	os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name":"edgeplay-ws-client","private":true,"type":"module"}`), 0o644)
	if out, err := exec.Command(npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", dir, "ws@8.18.3").CombinedOutput(); err != nil {
		t.Skipf("npm install ws failed (offline?): %v %s", err, out)
	}
	fns := loadFunctions(t, "edge/ws-echo")
	for k, v := range loadFunctions(t, "edge/TestSeedRelayThroughMock") {
		fns[k] = v
	}
	rec := events.NewRecorder()
	eng := runEngine(t, engine.Config{
		Source: supervisor.DirSource{Root: writeFunctions(t, fns)}, Events: rec,
		Env: map[string]string{"OPENAI_API_KEY": "sk-local"}, HostMap: map[string]string{"api.openai.com": "mock:openai-realtime"},
	})
	out, err := exec.Command(node, filepath.Join(dir, "ws-client.mjs"), wsURL(eng, "echo"), wsURL(eng, "relay")).CombinedOutput()
	if err != nil {
		t.Fatalf("node client: %v\n%s", err, out)
	}
	var res struct {
		Echo struct {
			Protocol string
			Seen     []any
		}
		Relay struct{ Seen []string }
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("node output %s: %v", out, err)
	}
	echo, _ := json.Marshal(res.Echo.Seen)
	if res.Echo.Protocol != "chat" || string(echo) != `["echo:from node",[8,9,10],"close 4001 asked to"]` {
		t.Fatalf("echo session: protocol %q, seen %s", res.Echo.Protocol, echo)
	}
	relay := strings.Join(res.Relay.Seen, ",")
	if !strings.HasPrefix(relay, "session.created,response.created") || !strings.Contains(relay, "response.done") {
		t.Fatalf("relay session: %s", relay)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
