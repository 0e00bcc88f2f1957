package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/limits"
)

func openTest(t *testing.T, dir string, o Options) *Store {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	o.NoSync = true
	if o.Timeout == 0 {
		o.Timeout = -1
	}
	s, err := Open(dir, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestOpenErrors(t *testing.T) {
	cases := []struct {
		name    string
		prepare func(t *testing.T, dir string) // make the data folder
		opts    Options
		want    error
		recover bool // Store.Recovered set
	}{
		{"fresh", func(*testing.T, string) {}, Options{}, nil, false},
		{"garbage file", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, FileName), bytes.Repeat([]byte("not a database "), 1000), 0o600)
		}, Options{}, ErrCorrupt, false},
		{"garbage file, move aside", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, FileName), bytes.Repeat([]byte("not a database "), 1000), 0o600)
		}, Options{MoveAsideCorrupt: true}, nil, true},
		{"short file", func(t *testing.T, dir string) {
			os.WriteFile(filepath.Join(dir, FileName), []byte("x"), 0o600)
		}, Options{}, ErrCorrupt, false},
		{"foreign bbolt file", func(t *testing.T, dir string) {
			db, err := bolt.Open(filepath.Join(dir, FileName), 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("other")); return err })
			db.Close()
		}, Options{}, ErrCorrupt, false},
		{"foreign bbolt file, move aside", func(t *testing.T, dir string) {
			db, _ := bolt.Open(filepath.Join(dir, FileName), 0o600, nil)
			db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("other")); return err })
			db.Close()
		}, Options{MoveAsideCorrupt: true}, nil, true},
		{"newer schema", func(t *testing.T, dir string) {
			s, err := Open(dir, Options{NoSync: true})
			if err != nil {
				t.Fatal(err)
			}
			s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bMeta).Put(kSchema, u64(SchemaVersion+1)) })
			s.Close()
		}, Options{MoveAsideCorrupt: true}, ErrNewerSchema, false},
		{"truncated file", func(t *testing.T, dir string) {
			s, err := Open(dir, Options{NoSync: true})
			if err != nil {
				t.Fatal(err)
			}
			s.EnsureProject("p")
			for i := 0; i < 50; i++ {
				s.WriteFile("p", "f", fmt.Sprint(i, ".ts"), bytes.Repeat([]byte("z"), 10000+i), "")
			}
			s.Close()
			p := filepath.Join(dir, FileName)
			st, _ := os.Stat(p)
			os.Truncate(p, st.Size()/3)
		}, Options{}, ErrCorrupt, false},
		{"zeroed meta pages", func(t *testing.T, dir string) {
			s, _ := Open(dir, Options{NoSync: true})
			s.Close()
			f, _ := os.OpenFile(filepath.Join(dir, FileName), os.O_RDWR, 0)
			f.WriteAt(make([]byte, 8192), 0)
			f.Close()
		}, Options{}, ErrCorrupt, false},
		{"read-only, nothing yet", func(*testing.T, string) {}, Options{ReadOnly: true}, ErrNotFound, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			c.prepare(t, dir)
			c.opts.NoSync, c.opts.Timeout = true, -1
			s, err := Open(dir, c.opts)
			if c.want != nil {
				t.Log(err)
				if !errors.Is(err, c.want) {
					t.Fatalf("err = %v, want %v", err, c.want)
				}
				if !strings.Contains(err.Error(), dir) && c.want != ErrNotFound {
					t.Fatalf("error does not name the file: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got := s.Recovered() != ""; got != c.recover {
				t.Fatalf("Recovered() = %q", s.Recovered())
			}
			if c.recover {
				if _, err := os.Stat(s.Recovered()); err != nil {
					t.Fatalf("the damaged file was not kept: %v", err)
				}
			}
			if v, err := s.Schema(); err != nil || v != SchemaVersion {
				t.Fatalf("schema %d %v", v, err)
			}
		})
	}
}

func TestSecondInstanceIsDetected(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir, Options{})
	start := time.Now()
	for _, o := range []Options{{Timeout: 100 * time.Millisecond}, {Timeout: 100 * time.Millisecond, ReadOnly: true}} {
		_, err := Open(dir, o)
		if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "is locked") {
			t.Fatalf("err = %v, want ErrLocked", err)
		}
	}
	if time.Since(start) > 2*time.Second {
		t.Fatal("the lock wait did not respect the timeout")
	}
	s.Close()
	s2 := openTest(t, dir, Options{})
	s2.Close()
	// Read-only after the writer left.
	ro := openTest(t, dir, Options{ReadOnly: true})
	if err := ro.SetSetting("a", "b"); err == nil {
		t.Fatal("a read-only store accepted a write")
	}
}

