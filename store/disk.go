package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/edgeplay/edgeplay/internal/atomicfile"
)

// The folder-sync rule (also in doc.go): a project may be linked to a
// Supabase-layout folder (<dir>/<fn>/index.ts, <dir>/_shared/…, top-level
// files such as import_map.json). Every change on either side becomes a
// version in the store, so nothing is ever lost:
//   - app → disk: a save in the store is committed first, then written
//     through to the folder (atomic rename per file);
//   - disk → app: SyncFromDisk (run at link time and by Watch) imports
//     every folder whose files differ from the store's current version as
//     a new version noted "disk"; a folder gone from disk is deleted in
//     the store (its history stays, Restore brings it back).
// When both sides changed between two syncs the disk wins for the current
// files and the app's edit stays in the history. Dot-files, dot-folders
// and node_modules are never synced; symlinks are not followed.

// SyncReport says what SyncFromDisk changed.
type SyncReport struct {
	Updated []string `json:"updated,omitempty"` // folders with a new version
	Deleted []string `json:"deleted,omitempty"` // folders gone from disk
	Skipped []string `json:"skipped,omitempty"` // files not imported, with why
}

func (r SyncReport) String() string {
	var parts []string
	if len(r.Updated) > 0 {
		parts = append(parts, "imported "+strings.Join(r.Updated, ", "))
	}
	if len(r.Deleted) > 0 {
		parts = append(parts, "deleted "+strings.Join(r.Deleted, ", "))
	}
	if len(r.Skipped) > 0 {
		parts = append(parts, fmt.Sprintf("skipped %d file(s): %s", len(r.Skipped), strings.Join(r.Skipped, "; ")))
	}
	if len(parts) == 0 {
		return "no changes"
	}
	return strings.Join(parts, "; ")
}

// Changed reports whether anything was imported or deleted.
func (r SyncReport) Changed() bool { return len(r.Updated)+len(r.Deleted) > 0 }

// statCache remembers each synced file's size, mtime and hash, so a poll
// reads only files whose stat changed.
type statCache struct {
	mu sync.Mutex
	m  map[string]statEntry
}

type statEntry struct {
	size    int64
	mtime   time.Time
	hash    string
	checked time.Time // when hashed
}

// trusted: the file's mtime was already in the past when it was hashed,
// so a same-size rewrite within one mtime tick cannot hide behind it (the
// "racy git" problem); recent files are re-read on every sync.
func (c statEntry) trusted(size int64, mtime time.Time) bool {
	return c.size == size && c.mtime.Equal(mtime) && c.checked.Sub(mtime) > 2*time.Second
}

func skipName(name string) bool {
	return strings.HasPrefix(name, ".") || name == "node_modules"
}

// ImportFolder links project (created if needed) to dir and imports it:
// what `edgeplay serve --functions DIR --data D` does at start.
func (s *Store) ImportFolder(project, dir string) (SyncReport, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return SyncReport{}, fmt.Errorf("import %s: %w", dir, err)
	}
	if st, err := os.Stat(abs); err != nil || !st.IsDir() {
		return SyncReport{}, fmt.Errorf("import %s: not a folder", dir)
	}
	if _, err := s.EnsureProject(project); err != nil {
		return SyncReport{}, err
	}
	if err := s.LinkProject(project, abs); err != nil {
		return SyncReport{}, err
	}
	return s.SyncFromDisk(project)
}

// ProjectNameFor derives a project name from a functions folder: the
// Supabase project folder for <proj>/supabase/functions, else the
// folder's own name.
func ProjectNameFor(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	name := filepath.Base(abs)
	if name == "functions" && filepath.Base(filepath.Dir(abs)) == "supabase" {
		name = filepath.Base(filepath.Dir(filepath.Dir(abs)))
	}
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-', r == '.', r == ' ':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	out := strings.TrimLeft(b.String(), " _.-")
	if len(out) > 64 {
		out = out[:64]
	}
	if out == "" {
		out = "default"
	}
	return out
}

