// Package realtime is a local stand-in for OpenAI's Realtime WebSocket API,
// so the seed's relay example runs offline (DESIGN §4). It checks what the
// real service checks at the handshake — the `realtime` subprotocol and an
// `openai-insecure-api-key.<key>` protocol carrying a key — sends
// `session.created` on connect, and answers client events with a short
// scripted stream of server events in the real event shapes:
//
//	session.update            → session.updated
//	conversation.item.create  → conversation.item.created
//	response.create           → response.created, response.output_item.added,
//	                            response.text.delta × N, response.text.done,
//	                            response.output_item.done, response.done
//	anything else / bad JSON  → error (invalid_request_error)
//
// It is a scripted teaching mock, not a model: the reply text echoes the
// last user message.
package realtime

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	gws "github.com/gorilla/websocket"
)

// Server is an http.Handler serving the mock at any path (the real one is
// /v1/realtime?model=...).
type Server struct {
	// DeltaDelay spaces the text deltas (default 5 ms) so streaming shows.
	DeltaDelay time.Duration
	ids        atomic.Int64
}

func (s *Server) id(prefix string) string {
	return fmt.Sprintf("%s_%08d", prefix, s.ids.Add(1))
}

// ServeHTTP upgrades the request after checking its protocols.
func (s *Server) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	protocols := gws.Subprotocols(r)
	hasRealtime, key := false, ""
	for _, p := range protocols {
		if p == "realtime" {
			hasRealtime = true
		}
		if k, ok := strings.CutPrefix(p, "openai-insecure-api-key."); ok {
			key = k
		}
	}
	if auth := r.Header.Get("Authorization"); key == "" && strings.HasPrefix(auth, "Bearer ") {
		key = strings.TrimPrefix(auth, "Bearer ")
	}
	switch {
	case !gws.IsWebSocketUpgrade(r):
		writeError(rw, http.StatusBadRequest, "invalid_request_error", "this endpoint only accepts WebSocket connections")
		return
	case key == "" || key == "undefined" || key == "null":
		writeError(rw, http.StatusUnauthorized, "invalid_request_error",
			"You didn't provide an API key. Pass it as the `openai-insecure-api-key.<key>` subprotocol or an Authorization header.")
		return
	case !hasRealtime:
		writeError(rw, http.StatusBadRequest, "invalid_request_error", "missing the `realtime` subprotocol")
		return
	}
	up := gws.Upgrader{Subprotocols: []string{"realtime"}, CheckOrigin: func(*http.Request) bool { return true }}
	conn, err := up.Upgrade(rw, r, nil)
	if err != nil {
		return
	}
	defer conn.Close()
	model := r.URL.Query().Get("model")
	if model == "" {
		model = "gpt-4o-realtime-preview"
	}
	session := map[string]any{
		"id": s.id("sess"), "object": "realtime.session", "model": model,
		"modalities": []string{"text", "audio"}, "voice": "alloy", "instructions": "",
		"input_audio_format": "pcm16", "output_audio_format": "pcm16", "turn_detection": nil,
		"tools": []any{}, "temperature": 0.8,
	}
	send := func(ev map[string]any) error {
		ev["event_id"] = s.id("event")
		return conn.WriteJSON(ev)
	}
	if send(map[string]any{"type": "session.created", "session": session}) != nil {
		return
	}
	lastText := ""
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return
		}
		var ev map[string]any
		if err := json.Unmarshal(data, &ev); err != nil {
			_ = send(errorEvent("invalid_json", "The server could not parse the client event as JSON: "+err.Error(), ""))
			continue
		}
		typ, _ := ev["type"].(string)
		clientID, _ := ev["event_id"].(string)
		switch typ {
		case "session.update":
			if upd, ok := ev["session"].(map[string]any); ok {
				for k, v := range upd {
					session[k] = v
				}
			}
			err = send(map[string]any{"type": "session.updated", "session": session})
		case "conversation.item.create":
			item, _ := ev["item"].(map[string]any)
			if item == nil {
				item = map[string]any{}
			}
			item["id"] = s.id("item")
			item["status"] = "completed"
			lastText = itemText(item)
			err = send(map[string]any{"type": "conversation.item.created", "previous_item_id": nil, "item": item})
		case "response.create":
			err = s.respond(send, lastText)
		case "input_audio_buffer.append", "input_audio_buffer.commit", "input_audio_buffer.clear", "response.cancel":
			// accepted silently, as the real service mostly does
		default:
			err = send(errorEvent("invalid_request_error", fmt.Sprintf("Invalid value: '%s'. Supported values are: 'session.update', 'conversation.item.create', 'response.create', 'input_audio_buffer.append', ...", typ), clientID))
		}
		if err != nil {
			return
		}
	}
}

func (s *Server) respond(send func(map[string]any) error, prompt string) error {
	delay := s.DeltaDelay
	if delay == 0 {
		delay = 5 * time.Millisecond
	}
	respID, itemID := s.id("resp"), s.id("item")
	text := "Hello from the Edgeplay realtime mock."
	if prompt != "" {
		text = "You said: " + prompt
	}
	steps := []map[string]any{
		{"type": "response.created", "response": map[string]any{"id": respID, "object": "realtime.response", "status": "in_progress", "output": []any{}}},
		{"type": "response.output_item.added", "response_id": respID, "output_index": 0,
			"item": map[string]any{"id": itemID, "object": "realtime.item", "type": "message", "role": "assistant", "status": "in_progress", "content": []any{}}},
	}
	for _, err := range []error{send(steps[0]), send(steps[1])} {
		if err != nil {
			return err
		}
	}
	for _, word := range strings.SplitAfter(text, " ") {
		time.Sleep(delay)
		if err := send(map[string]any{"type": "response.text.delta", "response_id": respID, "item_id": itemID,
			"output_index": 0, "content_index": 0, "delta": word}); err != nil {
			return err
		}
	}
	item := map[string]any{"id": itemID, "object": "realtime.item", "type": "message", "role": "assistant",
		"status": "completed", "content": []any{map[string]any{"type": "text", "text": text}}}
	for _, ev := range []map[string]any{
		{"type": "response.text.done", "response_id": respID, "item_id": itemID, "output_index": 0, "content_index": 0, "text": text},
		{"type": "response.output_item.done", "response_id": respID, "output_index": 0, "item": item},
		{"type": "response.done", "response": map[string]any{"id": respID, "object": "realtime.response", "status": "completed", "output": []any{item},
			"usage": map[string]any{"total_tokens": len(strings.Fields(prompt)) + len(strings.Fields(text))}}},
	} {
		if err := send(ev); err != nil {
			return err
		}
	}
	return nil
}

func itemText(item map[string]any) string {
	content, _ := item["content"].([]any)
	var parts []string
	for _, c := range content {
		if m, ok := c.(map[string]any); ok {
			if t, ok := m["text"].(string); ok {
				parts = append(parts, t)
			}
		}
	}
	return strings.Join(parts, " ")
}

func errorEvent(code, message, clientID string) map[string]any {
	e := map[string]any{"type": "invalid_request_error", "code": code, "message": message, "param": nil}
	if clientID != "" {
		e["event_id"] = clientID
	}
	return map[string]any{"type": "error", "error": e}
}

func writeError(rw http.ResponseWriter, status int, typ, msg string) {
	rw.Header().Set("Content-Type", "application/json")
	rw.WriteHeader(status)
	_ = json.NewEncoder(rw).Encode(map[string]any{"error": map[string]any{"type": typ, "message": msg, "code": nil, "param": nil}})
}
