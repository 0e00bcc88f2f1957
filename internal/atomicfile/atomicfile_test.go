package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWrite(t *testing.T) {
	cases := []struct {
		name    string
		before  string // "" = no file yet
		data    string
		perm    os.FileMode
		missing bool // the folder does not exist
	}{
		{name: "new file", data: "one", perm: 0o644},
		{name: "replaces", before: "old contents", data: "new", perm: 0o600},
		{name: "no folder", data: "x", perm: 0o644, missing: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			if c.missing {
				dir = filepath.Join(dir, "nope")
			}
			path := filepath.Join(dir, "f.txt")
			if c.before != "" {
				os.WriteFile(path, []byte(c.before), 0o644)
			}
			err := Write(path, []byte(c.data), c.perm)
			if c.missing {
				if err == nil {
					t.Fatal("no error for a missing folder")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			b, _ := os.ReadFile(path)
			st, _ := os.Stat(path)
			if string(b) != c.data || st.Mode().Perm() != c.perm {
				t.Fatalf("got %q %v, want %q %v", b, st.Mode().Perm(), c.data, c.perm)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Fatalf("left %d files behind", len(entries))
			}
		})
	}
}
