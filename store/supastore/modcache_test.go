package supastore_test

import (
	"testing"

	"github.com/edgeplay/edgeplay/engine/bundle"
	"github.com/edgeplay/edgeplay/store"
	"github.com/edgeplay/edgeplay/store/supastore"
)

// The store's module cache and the bundler's DirCache behave alike.
func TestModuleCaches(t *testing.T) {
	st, err := store.Open(t.TempDir(), store.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	caches := map[string]bundle.ModuleCache{
		"store": supastore.NewModuleCache(st),
		"dir":   bundle.DirCache{Dir: t.TempDir()},
	}
	for name, c := range caches {
		t.Run(name, func(t *testing.T) {
			if _, ok, err := c.Get("https://example.test/mod.ts"); ok || err != nil {
				t.Fatalf("empty cache: ok=%v err=%v", ok, err)
			}
			m := bundle.RemoteModule{URL: "https://example.test/v2/mod.ts", ContentType: "application/typescript", Source: "export const x = 1;"}
			if err := c.Put("https://example.test/mod.ts", m); err != nil {
				t.Fatal(err)
			}
			got, ok, err := c.Get("https://example.test/mod.ts")
			if !ok || err != nil || got != m {
				t.Fatalf("got %+v ok=%v err=%v, want %+v", got, ok, err, m)
			}
		})
	}
}
