package engine_test

import (
	"bytes"
	"encoding/json"
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
	eng, err := engine.New(engine.Config{
		Source: supervisor.DirSource{Root: dir}, Addr: "127.0.0.1:0", Events: rec, DataDir: t.TempDir(),
		Env: map[string]string{"OPENAI_API_KEY": "sk-local"}, HostMap: map[string]string{"api.openai.com": "mock:openai-realtime"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := eng.Start(); err != nil {
		t.Fatal(err)
	}
	defer eng.Close()
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
