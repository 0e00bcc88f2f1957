package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"
)

func files(kv ...string) map[string][]byte {
	m := map[string][]byte{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i]] = []byte(kv[i+1])
	}
	return m
}

func current(t *testing.T, s *Store, project, fn string) map[string]string {
	t.Helper()
	f, err := s.Function(project, fn)
	if err != nil {
		t.Fatal(err)
	}
	m, err := s.VersionFiles(project, fn, f.Head)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for k, v := range m {
		out[k] = string(v)
	}
	return out
}

func TestVersions(t *testing.T) {
	s := openTest(t, "", Options{})
	s.EnsureProject("p")
	type step struct {
		name    string
		do      func() (Version, error)
		head    uint64
		want    map[string]string
		deleted bool
	}
	steps := []step{
		{"first save", func() (Version, error) {
			v, _, err := s.SaveFiles("p", "hello", files("index.ts", "v1", "lib/a.ts", "a1"), "app")
			return v, err
		}, 1, map[string]string{"index.ts": "v1", "lib/a.ts": "a1"}, false},
		{"same files: no version", func() (Version, error) {
			v, changed, err := s.SaveFiles("p", "hello", files("index.ts", "v1", "lib/a.ts", "a1"), "app")
			if changed {
				t.Error("an identical save made a version")
			}
			return v, err
		}, 1, map[string]string{"index.ts": "v1", "lib/a.ts": "a1"}, false},
		{"write one file", func() (Version, error) { return s.WriteFile("p", "hello", "index.ts", []byte("v2"), "app") },
			2, map[string]string{"index.ts": "v2", "lib/a.ts": "a1"}, false},
		{"remove a file", func() (Version, error) { return s.RemoveFile("p", "hello", "lib/a.ts", "app") },
			3, map[string]string{"index.ts": "v2"}, false},
		{"restore 1", func() (Version, error) { return s.Restore("p", "hello", 1) },
			4, map[string]string{"index.ts": "v1", "lib/a.ts": "a1"}, false},
		{"delete", func() (Version, error) { return Version{N: 4}, s.DeleteFunction("p", "hello") },
			4, nil, true},
		{"restore after delete", func() (Version, error) { return s.Restore("p", "hello", 2) },
			5, map[string]string{"index.ts": "v2", "lib/a.ts": "a1"}, false},
	}
	for _, st := range steps {
		v, err := st.do()
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if v.N != st.head {
			t.Fatalf("%s: version %d, want %d", st.name, v.N, st.head)
		}
		_, err = s.Function("p", "hello")
		if st.deleted {
			if !errors.Is(err, ErrNotFound) {
				t.Fatalf("%s: deleted function still there: %v", st.name, err)
			}
			continue
		}
		if got := current(t, s, "p", "hello"); !reflect.DeepEqual(got, st.want) {
			t.Fatalf("%s: files %v, want %v", st.name, got, st.want)
		}
	}
	vs, _ := s.Versions("p", "hello")
	var notes []string
	for _, v := range vs {
		notes = append(notes, v.Note)
	}
	if strings.Join(notes, ",") != "app,app,app,restore 1,restore 2" {
		t.Fatalf("notes %v", notes)
	}
	if _, err := s.Restore("p", "hello", 99); !errors.Is(err, ErrNotFound) {
		t.Fatalf("restore of a missing version: %v", err)
	}
	if _, err := s.RemoveFile("p", "hello", "nope.ts", ""); !errors.Is(err, ErrNotFound) {
		t.Fatalf("remove of a missing file: %v", err)
	}
}

