// Package storefs serves a project's functions from the store to the
// engine: Source implements supervisor.Source, and each function is an
// fs.FS over its stored files (read live, one bbolt read transaction per
// Open/Stat, so an edit saved in the store is seen by the next build).
//
// File info carries the store's ModTime (the time of the version that
// last changed the file) and size, which is what the bundler's staleness
// check compares; the FS also implements the bundler's ParentFS, so
// imports of "../_shared/x.ts" and a top-level import_map.json resolve to
// the project's other folders as in the Supabase layout.
//
// It lives apart from package store so that store (and the timeline CLI)
// does not link the engine.
//
// Gaps: files are read-only through this FS; a file is read whole on
// Open (functions' files are small; MaxFileSize bounds them).
package storefs

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"
	"time"

	"github.com/edgeplay/edgeplay/engine/supervisor"
	"github.com/edgeplay/edgeplay/store"
)

// Source is a supervisor.Source over one project of a store.
type Source struct {
	st      *store.Store
	project string
}

var _ supervisor.Source = (*Source)(nil)

// New returns the project's functions as a supervisor.Source.
func New(st *store.Store, project string) *Source { return &Source{st: st, project: project} }

// Names lists the runnable functions (valid name, an index.ts or other
// entry file), sorted, as supervisor.DirSource does.
func (s *Source) Names() ([]string, error) {
	fns, err := s.st.Functions(s.project)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, f := range fns {
		if f.Runnable {
			out = append(out, f.Name)
		}
	}
	sort.Strings(out)
	return out, nil
}

// Function returns the function's files; supervisor.ErrNotFound when the
// project has no such runnable function.
func (s *Source) Function(name string) (fs.FS, error) {
	if !supervisor.ValidName(name) {
		return nil, fmt.Errorf("%w: %q", supervisor.ErrNotFound, name)
	}
	f, err := s.st.Function(s.project, name)
	if errors.Is(err, store.ErrNotFound) || err == nil && !f.Runnable {
		return nil, fmt.Errorf("%w: %q", supervisor.ErrNotFound, name)
	}
	if err != nil {
		return nil, err
	}
	return &FolderFS{st: s.st, project: s.project, fn: name}, nil
}

// FolderFS is one function folder of the store as an fs.FS.
type FolderFS struct {
	st          *store.Store
	project, fn string
	self        string // the name "." reports (its name in a ProjectFS)
}

// stat is the store's Stat with "." named as the folder.
func (f *FolderFS) stat(name string) (store.FileInfo, bool, error) {
	fi, dir, err := f.st.Stat(f.project, f.fn, name)
	if name == "." && f.self != "" {
		fi.Path = f.self
	}
	return fi, dir, err
}

// Folder returns a folder (function, _shared, store.RootFolder) as an FS.
func Folder(st *store.Store, project, fn string) *FolderFS {
	return &FolderFS{st: st, project: project, fn: fn}
}

// Parent gives the bundler the project's other folders (bundle.ParentFS).
func (f *FolderFS) Parent() (fs.FS, string) {
	return &ProjectFS{st: f.st, project: f.project}, f.fn
}

func pathErr(op, name string, err error) error {
	if errors.Is(err, store.ErrNotFound) {
		err = fs.ErrNotExist
	}
	return &fs.PathError{Op: op, Path: name, Err: err}
}

// Stat implements fs.StatFS without reading the file's contents.
func (f *FolderFS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, pathErr("stat", name, fs.ErrInvalid)
	}
	fi, dir, err := f.stat(name)
	if err != nil {
		return nil, pathErr("stat", name, err)
	}
	return info(fi, dir), nil
}

// ReadFile implements fs.ReadFileFS.
func (f *FolderFS) ReadFile(name string) ([]byte, error) {
	if !fs.ValidPath(name) {
		return nil, pathErr("read", name, fs.ErrInvalid)
	}
	data, _, err := f.st.ReadFile(f.project, f.fn, name)
	if err != nil {
		return nil, pathErr("read", name, err)
	}
	return data, nil
}

// Open implements fs.FS.
func (f *FolderFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, pathErr("open", name, fs.ErrInvalid)
	}
	fi, dir, err := f.stat(name)
	if err != nil {
		return nil, pathErr("open", name, err)
	}
	if dir {
		entries, err := f.ReadDir(name)
		if err != nil {
			return nil, err
		}
		return &dirFile{info: info(fi, true), entries: entries}, nil
	}
	data, fi, err := f.st.ReadFile(f.project, f.fn, name)
	if err != nil {
		return nil, pathErr("open", name, err)
	}
	return &file{Reader: bytes.NewReader(data), info: info(fi, false)}, nil
}

