package storefs

import (
	"context"
	"errors"
	"io/fs"
	"reflect"
	"testing"
	"testing/fstest"
	"time"

	"github.com/edgeplay/edgeplay/engine/bundle"
	"github.com/edgeplay/edgeplay/engine/supervisor"
	"github.com/edgeplay/edgeplay/store"
)

func setup(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(t.TempDir(), store.Options{NoSync: true, Timeout: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	st.EnsureProject("p")
	save := func(fn string, kv ...string) {
		m := map[string][]byte{}
		for i := 0; i < len(kv); i += 2 {
			m[kv[i]] = []byte(kv[i+1])
		}
		if _, _, err := st.SaveFiles("p", fn, m, "test"); err != nil {
			t.Fatal(err)
		}
	}
	save("hello", "index.ts", `import { cors } from "../_shared/cors.ts"; import { x } from "shared"; export const v = cors + x;`, "lib/a.ts", "a", "lib/deep/b.ts", "b")
	save("_shared", "cors.ts", `export const cors = "cors:";`, "x.ts", `export const x = "x";`)
	save(store.RootFolder, "import_map.json", `{"imports": {"shared": "./_shared/x.ts"}}`)
	save("noentry", "readme.md", "not a function")
	return st
}

func TestSource(t *testing.T) {
	st := setup(t)
	src := New(st, "p")
	names, err := src.Names()
	if err != nil || !reflect.DeepEqual(names, []string{"hello"}) {
		t.Fatalf("Names = %v %v", names, err)
	}
	for _, n := range []string{"_shared", "noentry", "nope", "../x", ""} {
		if _, err := src.Function(n); !errors.Is(err, supervisor.ErrNotFound) {
			t.Errorf("Function(%q): %v", n, err)
		}
	}
	fsys, err := src.Function("hello")
	if err != nil {
		t.Fatal(err)
	}
	if err := fstest.TestFS(fsys, "index.ts", "lib/a.ts", "lib/deep/b.ts"); err != nil {
		t.Fatal(err)
	}
	if err := fstest.TestFS(Project(st, "p"), "hello/index.ts", "_shared/cors.ts", "import_map.json", "noentry/readme.md"); err != nil {
		t.Fatal(err)
	}
	if _, err := fs.Stat(fsys, "missing.ts"); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing: %v", err)
	}
}

func TestBundlerSeesEdits(t *testing.T) {
	st := setup(t)
	src := New(st, "p")
	fsys, _ := src.Function("hello")
	b := bundle.NewBuilder(bundle.Config{})
	bn, err := b.Build(context.Background(), "hello", fsys)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"../_shared/cors.ts", "../_shared/x.ts", "../import_map.json", "index.ts"}
	if !reflect.DeepEqual(bn.Inputs, want) {
		t.Fatalf("inputs %v", bn.Inputs)
	}
	if bn.Stale(fsys) {
		t.Fatal("fresh bundle is stale")
	}
	// An unrelated file does not make it stale; a shared one does.
	st.WriteFile("p", "hello", "lib/a.ts", []byte("a2"), "app")
	if bn.Stale(fsys) {
		t.Fatal("stale after an unrelated edit")
	}
	time.Sleep(time.Millisecond)
	st.WriteFile("p", "_shared", "cors.ts", []byte(`export const cors = "CORS:";`), "app")
	if !bn.Stale(fsys) {
		t.Fatal("an edit of ../_shared/cors.ts was not seen")
	}
	bn2, err := b.Build(context.Background(), "hello", fsys)
	if err != nil || bn2.Hash == bn.Hash {
		t.Fatalf("rebuild: %v", err)
	}
}