func TestMigrationFromV1(t *testing.T) {
	dir := t.TempDir()
	// Build a schema-1 file with two events, as the first release wrote it.
	db, err := bolt.Open(filepath.Join(dir, FileName), 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	old := &Store{db: db, path: filepath.Join(dir, FileName)}
	if err := old.migrateTo(1); err != nil {
		t.Fatal(err)
	}
	t0 := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	evs := []events.Event{
		{Time: t0, Seq: 1, Function: "hello", Worker: "hello-1", Type: events.WorkerBoot, Fields: events.Fields{"ms": 3.5}},
		{Time: t0.Add(time.Millisecond), Seq: 2, Function: "hello", Worker: "hello-1", Request: "r1", Type: events.RequestStart},
	}
	db.Update(func(tx *bolt.Tx) error {
		for _, e := range evs {
			k := eventKey(e.Time, e.Seq)
			v, _ := encodeEvent(e)
			tx.Bucket(bTL).Put(k, v)
			tx.Bucket(bTLFn).Put(indexKey(e.Function, k), nil)
			if e.Request != "" {
				tx.Bucket(bTLReq).Put(indexKey(e.Request, k), nil)
			}
		}
		if tx.Bucket(bTLType) != nil {
			t.Error("schema 1 already has the type index")
		}
		return nil
	})
	db.Close()

	s := openTest(t, dir, Options{})
	if v, _ := s.Schema(); v != SchemaVersion {
		t.Fatalf("schema %d", v)
	}
	for _, q := range []Query{{Filter: Filter{Type: events.WorkerBoot}}, {Filter: Filter{Worker: "hello-1"}}} {
		p, err := s.Timeline().Query(q)
		if err != nil {
			t.Fatal(err)
		}
		want := 1
		if q.Worker != "" {
			want = 2
		}
		if len(p.Records) != want {
			t.Fatalf("%+v: %d records", q, len(p.Records))
		}
	}
	st, _ := s.Timeline().Stats()
	if st.Events != 2 || st.Bytes == 0 {
		t.Fatalf("counters after migration: %+v", st)
	}
}

func TestProjectRoundTrips(t *testing.T) {
	s := openTest(t, "", Options{})
	if _, err := s.EnsureProject("demo"); err != nil {
		t.Fatal(err)
	}
	no := false
	lim := limits.Paid()
	steps := []struct {
		name  string
		do    func() error
		check func() (got, want any)
	}{
		{"app setting", func() error { return s.SetSetting("theme", "dark") },
			func() (any, any) { v, _, _ := s.Setting("theme"); return v, "dark" }},
		{"project setting", func() error { return s.SetProjectSetting("demo", "verify_jwt", "false") },
			func() (any, any) {
				m, _ := s.ProjectSettings("demo")
				return m, map[string]string{"verify_jwt": "false"}
			}},
		{"env and secret", func() error {
			if err := s.SetEnv("demo", "PLAIN", "1", false); err != nil {
				return err
			}
			return s.SetEnv("demo", "API_KEY", "sk-live-123456", true)
		}, func() (any, any) {
			v, _ := s.EnvVars("demo")
			return v, []EnvVar{{Name: "API_KEY", Secret: true}, {Name: "PLAIN", Value: "1"}}
		}},
		{"env for the engine has the secret", nil, func() (any, any) {
			m, _ := s.Env("demo")
			return m, map[string]string{"PLAIN": "1", "API_KEY": "sk-live-123456"}
		}},
		{"secret turned plain", func() error { return s.SetEnv("demo", "API_KEY", "public", false) }, func() (any, any) {
			v, _ := s.EnvVars("demo")
			return v, []EnvVar{{Name: "API_KEY", Value: "public"}, {Name: "PLAIN", Value: "1"}}
		}},
		{"delete env", func() error { return s.DeleteEnv("demo", "API_KEY") }, func() (any, any) {
			m, _ := s.Env("demo")
			return m, map[string]string{"PLAIN": "1"}
		}},
		{"host map", func() error {
			return s.SetHostMap("demo", map[string]string{"api.openai.com": "mock:openai-realtime"})
		}, func() (any, any) {
			m, _ := s.HostMap("demo")
			return m, map[string]string{"api.openai.com": "mock:openai-realtime"}
		}},
		{"function config", func() error {
			if _, _, err := s.SaveFiles("demo", "hello", map[string][]byte{"index.ts": []byte("x")}, "app"); err != nil {
				return err
			}
			return s.SetFunctionConfig("demo", "hello", FunctionConfig{VerifyJWT: &no, Limits: &lim})
		}, func() (any, any) {
			f, _ := s.Function("demo", "hello")
			return []any{*f.VerifyJWT, *f.Limits, f.Runnable}, []any{false, lim, true}
		}},
		{"module cache", func() error {
			return s.PutModule(Module{URL: "https://x.test/a.ts", FinalURL: "https://x.test/a@1.ts", Source: "export {}"})
		}, func() (any, any) {
			m, ok, _ := s.GetModule("https://x.test/a.ts")
			return []any{ok, m.FinalURL, m.Source}, []any{true, "https://x.test/a@1.ts", "export {}"}
		}},
		{"reserved KV", func() error {
			kv, err := s.KV("auth.users")
			if err != nil {
				return err
			}
			return kv.Put("u1", []byte(`{"email":"a@b.c"}`))
		}, func() (any, any) {
			kv, _ := s.KV("auth.users")
			v, ok, _ := kv.Get("u1")
			return []any{ok, string(v)}, []any{true, `{"email":"a@b.c"}`}
		}},
	}
	for _, st := range steps {
		if st.do != nil {
			if err := st.do(); err != nil {
				t.Fatalf("%s: %v", st.name, err)
			}
		}
		if got, want := st.check(); !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: got %#v, want %#v", st.name, got, want)
		}
	}
	if _, err := s.KV("projects"); !errors.Is(err, ErrInvalid) {
		t.Fatalf("KV of a private bucket: %v", err)
	}
	// Everything survives a reopen.
	dir := s.Dir()
	s.Close()
	s2 := openTest(t, dir, Options{})
	if v, _, _ := s2.Setting("theme"); v != "dark" {
		t.Fatal("setting lost")
	}
	if m, _ := s2.HostMap("demo"); len(m) != 1 {
		t.Fatal("host map lost")
	}
}