// SyncFromDisk imports the linked folder's changes (the rule above).
func (s *Store) SyncFromDisk(project string) (SyncReport, error) {
	var rep SyncReport
	p, err := s.Project(project)
	if err != nil {
		return rep, err
	}
	if p.Dir == "" {
		return rep, fmt.Errorf("sync %s: the project is not linked to a folder", project)
	}
	list, err := os.ReadDir(p.Dir)
	if err != nil {
		return rep, fmt.Errorf("sync %s from %s: %w", project, p.Dir, err)
	}
	onDisk := map[string]bool{}
	root := map[string]string{} // top-level files
	for _, e := range list {
		if skipName(e.Name()) {
			continue
		}
		switch {
		case e.IsDir():
			if validFolder(e.Name()) != nil {
				rep.Skipped = append(rep.Skipped, e.Name()+"/: not a valid function folder name")
				continue
			}
			onDisk[e.Name()] = true
		case e.Type().IsRegular():
			root[e.Name()] = filepath.Join(p.Dir, e.Name())
		}
	}
	stored, err := s.Functions(project)
	if err != nil {
		return rep, err
	}
	known := map[string]Function{}
	for _, f := range stored {
		known[f.Name] = f
	}
	names := sortedKeys(onDisk)
	if len(root) > 0 || known[RootFolder].Name != "" {
		names = append(names, RootFolder)
	}
	for _, name := range names {
		var paths map[string]string
		if name == RootFolder {
			paths = root
		} else {
			paths = s.walkFolder(filepath.Join(p.Dir, name), &rep)
		}
		changed, err := s.syncFolder(project, name, paths, &rep)
		if err != nil {
			return rep, err
		}
		if changed {
			rep.Updated = append(rep.Updated, name)
		}
	}
	for _, f := range stored {
		if f.Name == RootFolder || onDisk[f.Name] {
			continue
		}
		// Gone from disk: delete in the store (history kept). No disk
		// removal: it is already gone.
		if _, err := s.deleteFunction(project, f.Name); err != nil {
			return rep, err
		}
		rep.Deleted = append(rep.Deleted, f.Name)
	}
	return rep, nil
}

// walkFolder lists a function folder's files (path in folder → on disk).
func (s *Store) walkFolder(dir string, rep *SyncReport) map[string]string {
	out := map[string]string{}
	_ = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			rep.Skipped = append(rep.Skipped, path+": "+err.Error())
			return nil
		}
		if path != dir && skipName(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil // directories walk on; symlinks and devices are not synced
		}
		rel, err := filepath.Rel(dir, path)
		if err != nil {
			return nil
		}
		out[filepath.ToSlash(rel)] = path
		return nil
	})
	return out
}

// syncFolder imports one folder's files when they differ from the store.
func (s *Store) syncFolder(project, fn string, paths map[string]string, rep *SyncReport) (bool, error) {
	refs := map[string]FileRef{}
	blobs := map[string][]byte{}
	var total int64
	for rel, path := range paths {
		if validPath(rel) != nil {
			rep.Skipped = append(rep.Skipped, path+": not a valid path")
			continue
		}
		st, err := os.Stat(path)
		if err != nil {
			rep.Skipped = append(rep.Skipped, path+": "+err.Error())
			continue
		}
		if st.Size() > MaxFileSize {
			rep.Skipped = append(rep.Skipped, fmt.Sprintf("%s: %d bytes is over %d", path, st.Size(), MaxFileSize))
			continue
		}
		total += st.Size()
		if total > MaxSaveSize || len(refs) >= MaxSaveFiles {
			return false, fmt.Errorf("sync %s/%s: the folder is over %d bytes or %d files", project, fn, MaxSaveSize, MaxSaveFiles)
		}
		s.stats.mu.Lock()
		c, ok := s.stats.m[path]
		s.stats.mu.Unlock()
		if ok && c.trusted(st.Size(), st.ModTime()) {
			refs[rel] = FileRef{Hash: c.hash, Size: c.size}
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			rep.Skipped = append(rep.Skipped, path+": "+err.Error())
			continue
		}
		h := hashOf(data)
		refs[rel] = FileRef{Hash: h, Size: int64(len(data))}
		blobs[h] = data
		s.stats.mu.Lock()
		s.stats.m[path] = statEntry{size: int64(len(data)), mtime: st.ModTime(), hash: h, checked: time.Now()}
		s.stats.mu.Unlock()
	}
	// Watch syncs every 500 ms: when nothing changed, a read is enough (a
	// write transaction is two fsyncs, even when it writes nothing).
	if s.folderUnchanged(project, fn, refs) {
		return false, nil
	}
	var changed bool
	err := s.update("sync "+project+"/"+fn+" from disk", func(tx *bolt.Tx) error {
		// A cached hash whose blob the store lacks (a failed earlier
		// save): read it again.
		if fb, err := folderBucket(tx, project, fn); err == nil {
			bb := fb.Bucket(bBlobs)
			for rel, r := range refs {
				if _, ok := blobs[r.Hash]; ok || bb.Get([]byte(r.Hash)) != nil {
					continue
				}
				data, err := os.ReadFile(paths[rel])
				if err != nil || hashOf(data) != r.Hash {
					return fmt.Errorf("file %s changed while syncing; try again", paths[rel])
				}
				blobs[r.Hash] = data
			}
		}
		var err error
		_, changed, err = commitFolder(tx, project, fn, refs, blobs, "disk")
		return err
	})
	return changed, err
}

