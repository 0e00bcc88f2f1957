package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"syscall"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// FileName is the database's name inside the data folder.
const FileName = "edgeplay.db"

// SchemaVersion is the layout this code reads and writes; Open migrates
// older files up to it (see migrations.go).
const SchemaVersion = 2

var (
	// ErrLocked: another Edgeplay (serve, the app, a test) holds the data
	// folder; bbolt's file lock did not free up within Options.Timeout.
	ErrLocked = errors.New("data folder is in use by another Edgeplay process")
	// ErrCorrupt: the file at the database path is not a readable Edgeplay
	// database (damaged, foreign, or written by a newer Edgeplay).
	ErrCorrupt = errors.New("database file is damaged or not an Edgeplay database")
	// ErrNotFound: the project, function, version, file, request… does
	// not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: a bad name, path or argument.
	ErrInvalid = errors.New("invalid argument")
	// ErrFull: the disk (or Options.MaxSize) is full; the write was not
	// made and nothing already stored was lost.
	ErrFull = errors.New("no space left for the database")
	// ErrClosed: the store was closed.
	ErrClosed = errors.New("store is closed")
)

// Options configure Open. The zero value is what the app and the CLI use.
type Options struct {
	// Timeout bounds the wait for another process's lock (default 1 s;
	// negative: fail at once). Never 0 = wait forever: a second instance
	// must get a clear message, not hang.
	Timeout time.Duration
	// ReadOnly opens for reading only (edgeplay timeline). bbolt's lock is
	// shared for readers but exclusive for a writer, so this still fails
	// with ErrLocked while serve or the app has the folder open.
	ReadOnly bool
	// MoveAsideCorrupt: when the file is damaged or foreign, rename it to
	// edgeplay.db.broken-<time> and start a fresh database instead of
	// failing (Store.Recovered says where it went).
	MoveAsideCorrupt bool
	// Retention bounds the timeline (zero fields: DefaultRetention's).
	Retention Retention
	// FlushEvery and MaxBatch bound a timeline batch (50 ms, 1,000 events).
	FlushEvery time.Duration
	MaxBatch   int
	// Queue is how many events may wait for the writer before new ones are
	// dropped (default 65,536): the engine never waits for the disk.
	Queue int
	// MaxSize caps the database file in bytes (0: no cap); a write that
	// would grow it past the cap fails like a full disk (ErrFull).
	MaxSize int
	// NoSync skips fsync (tests and benchmarks only: a crash may lose
	// acknowledged writes).
	NoSync bool
}

// Store is one open data folder. Safe for concurrent use.
type Store struct {
	db        *bolt.DB
	dir       string
	path      string
	recovered string
	readOnly  bool
	tl        *Timeline
	stats     statCache // linked folders' file stats (disk.go)
	group     groupCommit

	mu     sync.Mutex
	closed bool
}

// DefaultDir is the per-OS data folder: os.UserConfigDir()/edgeplay
// (~/.config/edgeplay, ~/Library/Application Support/edgeplay,
// %AppData%\edgeplay).
func DefaultDir() (string, error) {
	d, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("find the user config folder (pass --data DIR): %w", err)
	}
	return filepath.Join(d, "edgeplay"), nil
}