// ReadDir implements fs.ReadDirFS.
func (f *FolderFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if !fs.ValidPath(name) {
		return nil, pathErr("readdir", name, fs.ErrInvalid)
	}
	files, err := f.st.Files(f.project, f.fn)
	if err != nil {
		return nil, pathErr("readdir", name, err)
	}
	prefix := ""
	if name != "." {
		prefix = name + "/"
	}
	seen := map[string]bool{}
	var out []fs.DirEntry
	for _, fi := range files {
		rest, ok := strings.CutPrefix(fi.Path, prefix)
		if !ok {
			continue
		}
		if child, _, nested := strings.Cut(rest, "/"); nested {
			if !seen[child] {
				seen[child] = true
				out = append(out, fs.FileInfoToDirEntry(info(store.FileInfo{Path: prefix + child}, true)))
			}
			continue
		}
		out = append(out, fs.FileInfoToDirEntry(info(fi, false)))
	}
	if len(out) == 0 && name != "." {
		return nil, pathErr("readdir", name, fs.ErrNotExist)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// ProjectFS is a whole project as the Supabase functions folder:
// "<fn>/<path>" for folders, "<file>" for store.RootFolder's files.
type ProjectFS struct {
	st      *store.Store
	project string
}

// Project returns a project as an fs.FS.
func Project(st *store.Store, project string) *ProjectFS {
	return &ProjectFS{st: st, project: project}
}

// split maps a path to a folder and a path inside it.
func (p *ProjectFS) split(name string) (*FolderFS, string) {
	if name == "." {
		return nil, "."
	}
	folder, rest, nested := strings.Cut(name, "/")
	if nested {
		return Folder(p.st, p.project, folder), rest
	}
	if _, err := p.st.Function(p.project, folder); err == nil {
		return &FolderFS{st: p.st, project: p.project, fn: folder, self: folder}, "."
	}
	return Folder(p.st, p.project, store.RootFolder), name
}

// Open implements fs.FS.
func (p *ProjectFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, pathErr("open", name, fs.ErrInvalid)
	}
	f, rest := p.split(name)
	if f == nil {
		entries, err := p.ReadDir(".")
		if err != nil {
			return nil, err
		}
		return &dirFile{info: info(store.FileInfo{Path: "."}, true), entries: entries}, nil
	}
	file, err := f.Open(rest)
	if err != nil {
		return nil, pathErr("open", name, errors.Unwrap(err))
	}
	return file, nil
}

// Stat implements fs.StatFS.
func (p *ProjectFS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, pathErr("stat", name, fs.ErrInvalid)
	}
	f, rest := p.split(name)
	if f == nil {
		return info(store.FileInfo{Path: "."}, true), nil
	}
	fi, err := f.Stat(rest)
	if err != nil {
		return nil, pathErr("stat", name, errors.Unwrap(err))
	}
	return fi, nil
}

// ReadFile implements fs.ReadFileFS.
func (p *ProjectFS) ReadFile(name string) ([]byte, error) {
	if !fs.ValidPath(name) {
		return nil, pathErr("read", name, fs.ErrInvalid)
	}
	f, rest := p.split(name)
	if f == nil {
		return nil, pathErr("read", name, errors.New("is a directory"))
	}
	b, err := f.ReadFile(rest)
	if err != nil {
		return nil, pathErr("read", name, errors.Unwrap(err))
	}
	return b, nil
}

// ReadDir implements fs.ReadDirFS.
func (p *ProjectFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if !fs.ValidPath(name) {
		return nil, pathErr("readdir", name, fs.ErrInvalid)
	}
	f, rest := p.split(name)
	if f != nil {
		return f.ReadDir(rest)
	}
	fns, err := p.st.Functions(p.project)
	if err != nil {
		return nil, pathErr("readdir", name, err)
	}
	var out []fs.DirEntry
	for _, fn := range fns {
		if fn.Name == store.RootFolder {
			root, err := Folder(p.st, p.project, store.RootFolder).ReadDir(".")
			if err == nil {
				out = append(out, root...)
			}
			continue
		}
		out = append(out, fs.FileInfoToDirEntry(info(store.FileInfo{Path: fn.Name, ModTime: fn.Updated}, true)))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name() < out[j].Name() })
	return out, nil
}

// ---- fs.File and fs.FileInfo ----

type fileInfo struct {
	name  string
	size  int64
	mtime time.Time
	dir   bool
}

func info(fi store.FileInfo, dir bool) fs.FileInfo {
	name := fi.Path
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	return &fileInfo{name: name, size: fi.Size, mtime: fi.ModTime, dir: dir}
}

func (i *fileInfo) Name() string       { return i.name }
func (i *fileInfo) Size() int64        { return i.size }
func (i *fileInfo) ModTime() time.Time { return i.mtime }
func (i *fileInfo) IsDir() bool        { return i.dir }
func (i *fileInfo) Sys() any           { return nil }
func (i *fileInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}

type file struct {
	*bytes.Reader
	info fs.FileInfo
}

func (f *file) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *file) Close() error               { return nil }

type dirFile struct {
	info    fs.FileInfo
	entries []fs.DirEntry
	off     int
}

func (d *dirFile) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *dirFile) Close() error               { return nil }
func (d *dirFile) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.Name(), Err: errors.New("is a directory")}
}

// ReadDir implements fs.ReadDirFile.
func (d *dirFile) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.off:]
	if n <= 0 {
		d.off = len(d.entries)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(rest))
	d.off += n
	return rest[:n], nil
}
