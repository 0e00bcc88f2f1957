// Package gateway is Edgeplay's loopback HTTP front door, shaped like the
// Supabase API gateway: `/functions/v1/<name>[/...]` goes to the function
// (any method, streaming bodies both ways; the function sees req.url with
// path `/<name>[/...]` and the query string), with the JWT check Supabase
// does per function (`verify_jwt`). Other services (Storage, Auth) mount
// on the same mux under their own prefixes.
package gateway

import (
	"crypto/rand"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"path"
	"strings"
	"sync/atomic"
	"time"

	"github.com/edgeplay/edgeplay/engine/jwt"
	"github.com/edgeplay/edgeplay/engine/worker"
)

// Functions serves a request with a named function.
type Functions interface {
	Serve(rw http.ResponseWriter, name string, req worker.Request)
}

// Config wires a gateway.
type Config struct {
	Functions Functions
	// VerifyJWT says whether a function requires a valid JWT (Supabase's
	// default is true).
	VerifyJWT func(function string) bool
	// JWTSecret verifies tokens (default: the Supabase CLI's local secret).
	JWTSecret []byte
	// Mounts are other services by path prefix ("/storage/v1/").
	Mounts map[string]http.Handler
	// Now is the clock for token expiry (default time.Now).
	Now func() time.Time
}

// Gateway is an http.Handler.
type Gateway struct {
	cfg Config
	mux *http.ServeMux
	ids requestIDs
}

// New returns a gateway.
func New(cfg Config) *Gateway {
	if cfg.JWTSecret == nil {
		cfg.JWTSecret = []byte(jwt.LocalSecret)
	}
	if cfg.VerifyJWT == nil {
		cfg.VerifyJWT = func(string) bool { return true }
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	g := &Gateway{cfg: cfg, mux: http.NewServeMux()}
	g.mux.HandleFunc("/functions/v1/", g.functions)
	for prefix, h := range cfg.Mounts {
		g.mux.Handle(prefix, h)
	}
	g.mux.HandleFunc("/", func(rw http.ResponseWriter, r *http.Request) {
		writeJSON(rw, http.StatusNotFound, map[string]any{"message": "no Edgeplay route for " + r.URL.Path + "; functions are under /functions/v1/<name>"})
	})
	return g
}

func (g *Gateway) ServeHTTP(rw http.ResponseWriter, r *http.Request) {
	// Function calls skip the mux when their path is clean already (what
	// the mux would route there unchanged): its matching is a few
	// allocations per request. Anything else, redirects included, is
	// the mux's.
	if p := r.URL.Path; strings.HasPrefix(p, "/functions/v1/") && r.Method != http.MethodConnect && path.Clean(p) == strings.TrimSuffix(p, "/") {
		g.functions(rw, r)
		return
	}
	g.mux.ServeHTTP(rw, r)
}

func (g *Gateway) functions(rw http.ResponseWriter, r *http.Request) {
	rest := strings.TrimPrefix(r.URL.EscapedPath(), "/functions/v1/")
	name, sub, _ := strings.Cut(rest, "/")
	if name == "" {
		writeJSON(rw, http.StatusNotFound, map[string]any{"code": "NOT_FOUND", "message": "Requested function was not found"})
		return
	}
	// Preflight requests carry no Authorization header; Supabase lets them
	// through so the function can answer CORS itself.
	if r.Method != http.MethodOptions && g.cfg.VerifyJWT(name) {
		if msg := g.checkJWT(r); msg != "" {
			writeJSON(rw, http.StatusUnauthorized, map[string]any{"code": 401, "message": msg})
			return
		}
	}
	u := "http://" + hostOf(r) + "/" + name
	if sub != "" || strings.HasSuffix(rest, "/") {
		u += "/" + sub
	}
	if r.URL.RawQuery != "" {
		u += "?" + r.URL.RawQuery
	}
	id := r.Header.Get("X-Request-Id")
	if id == "" || len(id) > 64 {
		id = g.ids.next()
	}
	rw.Header().Set("X-Edgeplay-Request-Id", id)
	g.cfg.Functions.Serve(rw, name, worker.Request{ID: id, URL: u, HTTP: r})
}

func (g *Gateway) checkJWT(r *http.Request) string {
	auth := r.Header.Get("Authorization")
	if auth == "" {
		return "Missing authorization header"
	}
	scheme, token, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return "Auth header is not 'Bearer {token}'"
	}
	if _, err := jwt.Verify(strings.TrimSpace(token), g.cfg.JWTSecret, g.cfg.Now()); err != nil {
		return "Invalid JWT: " + err.Error()
	}
	return ""
}

func hostOf(r *http.Request) string {
	if r.Host != "" {
		return r.Host
	}
	return "127.0.0.1"
}

// requestIDs makes request ids that sort by time: 44 bits of Unix
// milliseconds, a 20-bit counter, 16 random bits (20 hex digits). The
// timeline indexes events by request id, and ids in time order append to
// that index instead of touching a random page of it per request (most of
// a busy timeline commit's writes, with random ids); the counter keeps
// ids of one gateway unique within a millisecond, the random bits across
// gateways and restarts.
type requestIDs struct{ n atomic.Uint32 }

func (r *requestIDs) next() string {
	var b [10]byte
	ms := uint64(time.Now().UnixMilli()) & (1<<44 - 1)
	c := uint64(r.n.Add(1)) & (1<<20 - 1)
	v := ms<<20 | c
	binary.BigEndian.PutUint64(b[:8], v)
	_, _ = rand.Read(b[8:])
	return hex.EncodeToString(b[:])
}

func writeJSON(rw http.ResponseWriter, status int, body map[string]any) {
	b, _ := json.Marshal(body)
	rw.Header().Set("Content-Type", "application/json")
	rw.WriteHeader(status)
	_, _ = rw.Write(b)
}