// Open opens (creating if needed) the database in dir ("" = DefaultDir),
// migrates it to SchemaVersion and starts the timeline writer.
func Open(dir string, opts Options) (*Store, error) {
	if dir == "" {
		d, err := DefaultDir()
		if err != nil {
			return nil, err
		}
		dir = d
	}
	if !opts.ReadOnly {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("create data folder: %w", err)
		}
	}
	path := filepath.Join(dir, FileName)
	if opts.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open %s: %w (nothing recorded yet? run edgeplay serve --data %s first)", path, ErrNotFound, dir)
		}
	}
	s := &Store{dir: dir, path: path, readOnly: opts.ReadOnly, stats: statCache{m: map[string]statEntry{}}}
	db, err := openDB(path, opts)
	if errors.Is(err, ErrCorrupt) && opts.MoveAsideCorrupt && !opts.ReadOnly {
		moved, merr := MoveAside(path)
		if merr != nil {
			return nil, fmt.Errorf("%w; moving it aside failed too: %v", err, merr)
		}
		s.recovered = moved
		db, err = openDB(path, opts)
	}
	if err != nil {
		return nil, err
	}
	s.db = db
	if opts.ReadOnly {
		if err := s.checkSchema(); err != nil {
			db.Close()
			return nil, err
		}
	} else if err := s.safeMigrate(); err != nil {
		db.Close()
		if errors.Is(err, ErrCorrupt) && opts.MoveAsideCorrupt && s.recovered == "" {
			opts.MoveAsideCorrupt = false
			moved, merr := MoveAside(path)
			if merr != nil {
				return nil, fmt.Errorf("%w; moving it aside failed too: %v", err, merr)
			}
			st, err := Open(dir, opts)
			if st != nil {
				st.recovered = moved
			}
			return st, err
		}
		return nil, err
	}
	s.tl = newTimeline(s, opts)
	return s, nil
}

// safeMigrate migrates, turning bbolt's panics on damaged pages into
// ErrCorrupt.
func (s *Store) safeMigrate() (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if p := recover(); p != nil {
			err = corruptErr(s.path, fmt.Errorf("%v", p))
		}
	}()
	return s.migrate()
}

// openDB opens the bbolt file, turning its failures (and its panics on
// damaged pages) into ErrLocked / ErrCorrupt with a way out.
func openDB(path string, opts Options) (db *bolt.DB, err error) {
	timeout := opts.Timeout
	switch {
	case timeout == 0:
		timeout = time.Second
	case timeout < 0:
		timeout = time.Nanosecond
	}
	if err := checkFileShape(path); err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		return nil, corruptErr(path, err)
	}
	// A fault on a damaged mapped page becomes a panic we recover from,
	// not a crash (the shape check above catches the common case).
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if p := recover(); p != nil {
			db, err = nil, corruptErr(path, fmt.Errorf("%v", p))
		}
	}()
	db, err = bolt.Open(path, 0o600, &bolt.Options{
		Timeout:      timeout,
		ReadOnly:     opts.ReadOnly,
		NoSync:       opts.NoSync,
		FreelistType: bolt.FreelistMapType,
		MaxSize:      opts.MaxSize,
	})
	switch {
	case err == nil:
		return db, nil
	case errors.Is(err, berrors.ErrTimeout):
		return nil, fmt.Errorf("%w: %s is locked (is edgeplay serve or the app running? stop it or pass another --data DIR)", ErrLocked, path)
	case errors.Is(err, berrors.ErrInvalid), errors.Is(err, berrors.ErrVersionMismatch),
		errors.Is(err, berrors.ErrChecksum), errors.Is(err, berrors.ErrInvalidMapping):
		return nil, corruptErr(path, err)
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// bbolt reports some damage with plain errors (short file, bad page).
	return nil, corruptErr(path, err)
}

func corruptErr(path string, cause error) error {
	return fmt.Errorf("%w: %s: %v (to start fresh, move it aside: mv %s %s.broken)", ErrCorrupt, path, cause, path, path)
}

// MoveAside renames a damaged database to <path>.broken-<UTC time> and
// returns the new name. Nothing is deleted: the user may still rescue it.
func MoveAside(path string) (string, error) {
	to := path + ".broken-" + time.Now().UTC().Format("20060102T150405.000000000")
	if err := os.Rename(path, to); err != nil {
		return "", fmt.Errorf("move %s aside: %w", path, err)
	}
	return to, nil
}

// Dir is the data folder.
func (s *Store) Dir() string { return s.dir }

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Recovered is where a damaged database was moved by Open
// (Options.MoveAsideCorrupt), or "".
func (s *Store) Recovered() string { return s.recovered }