func TestModTimeOnlyChangesWithContent(t *testing.T) {
	s := openTest(t, "", Options{})
	s.EnsureProject("p")
	s.SaveFiles("p", "f", files("index.ts", "a", "b.ts", "b"), "")
	_, fi1, _ := s.ReadFile("p", "f", "b.ts")
	time.Sleep(2 * time.Millisecond)
	s.WriteFile("p", "f", "index.ts", []byte("a2"), "")
	_, fi2, _ := s.ReadFile("p", "f", "b.ts")
	_, ix, _ := s.ReadFile("p", "f", "index.ts")
	if !fi1.ModTime.Equal(fi2.ModTime) || !ix.ModTime.After(fi1.ModTime) {
		t.Fatalf("mtimes: b %v→%v, index %v", fi1.ModTime, fi2.ModTime, ix.ModTime)
	}
	if _, dir, err := s.Stat("p", "f", "."); !dir || err != nil {
		t.Fatal("folder stat")
	}
	s.WriteFile("p", "f", "lib/x/y.ts", []byte("y"), "")
	if _, dir, err := s.Stat("p", "f", "lib/x"); !dir || err != nil {
		t.Fatalf("nested folder stat: %v %v", dir, err)
	}
	if _, _, err := s.Stat("p", "f", "li"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("prefix of a folder is not a folder: %v", err)
	}
}

func writeTree(t *testing.T, root string, kv ...string) {
	t.Helper()
	for i := 0; i < len(kv); i += 2 {
		p := filepath.Join(root, filepath.FromSlash(kv[i]))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(kv[i+1]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func readTree(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			rel, _ := filepath.Rel(root, p)
			b, _ := os.ReadFile(p)
			out[filepath.ToSlash(rel)] = string(b)
		}
		return nil
	})
	return out
}

