package supastore

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/edgeplay/edgeplay/engine/jwt"
	"github.com/edgeplay/edgeplay/engine/supa/auth"
)

type authClient struct {
	t   *testing.T
	url string
}

func (c authClient) do(method, path, token string, body any) (int, map[string]any) {
	c.t.Helper()
	b, _ := json.Marshal(body)
	req, err := http.NewRequest(method, c.url+"/auth/v1"+path, bytes.NewReader(b))
	if err != nil {
		c.t.Fatal(err)
	}
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

func startAuth(t *testing.T, as auth.Store) (authClient, func()) {
	t.Helper()
	svc, err := auth.New(auth.Config{Store: as})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(svc)
	return authClient{t, srv.URL}, srv.Close
}

// TestAuthOverBolt: a user signed up through the Auth handler can still
// sign in with the password after the store is closed and reopened, and
// sessions survive too.
func TestAuthOverBolt(t *testing.T) {
	dir := t.TempDir()
	st := openStore(t, dir)
	as, err := NewAuthStore(st)
	if err != nil {
		t.Fatal(err)
	}
	c, stop := startAuth(t, as)
	status, sess := c.do("POST", "/signup", "", map[string]any{"email": "ada@example.com", "password": "secret123", "data": map[string]any{"name": "Ada"}})
	if status != 200 || sess["refresh_token"] == nil {
		t.Fatalf("signup %d %v", status, sess)
	}
	if status, out := c.do("POST", "/signup", "", map[string]any{"email": "bob@example.com", "password": "hunter22"}); status != 200 {
		t.Fatalf("second signup %d %v", status, out)
	}
	stop()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st = openStore(t, dir)
	as, err = NewAuthStore(st)
	if err != nil {
		t.Fatal(err)
	}
	c, stop = startAuth(t, as)
	defer stop()
	cases := []struct {
		name, path string
		body       map[string]any
		status     int
	}{
		{"password sign-in", "/token?grant_type=password", map[string]any{"email": "ada@example.com", "password": "secret123"}, 200},
		{"other user", "/token?grant_type=password", map[string]any{"email": "bob@example.com", "password": "hunter22"}, 200},
		{"wrong password", "/token?grant_type=password", map[string]any{"email": "ada@example.com", "password": "wrong!!"}, 400},
		{"refresh token from before the restart", "/token?grant_type=refresh_token", map[string]any{"refresh_token": sess["refresh_token"]}, 200},
		{"duplicate signup still refused", "/signup", map[string]any{"email": "ADA@example.com", "password": "secret123"}, 422},
	}
	for _, tc := range cases {
		status, out := c.do("POST", tc.path, "", tc.body)
		if status != tc.status {
			t.Fatalf("%s: %d %v, want %d", tc.name, status, out, tc.status)
		}
		if tc.status == 200 && out["user"].(map[string]any)["email"] == nil {
			t.Fatalf("%s: no user in %v", tc.name, out)
		}
	}

	// stored: user id → User JSON with its bcrypt hash; the hash never
	// leaves through the API
	users, _ := st.KV("auth.users")
	n := 0
	if err := users.Scan("", func(id string, v []byte) error {
		n++
		var rec map[string]any
		if err := json.Unmarshal(v, &rec); err != nil {
			return err
		}
		if rec["id"] != id || !strings.HasPrefix(rec["password_hash"].(string), "$2") {
			t.Errorf("stored user %s: %v", id, rec)
		}
		return nil
	}); err != nil || n != 2 {
		t.Fatalf("%d stored users, %v", n, err)
	}
	_, signin := c.do("POST", "/token?grant_type=password", "", map[string]any{"email": "ada@example.com", "password": "secret123"})
	if _, u := c.do("GET", "/user", signin["access_token"].(string), nil); u["password_hash"] != nil || u["email"] != "ada@example.com" {
		t.Fatalf("user through the API: %v", u)
	}
}

// TestAuthSaveIsAllOrNothing: a save that fails (closed store) leaves the
// previous save whole.
func TestAuthSaveIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	st := openStore(t, dir)
	as, err := NewAuthStore(st)
	if err != nil {
		t.Fatal(err)
	}
	users := []auth.User{{ID: "u1", Email: "a@example.com"}}
	sessions := []auth.Session{{ID: "s1", UserID: "u1", RefreshToken: "r1"}}
	if err := as.Save(users, map[string]string{"u1": "$2a$hash"}, sessions); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if err := as.Save(nil, nil, nil); err == nil {
		t.Fatal("save on a closed store succeeded")
	}
	st = openStore(t, dir)
	as, _ = NewAuthStore(st)
	gotUsers, hashes, gotSessions, err := as.Load()
	if err != nil || len(gotUsers) != 1 || hashes["u1"] != "$2a$hash" || len(gotSessions) != 1 || gotSessions[0].RefreshToken != "r1" {
		t.Fatalf("after a failed save: %v %v %v %v", gotUsers, hashes, gotSessions, err)
	}
}
