// Package atomicfile replaces a file's contents in one step: the data goes
// to a temporary file in the same folder, is synced, and is renamed over
// the target, so a reader (an editor, the bundler, a restarted process)
// sees the old file or the new one, never half of one. The standard
// library has no such call; the module cache, the Auth file store and
// the store's folder sync all need it.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write replaces path with data, with permissions perm. The folder must
// exist. On failure the temporary file is removed and path is untouched.
func Write(path string, data []byte, perm os.FileMode) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp, perm)
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
