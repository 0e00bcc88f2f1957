package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/edgeplay/edgeplay/engine/limits"
)

// Files of one function folder live in <project>/folders/<fn>/:
//   info          Function JSON
//   files/<path>  FileInfo JSON of the current version (ModTime = time of
//                 the version that last changed the file, so the
//                 bundler's size+mtime staleness check works)
//   versions/<n>  Version JSON (big-endian n), the full file list per save
//   blobs/<hash>  file contents by sha256, shared by all versions

// SaveFiles replaces the function's whole file set with files and records
// a version (note says where it came from: "app", "import", …). When the
// set is unchanged no version is added and changed is false. When it
// returns nil the version is durable. A linked project's folder on disk
// is updated after the commit (an error then says the save is in the
// store but not on disk).
func (s *Store) SaveFiles(project, fn string, files map[string][]byte, note string) (v Version, changed bool, err error) {
	if err := validFolder(fn); err != nil {
		return Version{}, false, err
	}
	refs, blobs, err := refsOf(fn, files)
	if err != nil {
		return Version{}, false, fmt.Errorf("save %s/%s: %w", project, fn, err)
	}
	err = s.update("save "+project+"/"+fn, func(tx *bolt.Tx) error {
		v, changed, err = commitFolder(tx, project, fn, refs, blobs, note)
		return err
	})
	if err == nil && changed {
		err = s.writeThrough(project, fn)
	}
	return v, changed, err
}

// WriteFile changes one file of the function (creating the function if
// needed) and records a version.
func (s *Store) WriteFile(project, fn, path string, data []byte, note string) (Version, error) {
	if err := validFolder(fn); err != nil {
		return Version{}, err
	}
	if _, _, err := refsOf(fn, map[string][]byte{path: data}); err != nil {
		return Version{}, fmt.Errorf("write %s/%s: %w", project, fn, err)
	}
	return s.editFolder(project, fn, "write "+path, note, func(refs map[string]FileRef, blobs map[string][]byte) error {
		h := hashOf(data)
		refs[path] = FileRef{Hash: h, Size: int64(len(data))}
		blobs[h] = data
		return nil
	})
}

// RemoveFile deletes one file of the function and records a version.
func (s *Store) RemoveFile(project, fn, path, note string) (Version, error) {
	return s.editFolder(project, fn, "remove "+path, note, func(refs map[string]FileRef, _ map[string][]byte) error {
		if _, ok := refs[path]; !ok {
			return fmt.Errorf("file %q: %w", path, ErrNotFound)
		}
		delete(refs, path)
		return nil
	})
}

// Restore makes version n current again by saving a new version with its
// files (history stays linear; a deleted function comes back).
func (s *Store) Restore(project, fn string, n uint64) (Version, error) {
	var old Version
	return s.editFolder(project, fn, fmt.Sprintf("restore version %d", n), fmt.Sprintf("restore %d", n), func(refs map[string]FileRef, _ map[string][]byte) error {
		clear(refs)
		for p, r := range old.Files {
			refs[p] = r
		}
		return nil
	}, func(fb *bolt.Bucket) error {
		ok, err := getJSON(fb.Bucket(bVersions), string(u64(n)), &old)
		if err == nil && !ok {
			err = fmt.Errorf("version %d of %s/%s: %w", n, project, fn, ErrNotFound)
		}
		return err
	})
}

// editFolder reads the current refs, lets edit change them, and commits
// a version, all in one transaction. pre runs first (inside it).
func (s *Store) editFolder(project, fn, what, note string, edit func(map[string]FileRef, map[string][]byte) error, pre ...func(*bolt.Bucket) error) (Version, error) {
	var v Version
	var changed bool
	err := s.update(what+" in "+project+"/"+fn, func(tx *bolt.Tx) error {
		refs := map[string]FileRef{}
		fb, err := folderBucket(tx, project, fn)
		if err == nil {
			for _, p := range pre {
				if err := p(fb); err != nil {
					return err
				}
			}
			if refs, err = currentRefs(fb); err != nil {
				return err
			}
		} else if len(pre) > 0 {
			return err
		}
		blobs := map[string][]byte{}
		if err := edit(refs, blobs); err != nil {
			return err
		}
		v, changed, err = commitFolder(tx, project, fn, refs, blobs, note)
		return err
	})
	if err == nil && changed {
		err = s.writeThrough(project, fn)
	}
	return v, err
}

