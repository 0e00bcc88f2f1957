package supastore

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/edgeplay/edgeplay/engine/jwt"
	"github.com/edgeplay/edgeplay/engine/supa/storage"
	"github.com/edgeplay/edgeplay/engine/supa/storage/metatest"
	"github.com/edgeplay/edgeplay/store"
)

func TestStorageMetaConformance(t *testing.T) {
	metatest.Run(t, func(t *testing.T) (storage.Meta, func() storage.Meta) {
		dir := t.TempDir()
		st := openStore(t, dir)
		m, err := NewStorageMeta(st)
		if err != nil {
			t.Fatal(err)
		}
		return m, func() storage.Meta {
			if err := st.Close(); err != nil {
				t.Fatal(err)
			}
			st = openStore(t, dir)
			m, err := NewStorageMeta(st)
			if err != nil {
				t.Fatal(err)
			}
			return m
		}
	})
}

func TestStorageMetaRefusesBadNames(t *testing.T) {
	m, err := NewStorageMeta(openStore(t, t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		call func() error
	}{
		{"bucket with a slash", func() error { return m.PutBucket(&storage.Bucket{ID: "a/b"}) }},
		{"empty bucket id", func() error { return m.PutBucket(&storage.Bucket{}) }},
		{"object in a slashed bucket", func() error { return m.PutObject(&storage.Object{Bucket: "a/b", Name: "x"}) }},
		{"object without a name", func() error { return m.PutObject(&storage.Object{Bucket: "a"}) }},
		{"list a slashed bucket", func() error { return m.Objects("a/b", "", func(*storage.Object) error { return nil }) }},
	}
	for _, tc := range cases {
		if err := tc.call(); !errors.Is(err, errBadName) {
			t.Errorf("%s: %v, want errBadName", tc.name, err)
		}
	}
}

// storageClient talks to a storage.Service over HTTP with the service key.
type storageClient struct {
	t   *testing.T
	url string
}

func (c storageClient) do(method, path, contentType string, body []byte) (int, []byte) {
	c.t.Helper()
	req, err := http.NewRequest(method, c.url+"/storage/v1"+path, bytes.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	req.Header.Set("Authorization", "Bearer "+jwt.LocalServiceKey)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, out
}

func startStorage(t *testing.T, dataDir string, meta storage.Meta) (storageClient, func()) {
	t.Helper()
	svc, err := storage.New(storage.Config{Dir: dataDir, Meta: meta})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(svc)
	return storageClient{t, srv.URL}, srv.Close
}

// TestStorageOverBolt: the Storage service with its metadata in the store
// uploads, lists, downloads, moves and removes over HTTP, and after the
// store is closed and reopened the metadata (and the service) carry on.
func TestStorageOverBolt(t *testing.T) {
	dbDir, dataDir := t.TempDir(), t.TempDir()
	st := openStore(t, dbDir)
	meta, err := NewStorageMeta(st)
	if err != nil {
		t.Fatal(err)
	}
	c, stop := startStorage(t, dataDir, meta)
	const js = "application/json"
	steps := []struct {
		name, method, path, contentType, body string
		status                                int
		want                                  string // substring of the response
	}{
		{"create bucket", "POST", "/bucket", js, `{"id":"docs"}`, 200, `"name":"docs"`},
		{"upload a/one.txt", "POST", "/object/docs/a/one.txt", "text/plain", "first file", 200, `"Key":"docs/a/one.txt"`},
		{"upload two.txt", "POST", "/object/docs/two.txt", "text/plain", "second", 200, `"Key":"docs/two.txt"`},
		{"upload a.txt", "POST", "/object/docs/a.txt", "text/plain", "third", 200, `"Key":"docs/a.txt"`},
		{"no overwrite without upsert", "POST", "/object/docs/two.txt", "text/plain", "again", 409, `"Duplicate"`},
		{"list root: folder a first", "POST", "/object/list/docs", js, `{"prefix":""}`, 200, `[{"name":"a","id":null`},
		{"list folder a", "POST", "/object/list/docs", js, `{"prefix":"a/"}`, 200, `"name":"one.txt"`},
		{"list with limit and offset", "POST", "/object/list/docs", js, `{"prefix":"","limit":1,"offset":2}`, 200, `[{"name":"two.txt"`},
		{"download", "GET", "/object/docs/a/one.txt", "", "", 200, "first file"},
		{"move", "POST", "/object/move", js, `{"bucketId":"docs","sourceKey":"a/one.txt","destinationKey":"b/moved.txt"}`, 200, "Successfully moved"},
		{"moved source gone", "GET", "/object/docs/a/one.txt", "", "", 404, "Object not found"},
		{"moved download", "GET", "/object/docs/b/moved.txt", "", "", 200, "first file"},
		{"remove", "DELETE", "/object/docs", js, `{"prefixes":["two.txt","nope.txt"]}`, 200, `"name":"two.txt"`},
		{"removed gone", "GET", "/object/docs/two.txt", "", "", 404, "Object not found"},
		{"folder a gone once empty", "POST", "/object/list/docs", js, `{"prefix":""}`, 200, `[{"name":"a.txt"`},
		{"non-empty bucket kept", "DELETE", "/bucket/docs", "", "", 409, "not empty"},
	}
	for _, s := range steps {
		status, body := c.do(s.method, s.path, s.contentType, []byte(s.body))
		if status != s.status || !strings.Contains(string(body), s.want) {
			t.Fatalf("%s: %d %s, want %d with %s", s.name, status, body, s.status, s.want)
		}
	}
	stop()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st = openStore(t, dbDir)
	meta, err = NewStorageMeta(st)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := meta.Bucket("docs"); err != nil {
		t.Fatalf("bucket lost across reopen: %v", err)
	}
	var names []string
	if err := meta.Objects("docs", "", func(o *storage.Object) error {
		names = append(names, o.Name)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(names, ",") != "a.txt,b/moved.txt" {
		t.Fatalf("objects after reopen: %v", names)
	}
	moved, err := meta.Object("docs", "b/moved.txt")
	if err != nil || moved.Size != int64(len("first file")) || moved.ContentType != "text/plain" || moved.ETag == "" {
		t.Fatalf("moved object after reopen: %+v %v", moved, err)
	}
	for _, gone := range []string{"a/one.txt", "two.txt"} {
		if _, err := meta.Object("docs", gone); !errors.Is(err, storage.ErrNotFound) {
			t.Errorf("%s after reopen: %v, want not found", gone, err)
		}
	}
	// the raw record is the Object JSON under "<bucket>/<name>"
	kv, _ := st.KV("storage.objects")
	raw, ok, err := kv.Get("docs/b/moved.txt")
	var o storage.Object
	if err != nil || !ok || json.Unmarshal(raw, &o) != nil || o.Name != "b/moved.txt" || o.Bucket != "docs" {
		t.Fatalf("raw record %q %v %v", raw, ok, err)
	}

	// a service over the reopened store serves the bytes still on disk
	c, stop = startStorage(t, dataDir, meta)
	defer stop()
	if status, body := c.do("GET", "/object/docs/b/moved.txt", "", nil); status != 200 || string(body) != "first file" {
		t.Fatalf("download after reopen: %d %q", status, body)
	}
	if status, body := c.do("POST", "/bucket/docs/empty", "", nil); status != 200 {
		t.Fatalf("empty after reopen: %d %s", status, body)
	}
	if status, body := c.do("DELETE", "/bucket/docs", "", nil); status != 200 {
		t.Fatalf("delete after reopen: %d %s", status, body)
	}
	if n := countKeys(t, st, "storage.objects") + countKeys(t, st, "storage.buckets"); n != 0 {
		t.Fatalf("%d metadata records left after deleting the bucket", n)
	}
}

func countKeys(t *testing.T, st *store.Store, bucket string) int {
	t.Helper()
	kv, err := st.KV(bucket)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	if err := kv.Scan("", func(string, []byte) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	return n
}
