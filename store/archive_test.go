package store

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/limits"
)

func TestArchiveRoundTrip(t *testing.T) {
	s := openTest(t, "", Options{})
	s.EnsureProject("demo")
	no := false
	lim := limits.Free()
	lim.Policy = limits.Oneshot
	s.SaveFiles("demo", "hello", files("index.ts", "hello", "deno.json", `{"imports":{}}`), "app")
	s.SaveFiles("demo", "_shared", files("cors.ts", "cors"), "app")
	s.SaveFiles("demo", RootFolder, files("import_map.json", "{}"), "app")
	s.SaveFiles("demo", "gone", files("index.ts", "x"), "app")
	s.DeleteFunction("demo", "gone")
	s.SetFunctionConfig("demo", "hello", FunctionConfig{VerifyJWT: &no, Limits: &lim})
	s.SetEnv("demo", "PLAIN", "visible", false)
	s.SetEnv("demo", "TOKEN", "super-secret-value", true)
	s.SetHostMap("demo", map[string]string{"api.test": "http://127.0.0.1:9"})
	s.SetProjectSetting("demo", "verify_jwt", "true")
	c, _ := s.SaveCollection("demo", Collection{Name: "c"})
	s.SaveRequest("demo", SavedRequest{Collection: c.ID, Name: "r", Method: "GET", Path: "/", Body: []byte("b")})
	tl := s.Timeline()
	tl.Emit(events.Event{Seq: 1, Function: "hello", Type: events.Log, Fields: events.Fields{"message": "super-secret-value leaked?"}})
	tl.Emit(events.Event{Seq: 2, Function: "other", Type: events.Log})
	tl.Flush()

	var buf bytes.Buffer
	if err := s.ExportArchive("demo", &buf, ExportOptions{Timeline: true}); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("super-secret")) {
		t.Fatal("a secret value is in the archive")
	}
	zr, _ := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	sort.Strings(names)
	want := []string{".env.example", "edgeplay/project.json", "edgeplay/requests.json", "edgeplay/timeline.jsonl",
		"supabase/config.toml", "supabase/functions/_shared/cors.ts", "supabase/functions/hello/deno.json",
		"supabase/functions/hello/index.ts", "supabase/functions/import_map.json"}
	if !reflect.DeepEqual(names, want) {
		t.Fatalf("entries:\n%v\nwant\n%v", names, want)
	}

	// Into a second data folder, as a friend would.
	s2 := openTest(t, "", Options{})
	rep, err := s2.ImportArchive("copy", bytes.NewReader(buf.Bytes()), int64(buf.Len()), true)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rep.Functions, ",") != ".,_shared,hello" || rep.Requests != 1 || rep.Events != 1 || strings.Join(rep.EmptySecrets, ",") != "TOKEN" {
		t.Fatalf("report %+v", rep)
	}
	if got := current(t, s2, "copy", "hello"); got["deno.json"] != `{"imports":{}}` || got["index.ts"] != "hello" {
		t.Fatalf("files %v", got)
	}
	f, _ := s2.Function("copy", "hello")
	if f.VerifyJWT == nil || *f.VerifyJWT || f.Limits == nil || f.Limits.Policy != limits.Oneshot {
		t.Fatalf("config %+v", f)
	}
	env, _ := s2.EnvVars("copy")
	if !reflect.DeepEqual(env, []EnvVar{{Name: "PLAIN", Value: "visible"}, {Name: "TOKEN", Secret: true}}) {
		t.Fatalf("env %+v", env)
	}
	hm, _ := s2.HostMap("copy")
	reqs, _ := s2.Requests("copy")
	cols, _ := s2.Collections("copy")
	if hm["api.test"] == "" || len(reqs) != 1 || len(cols) != 1 || reqs[0].Collection != cols[0].ID {
		t.Fatalf("host map %v, requests %+v, collections %+v", hm, reqs, cols)
	}
	evs, _ := s2.Timeline().Last(Filter{}, 10)
	if len(evs) != 1 || evs[0].Event.Fields["message"] != "[secret] leaked?" {
		t.Fatalf("events %+v", evs)
	}

	// The same tree on disk is a Supabase project.
	out := t.TempDir()
	if err := s.ExportDir("demo", out, ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	toml, _ := os.ReadFile(filepath.Join(out, "supabase", "config.toml"))
	envEx, _ := os.ReadFile(filepath.Join(out, ".env.example"))
	if !strings.Contains(string(toml), "[functions.hello]\nverify_jwt = false") || !strings.Contains(string(envEx), "TOKEN=\n") {
		t.Fatalf("config.toml:\n%s\n.env.example:\n%s", toml, envEx)
	}
}

func TestArchiveRejects(t *testing.T) {
	s := openTest(t, "", Options{})
	mk := func(entries map[string]string) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for n, d := range entries {
			w, _ := zw.Create(n)
			w.Write([]byte(d))
		}
		zw.Close()
		return buf.Bytes()
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("hello"), "zip"},
		{"no functions", mk(map[string]string{"README.md": "x"}), "no supabase/functions/"},
		{"newer format", mk(map[string]string{"supabase/functions/a/index.ts": "x", "edgeplay/project.json": `{"format": 99}`}), "newer"},
	}
	for _, c := range cases {
		_, err := s.ImportArchive("p", bytes.NewReader(c.data), int64(len(c.data)), false)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: err = %v", c.name, err)
		}
	}
	// Escaping names are ignored, not written anywhere.
	data := mk(map[string]string{"supabase/functions/a/index.ts": "x", "supabase/functions/../../evil.ts": "x", "supabase/functions/.git/config": "x"})
	rep, err := s.ImportArchive("p", bytes.NewReader(data), int64(len(data)), false)
	if err != nil || strings.Join(rep.Functions, ",") != "a" {
		t.Fatalf("%+v %v", rep, err)
	}
	if _, err := s.ImportArchiveFile("p", "/nonexistent.zip", false); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
}