// folderUnchanged reports whether fn's current files are refs already.
func (s *Store) folderUnchanged(project, fn string, refs map[string]FileRef) bool {
	same := false
	_ = s.db.View(func(tx *bolt.Tx) error {
		fb, err := folderBucket(tx, project, fn)
		if err != nil {
			return nil
		}
		var info Function
		if found, err := getJSON(fb, string(kInfo), &info); err != nil || !found || info.Deleted {
			return nil
		}
		cur, err := currentRefs(fb)
		same = err == nil && sameRefs(cur, refs)
		return nil
	})
	return same
}

// folderDir is where a folder of a linked project lives on disk.
func folderDir(root, fn string) string {
	if fn == RootFolder {
		return root
	}
	return filepath.Join(root, fn)
}

// writeThrough mirrors a folder's current files to the linked folder.
func (s *Store) writeThrough(project, fn string) error {
	p, err := s.Project(project)
	if err != nil || p.Dir == "" {
		return err
	}
	files, err := s.currentFiles(project, fn)
	if err != nil {
		return err
	}
	dir := folderDir(p.Dir, fn)
	fail := func(err error) error {
		return fmt.Errorf("saved %s/%s in the store, but writing it to %s failed: %w", project, fn, dir, err)
	}
	for rel, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if old, err := os.ReadFile(path); err == nil && hashOf(old) == hashOf(data) {
			continue
		}
		if err := writeAtomic(path, data); err != nil {
			return fail(err)
		}
		if st, err := os.Stat(path); err == nil {
			s.stats.mu.Lock()
			s.stats.m[path] = statEntry{size: st.Size(), mtime: st.ModTime(), hash: hashOf(data), checked: time.Now()}
			s.stats.mu.Unlock()
		}
	}
	// Remove what the store no longer has (never dot-files or
	// node_modules, which are not synced).
	var extra []string
	if fn == RootFolder {
		list, _ := os.ReadDir(dir)
		for _, e := range list {
			if e.Type().IsRegular() && !skipName(e.Name()) {
				if _, ok := files[e.Name()]; !ok {
					extra = append(extra, e.Name())
				}
			}
		}
	} else {
		var rep SyncReport
		for rel := range s.walkFolder(dir, &rep) {
			if _, ok := files[rel]; !ok {
				extra = append(extra, rel)
			}
		}
	}
	if err := removeFiles(dir, extra); err != nil {
		return fail(err)
	}
	return nil
}

// removeFromDisk deletes a deleted folder's files from the linked folder.
func (s *Store) removeFromDisk(project, fn string, rels []string) error {
	p, err := s.Project(project)
	if err != nil || p.Dir == "" {
		return err
	}
	dir := folderDir(p.Dir, fn)
	if err := removeFiles(dir, rels); err != nil {
		return fmt.Errorf("deleted %s/%s in the store, but removing its files from %s failed: %w", project, fn, dir, err)
	}
	if fn != RootFolder {
		_ = os.Remove(dir) // only if now empty
	}
	return nil
}

// removeFiles removes files under dir and then any folders they leave
// empty (deepest first).
func removeFiles(dir string, rels []string) error {
	var errs []error
	dirs := map[string]bool{}
	for _, rel := range rels {
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
		for d := filepath.Dir(path); d != dir && strings.HasPrefix(d, dir); d = filepath.Dir(d) {
			dirs[d] = true
		}
	}
	list := sortedKeys(dirs)
	sort.Slice(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
	for _, d := range list {
		_ = os.Remove(d) // fails harmlessly when not empty
	}
	return errors.Join(errs...)
}

// writeAtomic writes data to path (making its folder), so an editor or
// the bundler never sees half a file.
func writeAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(path, data, 0o644)
}

// Watch syncs a linked project from disk every interval (default 500 ms)
// until ctx ends, calling onSync after each sync that changed something
// or failed.
func (s *Store) Watch(ctx context.Context, project string, every time.Duration, onSync func(SyncReport, error)) {
	if every <= 0 {
		every = 500 * time.Millisecond
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		rep, err := s.SyncFromDisk(project)
		if (err != nil || rep.Changed()) && onSync != nil {
			onSync(rep, err)
		}
	}
}