func refsOf(fn string, files map[string][]byte) (map[string]FileRef, map[string][]byte, error) {
	if len(files) > MaxSaveFiles {
		return nil, nil, fmt.Errorf("%w: %d files (at most %d)", ErrInvalid, len(files), MaxSaveFiles)
	}
	refs := make(map[string]FileRef, len(files))
	blobs := make(map[string][]byte, len(files))
	var total int64
	for p, data := range files {
		if err := validPath(p); err != nil {
			return nil, nil, err
		}
		if fn == RootFolder && strings.Contains(p, "/") {
			return nil, nil, fmt.Errorf("%w: %q: the root folder holds top-level files only", ErrInvalid, p)
		}
		if len(data) > MaxFileSize {
			return nil, nil, fmt.Errorf("%w: %s is %d bytes (at most %d)", ErrInvalid, p, len(data), MaxFileSize)
		}
		total += int64(len(data))
		h := hashOf(data)
		refs[p] = FileRef{Hash: h, Size: int64(len(data))}
		blobs[h] = data
	}
	if total > MaxSaveSize {
		return nil, nil, fmt.Errorf("%w: %d bytes in one save (at most %d)", ErrInvalid, total, MaxSaveSize)
	}
	return refs, blobs, nil
}

func currentRefs(fb *bolt.Bucket) (map[string]FileRef, error) {
	refs := map[string]FileRef{}
	err := fb.Bucket(bFiles).ForEach(func(k, v []byte) error {
		var fi FileInfo
		if err := json.Unmarshal(v, &fi); err != nil {
			return fmt.Errorf("decode file %s: %w", k, err)
		}
		refs[string(k)] = FileRef{Hash: fi.Hash, Size: fi.Size}
		return nil
	})
	return refs, err
}

// commitFolder records refs as the folder's new version. blobs holds the
// contents of new hashes; every other hash must already be stored.
func commitFolder(tx *bolt.Tx, project, fn string, refs map[string]FileRef, blobs map[string][]byte, note string) (Version, bool, error) {
	pb, err := projectBucket(tx, project)
	if err != nil {
		return Version{}, false, err
	}
	fb, err := pb.Bucket(bFolders).CreateBucketIfNotExists([]byte(fn))
	if err != nil {
		return Version{}, false, err
	}
	for _, sub := range [][]byte{bFiles, bVersions, bBlobs} {
		if _, err := fb.CreateBucketIfNotExists(sub); err != nil {
			return Version{}, false, err
		}
	}
	now := time.Now().UTC()
	var info Function
	found, err := getJSON(fb, string(kInfo), &info)
	if err != nil {
		return Version{}, false, err
	}
	if !found {
		info = Function{Name: fn, Created: now}
	}
	cur, err := currentRefs(fb)
	if err != nil {
		return Version{}, false, err
	}
	if found && !info.Deleted && sameRefs(cur, refs) {
		var head Version
		_, err := getJSON(fb.Bucket(bVersions), string(u64(info.Head)), &head)
		return head, false, err
	}
	bb := fb.Bucket(bBlobs)
	for p, r := range refs {
		if bb.Get([]byte(r.Hash)) != nil {
			continue
		}
		data, ok := blobs[r.Hash]
		if !ok {
			return Version{}, false, fmt.Errorf("file %s: content %s is missing", p, r.Hash[:12])
		}
		if err := bb.Put([]byte(r.Hash), data); err != nil {
			return Version{}, false, err
		}
	}
	n, err := fb.Bucket(bVersions).NextSequence()
	if err != nil {
		return Version{}, false, err
	}
	v := Version{N: n, Time: now, Note: note, Files: refs}
	if err := putJSON(fb.Bucket(bVersions), string(u64(n)), v); err != nil {
		return Version{}, false, err
	}
	files := fb.Bucket(bFiles)
	for p := range cur {
		if _, ok := refs[p]; !ok {
			if err := files.Delete([]byte(p)); err != nil {
				return Version{}, false, err
			}
		}
	}
	for p, r := range refs {
		if old, ok := cur[p]; ok && old == r {
			continue // keeps its ModTime
		}
		if err := putJSON(files, p, FileInfo{Path: p, Size: r.Size, Hash: r.Hash, ModTime: now}); err != nil {
			return Version{}, false, err
		}
	}
	info.Head, info.Updated, info.Deleted = n, now, false
	return v, true, putJSON(fb, string(kInfo), info)
}

