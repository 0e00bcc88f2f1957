package engine_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gws "github.com/gorilla/websocket"

	"github.com/edgeplay/edgeplay/engine"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/jwt"
	"github.com/edgeplay/edgeplay/engine/supervisor"
)

// startSamples serves the repository's samples/ as `make run` does.
func startSamples(t *testing.T) (*engine.Engine, *events.Recorder) {
	eng, rec, _ := startSamplesIn(t, t.TempDir())
	return eng, rec
}

func startSamplesIn(t *testing.T, data string) (*engine.Engine, *events.Recorder, string) {
	t.Helper()
	rec := events.NewRecorder()
	eng := runEngine(t, engine.Config{
		Source: supervisor.DirSource{Root: filepath.Join("..", "samples")}, Events: rec, DataDir: data,
		Env:     map[string]string{"OPENAI_API_KEY": "sk-test"},
		HostMap: map[string]string{"api.openai.com": "mock:openai-realtime"},
	})
	return eng, rec, data
}

func makeZip(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range files {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, content)
	}
	zw.Close()
	return buf.Bytes()
}

// TestSeedExamplesBootAndParse runs the three seed examples unmodified:
// the zips are parsed (streaming and from /tmp in a background task), and
// the relay refuses a missing or bad token with 403.
func TestSeedExamplesBootAndParse(t *testing.T) {
	eng, rec := startSamples(t)
	files := map[string]string{"a.txt": strings.Repeat("alpha ", 1000), "dir/b.txt": "beta", "c.json": `{"c":3}`}
	body := makeZip(t, files)
	uploads := map[string]string{}
	for _, fn := range []string{"zip-stream", "zip-background"} {
		resp, err := http.Post(eng.URL()+"/functions/v1/"+fn, "application/zip", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		var out struct{ UploadID string }
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || json.Unmarshal(raw, &out) != nil || len(out.UploadID) != 36 {
			t.Fatalf("%s: %d %s", fn, resp.StatusCode, raw)
		}
		uploads[fn] = out.UploadID
	}
	// every entry of the zip was read and handed to the upload call
	for _, name := range []string{"a.txt", "dir/b.txt", "c.json"} {
		for _, fn := range []string{"zip-stream", "zip-background"} {
			waitEvent(t, rec, fn+" uploaded "+name, isType(fn, events.Log, "message", "uploaded "+name))
		}
	}
	waitEvent(t, rec, "background task end", isType("zip-background", events.TaskEnd, "ok", "true"))
	// the local Storage service holds every entry, byte for byte
	for fn, bucket := range uploads {
		for name, content := range files {
			req, _ := http.NewRequest(http.MethodGet, eng.URL()+"/storage/v1/object/"+bucket+"/"+name, nil)
			req.Header.Set("Authorization", "Bearer "+jwt.LocalServiceKey)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || string(got) != content {
				t.Fatalf("%s: object %s/%s: %d, %d bytes, want %d", fn, bucket, name, resp.StatusCode, len(got), len(content))
			}
		}
	}

	for _, q := range []string{"", "?jwt=not-a-token"} {
		req, _ := http.NewRequest(http.MethodGet, eng.URL()+"/functions/v1/realtime-relay"+q, nil)
		req.Header.Set("Upgrade", "websocket")
		req.Header.Set("Connection", "Upgrade")
		req.Header.Set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==")
		req.Header.Set("Sec-WebSocket-Version", "13")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 403 {
			t.Fatalf("relay%s: %d %s, want 403", q, resp.StatusCode, raw)
		}
	}
}

// TestSeedRelayWithAuth runs seed example 3 end to end: sign a user up on
// the local Auth service, open the relay with its JWT, talk to the realtime
// mock through it.
func TestSeedRelayWithAuth(t *testing.T) {
	eng, _ := startSamples(t)
	resp, err := http.Post(eng.URL()+"/auth/v1/signup", "application/json",
		strings.NewReader(`{"email":"relay@example.com","password":"secret123"}`))
	if err != nil {
		t.Fatal(err)
	}
	var sess struct {
		AccessToken string `json:"access_token"`
	}
	json.NewDecoder(resp.Body).Decode(&sess)
	resp.Body.Close()
	if sess.AccessToken == "" {
		t.Fatalf("signup gave no token (%d)", resp.StatusCode)
	}
	conn, _, err := gws.DefaultDialer.Dial(wsURL(eng, "realtime-relay")+"?jwt="+sess.AccessToken, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	var ev map[string]any
	if err := conn.ReadJSON(&ev); err != nil || ev["type"] != "session.created" {
		t.Fatalf("first relayed event %v %v", ev, err)
	}
	conn.WriteJSON(map[string]any{"type": "response.create"})
	for ev["type"] != "response.done" {
		if err := conn.ReadJSON(&ev); err != nil {
			t.Fatal(err)
		}
	}
}
