package supervisor

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
)

// DirSource serves functions from a Supabase-layout folder: DIR/<name>/
// with an index.ts (or .js/.tsx/.mjs). Folders starting with "_" or "."
// (such as _shared) are not functions, as in the Supabase CLI.
type DirSource struct{ Root string }

var nameRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`)

var entries = []string{"index.ts", "index.js", "index.tsx", "index.mjs", "index.jsx"}

// ValidName reports whether name can be a function name.
func ValidName(name string) bool { return nameRe.MatchString(name) }

// Function returns the function's folder.
func (d DirSource) Function(name string) (fs.FS, error) {
	if !ValidName(name) {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, name)
	}
	dir := filepath.Join(d.Root, name)
	st, err := os.Stat(dir)
	if err != nil || !st.IsDir() {
		return nil, fmt.Errorf("%w: %q", ErrNotFound, name)
	}
	return os.DirFS(dir), nil
}

// Names lists the folders that hold an entry file.
func (d DirSource) Names() ([]string, error) {
	list, err := os.ReadDir(d.Root)
	if err != nil {
		return nil, fmt.Errorf("list functions in %s: %w", d.Root, err)
	}
	var names []string
	for _, e := range list {
		if !e.IsDir() || !ValidName(e.Name()) {
			continue
		}
		for _, entry := range entries {
			if _, err := os.Stat(filepath.Join(d.Root, e.Name(), entry)); err == nil {
				names = append(names, e.Name())
				break
			}
		}
	}
	sort.Strings(names)
	return names, nil
}
