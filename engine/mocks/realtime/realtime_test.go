package realtime

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	gws "github.com/gorilla/websocket"
)

func dial(t *testing.T, srv *httptest.Server, protocols []string) (*gws.Conn, *http.Response, error) {
	t.Helper()
	u := "ws" + strings.TrimPrefix(srv.URL, "http") + "/v1/realtime?model=test-model"
	d := gws.Dialer{Subprotocols: protocols, HandshakeTimeout: 5 * time.Second}
	return d.Dial(u, nil)
}

func TestHandshakeChecks(t *testing.T) {
	srv := httptest.NewServer(&Server{DeltaDelay: time.Millisecond})
	defer srv.Close()
	cases := []struct {
		name      string
		protocols []string
		status    int
	}{
		{"no key", []string{"realtime"}, 401},
		{"undefined key", []string{"realtime", "openai-insecure-api-key.undefined"}, 401},
		{"no realtime", []string{"openai-insecure-api-key.sk-test"}, 400},
		{"ok", []string{"realtime", "openai-insecure-api-key.sk-test", "openai-beta.realtime-v1"}, 101},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			conn, resp, err := dial(t, srv, tc.protocols)
			if tc.status == 101 {
				if err != nil {
					t.Fatal(err)
				}
				defer conn.Close()
				if conn.Subprotocol() != "realtime" {
					t.Fatalf("subprotocol %q", conn.Subprotocol())
				}
				return
			}
			if err == nil {
				conn.Close()
				t.Fatal("handshake accepted")
			}
			if resp == nil || resp.StatusCode != tc.status {
				t.Fatalf("resp %v, want %d", resp, tc.status)
			}
		})
	}
}

func TestScriptedConversation(t *testing.T) {
	srv := httptest.NewServer(&Server{DeltaDelay: time.Millisecond})
	defer srv.Close()
	conn, _, err := dial(t, srv, []string{"realtime", "openai-insecure-api-key.sk-test"})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	read := func() map[string]any {
		var ev map[string]any
		conn.SetReadDeadline(time.Now().Add(5 * time.Second))
		if err := conn.ReadJSON(&ev); err != nil {
			t.Fatal(err)
		}
		return ev
	}
	if ev := read(); ev["type"] != "session.created" {
		t.Fatalf("first event %v", ev)
	}
	conn.WriteJSON(map[string]any{"type": "conversation.item.create", "item": map[string]any{
		"type": "message", "role": "user", "content": []any{map[string]any{"type": "input_text", "text": "hi there"}}}})
	if ev := read(); ev["type"] != "conversation.item.created" {
		t.Fatalf("got %v", ev)
	}
	conn.WriteJSON(map[string]any{"type": "response.create"})
	var types []string
	text := ""
	for {
		ev := read()
		types = append(types, ev["type"].(string))
		if d, ok := ev["delta"].(string); ok {
			text += d
		}
		if ev["type"] == "response.done" {
			break
		}
	}
	if text != "You said: hi there" {
		t.Fatalf("streamed text %q", text)
	}
	if types[0] != "response.created" || types[len(types)-2] != "response.output_item.done" {
		t.Fatalf("event order %v", types)
	}
	conn.WriteMessage(gws.TextMessage, []byte("{not json"))
	if ev := read(); ev["type"] != "error" {
		t.Fatalf("bad JSON answered %v", ev)
	}
}
