package engine_test

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/jwt"
)

// TestSeedZipBadInput sends the seed zip examples a corrupt zip, a
// truncated one, a non-zip body, a zip-slip entry and a zip bomb: each
// gives a clear error (the streaming example's response, or the
// background task's task.end), nothing escapes the bucket or /tmp, the
// bomb is refused by the decompression guard, and the process serves on.
func TestSeedZipBadInput(t *testing.T) {
	data := t.TempDir()
	eng, rec, _ := startSamplesIn(t, data)
	good := makeZip(t, map[string]string{"a.txt": strings.Repeat("alpha ", 1000)})
	entry := func(name string, write func(io.Writer)) []byte {
		var b bytes.Buffer
		zw := zip.NewWriter(&b)
		w, _ := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate})
		write(w)
		zw.Close()
		return b.Bytes()
	}
	slip := entry("../../evil.txt", func(w io.Writer) { io.WriteString(w, "escaped?") })
	bomb := entry("bomb.bin", func(w io.Writer) {
		zero := make([]byte, 1<<20)
		for i := 0; i < 300; i++ {
			w.Write(zero)
		}
	})
	cases := []struct {
		name       string
		body       []byte
		streamWant string // in zip-stream's 500 body; "" = it answers 200
		taskWant   string // in zip-background's task.end error; "" = task ok
	}{
		{"corrupt", []byte(strings.Repeat("not a zip at all ", 100)), "End of central directory not found", "End of central directory not found"},
		{"truncated", good[:len(good)/2], "End of central directory not found", "End of central directory not found"},
		{"zip-slip", slip, "Unsafe filename", "Unsafe filename"},
		{"bomb", bomb, "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for _, fn := range []string{"zip-stream", "zip-background"} {
				before := uint64(len(rec.Events()))
				resp, err := http.Post(eng.URL()+"/functions/v1/"+fn, "application/zip", bytes.NewReader(tc.body))
				if err != nil {
					t.Fatal(err)
				}
				raw, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				switch {
				case fn == "zip-stream" && tc.streamWant != "":
					if resp.StatusCode != 500 || !strings.Contains(string(raw), tc.streamWant) {
						t.Fatalf("%s: %d %s, want 500 with %q", fn, resp.StatusCode, raw, tc.streamWant)
					}
				default:
					if resp.StatusCode != 200 {
						t.Fatalf("%s: %d %s", fn, resp.StatusCode, raw)
					}
				}
				if fn == "zip-background" && tc.taskWant != "" {
					ev := waitEvent(t, rec, "task.end", func(e events.Event) bool {
						return e.Seq > before && e.Function == fn && e.Type == events.TaskEnd
					})
					if ev.Fields["ok"] != false || !strings.Contains(ev.Fields["error"].(string), tc.taskWant) {
						t.Fatalf("task.end %v, want error %q", ev.Fields, tc.taskWant)
					}
				}
			}
		})
	}
	time.Sleep(500 * time.Millisecond) // let the bomb's background task give up
	// nothing escaped, and the bomb was never stored
	filepath.WalkDir(data, func(p string, d fs.DirEntry, err error) error {
		if err == nil && (d.Name() == "evil.txt" || (d.Name() == "bomb.bin" && !d.IsDir())) {
			t.Errorf("%s was written (%s)", d.Name(), p)
		}
		return nil
	})
	for _, e := range rec.Events() {
		if e.Type == events.WorkerShutdown && e.Fields["reason"] == "memory" {
			t.Errorf("a worker was stopped for memory: the bomb was not refused early enough")
		}
	}
	req, _ := http.NewRequest(http.MethodGet, eng.URL()+"/storage/v1/bucket", nil)
	req.Header.Set("Authorization", "Bearer "+jwt.LocalServiceKey)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 200 {
		t.Fatalf("storage unhealthy after bad input: %v", err)
	}
}