func names(fns []Function) string {
	var out []string
	for _, f := range fns {
		out = append(out, f.Name)
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

func TestFolderSync(t *testing.T) {
	s := openTest(t, "", Options{})
	dir := t.TempDir()
	writeTree(t, dir,
		"hello/index.ts", "hello v1",
		"hello/.DS_Store", "junk",
		"hello/node_modules/x/index.js", "ignored",
		"_shared/cors.ts", "cors",
		"import_map.json", "{}",
		".env", "SECRET=1",
	)
	rep, err := s.ImportFolder("demo", dir)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rep.Updated, ",") != "_shared,hello,." {
		t.Fatalf("updated %v", rep.Updated)
	}
	fns, _ := s.Functions("demo")
	if names(fns) != ".,_shared,hello" {
		t.Fatalf("functions %s", names(fns))
	}
	if got := current(t, s, "demo", "hello"); !reflect.DeepEqual(got, map[string]string{"index.ts": "hello v1"}) {
		t.Fatalf("hello: %v", got)
	}
	// A second sync with nothing changed makes no versions.
	if rep, _ := s.SyncFromDisk("demo"); rep.Changed() {
		t.Fatalf("no-op sync changed %+v", rep)
	}

	type step struct {
		name  string
		do    func()
		sync  string // expected Updated,Deleted after SyncFromDisk ("" = no sync)
		store map[string]string
		disk  map[string]string // hello/ on disk
	}
	steps := []step{
		{"edit on disk", func() { writeTree(t, dir, "hello/index.ts", "hello v2 (editor)") }, "hello|",
			map[string]string{"index.ts": "hello v2 (editor)"}, nil},
		{"edit in the app writes through", func() {
			if _, err := s.WriteFile("demo", "hello", "lib/util.ts", []byte("util"), "app"); err != nil {
				t.Fatal(err)
			}
		}, "",
			map[string]string{"index.ts": "hello v2 (editor)", "lib/util.ts": "util"},
			map[string]string{"index.ts": "hello v2 (editor)", "lib/util.ts": "util", ".DS_Store": "junk", "node_modules/x/index.js": "ignored"}},
		{"app removes a file", func() { s.RemoveFile("demo", "hello", "lib/util.ts", "app") }, "",
			map[string]string{"index.ts": "hello v2 (editor)"},
			map[string]string{"index.ts": "hello v2 (editor)", ".DS_Store": "junk", "node_modules/x/index.js": "ignored"}},
		{"both changed: disk wins, app edit kept in history", func() {
			s.WriteFile("demo", "hello", "index.ts", []byte("app edit"), "app")
			time.Sleep(10 * time.Millisecond) // a new mtime even on coarse file systems
			writeTree(t, dir, "hello/index.ts", "disk edit")
		}, "hello|", map[string]string{"index.ts": "disk edit"}, nil},
		{"new function on disk", func() { writeTree(t, dir, "bye/index.ts", "bye") }, "bye|", nil, nil},
		{"folder removed on disk", func() { os.RemoveAll(filepath.Join(dir, "bye")) }, "|bye", nil, nil},
		{"app creates a function", func() { s.SaveFiles("demo", "new", files("index.ts", "new"), "app") }, "", nil, nil},
		{"app deletes it", func() { s.DeleteFunction("demo", "new") }, "", nil, nil},
	}
	for _, st := range steps {
		st.do()
		if st.sync != "" {
			rep, err := s.SyncFromDisk("demo")
			if err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
			if got := strings.Join(rep.Updated, ",") + "|" + strings.Join(rep.Deleted, ","); got != st.sync {
				t.Fatalf("%s: sync %s, want %s", st.name, got, st.sync)
			}
		} else if rep, _ := s.SyncFromDisk("demo"); rep.Changed() {
			t.Fatalf("%s: the write-through was re-imported: %+v", st.name, rep)
		}
		if st.store != nil {
			if got := current(t, s, "demo", "hello"); !reflect.DeepEqual(got, st.store) {
				t.Fatalf("%s: store %v, want %v", st.name, got, st.store)
			}
		}
		if st.disk != nil {
			if got := readTree(t, filepath.Join(dir, "hello")); !reflect.DeepEqual(got, st.disk) {
				t.Fatalf("%s: disk %v, want %v", st.name, got, st.disk)
			}
		}
	}
	vs, _ := s.Versions("demo", "hello")
	found := false
	for _, v := range vs {
		files, _ := s.VersionFiles("demo", "hello", v.N)
		found = found || string(files["index.ts"]) == "app edit"
	}
	if !found {
		t.Fatal("the app's edit was lost from the history")
	}
	if _, err := os.Stat(filepath.Join(dir, "new")); !os.IsNotExist(err) {
		t.Fatalf("deleted function's folder still on disk: %v", err)
	}
	if _, err := s.Function("demo", "bye"); !errors.Is(err, ErrNotFound) {
		t.Fatal("bye was not deleted")
	}
	if _, err := s.Restore("demo", "bye", 1); err != nil {
		t.Fatal(err)
	}
	if got := readTree(t, filepath.Join(dir, "bye")); got["index.ts"] != "bye" {
		t.Fatalf("restore did not write through: %v", got)
	}
}

func TestProjectNameFor(t *testing.T) {
	cases := map[string]string{
		"/home/u/myapp/supabase/functions": "myapp",
		"/home/u/fns":                      "fns",
		"/tmp/weird name!":                 "weird name_",
		"/":                                "default",
	}
	for in, want := range cases {
		if got := ProjectNameFor(in); got != want {
			t.Errorf("ProjectNameFor(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRequestsAndSockets(t *testing.T) {
	s := openTest(t, "", Options{})
	s.EnsureProject("p")
	c, err := s.SaveCollection("p", Collection{Name: "smoke"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.SaveRequest("p", SavedRequest{Collection: c.ID, Name: "hi", Function: "hello", Method: "POST", Path: "/?x=1",
		Headers: map[string]string{"content-type": "application/json"}, BodyKind: "json", Body: []byte(`{"a":1}`)})
	if err != nil || r.ID == "" {
		t.Fatal(r, err)
	}
	if _, err := s.SaveRequest("p", SavedRequest{Collection: "nope"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown collection: %v", err)
	}
	got, _ := s.Requests("p")
	if len(got) != 1 || !bytes.Equal(got[0].Body, r.Body) || got[0].Headers["content-type"] != "application/json" || got[0].Collection != c.ID {
		t.Fatalf("requests %+v", got)
	}
	if err := s.DeleteCollection("p", c.ID); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Requests("p")
	if got[0].Collection != "" {
		t.Fatal("request kept a deleted collection")
	}
	if err := s.DeleteRequest("p", r.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Requests("p"); len(got) != 0 {
		t.Fatal("request not deleted")
	}

	ss, err := s.OpenSocket("p", SocketSession{Function: "chat", Path: "/", Protocols: []string{"realtime"}})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AppendSocket("p", ss.ID, SocketMessage{Direction: "out", Data: []byte("hi")}, SocketMessage{Direction: "in", Binary: true, Data: []byte{0, 1}}); err != nil {
		t.Fatal(err)
	}
	s.AppendSocket("p", ss.ID, SocketMessage{Direction: "out", Data: []byte("bye")})
	s.CloseSocket("p", ss.ID, 1000, "done")
	list, _ := s.Sockets("p")
	if len(list) != 1 || list[0].Messages != 3 || list[0].Code != 1000 || list[0].Closed.IsZero() {
		t.Fatalf("sockets %+v", list)
	}
	msgs, _ := s.SocketMessages("p", ss.ID, 1, 10)
	if len(msgs) != 2 || msgs[0].N != 2 || !msgs[0].Binary || string(msgs[1].Data) != "bye" {
		t.Fatalf("messages %+v", msgs)
	}
	if err := s.DeleteSocket("p", ss.ID); err != nil {
		t.Fatal(err)
	}
}

func TestWatchAndProjects(t *testing.T) {
	s := openTest(t, "", Options{})
	dir := t.TempDir()
	writeTree(t, dir, "a/index.ts", "a1")
	if _, err := s.ImportFolder("w", dir); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	synced := make(chan SyncReport, 10)
	go s.Watch(ctx, "w", 10*time.Millisecond, func(r SyncReport, err error) {
		if err == nil {
			synced <- r
		}
	})
	writeTree(t, dir, "a/index.ts", "a2 from the editor")
	select {
	case r := <-synced:
		if strings.Join(r.Updated, ",") != "a" {
			t.Fatalf("report %+v", r)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Watch did not pick up the edit")
	}
	if got := current(t, s, "w", "a"); got["index.ts"] != "a2 from the editor" {
		t.Fatalf("files %v", got)
	}
	cancel()

	s.EnsureProject("other")
	ps, _ := s.Projects()
	if len(ps) != 2 || ps[0].Name != "other" || ps[1].Dir != dir {
		t.Fatalf("projects %+v", ps)
	}
	if err := s.DeleteProject("other"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteProject("other"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}

	kv, _ := s.KV("storage.objects")
	kv.Put("b1/x.png", []byte("1"))
	kv.Put("b1/y.png", []byte("2"))
	kv.Put("b2/z.png", []byte("3"))
	var keys []string
	kv.Scan("b1/", func(k string, _ []byte) error { keys = append(keys, k); return nil })
	if strings.Join(keys, ",") != "b1/x.png,b1/y.png" {
		t.Fatalf("scan %v", keys)
	}
	kv.Delete("b1/x.png")
	if _, ok, _ := kv.Get("b1/x.png"); ok {
		t.Fatal("not deleted")
	}
	kv.Replace(map[string][]byte{"only": nil})
	keys = nil
	kv.Scan("", func(k string, _ []byte) error { keys = append(keys, k); return nil })
	if strings.Join(keys, ",") != "only" {
		t.Fatalf("after replace %v", keys)
	}

	s.PutModule(Module{URL: "https://a.test/m.ts", Source: "x"})
	if m, _ := s.Modules(); len(m) != 1 {
		t.Fatal(m)
	}
	s.DeleteModule("https://a.test/m.ts")
	if _, ok, _ := s.GetModule("https://a.test/m.ts"); ok {
		t.Fatal("module not dropped")
	}
}
