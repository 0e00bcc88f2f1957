package auth

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/edgeplay/edgeplay/engine/jwt"
)

type client struct {
	t   *testing.T
	srv *httptest.Server
}

func (c client) do(method, path, token string, body any) (int, map[string]any) {
	c.t.Helper()
	var rd *bytes.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	} else {
		rd = bytes.NewReader(nil)
	}
	req, _ := http.NewRequest(method, c.srv.URL+"/auth/v1"+path, rd)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("apikey", jwt.LocalAnonKey)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	out := map[string]any{}
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode, out
}

func newClient(t *testing.T, dir string, now func() time.Time) client {
	svc, err := New(Config{Store: &FileStore{Path: filepath.Join(dir, "users.json")}, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(svc)
	t.Cleanup(srv.Close)
	return client{t, srv}
}

func TestSignupSignInUserRefreshLogout(t *testing.T) {
	dir := t.TempDir()
	c := newClient(t, dir, nil)
	status, sess := c.do("POST", "/signup", "", map[string]any{"email": "ada@example.com", "password": "secret123", "data": map[string]any{"name": "Ada"}})
	if status != 200 || sess["access_token"] == nil || sess["token_type"] != "bearer" {
		t.Fatalf("signup %d %v", status, sess)
	}
	claims, err := jwt.Verify(sess["access_token"].(string), []byte(jwt.LocalSecret), time.Time{})
	if err != nil || claims.Role() != "authenticated" || claims["email"] != "ada@example.com" || claims["aud"] != "authenticated" {
		t.Fatalf("claims %v %v", claims, err)
	}
	cases := []struct {
		name, method, path, token string
		body                      any
		status                    int
		errorCode                 string
	}{
		{"duplicate signup", "POST", "/signup", "", map[string]any{"email": "ADA@example.com", "password": "secret123"}, 422, "user_already_exists"},
		{"weak password", "POST", "/signup", "", map[string]any{"email": "b@example.com", "password": "123"}, 422, "weak_password"},
		{"bad email", "POST", "/signup", "", map[string]any{"email": "nope", "password": "secret123"}, 400, "validation_failed"},
		{"wrong password", "POST", "/token?grant_type=password", "", map[string]any{"email": "ada@example.com", "password": "wrong!!"}, 400, "invalid_credentials"},
		{"unknown user", "POST", "/token?grant_type=password", "", map[string]any{"email": "x@example.com", "password": "secret123"}, 400, "invalid_credentials"},
		{"forged token", "GET", "/user", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA", nil, 403, "bad_jwt"},
		{"no token", "GET", "/user", "", nil, 401, "no_authorization"},
		{"bad refresh", "POST", "/token?grant_type=refresh_token", "", map[string]any{"refresh_token": "nope"}, 400, "refresh_token_not_found"},
		{"admin needs service role", "GET", "/admin/users", sess["access_token"].(string), nil, 403, "not_admin"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			status, out := c.do(tc.method, tc.path, tc.token, tc.body)
			if status != tc.status || out["error_code"] != tc.errorCode || out["msg"] == nil {
				t.Fatalf("%d %v, want %d %s", status, out, tc.status, tc.errorCode)
			}
		})
	}
	status, signin := c.do("POST", "/token?grant_type=password", "", map[string]any{"email": "ada@example.com", "password": "secret123"})
	if status != 200 {
		t.Fatalf("signin %d %v", status, signin)
	}
	token := signin["access_token"].(string)
	if status, u := c.do("GET", "/user", token, nil); status != 200 || u["email"] != "ada@example.com" || u["user_metadata"].(map[string]any)["name"] != "Ada" {
		t.Fatalf("user %d %v", status, u)
	}
	status, refreshed := c.do("POST", "/token?grant_type=refresh_token", "", map[string]any{"refresh_token": signin["refresh_token"]})
	if status != 200 || refreshed["refresh_token"] == signin["refresh_token"] {
		t.Fatalf("refresh %d %v", status, refreshed)
	}
	if status, _ := c.do("POST", "/token?grant_type=refresh_token", "", map[string]any{"refresh_token": signin["refresh_token"]}); status != 400 {
		t.Fatal("a rotated refresh token still works")
	}
	if status, _ := c.do("POST", "/logout", refreshed["access_token"].(string), nil); status != 204 {
		t.Fatalf("logout %d", status)
	}
	if status, out := c.do("GET", "/user", refreshed["access_token"].(string), nil); status != 403 || out["error_code"] != "session_not_found" {
		t.Fatalf("after logout %d %v", status, out)
	}
	// restart: users survive
	c2 := newClient(t, dir, nil)
	if status, _ := c2.do("POST", "/token?grant_type=password", "", map[string]any{"email": "ada@example.com", "password": "secret123"}); status != 200 {
		t.Fatal("user lost across restart")
	}
}

func TestExpiredTokenAndAdmin(t *testing.T) {
	now := time.Now()
	clock := func() time.Time { return now }
	c := newClient(t, t.TempDir(), clock)
	status, created := c.do("POST", "/admin/users", jwt.LocalServiceKey, map[string]any{"email": "svc@example.com", "password": "secret123"})
	if status != 200 || created["id"] == nil {
		t.Fatalf("admin create %d %v", status, created)
	}
	if status, list := c.do("GET", "/admin/users", jwt.LocalServiceKey, nil); status != 200 || len(list["users"].([]any)) != 1 {
		t.Fatalf("admin list %d %v", status, list)
	}
	_, sess := c.do("POST", "/token?grant_type=password", "", map[string]any{"email": "svc@example.com", "password": "secret123"})
	now = now.Add(2 * time.Hour)
	if status, out := c.do("GET", "/user", sess["access_token"].(string), nil); status != 403 || !strings.Contains(out["msg"].(string), "expired") {
		t.Fatalf("expired token %d %v", status, out)
	}
	now = now.Add(-2 * time.Hour)
	id := created["id"].(string)
	if status, _ := c.do("DELETE", "/admin/users/"+id, jwt.LocalServiceKey, nil); status != 200 {
		t.Fatal("admin delete")
	}
	if status, out := c.do("GET", "/user", sess["access_token"].(string), nil); status != 403 || out["error_code"] != "user_not_found" {
		t.Fatalf("deleted user's token %d %v", status, out)
	}
}
