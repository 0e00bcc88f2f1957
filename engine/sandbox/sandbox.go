// Package sandbox is a worker's view of the file system, as on Supabase
// Edge Functions: a writable, ephemeral /tmp (a real per-worker directory
// on disk, deleted when the worker shuts down, with a size quota) and the
// function's own source folder, read-only, at /home/deno/functions/<name>
// (the working directory). Everything else is denied.
//
// Two layers keep a function inside:
//  1. MapPath, a pure lexical mapper (fuzzed): it resolves a Deno path or
//     file: URL against the working directory, cleans `.`/`..`, rejects NUL
//     bytes and over-long names, and classifies the result (tmp, source,
//     or denied). `/tmp/../etc/passwd` cleans to `/etc/passwd`: denied.
//  2. os.Root (Go's directory-confined file API) for every host operation,
//     so even a symlink or a race cannot reach outside the worker's
//     directory. Functions cannot create symlinks (Deno.symlink is
//     blocked), but a planted one is still refused by os.Root.
package sandbox

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"strings"
	"sync/atomic"
)

// TmpDir is the virtual path of the writable directory.
const TmpDir = "/tmp"

// FunctionsDir is where a function's own files appear (read-only).
const FunctionsDir = "/home/deno/functions"

// MaxPathLen bounds a path, as PATH_MAX does.
const MaxPathLen = 4096

// Area says where a mapped path lives.
type Area int

// The areas.
const (
	Denied Area = iota
	Tmp
	Source
)

// Mapped is a virtual path resolved to an area and a slash-separated path
// relative to that area's root ("." for the root itself).
type Mapped struct {
	Virtual string
	Area    Area
	Rel     string
}

// ErrPermission is wrapped by every denial (Deno.errors.PermissionDenied in JS).
var ErrPermission = errors.New("permission denied")

// ErrQuota is returned when a write would pass the /tmp quota.
var ErrQuota = errors.New("filesystem quota exceeded")

// PathError says which path was refused and why.
type PathError struct {
	Op, Path, Why string
	Err           error
}

func (e *PathError) Error() string {
	return fmt.Sprintf("%s %q: %s", e.Op, e.Path, e.Why)
}

func (e *PathError) Unwrap() error { return e.Err }

// MapPath resolves p (a path or file: URL) against cwd and classifies it.
// It never touches the disk.
func MapPath(cwd, p, function string) (Mapped, error) {
	orig := p
	if strings.HasPrefix(p, "file:") {
		u, err := url.Parse(p)
		if err != nil || (u.Host != "" && u.Host != "localhost") {
			return Mapped{}, &PathError{Op: "open", Path: orig, Why: "not a local file URL", Err: ErrPermission}
		}
		p = u.Path
	}
	if p == "" {
		return Mapped{}, &PathError{Op: "open", Path: orig, Why: "empty path", Err: fs.ErrInvalid}
	}
	if strings.ContainsRune(p, 0) {
		return Mapped{}, &PathError{Op: "open", Path: orig, Why: "path contains a NUL byte", Err: fs.ErrInvalid}
	}
	if len(p) > MaxPathLen {
		return Mapped{}, &PathError{Op: "open", Path: orig[:64] + "…", Why: "path too long", Err: fs.ErrInvalid}
	}
	if strings.Contains(p, `\`) {
		// Not a separator on Linux, but a Windows-style escape attempt
		// ("..\\..\\x") would become one on other hosts: refuse outright.
		return Mapped{}, &PathError{Op: "open", Path: orig, Why: "backslashes are not allowed in paths", Err: ErrPermission}
	}
	if !path.IsAbs(p) {
		p = path.Join(cwd, p)
	}
	v := path.Clean(p)
	if rel, ok := under(v, TmpDir); ok {
		return Mapped{Virtual: v, Area: Tmp, Rel: rel}, nil
	}
	if function != "" {
		if rel, ok := under(v, FunctionsDir+"/"+function); ok {
			return Mapped{Virtual: v, Area: Source, Rel: rel}, nil
		}
	}
	return Mapped{Virtual: v, Area: Denied}, &PathError{
		Op: "access", Path: v,
		Why: "edge functions can only write under /tmp and read their own folder", Err: ErrPermission,
	}
}

func under(v, root string) (string, bool) {
	if v == root {
		return ".", true
	}
	if rest, ok := strings.CutPrefix(v, root+"/"); ok {
		return rest, true
	}
	return "", false
}

// Sandbox is one worker's file system.
type Sandbox struct {
	function string
	dir      string
	root     *os.Root
	source   fs.FS
	quota    int64
	used     atomic.Int64
	cwd      string
}

// New creates the worker's /tmp directory under parent (os.TempDir() when
// empty) with the given quota in bytes; source is the function's folder.
func New(parent, function string, source fs.FS, quota int64) (*Sandbox, error) {
	dir, err := os.MkdirTemp(parent, "edgeplay-tmp-"+function+"-")
	if err != nil {
		return nil, fmt.Errorf("sandbox: create /tmp for %s: %w", function, err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("sandbox: open /tmp root: %w", err)
	}
	return &Sandbox{function: function, dir: dir, root: root, source: source, quota: quota,
		cwd: FunctionsDir + "/" + function}, nil
}

// Cwd is the working directory (Deno.cwd()).
func (s *Sandbox) Cwd() string { return s.cwd }

// HostDir is the real directory behind /tmp (for the engine's listing API).
func (s *Sandbox) HostDir() string { return s.dir }

// Root is the confined handle for /tmp operations.
func (s *Sandbox) Root() *os.Root { return s.root }

// Source is the function's read-only folder.
func (s *Sandbox) Source() fs.FS { return s.source }

// Map resolves a path for this worker.
func (s *Sandbox) Map(p string) (Mapped, error) { return MapPath(s.cwd, p, s.function) }

// Quota is the /tmp size limit in bytes.
func (s *Sandbox) Quota() int64 { return s.quota }

// Used is the bytes currently counted against the quota.
func (s *Sandbox) Used() int64 { return s.used.Load() }

// Grow accounts n more bytes (n may be negative when files shrink or go
// away); it refuses growth past the quota.
func (s *Sandbox) Grow(n int64) error {
	for {
		cur := s.used.Load()
		next := cur + n
		if next < 0 {
			next = 0
		}
		if n > 0 && s.quota > 0 && next > s.quota {
			return fmt.Errorf("%w: /tmp is limited to %d MB per worker", ErrQuota, s.quota>>20)
		}
		if s.used.CompareAndSwap(cur, next) {
			return nil
		}
	}
}

// Close deletes the directory and everything in it.
func (s *Sandbox) Close() error {
	s.root.Close()
	return os.RemoveAll(s.dir)
}

// Entry is one file in the listing.
type Entry struct {
	Path  string `json:"path"` // virtual, "/tmp/..."
	Size  int64  `json:"size"`
	IsDir bool   `json:"isDir"`
}

// List walks /tmp (for the UI's /tmp browser).
func (s *Sandbox) List() ([]Entry, error) {
	var out []Entry
	err := fs.WalkDir(s.root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == "." {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		out = append(out, Entry{Path: TmpDir + "/" + p, Size: info.Size(), IsDir: d.IsDir()})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sandbox: list /tmp: %w", err)
	}
	return out, nil
}