func sameRefs(a, b map[string]FileRef) bool {
	if len(a) != len(b) {
		return false
	}
	for p, r := range a {
		if b[p] != r {
			return false
		}
	}
	return true
}

// DeleteFunction removes the function from the project's current set.
// Its versions are kept: Restore brings it back. In a linked project the
// files the store knew are removed from the folder on disk.
func (s *Store) DeleteFunction(project, fn string) error {
	gone, err := s.deleteFunction(project, fn)
	if err == nil {
		err = s.removeFromDisk(project, fn, gone)
	}
	return err
}

// deleteFunction tombstones a folder in the store and returns the paths
// it had.
func (s *Store) deleteFunction(project, fn string) ([]string, error) {
	var gone []string
	err := s.update("delete "+project+"/"+fn, func(tx *bolt.Tx) error {
		fb, err := folderBucket(tx, project, fn)
		if err != nil {
			return err
		}
		var info Function
		if _, err := getJSON(fb, string(kInfo), &info); err != nil {
			return err
		}
		if info.Deleted {
			return fmt.Errorf("function %q: %w", fn, ErrNotFound)
		}
		refs, err := currentRefs(fb)
		if err != nil {
			return err
		}
		for p := range refs {
			gone = append(gone, p)
		}
		if err := fb.DeleteBucket(bFiles); err != nil {
			return err
		}
		if _, err := fb.CreateBucket(bFiles); err != nil {
			return err
		}
		info.Deleted, info.Updated = true, time.Now().UTC()
		return putJSON(fb, string(kInfo), info)
	})
	return gone, err
}

// FunctionConfig is what SetFunctionConfig changes.
type FunctionConfig struct {
	VerifyJWT *bool
	Limits    *limits.Limits
}

// SetFunctionConfig sets verify_jwt and limits/policy (nil: default).
func (s *Store) SetFunctionConfig(project, fn string, c FunctionConfig) error {
	return s.update("configure "+project+"/"+fn, func(tx *bolt.Tx) error {
		fb, err := folderBucket(tx, project, fn)
		if err != nil {
			return err
		}
		var info Function
		if _, err := getJSON(fb, string(kInfo), &info); err != nil {
			return err
		}
		info.VerifyJWT, info.Limits, info.Updated = c.VerifyJWT, c.Limits, time.Now().UTC()
		return putJSON(fb, string(kInfo), info)
	})
}

// Functions lists the project's folders that are not deleted (runnable
// functions and shared folders such as _shared and RootFolder).
func (s *Store) Functions(project string) ([]Function, error) {
	var out []Function
	err := s.view("list functions of "+project, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		folders := pb.Bucket(bFolders)
		return folders.ForEachBucket(func(k []byte) error {
			f, err := readFunction(folders.Bucket(k))
			if err != nil || f.Deleted {
				return err
			}
			out = append(out, f)
			return nil
		})
	})
	return out, err
}

// Function returns one folder's record (ErrNotFound when deleted).
func (s *Store) Function(project, fn string) (Function, error) {
	var f Function
	err := s.view("read "+project+"/"+fn, func(tx *bolt.Tx) error {
		fb, err := folderBucket(tx, project, fn)
		if err != nil {
			return err
		}
		if f, err = readFunction(fb); err == nil && f.Deleted {
			err = fmt.Errorf("function %q in project %q: %w (deleted; Restore brings it back)", fn, project, ErrNotFound)
		}
		return err
	})
	return f, err
}

func readFunction(fb *bolt.Bucket) (Function, error) {
	var f Function
	if _, err := getJSON(fb, string(kInfo), &f); err != nil {
		return f, err
	}
	files := fb.Bucket(bFiles)
	f.Runnable = !f.Deleted && isFunction(f.Name, func(p string) bool { return files.Get([]byte(p)) != nil })
	return f, nil
}

