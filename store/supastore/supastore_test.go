package supastore

import (
	"testing"

	"github.com/edgeplay/edgeplay/store"
)

// openStore opens dir's store (fsync on: these tests are about what
// survives) and closes it when the test ends.
func openStore(t *testing.T, dir string) *store.Store {
	t.Helper()
	st, err := store.Open(dir, store.Options{Timeout: -1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}
