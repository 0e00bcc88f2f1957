package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	"github.com/edgeplay/edgeplay/engine/supa"
)

// FileMeta is Meta as JSON files, the default when Config.Meta is nil:
// Dir/buckets/<id>.json per bucket and Dir/meta/<bucket>/<key>.json per
// object (so a 10,000-file upload is 10,000 small atomic writes, not one
// growing index). Each file is replaced atomically (temp file + rename)
// but not fsync'd, and a move is two steps: a crash between them leaves
// the object under both names, never under neither. Every path goes
// through os.Root, so no name can reach outside Dir.
type FileMeta struct {
	meta    *os.Root // <bucket>/<key>.json
	buckets *os.Root // <id>.json
}

var _ Meta = (*FileMeta)(nil)

// NewFileMeta opens (creating) dir/meta and dir/buckets.
func NewFileMeta(dir string) (*FileMeta, error) {
	m := &FileMeta{}
	for name, dst := range map[string]**os.Root{"meta": &m.meta, "buckets": &m.buckets} {
		sub := filepath.Join(dir, name)
		if err := os.MkdirAll(sub, 0o755); err != nil {
			return nil, fmt.Errorf("storage metadata: %w", err)
		}
		r, err := os.OpenRoot(sub)
		if err != nil {
			return nil, fmt.Errorf("storage metadata: %w", err)
		}
		*dst = r
	}
	return m, nil
}

// Close releases the folders' handles.
func (m *FileMeta) Close() error {
	return errors.Join(m.meta.Close(), m.buckets.Close())
}

// Bucket reads buckets/<id>.json.
func (m *FileMeta) Bucket(id string) (*Bucket, error) {
	data, err := m.buckets.ReadFile(id + ".json")
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("bucket %q: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read bucket %q: %w", id, err)
	}
	var b Bucket
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("bucket %s metadata: %w", id, err)
	}
	return &b, nil
}

// Buckets reads every buckets/*.json, skipping files that do not decode.
func (m *FileMeta) Buckets() ([]*Bucket, error) {
	entries, err := fs.ReadDir(m.buckets.FS(), ".")
	if err != nil {
		return nil, fmt.Errorf("list buckets: %w", err)
	}
	out := []*Bucket{}
	for _, e := range entries { // ReadDir sorts by file name, i.e. by id
		if id, ok := strings.CutSuffix(e.Name(), ".json"); ok && !e.IsDir() {
			if b, err := m.Bucket(id); err == nil {
				out = append(out, b)
			}
		}
	}
	return out, nil
}

// PutBucket writes buckets/<id>.json.
func (m *FileMeta) PutBucket(b *Bucket) error {
	data, err := json.Marshal(b)
	if err != nil {
		return fmt.Errorf("encode bucket %s: %w", b.ID, err)
	}
	if err := writeAtomic(m.buckets, b.ID+".json", data); err != nil {
		return fmt.Errorf("save bucket %s: %w", b.ID, err)
	}
	return nil
}

// DeleteBucket removes meta/<id>/ and then buckets/<id>.json.
func (m *FileMeta) DeleteBucket(id string) error {
	if err := m.meta.RemoveAll(id); err != nil {
		return fmt.Errorf("delete bucket %s: %w", id, err)
	}
	if err := m.buckets.Remove(id + ".json"); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("delete bucket %s: %w", id, err)
	}
	return nil
}

func metaName(bucket, key string) string { return bucket + "/" + key + ".json" }

// Object reads meta/<bucket>/<key>.json.
func (m *FileMeta) Object(bucket, key string) (*Object, error) {
	data, err := m.meta.ReadFile(metaName(bucket, key))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("object %s/%s: %w", bucket, key, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read object %s/%s: %w", bucket, key, err)
	}
	var o Object
	if err := json.Unmarshal(data, &o); err != nil {
		return nil, fmt.Errorf("object %s/%s metadata: %w", bucket, key, err)
	}
	return &o, nil
}

// PutObject writes meta/<bucket>/<key>.json, creating its folders.
func (m *FileMeta) PutObject(o *Object) error {
	data, err := json.Marshal(o)
	if err != nil {
		return fmt.Errorf("encode object %s/%s: %w", o.Bucket, o.Name, err)
	}
	name := metaName(o.Bucket, o.Name)
	if err := m.meta.MkdirAll(path.Dir(name), 0o755); err != nil {
		return fmt.Errorf("save object %s/%s: %w", o.Bucket, o.Name, err)
	}
	if err := writeAtomic(m.meta, name, data); err != nil {
		return fmt.Errorf("save object %s/%s: %w", o.Bucket, o.Name, err)
	}
	return nil
}

// DeleteObject removes meta/<bucket>/<key>.json (empty folders stay; the
// listing never shows a folder without objects).
func (m *FileMeta) DeleteObject(bucket, key string) error {
	if err := m.meta.Remove(metaName(bucket, key)); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("delete object %s/%s: %w", bucket, key, err)
	}
	return nil
}

// Objects walks the folder that holds prefix's keys, sorts the names (a
// directory walk is not key order: "a.txt" < "a/b" but the folder "a"
// sorts first) and reads each file, skipping files that do not decode
// (a foreign or damaged file must not break the listing).
func (m *FileMeta) Objects(bucket, prefix string, fn func(o *Object) error) error {
	root := bucket
	if i := strings.LastIndex(prefix, "/"); i >= 0 {
		root += "/" + prefix[:i]
	}
	var keys []string
	err := fs.WalkDir(m.meta.FS(), root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root && (errors.Is(err, fs.ErrNotExist) || errors.Is(err, syscall.ENOTDIR)) {
				return fs.SkipAll // no such folder: no objects
			}
			return err
		}
		if d.IsDir() {
			return nil
		}
		if p == root {
			return fs.SkipAll // a file where the folder would be
		}
		key, ok := strings.CutSuffix(strings.TrimPrefix(p, bucket+"/"), ".json")
		if ok && strings.HasPrefix(key, prefix) {
			keys = append(keys, key)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("list %s/%s: %w", bucket, prefix, err)
	}
	sort.Strings(keys)
	for _, key := range keys {
		o, err := m.Object(bucket, key)
		if err != nil {
			continue
		}
		if err := fn(o); err != nil {
			return fmt.Errorf("list %s/%s: %w", bucket, prefix, err)
		}
	}
	return nil
}

// MoveObject writes the new file, then removes the old one.
func (m *FileMeta) MoveObject(fromBucket, fromKey string, o *Object) error {
	if err := m.PutObject(o); err != nil {
		return err
	}
	if fromBucket == o.Bucket && fromKey == o.Name {
		return nil
	}
	return m.DeleteObject(fromBucket, fromKey)
}

// EmptyBucket removes meta/<bucket>/.
func (m *FileMeta) EmptyBucket(bucket string) error {
	if err := m.meta.RemoveAll(bucket); err != nil {
		return fmt.Errorf("empty bucket %s: %w", bucket, err)
	}
	return nil
}

// writeAtomic replaces name with data (temp file + rename).
func writeAtomic(root *os.Root, name string, data []byte) error {
	tmp := name + ".tmp-" + supa.NewUUID()
	f, err := root.OpenFile(tmp, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		root.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		root.Remove(tmp)
		return err
	}
	return root.Rename(tmp, name)
}