// Timeline is the store's event timeline: an events.Sink and the queries.
func (s *Store) Timeline() *Timeline { return s.tl }

// Close flushes the timeline (every event emitted before Close is
// written) and closes the database. Safe to call twice.
func (s *Store) Close() error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return nil
	}
	s.closed = true
	s.mu.Unlock()
	var err error
	if s.tl != nil {
		err = s.tl.close()
	}
	if cerr := s.db.Close(); cerr != nil && err == nil {
		err = fmt.Errorf("close %s: %w", s.path, cerr)
	}
	return err
}

// update runs fn in a write transaction, with errors naming what failed.
// A nil return means the change is on disk (fsync'd unless NoSync).
func (s *Store) update(what string, fn func(tx *bolt.Tx) error) error {
	if s.readOnly {
		return fmt.Errorf("%s: the store is open read-only", what)
	}
	if err := s.db.Update(fn); err != nil {
		return fmt.Errorf("%s: %w", what, writeErr(err))
	}
	return nil
}

// writeErr names the failures a user can act on.
func writeErr(err error) error {
	switch {
	case errors.Is(err, berrors.ErrDatabaseNotOpen):
		return ErrClosed
	case errors.Is(err, berrors.ErrMaxSizeReached), errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("%w (free some disk space; nothing stored was lost): %v", ErrFull, err)
	}
	return err
}

