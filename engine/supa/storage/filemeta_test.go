package storage_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/edgeplay/edgeplay/engine/jwt"
	"github.com/edgeplay/edgeplay/engine/supa/storage"
	"github.com/edgeplay/edgeplay/engine/supa/storage/metatest"
)

func TestFileMetaConformance(t *testing.T) {
	metatest.Run(t, func(t *testing.T) (storage.Meta, func() storage.Meta) {
		dir := t.TempDir()
		open := func() *storage.FileMeta {
			m, err := storage.NewFileMeta(dir)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { m.Close() })
			return m
		}
		m := open()
		return m, func() storage.Meta {
			m.Close()
			return open()
		}
	})
}

// TestFileMetaReadsExistingDataDir: a data folder written before Meta
// existed (JSON files under buckets/ and meta/) is served as it was.
func TestFileMetaReadsExistingDataDir(t *testing.T) {
	dir := t.TempDir()
	at := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	files := map[string]any{
		"buckets/docs.json": storage.Bucket{ID: "docs", Name: "docs", CreatedAt: at, UpdatedAt: at},
		"meta/docs/a/b.txt.json": storage.Object{ID: "obj-1", Bucket: "docs", Name: "a/b.txt", Size: 5,
			ContentType: "text/plain", CacheControl: "3600", ETag: `"x"`, CreatedAt: at, UpdatedAt: at},
		"meta/docs/top.txt.json": storage.Object{ID: "obj-2", Bucket: "docs", Name: "top.txt", Size: 3,
			ContentType: "text/plain", CacheControl: "3600", ETag: `"y"`, CreatedAt: at, UpdatedAt: at},
		"objects/docs/a/b.txt": "hello",
		"objects/docs/top.txt": "top",
	}
	for name, v := range files {
		data, ok := v.(string)
		if !ok {
			b, _ := json.Marshal(v)
			data = string(b)
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	svc, err := storage.New(storage.Config{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(svc)
	defer srv.Close()
	do := func(method, path, body string) (int, string) {
		req, _ := http.NewRequest(method, srv.URL+"/storage/v1"+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+jwt.LocalServiceKey)
		req.Header.Set("Content-Type", "application/json")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	cases := []struct {
		name, method, path, body string
		status                   int
		contains                 string
	}{
		{"bucket", "GET", "/bucket/docs", "", 200, `"id":"docs"`},
		{"download", "GET", "/object/docs/a/b.txt", "", 200, "hello"},
		{"list root", "POST", "/object/list/docs", `{"prefix":""}`, 200, `[{"name":"a","id":null`},
		{"list folder", "POST", "/object/list/docs", `{"prefix":"a"}`, 200, `"id":"obj-1"`},
		{"upload next to old files", "POST", "/object/docs/a/c.txt", "new", 200, `"Key":"docs/a/c.txt"`},
		{"move", "POST", "/object/move", `{"bucketId":"docs","sourceKey":"top.txt","destinationKey":"a/top.txt"}`, 200, "Successfully moved"},
		{"moved", "GET", "/object/docs/a/top.txt", "", 200, "top"},
		{"source gone", "GET", "/object/docs/top.txt", "", 404, "Object not found"},
	}
	for _, tc := range cases {
		status, body := do(tc.method, tc.path, tc.body)
		if status != tc.status || !strings.Contains(body, tc.contains) {
			t.Fatalf("%s: %d %s, want %d with %s", tc.name, status, body, tc.status, tc.contains)
		}
	}
	// the layout is unchanged: new metadata lands where old metadata was
	for _, name := range []string{"meta/docs/a/c.txt.json", "meta/docs/a/top.txt.json", "objects/docs/a/top.txt"} {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "meta", "docs", "top.txt.json")); !os.IsNotExist(err) {
		t.Errorf("the moved object's old metadata file is still there (%v)", err)
	}
}
