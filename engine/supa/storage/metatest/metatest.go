// Package metatest is the conformance suite for storage.Meta: every
// implementation (storage.FileMeta, the bbolt store's adapter in
// store/supastore) runs the same scenarios, so the Storage service
// behaves the same whichever keeps its metadata. It is the
// fstest.TestFS of storage.Meta: imported by tests only.
package metatest

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/edgeplay/edgeplay/engine/supa/storage"
)

// Opener returns a fresh, empty Meta, and reopen, which closes it and
// opens the same data again (as after a restart) — the old Meta is not
// used after reopen.
type Opener func(t *testing.T) (m storage.Meta, reopen func() storage.Meta)

// scenario is one conformance case; each runs on a fresh Meta.
type scenario struct {
	name string
	run  func(t *testing.T, m storage.Meta, reopen func() storage.Meta)
}

// Run runs every scenario against open's implementation.
func Run(t *testing.T, open Opener) {
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			m, reopen := open(t)
			sc.run(t, m, reopen)
		})
	}
}

var scenarios = []scenario{
	{"buckets CRUD", bucketsCRUD},
	{"object put get delete", objectsCRUD},
	{"prefix listing in key order", listing},
	{"move and copy", moveAndCopy},
	{"empty and delete bucket", emptyAndDelete},
	{"survives reopen", reopenKeepsEverything},
}

var t0 = time.Date(2025, 3, 4, 5, 6, 7, 8000, time.UTC)

func bucket(id string, public bool) *storage.Bucket {
	limit := int64(1 << 20)
	return &storage.Bucket{ID: id, Name: id, Public: public, FileSizeLimit: &limit,
		AllowedMimeTypes: []string{"image/*"}, CreatedAt: t0, UpdatedAt: t0}
}

func object(bucket, name string) *storage.Object {
	return &storage.Object{ID: "id-" + bucket + "/" + name, Bucket: bucket, Name: name, Size: int64(len(name)),
		ContentType: "text/plain", CacheControl: "3600", ETag: `"etag"`,
		UserMetadata: map[string]any{"by": "metatest"}, CreatedAt: t0, UpdatedAt: t0.Add(time.Second)}
}

// same compares through JSON, the form both implementations store.
func same(t *testing.T, what string, got, want any) {
	t.Helper()
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	if string(g) != string(w) {
		t.Fatalf("%s:\n got %s\nwant %s", what, g, w)
	}
}

func mustNotFound(t *testing.T, what string, err error) {
	t.Helper()
	if !errors.Is(err, storage.ErrNotFound) {
		t.Fatalf("%s: error %v, want one wrapping storage.ErrNotFound", what, err)
	}
}