func (s *Store) view(what string, fn func(tx *bolt.Tx) error) error {
	if err := s.db.View(fn); err != nil {
		if errors.Is(err, berrors.ErrDatabaseNotOpen) {
			err = ErrClosed
		}
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// ---- small encoding helpers ----

func u64(v uint64) []byte {
	b := make([]byte, 8)
	binary.BigEndian.PutUint64(b, v)
	return b
}

func getU64(b []byte) uint64 {
	if len(b) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(b)
}

func putJSON(b *bolt.Bucket, key string, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s: %w", key, err)
	}
	return b.Put([]byte(key), data)
}

func getJSON(b *bolt.Bucket, key string, v any) (bool, error) {
	data := b.Get([]byte(key))
	if data == nil {
		return false, nil
	}
	if err := json.Unmarshal(data, v); err != nil {
		return true, fmt.Errorf("decode %s: %w", key, err)
	}
	return true, nil
}

// ---- app-wide settings ----

// SetSetting stores an app-wide setting; when it returns nil the value is
// on disk.
func (s *Store) SetSetting(key, value string) error {
	if key == "" {
		return fmt.Errorf("set setting: %w: empty key", ErrInvalid)
	}
	return s.update("set setting "+key, func(tx *bolt.Tx) error {
		return tx.Bucket(bSettings).Put([]byte(key), []byte(value))
	})
}

// Setting returns an app-wide setting ("" and false when unset).
func (s *Store) Setting(key string) (string, bool, error) {
	var v string
	var ok bool
	err := s.view("read setting "+key, func(tx *bolt.Tx) error {
		if b := tx.Bucket(bSettings).Get([]byte(key)); b != nil {
			v, ok = string(b), true
		}
		return nil
	})
	return v, ok, err
}

// Settings returns every app-wide setting.
func (s *Store) Settings() (map[string]string, error) {
	out := map[string]string{}
	err := s.view("read settings", func(tx *bolt.Tx) error {
		return tx.Bucket(bSettings).ForEach(func(k, v []byte) error {
			out[string(k)] = string(v)
			return nil
		})
	})
	return out, err
}

// ---- reserved buckets for the local Supabase services ----

// KV is a plain key/value view of one reserved top-level bucket, for the
// Storage and Auth adapters (see the schema in doc.go).
type KV struct {
	s    *Store
	name []byte
}

// KV returns the reserved bucket name (one of ReservedBuckets).
func (s *Store) KV(name string) (*KV, error) {
	for _, r := range ReservedBuckets {
		if r == name {
			return &KV{s: s, name: []byte(name)}, nil
		}
	}
	return nil, fmt.Errorf("%w: %q is not a reserved bucket (%v)", ErrInvalid, name, ReservedBuckets)
}

// Put stores key=value durably. Puts and deletes made at the same moment
// share a commit (groupcommit.go).
func (kv *KV) Put(key string, value []byte) error {
	return kv.s.updateGrouped("put "+string(kv.name), func(tx *bolt.Tx) error {
		return tx.Bucket(kv.name).Put([]byte(key), value)
	})
}

// Get returns a copy of key's value (nil, false when absent).
func (kv *KV) Get(key string) ([]byte, bool, error) {
	var out []byte
	var ok bool
	err := kv.s.view("get "+string(kv.name), func(tx *bolt.Tx) error {
		if v := tx.Bucket(kv.name).Get([]byte(key)); v != nil {
			out, ok = append([]byte(nil), v...), true
		}
		return nil
	})
	return out, ok, err
}

// Delete removes key.
func (kv *KV) Delete(key string) error {
	return kv.s.updateGrouped("delete "+string(kv.name), func(tx *bolt.Tx) error {
		return tx.Bucket(kv.name).Delete([]byte(key))
	})
}

// Scan calls fn for each key with prefix, in key order; the slices are
// only valid during the call.
func (kv *KV) Scan(prefix string, fn func(key string, value []byte) error) error {
	return kv.s.view("scan "+string(kv.name), func(tx *bolt.Tx) error {
		c := tx.Bucket(kv.name).Cursor()
		p := []byte(prefix)
		for k, v := c.Seek(p); k != nil && hasPrefix(k, p); k, v = c.Next() {
			if err := fn(string(k), v); err != nil {
				return err
			}
		}
		return nil
	})
}

// Replace atomically replaces the whole bucket with m (for adapters whose
// interface saves everything at once, like auth.Store).
func (kv *KV) Replace(m map[string][]byte) error {
	return kv.s.update("replace "+string(kv.name), func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket(kv.name); err != nil {
			return err
		}
		b, err := tx.CreateBucket(kv.name)
		if err != nil {
			return err
		}
		for k, v := range m {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return nil
	})
}

func hasPrefix(b, p []byte) bool {
	return len(b) >= len(p) && string(b[:len(p)]) == string(p)
}

// Compact rewrites the database in dir into a fresh file without the free
// pages retention left behind (bbolt reuses free pages but never shrinks
// the file), then swaps it in. The store must not be open (ErrLocked
// otherwise); a crash mid-way leaves the original file untouched.
func Compact(dir string) (before, after int64, err error) {
	path := filepath.Join(dir, FileName)
	src, err := openDB(path, Options{})
	if err != nil {
		return 0, 0, err
	}
	defer func() {
		if src != nil {
			src.Close()
		}
	}()
	if st, err := os.Stat(path); err == nil {
		before = st.Size()
	}
	tmp := path + ".compact"
	os.Remove(tmp)
	dst, err := bolt.Open(tmp, 0o600, &bolt.Options{Timeout: time.Second, FreelistType: bolt.FreelistMapType})
	if err != nil {
		return before, 0, fmt.Errorf("compact %s: %w", path, err)
	}
	if err := bolt.Compact(dst, src, 64<<20); err != nil {
		dst.Close()
		os.Remove(tmp)
		return before, 0, fmt.Errorf("compact %s: %w", path, err)
	}
	if err := dst.Close(); err != nil {
		os.Remove(tmp)
		return before, 0, fmt.Errorf("compact %s: %w", path, err)
	}
	// Swap while still holding the source's lock, so no other process
	// opens the old file in between.
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return before, 0, fmt.Errorf("compact %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	src.Close()
	src = nil
	if st, err := os.Stat(path); err == nil {
		after = st.Size()
	}
	return before, after, nil
}
