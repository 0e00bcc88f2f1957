package auth

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/edgeplay/edgeplay/internal/atomicfile"
)

// FileStore keeps users and sessions in one JSON file, replaced atomically
// on every change (the data is small; the bbolt store replaces this).
type FileStore struct {
	Path string
	mu   sync.Mutex
}

type fileData struct {
	Users    []User            `json:"users"`
	Hashes   map[string]string `json:"password_hashes"`
	Sessions []Session         `json:"sessions"`
}

// Load reads the file; a missing file is an empty store.
func (f *FileStore) Load() ([]User, map[string]string, []Session, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	b, err := os.ReadFile(f.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, map[string]string{}, nil, nil
	}
	if err != nil {
		return nil, nil, nil, err
	}
	var d fileData
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, nil, nil, fmt.Errorf("%s is not an Edgeplay auth file: %w", f.Path, err)
	}
	return d.Users, d.Hashes, d.Sessions, nil
}

// Save writes the file atomically (temp file + rename).
func (f *FileStore) Save(users []User, hashes map[string]string, sessions []Session) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	b, err := json.Marshal(fileData{Users: users, Hashes: hashes, Sessions: sessions})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(f.Path), 0o700); err != nil {
		return err
	}
	return atomicfile.Write(f.Path, b, 0o600)
}