func must(t *testing.T, what string, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// names lists bucket's objects under prefix, in the order Objects gives.
func names(t *testing.T, m storage.Meta, bucket, prefix string) []string {
	t.Helper()
	out := []string{}
	must(t, "list "+bucket+"/"+prefix, m.Objects(bucket, prefix, func(o *storage.Object) error {
		if o.Bucket != bucket {
			t.Errorf("listing %s returned %s/%s", bucket, o.Bucket, o.Name)
		}
		out = append(out, o.Name)
		return nil
	}))
	return out
}

func bucketIDs(t *testing.T, m storage.Meta) []string {
	t.Helper()
	bs, err := m.Buckets()
	must(t, "list buckets", err)
	ids := []string{}
	for _, b := range bs {
		ids = append(ids, b.ID)
	}
	return ids
}

func bucketsCRUD(t *testing.T, m storage.Meta, _ func() storage.Meta) {
	_, err := m.Bucket("docs")
	mustNotFound(t, "missing bucket", err)
	same(t, "no buckets", bucketIDs(t, m), []string{})
	for _, id := range []string{"zeta", "docs", "alpha"} {
		must(t, "put "+id, m.PutBucket(bucket(id, false)))
	}
	got, err := m.Bucket("docs")
	must(t, "get docs", err)
	same(t, "docs", got, bucket("docs", false))
	same(t, "bucket order", bucketIDs(t, m), []string{"alpha", "docs", "zeta"})

	updated := bucket("docs", true)
	updated.FileSizeLimit, updated.AllowedMimeTypes = nil, nil
	updated.UpdatedAt = t0.Add(time.Hour)
	must(t, "replace docs", m.PutBucket(updated))
	got, err = m.Bucket("docs")
	must(t, "get replaced docs", err)
	same(t, "replaced docs", got, updated)

	must(t, "delete docs", m.DeleteBucket("docs"))
	_, err = m.Bucket("docs")
	mustNotFound(t, "deleted bucket", err)
	must(t, "delete a missing bucket", m.DeleteBucket("docs"))
	same(t, "buckets after delete", bucketIDs(t, m), []string{"alpha", "zeta"})
}

func objectsCRUD(t *testing.T, m storage.Meta, _ func() storage.Meta) {
	must(t, "put bucket", m.PutBucket(bucket("b", false)))
	_, err := m.Object("b", "a/x.txt")
	mustNotFound(t, "missing object", err)
	cases := []string{"x.txt", "a/x.txt", "a/b/c/deep.bin", "spaces and ünïcode.txt", "a.json"}
	for _, name := range cases {
		must(t, "put "+name, m.PutObject(object("b", name)))
	}
	for _, name := range cases {
		got, err := m.Object("b", name)
		must(t, "get "+name, err)
		same(t, name, got, object("b", name))
	}
	// the same name in a bucket whose id starts alike is another object
	_, err = m.Object("bb", "x.txt")
	mustNotFound(t, "other bucket", err)

	replaced := object("b", "x.txt")
	replaced.Size, replaced.ETag = 99, `"v2"`
	must(t, "replace x.txt", m.PutObject(replaced))
	got, err := m.Object("b", "x.txt")
	must(t, "get replaced", err)
	same(t, "replaced x.txt", got, replaced)

	must(t, "delete a/x.txt", m.DeleteObject("b", "a/x.txt"))
	_, err = m.Object("b", "a/x.txt")
	mustNotFound(t, "deleted object", err)
	must(t, "delete a missing object", m.DeleteObject("b", "a/x.txt"))
	if _, err := m.Object("b", "a/b/c/deep.bin"); err != nil {
		t.Fatalf("a sibling folder's object went with the delete: %v", err)
	}
}

func listing(t *testing.T, m storage.Meta, _ func() storage.Meta) {
	for _, id := range []string{"a", "ab"} {
		must(t, "put bucket "+id, m.PutBucket(bucket(id, false)))
	}
	// put in scrambled order; "a" < "a.txt" < "a/b" bytewise, though a
	// directory walk would visit the folder "a" before the file "a.txt"
	for _, name := range []string{"z/y", "b", "a/c/d", "ab", "a/b", "a.txt", "a", "a-b", "B"} {
		must(t, "put "+name, m.PutObject(object("a", name)))
	}
	must(t, "put ab/x", m.PutObject(object("ab", "x")))
	cases := []struct {
		prefix string
		want   []string
	}{
		{"", []string{"B", "a", "a-b", "a.txt", "a/b", "a/c/d", "ab", "b", "z/y"}},
		{"a", []string{"a", "a-b", "a.txt", "a/b", "a/c/d", "ab"}},
		{"a/", []string{"a/b", "a/c/d"}},
		{"a/c/", []string{"a/c/d"}},
		{"a/c/d", []string{"a/c/d"}},
		{"z/", []string{"z/y"}},
		{"nope/", []string{}},
		{"a.txt/", []string{}},
		{"b/", []string{}},
	}
	for _, tc := range cases {
		same(t, "prefix "+tc.prefix, names(t, m, "a", tc.prefix), tc.want)
	}
	same(t, "bucket ab", names(t, m, "ab", ""), []string{"x"})
	same(t, "missing bucket", names(t, m, "nobucket", ""), []string{})

	stop := errors.New("stop here")
	var seen []string
	err := m.Objects("a", "", func(o *storage.Object) error {
		seen = append(seen, o.Name)
		if len(seen) == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || !slices.Equal(seen, []string{"B", "a"}) {
		t.Fatalf("stopping a walk: err %v after %v", err, seen)
	}
}

func moveAndCopy(t *testing.T, m storage.Meta, _ func() storage.Meta) {
	for _, id := range []string{"src", "dst"} {
		must(t, "put bucket "+id, m.PutBucket(bucket(id, false)))
	}
	for _, name := range []string{"one.txt", "dir/two.txt", "three.txt"} {
		must(t, "put "+name, m.PutObject(object("src", name)))
	}
	moved := func(from, toBucket, to string) *storage.Object {
		o := object("src", from)
		o.Bucket, o.Name, o.UpdatedAt = toBucket, to, t0.Add(time.Minute)
		return o
	}
	cases := []struct {
		name             string
		from, toB, to    string
		gone             bool // the source is gone afterwards
		wantSrc, wantDst []string
	}{
		{"within a bucket, into a folder", "one.txt", "src", "new/one.txt", true,
			[]string{"dir/two.txt", "new/one.txt", "three.txt"}, []string{}},
		{"across buckets", "dir/two.txt", "dst", "two.txt", true,
			[]string{"new/one.txt", "three.txt"}, []string{"two.txt"}},
		{"onto itself", "three.txt", "src", "three.txt", false,
			[]string{"new/one.txt", "three.txt"}, []string{"two.txt"}},
	}
	for _, tc := range cases {
		o := moved(tc.from, tc.toB, tc.to)
		must(t, tc.name, m.MoveObject("src", tc.from, o))
		got, err := m.Object(tc.toB, tc.to)
		must(t, tc.name+": get destination", err)
		same(t, tc.name+": destination", got, o)
		if _, err := m.Object("src", tc.from); tc.gone {
			mustNotFound(t, tc.name+": source after move", err)
		} else if err != nil {
			t.Fatalf("%s: the object went: %v", tc.name, err)
		}
		same(t, tc.name+": src", names(t, m, "src", ""), tc.wantSrc)
		same(t, tc.name+": dst", names(t, m, "dst", ""), tc.wantDst)
	}
	// copy is a PutObject under the new name: both stay
	c := object("src", "three.txt")
	c.ID, c.Name = "copy-id", "copy/three.txt"
	must(t, "copy", m.PutObject(c))
	same(t, "after copy", names(t, m, "src", ""), []string{"copy/three.txt", "new/one.txt", "three.txt"})
	got, err := m.Object("src", "three.txt")
	must(t, "copy's source", err)
	if got.ID == c.ID {
		t.Fatal("the copy replaced its source")
	}
}

func emptyAndDelete(t *testing.T, m storage.Meta, _ func() storage.Meta) {
	for _, id := range []string{"b", "b2"} {
		must(t, "put bucket "+id, m.PutBucket(bucket(id, false)))
		for _, name := range []string{"x", "f/y", "f/g/z"} {
			must(t, "put "+id+"/"+name, m.PutObject(object(id, name)))
		}
	}
	must(t, "empty b", m.EmptyBucket("b"))
	same(t, "emptied b", names(t, m, "b", ""), []string{})
	if _, err := m.Bucket("b"); err != nil {
		t.Fatalf("emptying removed the bucket: %v", err)
	}
	same(t, "b2 untouched", names(t, m, "b2", ""), []string{"f/g/z", "f/y", "x"})
	must(t, "empty an empty bucket", m.EmptyBucket("b"))

	// DeleteBucket takes leftover object metadata with it, so a bucket
	// created again under the same id starts empty
	must(t, "delete b2", m.DeleteBucket("b2"))
	must(t, "recreate b2", m.PutBucket(bucket("b2", false)))
	same(t, "recreated b2", names(t, m, "b2", ""), []string{})
	_, err := m.Object("b2", "f/y")
	mustNotFound(t, "object of a deleted bucket", err)
}

func reopenKeepsEverything(t *testing.T, m storage.Meta, reopen func() storage.Meta) {
	must(t, "put bucket", m.PutBucket(bucket("keep", true)))
	for _, name := range []string{"a/1", "a/2", "b"} {
		must(t, "put "+name, m.PutObject(object("keep", name)))
	}
	o := object("keep", "moved")
	o.ID = "id-keep/a/2"
	must(t, "move", m.MoveObject("keep", "a/2", o))
	must(t, "delete b", m.DeleteObject("keep", "b"))

	m = reopen()
	got, err := m.Bucket("keep")
	must(t, "bucket after reopen", err)
	same(t, "bucket after reopen", got, bucket("keep", true))
	same(t, "objects after reopen", names(t, m, "keep", ""), []string{"a/1", "moved"})
	gotObj, err := m.Object("keep", "moved")
	must(t, "moved object after reopen", err)
	same(t, "moved object after reopen", gotObj, o)
}