func TestValidation(t *testing.T) {
	s := openTest(t, "", Options{})
	s.EnsureProject("p")
	cases := []struct {
		name string
		err  error
	}{
		{"bad project", func() error { _, err := s.EnsureProject("../x"); return err }()},
		{"bad folder", func() error { _, _, err := s.SaveFiles("p", "../etc", nil, ""); return err }()},
		{"dot folder", func() error { _, _, err := s.SaveFiles("p", ".git", nil, ""); return err }()},
		{"bad path", func() error { _, err := s.WriteFile("p", "f", "../x.ts", nil, ""); return err }()},
		{"absolute path", func() error { _, err := s.WriteFile("p", "f", "/x.ts", nil, ""); return err }()},
		{"root folder nested", func() error { _, err := s.WriteFile("p", RootFolder, "a/b.json", nil, ""); return err }()},
		{"too big", func() error { _, err := s.WriteFile("p", "f", "big", make([]byte, MaxFileSize+1), ""); return err }()},
		{"bad env", func() error { return s.SetEnv("p", "A-B", "v", false) }()},
		{"bad cursor", func() error { _, err := s.Timeline().Query(Query{After: "zz"}); return err }()},
		{"big page", func() error { _, err := s.Timeline().Query(Query{Limit: MaxPage + 1}); return err }()},
	}
	for _, c := range cases {
		if !errors.Is(c.err, ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", c.name, c.err)
		}
	}
	if _, err := s.Project("nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing project: %v", err)
	}
}

func TestSecretValueNeverInErrors(t *testing.T) {
	s := openTest(t, "", Options{})
	err := s.SetEnv("missing", "TOKEN", "hunter2-secret", true)
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("err = %v", err)
	}
}

func TestDiskFull(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir, Options{MaxSize: 2 << 20})
	s.EnsureProject("p")
	var acked []Version
	var err error
	for i := 0; i < 100; i++ {
		var v Version
		v, err = s.WriteFile("p", "f", "index.ts", bytes.Repeat([]byte{byte('a' + i%26)}, 200<<10+i), "app")
		if err != nil {
			break
		}
		acked = append(acked, v)
	}
	if !errors.Is(err, ErrFull) || !strings.Contains(err.Error(), "free some disk space") {
		t.Fatalf("err = %v after %d saves, want ErrFull", err, len(acked))
	}
	// The timeline reports it too, and keeps the batch for a retry.
	for i := 0; i < 2000; i++ {
		s.Timeline().Emit(events.Event{Seq: uint64(i), Type: events.Log, Fields: events.Fields{"message": strings.Repeat("x", 1000)}})
	}
	if err := s.Timeline().Flush(); !errors.Is(err, ErrFull) {
		t.Fatalf("timeline flush: %v", err)
	}
	if st, _ := s.Timeline().Stats(); st.Pending == 0 || st.LastError == "" {
		t.Fatalf("stats %+v", st)
	}
	s.Close()
	// Every acknowledged save survived, and the file opens without the cap.
	s2 := openTest(t, dir, Options{})
	for _, v := range acked {
		files, err := s2.VersionFiles("p", "f", v.N)
		if err != nil || int64(len(files["index.ts"])) != v.Files["index.ts"].Size {
			t.Fatalf("version %d: %v", v.N, err)
		}
	}
}
