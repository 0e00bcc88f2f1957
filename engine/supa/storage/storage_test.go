package storage

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/edgeplay/edgeplay/engine/jwt"
)

type client struct {
	t   *testing.T
	url string
}

func (c client) do(method, path string, body io.Reader, header map[string]string) (int, []byte) {
	c.t.Helper()
	req, err := http.NewRequest(method, c.url+"/storage/v1"+path, body)
	if err != nil {
		return 0, []byte("unsendable: " + err.Error())
	}
	req.Header.Set("Authorization", "Bearer "+jwt.LocalServiceKey)
	for k, v := range header {
		if v == "" {
			req.Header.Del(k)
		} else {
			req.Header.Set(k, v)
		}
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, []byte("refused by the client: " + err.Error())
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func (c client) json(method, path string, body any) (int, map[string]any) {
	c.t.Helper()
	b, _ := json.Marshal(body)
	status, out := c.do(method, path, bytes.NewReader(b), map[string]string{"Content-Type": "application/json"})
	m := map[string]any{}
	_ = json.Unmarshal(out, &m)
	return status, m
}

func newService(t *testing.T) client {
	svc, err := New(Config{Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(svc)
	t.Cleanup(srv.Close)
	return client{t, srv.URL}
}

func TestBucketsAndObjects(t *testing.T) {
	c := newService(t)
	if status, out := c.json("POST", "/bucket", map[string]any{"id": "docs", "name": "docs", "public": false}); status != 200 || out["name"] != "docs" {
		t.Fatalf("create bucket %d %v", status, out)
	}
	if status, out := c.json("POST", "/bucket", map[string]any{"id": "docs"}); status != 409 || out["statusCode"] != "409" {
		t.Fatalf("duplicate bucket %d %v", status, out)
	}
	status, _ := c.do("POST", "/object/docs/a/b.txt", strings.NewReader("hello"), map[string]string{"Content-Type": "text/plain"})
	if status != 200 {
		t.Fatalf("upload %d", status)
	}
	if status, _ := c.do("POST", "/object/docs/a/b.txt", strings.NewReader("again"), nil); status != 409 {
		t.Fatalf("second upload without x-upsert: %d", status)
	}
	if status, _ := c.do("POST", "/object/docs/a/b.txt", strings.NewReader("v2!"), map[string]string{"x-upsert": "true", "Content-Type": "text/plain"}); status != 200 {
		t.Fatal("upsert failed")
	}
	if status, body := c.do("GET", "/object/docs/a/b.txt", nil, nil); status != 200 || string(body) != "v2!" {
		t.Fatalf("download %d %q", status, body)
	}
	// multipart, as supabase-js sends Blobs
	var mp bytes.Buffer
	mw := multipart.NewWriter(&mp)
	mw.WriteField("cacheControl", "60")
	fw, _ := mw.CreateFormFile("", "blob")
	fw.Write([]byte("from a form"))
	mw.Close()
	if status, _ := c.do("POST", "/object/docs/form.bin", &mp, map[string]string{"Content-Type": mw.FormDataContentType()}); status != 200 {
		t.Fatal("multipart upload failed")
	}
	if _, body := c.do("GET", "/object/docs/form.bin", nil, nil); string(body) != "from a form" {
		t.Fatalf("multipart content %q", body)
	}
	status, listing := c.do("POST", "/object/list/docs", strings.NewReader(`{"prefix":"","limit":10}`), map[string]string{"Content-Type": "application/json"})
	var items []map[string]any
	json.Unmarshal(listing, &items)
	if status != 200 || len(items) != 2 || items[0]["name"] != "a" || items[0]["id"] != nil || items[1]["name"] != "form.bin" {
		t.Fatalf("list %d %s", status, listing)
	}
	if status, out := c.json("POST", "/object/copy", map[string]any{"bucketId": "docs", "sourceKey": "a/b.txt", "destinationKey": "c.txt"}); status != 200 || out["Key"] != "docs/c.txt" {
		t.Fatalf("copy %d %v", status, out)
	}
	if status, _ := c.json("POST", "/object/move", map[string]any{"bucketId": "docs", "sourceKey": "c.txt", "destinationKey": "d/e.txt"}); status != 200 {
		t.Fatal("move failed")
	}
	if status, _ := c.do("GET", "/object/docs/c.txt", nil, nil); status != 404 {
		t.Fatal("moved object still there")
	}
	// signed URL, then public access rules
	status, signed := c.json("POST", "/object/sign/docs/d/e.txt", map[string]any{"expiresIn": 60})
	if status != 200 {
		t.Fatalf("sign %d %v", status, signed)
	}
	if status, body := c.do("GET", signed["signedURL"].(string), nil, map[string]string{"Authorization": ""}); status != 200 || string(body) != "v2!" {
		t.Fatalf("signed download %d %q", status, body)
	}
	if status, _ := c.do("GET", "/object/public/docs/d/e.txt", nil, map[string]string{"Authorization": ""}); status != 400 {
		t.Fatal("private bucket served publicly")
	}
	if status, _ := c.do("GET", "/object/docs/d/e.txt", nil, map[string]string{"Authorization": ""}); status != 400 {
		t.Fatal("download without a token allowed")
	}
	c.json("PUT", "/bucket/docs", map[string]any{"public": true})
	if status, _ := c.do("GET", "/object/public/docs/d/e.txt", nil, map[string]string{"Authorization": ""}); status != 200 {
		t.Fatal("public bucket not served publicly")
	}
	if status, _ := c.json("DELETE", "/bucket/docs", nil); status != 409 {
		t.Fatal("non-empty bucket deleted")
	}
	status, removed := c.do("DELETE", "/object/docs", strings.NewReader(`{"prefixes":["a/b.txt","nope"]}`), map[string]string{"Content-Type": "application/json"})
	if status != 200 || !strings.Contains(string(removed), `"name":"a/b.txt"`) {
		t.Fatalf("remove %d %s", status, removed)
	}
	if status, _ := c.json("POST", "/bucket/docs/empty", nil); status != 200 {
		t.Fatal("empty failed")
	}
	if status, _ := c.json("DELETE", "/bucket/docs", nil); status != 200 {
		t.Fatal("delete empty bucket failed")
	}
	if status, out := c.json("GET", "/bucket/docs", nil); status != 404 || out["message"] != "Bucket not found" {
		t.Fatalf("deleted bucket %d %v", status, out)
	}
}

// TestNastyNamesNeverEscape: every one of these is refused (400) or stays
// inside the bucket.
func TestNastyNamesNeverEscape(t *testing.T) {
	c := newService(t)
	c.json("POST", "/bucket", map[string]any{"id": "b"})
	names := []string{
		"../escape.txt", "../../etc/passwd", "a/../../x", "a/./b", "./a", "a//b", "/abs", "a/", "..",
		"a/..", "%2e%2e/x", "a%5C..%5Cb", "nul%00byte", ".", "x/../../../../tmp/pwned", strings.Repeat("a", 1100),
		"..%2f..%2fetc", "a/.meta/b",
	}
	for _, name := range names {
		status, body := c.do("POST", "/object/b/"+name, strings.NewReader("x"), nil)
		if status == 200 {
			// accepted: it must be inside the bucket under exactly that name
			if g, _ := c.do("GET", "/object/b/"+name, nil, nil); g != 200 {
				t.Errorf("%q accepted but not readable back", name)
			}
			if strings.Contains(name, "..") && !strings.Contains(name, "%2") {
				t.Errorf("%q with .. was accepted: %s", name, body)
			}
			continue
		}
		if status != 400 && status != 404 && status != 0 {
			t.Errorf("%q: status %d %s", name, status, body)
		}
	}
}