// Files lists the function's current files by path.
func (s *Store) Files(project, fn string) ([]FileInfo, error) {
	return listFolder[FileInfo](s, "files", project, fn, bFiles, func(k []byte) string { return string(k) })
}

// ReadFile returns a current file's contents and info.
func (s *Store) ReadFile(project, fn, path string) ([]byte, FileInfo, error) {
	var data []byte
	var fi FileInfo
	err := s.view("read "+project+"/"+fn+"/"+path, func(tx *bolt.Tx) error {
		fb, err := folderBucket(tx, project, fn)
		if err != nil {
			return err
		}
		ok, err := getJSON(fb.Bucket(bFiles), path, &fi)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("file %q: %w", path, ErrNotFound)
		}
		b := fb.Bucket(bBlobs).Get([]byte(fi.Hash))
		if b == nil {
			return fmt.Errorf("file %q: content %s is missing from the store", path, fi.Hash)
		}
		data = bytes.Clone(b)
		return nil
	})
	return data, fi, err
}

// Stat returns a current file's info, or dir=true when path is a folder
// holding files ("." is the function folder itself).
func (s *Store) Stat(project, fn, path string) (fi FileInfo, dir bool, err error) {
	err = s.view("stat "+project+"/"+fn+"/"+path, func(tx *bolt.Tx) error {
		fb, err := folderBucket(tx, project, fn)
		if err != nil {
			return err
		}
		if path == "." {
			var info Function
			_, err := getJSON(fb, string(kInfo), &info)
			fi, dir = FileInfo{Path: ".", ModTime: info.Updated}, true
			return err
		}
		files := fb.Bucket(bFiles)
		if ok, err := getJSON(files, path, &fi); ok || err != nil {
			return err
		}
		pre := []byte(path + "/")
		if k, _ := files.Cursor().Seek(pre); k != nil && hasPrefix(k, pre) {
			fi, dir = FileInfo{Path: path}, true
			return nil
		}
		return fmt.Errorf("file %q: %w", path, ErrNotFound)
	})
	return fi, dir, err
}

// Versions lists the function's versions, oldest first.
func (s *Store) Versions(project, fn string) ([]Version, error) {
	return listFolder[Version](s, "versions", project, fn, bVersions, func(k []byte) string { return fmt.Sprint(getU64(k)) })
}

// listFolder decodes every JSON record of one sub-bucket of a function's
// folder, in key order; name turns a key into words for errors.
func listFolder[T any](s *Store, what, project, fn string, sub []byte, name func([]byte) string) ([]T, error) {
	var out []T
	err := s.view("list "+what+" of "+project+"/"+fn, func(tx *bolt.Tx) error {
		fb, err := folderBucket(tx, project, fn)
		if err != nil {
			return err
		}
		return fb.Bucket(sub).ForEach(func(k, v []byte) error {
			var x T
			if err := json.Unmarshal(v, &x); err != nil {
				return fmt.Errorf("decode %s %s: %w", what, name(k), err)
			}
			out = append(out, x)
			return nil
		})
	})
	return out, err
}

// VersionFiles returns the contents of version n's files.
func (s *Store) VersionFiles(project, fn string, n uint64) (map[string][]byte, error) {
	out := map[string][]byte{}
	err := s.view(fmt.Sprintf("read version %d of %s/%s", n, project, fn), func(tx *bolt.Tx) error {
		fb, err := folderBucket(tx, project, fn)
		if err != nil {
			return err
		}
		var v Version
		ok, err := getJSON(fb.Bucket(bVersions), string(u64(n)), &v)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("version %d: %w", n, ErrNotFound)
		}
		for p, r := range v.Files {
			b := fb.Bucket(bBlobs).Get([]byte(r.Hash))
			if b == nil {
				return fmt.Errorf("file %s of version %d: content is missing", p, n)
			}
			out[p] = bytes.Clone(b)
		}
		return nil
	})
	return out, err
}

// currentFiles returns every current file's contents of a folder.
func (s *Store) currentFiles(project, fn string) (map[string][]byte, error) {
	f, err := s.Function(project, fn)
	if err != nil {
		return nil, err
	}
	return s.VersionFiles(project, fn, f.Head)
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
