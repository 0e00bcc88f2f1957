// Package auth is Edgeplay's local stand-in for Supabase Auth (GoTrue):
// the subset supabase-js's auth client and edge functions call, served on
// the gateway under /auth/v1.
//
//	POST /auth/v1/signup                         email + password → session
//	POST /auth/v1/token?grant_type=password      → session
//	POST /auth/v1/token?grant_type=refresh_token → rotated session
//	GET  /auth/v1/user                           Bearer access token → user
//	PUT  /auth/v1/user                           update user_metadata / password
//	POST /auth/v1/logout                         revokes the session
//	GET|POST /auth/v1/admin/users, GET|PUT|DELETE /auth/v1/admin/users/<id>
//	                                             service_role only
//
// Access tokens are HS256 JWTs with the Supabase claims (sub, role
// "authenticated", aud, email, exp, iat, session_id, app_metadata,
// user_metadata, is_anonymous), signed with the engine's JWT secret (the
// Supabase CLI's local one by default). Passwords are bcrypt hashes.
// Email confirmation is automatic (as `supabase start` with
// enable_confirmations = false). Refresh tokens rotate; logout revokes the
// session, so its refresh token stops working and getUser with its access
// token fails. Errors use GoTrue's shape {code, error_code, msg}, which
// auth-js turns into AuthApiError.
//
// Users and sessions live behind Store: FileStore (a JSON file) by
// default, store/supastore's bbolt adapter when the app or `serve --data`
// has a store.
package auth

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/mail"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"

	"github.com/edgeplay/edgeplay/engine/jwt"
	"github.com/edgeplay/edgeplay/engine/supa"
)

// User is a GoTrue user.
type User struct {
	ID               string         `json:"id"`
	Aud              string         `json:"aud"`
	Role             string         `json:"role"`
	Email            string         `json:"email"`
	EmailConfirmedAt *time.Time     `json:"email_confirmed_at,omitempty"`
	Phone            string         `json:"phone"`
	ConfirmedAt      *time.Time     `json:"confirmed_at,omitempty"`
	LastSignInAt     *time.Time     `json:"last_sign_in_at,omitempty"`
	AppMetadata      map[string]any `json:"app_metadata"`
	UserMetadata     map[string]any `json:"user_metadata"`
	Identities       []any          `json:"identities"`
	CreatedAt        time.Time      `json:"created_at"`
	UpdatedAt        time.Time      `json:"updated_at"`
	IsAnonymous      bool           `json:"is_anonymous"`
	PasswordHash     string         `json:"-"`
}

// Session is a signed-in session; its refresh token rotates.
type Session struct {
	ID           string    `json:"id"`
	UserID       string    `json:"user_id"`
	RefreshToken string    `json:"refresh_token"`
	Revoked      bool      `json:"revoked"`
	CreatedAt    time.Time `json:"created_at"`
}

// Store keeps users and sessions. Implementations must be safe for
// concurrent use.
type Store interface {
	Load() (users []User, hashes map[string]string, sessions []Session, err error)
	Save(users []User, hashes map[string]string, sessions []Session) error
}

// Config configures the service.
type Config struct {
	Secret []byte        // JWT secret
	Store  Store         // nil: in memory only
	TTL    time.Duration // access token lifetime (default 1 h)
	Now    func() time.Time
}

// Service is the HTTP handler for /auth/v1.
type Service struct {
	cfg      Config
	mu       sync.Mutex
	users    map[string]*User // by id
	byEmail  map[string]string
	sessions map[string]*Session // by id
	byToken  map[string]string   // refresh token → session id
}

// New loads the store and returns the service.
func New(cfg Config) (*Service, error) {
	if cfg.TTL == 0 {
		cfg.TTL = time.Hour
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Secret == nil {
		cfg.Secret = []byte(jwt.LocalSecret)
	}
	s := &Service{cfg: cfg, users: map[string]*User{}, byEmail: map[string]string{},
		sessions: map[string]*Session{}, byToken: map[string]string{}}
	if cfg.Store != nil {
		users, hashes, sessions, err := cfg.Store.Load()
		if err != nil {
			return nil, fmt.Errorf("auth: load users: %w", err)
		}
		for i := range users {
			u := users[i]
			u.PasswordHash = hashes[u.ID]
			s.users[u.ID] = &u
			s.byEmail[strings.ToLower(u.Email)] = u.ID
		}
		for i := range sessions {
			se := sessions[i]
			s.sessions[se.ID] = &se
			s.byToken[se.RefreshToken] = se.ID
		}
	}
	return s, nil
}

// apiError is GoTrue's error body.
type apiError struct {
	status int
	code   string
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func fail(status int, code, msg string) *apiError { return &apiError{status, code, msg} }

func (s *Service) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimPrefix(r.URL.Path, "/auth/v1")
	var res any
	var err error
	status := http.StatusOK
	switch {
	case path == "/signup" && r.Method == http.MethodPost:
		res, err = s.signup(r)
	case path == "/token" && r.Method == http.MethodPost:
		res, err = s.token(r)
	case path == "/user" && r.Method == http.MethodGet:
		res, err = s.currentUser(r)
	case path == "/user" && r.Method == http.MethodPut:
		res, err = s.updateUser(r)
	case path == "/logout" && r.Method == http.MethodPost:
		err = s.logout(r)
		status = http.StatusNoContent
	case path == "/settings" && r.Method == http.MethodGet:
		res = map[string]any{"external": map[string]bool{"email": true}, "disable_signup": false, "mailer_autoconfirm": true}
	case path == "/health" && r.Method == http.MethodGet:
		res = map[string]any{"name": "GoTrue (Edgeplay)", "description": "local Supabase Auth"}
	case strings.HasPrefix(path, "/admin/users"):
		res, status, err = s.admin(r, strings.TrimPrefix(path, "/admin/users"))
	default:
		err = fail(http.StatusNotFound, "not_found", fmt.Sprintf("%s %s is not an Auth endpoint Edgeplay serves", r.Method, r.URL.Path))
	}
	w.Header().Set("Content-Type", "application/json")
	var ae *apiError
	if errors.As(err, &ae) {
		w.WriteHeader(ae.status)
		_ = json.NewEncoder(w).Encode(map[string]any{"code": ae.status, "error_code": ae.code, "msg": ae.msg})
		return
	}
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		_ = json.NewEncoder(w).Encode(map[string]any{"code": 500, "error_code": "unexpected_failure", "msg": err.Error()})
		return
	}
	w.WriteHeader(status)
	if status != http.StatusNoContent {
		_ = json.NewEncoder(w).Encode(res)
	}
}

type credentials struct {
	Email        string         `json:"email"`
	Password     string         `json:"password"`
	RefreshToken string         `json:"refresh_token"`
	Data         map[string]any `json:"data"`
}

func decode(r *http.Request, v any) error {
	if err := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 1<<20)).Decode(v); err != nil {
		return fail(http.StatusBadRequest, "bad_json", "Could not parse request body as JSON: "+err.Error())
	}
	return nil
}

func checkEmailPassword(email, password string) error {
	if _, err := mail.ParseAddress(email); err != nil || !strings.Contains(email, "@") {
		return fail(http.StatusBadRequest, "validation_failed", "Unable to validate email address: invalid format")
	}
	if len(password) < 6 {
		return fail(http.StatusUnprocessableEntity, "weak_password", "Password should be at least 6 characters.")
	}
	return nil
}

func (s *Service) signup(r *http.Request) (any, error) {
	var c credentials
	if err := decode(r, &c); err != nil {
		return nil, err
	}
	if err := checkEmailPassword(c.Email, c.Password); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	u, err := s.createUserLocked(c.Email, c.Password, c.Data)
	if err != nil {
		return nil, err
	}
	return s.newSessionLocked(u)
}

func (s *Service) createUserLocked(email, password string, meta map[string]any) (*User, error) {
	key := strings.ToLower(email)
	if _, exists := s.byEmail[key]; exists {
		return nil, fail(http.StatusUnprocessableEntity, "user_already_exists", "User already registered")
	}
	hash, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return nil, fmt.Errorf("hash password: %w", err)
	}
	now := s.cfg.Now().UTC()
	if meta == nil {
		meta = map[string]any{}
	}
	u := &User{
		ID: supa.NewUUID(), Aud: "authenticated", Role: "authenticated", Email: email,
		EmailConfirmedAt: &now, ConfirmedAt: &now,
		AppMetadata:  map[string]any{"provider": "email", "providers": []string{"email"}},
		UserMetadata: meta, Identities: []any{}, CreatedAt: now, UpdatedAt: now,
		PasswordHash: string(hash),
	}
	s.users[u.ID] = u
	s.byEmail[key] = u.ID
	return u, s.persistLocked()
}

func (s *Service) token(r *http.Request) (any, error) {
	var c credentials
	if err := decode(r, &c); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	switch grant := r.URL.Query().Get("grant_type"); grant {
	case "password":
		id, ok := s.byEmail[strings.ToLower(c.Email)]
		if !ok || bcrypt.CompareHashAndPassword([]byte(s.users[id].PasswordHash), []byte(c.Password)) != nil {
			return nil, fail(http.StatusBadRequest, "invalid_credentials", "Invalid login credentials")
		}
		return s.newSessionLocked(s.users[id])
	case "refresh_token":
		sid, ok := s.byToken[c.RefreshToken]
		se := s.sessions[sid]
		if !ok || se == nil || se.Revoked {
			return nil, fail(http.StatusBadRequest, "refresh_token_not_found", "Invalid Refresh Token: Refresh Token Not Found")
		}
		u := s.users[se.UserID]
		if u == nil {
			return nil, fail(http.StatusBadRequest, "user_not_found", "User not found")
		}
		delete(s.byToken, se.RefreshToken)
		se.RefreshToken = randomToken()
		s.byToken[se.RefreshToken] = se.ID
		return s.sessionResponseLocked(u, se)
	default:
		return nil, fail(http.StatusBadRequest, "unsupported_grant_type", fmt.Sprintf("unsupported_grant_type: %q (Edgeplay serves password and refresh_token)", grant))
	}
}

func (s *Service) newSessionLocked(u *User) (any, error) {
	now := s.cfg.Now().UTC()
	u.LastSignInAt = &now
	se := &Session{ID: supa.NewUUID(), UserID: u.ID, RefreshToken: randomToken(), CreatedAt: now}
	s.sessions[se.ID] = se
	s.byToken[se.RefreshToken] = se.ID
	return s.sessionResponseLocked(u, se)
}

func (s *Service) sessionResponseLocked(u *User, se *Session) (any, error) {
	now := s.cfg.Now()
	exp := now.Add(s.cfg.TTL)
	token, err := jwt.Sign(jwt.Claims{
		"sub": u.ID, "role": u.Role, "aud": u.Aud, "email": u.Email, "phone": u.Phone,
		"exp": exp.Unix(), "iat": now.Unix(), "iss": "http://127.0.0.1:54321/auth/v1",
		"session_id": se.ID, "app_metadata": u.AppMetadata, "user_metadata": u.UserMetadata,
		"is_anonymous": u.IsAnonymous, "aal": "aal1",
	}, s.cfg.Secret)
	if err != nil {
		return nil, err
	}
	if err := s.persistLocked(); err != nil {
		return nil, err
	}
	return map[string]any{
		"access_token": token, "token_type": "bearer", "expires_in": int(s.cfg.TTL.Seconds()),
		"expires_at": exp.Unix(), "refresh_token": se.RefreshToken, "user": u,
	}, nil
}

// claimsOf verifies the request's Bearer token.
func (s *Service) claimsOf(r *http.Request) (jwt.Claims, error) {
	auth := r.Header.Get("Authorization")
	scheme, token, ok := strings.Cut(auth, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") || token == "" {
		return nil, fail(http.StatusUnauthorized, "no_authorization", "This endpoint requires a Bearer token")
	}
	claims, err := jwt.Verify(strings.TrimSpace(token), s.cfg.Secret, s.cfg.Now())
	if err != nil {
		return nil, fail(http.StatusForbidden, "bad_jwt", "invalid JWT: unable to parse or verify signature, "+err.Error())
	}
	return claims, nil
}

// userOf resolves the signed-in user of the request.
func (s *Service) userOf(r *http.Request) (*User, *Session, error) {
	claims, err := s.claimsOf(r)
	if err != nil {
		return nil, nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	u := s.users[claims.Subject()]
	if u == nil {
		return nil, nil, fail(http.StatusForbidden, "user_not_found", "User from sub claim in JWT does not exist")
	}
	sid, _ := claims["session_id"].(string)
	se := s.sessions[sid]
	if se == nil || se.Revoked {
		return nil, nil, fail(http.StatusForbidden, "session_not_found", "Session from session_id claim in JWT does not exist")
	}
	return u, se, nil
}

func (s *Service) currentUser(r *http.Request) (any, error) {
	u, _, err := s.userOf(r)
	if err != nil {
		return nil, err
	}
	return u, nil
}

func (s *Service) updateUser(r *http.Request) (any, error) {
	u, _, err := s.userOf(r)
	if err != nil {
		return nil, err
	}
	var body struct {
		Password *string        `json:"password"`
		Data     map[string]any `json:"data"`
	}
	if err := decode(r, &body); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.applyLocked(u, body.Password, body.Data); err != nil {
		return nil, err
	}
	return u, s.persistLocked()
}

func (s *Service) applyLocked(u *User, password *string, data map[string]any) error {
	if password != nil {
		if len(*password) < 6 {
			return fail(http.StatusUnprocessableEntity, "weak_password", "Password should be at least 6 characters.")
		}
		hash, err := bcrypt.GenerateFromPassword([]byte(*password), bcrypt.DefaultCost)
		if err != nil {
			return err
		}
		u.PasswordHash = string(hash)
	}
	for k, v := range data {
		u.UserMetadata[k] = v
	}
	u.UpdatedAt = s.cfg.Now().UTC()
	return nil
}

func (s *Service) logout(r *http.Request) error {
	_, se, err := s.userOf(r)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	se.Revoked = true
	delete(s.byToken, se.RefreshToken)
	return s.persistLocked()
}

func (s *Service) admin(r *http.Request, rest string) (any, int, error) {
	claims, err := s.claimsOf(r)
	if err != nil {
		return nil, 0, err
	}
	if claims.Role() != "service_role" {
		return nil, 0, fail(http.StatusForbidden, "not_admin", "User not allowed")
	}
	id := strings.Trim(rest, "/")
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case id == "" && r.Method == http.MethodGet:
		list := make([]*User, 0, len(s.users))
		for _, u := range s.users {
			list = append(list, u)
		}
		return map[string]any{"users": list, "aud": "authenticated"}, http.StatusOK, nil
	case id == "" && r.Method == http.MethodPost:
		var body struct {
			Email        string         `json:"email"`
			Password     string         `json:"password"`
			UserMetadata map[string]any `json:"user_metadata"`
		}
		if err := decode(r, &body); err != nil {
			return nil, 0, err
		}
		if err := checkEmailPassword(body.Email, body.Password); err != nil {
			return nil, 0, err
		}
		u, err := s.createUserLocked(body.Email, body.Password, body.UserMetadata)
		return u, http.StatusOK, err
	}
	u := s.users[id]
	if u == nil {
		return nil, 0, fail(http.StatusNotFound, "user_not_found", "User not found")
	}
	switch r.Method {
	case http.MethodGet:
		return u, http.StatusOK, nil
	case http.MethodPut:
		var body struct {
			Password     *string        `json:"password"`
			UserMetadata map[string]any `json:"user_metadata"`
		}
		if err := decode(r, &body); err != nil {
			return nil, 0, err
		}
		if err := s.applyLocked(u, body.Password, body.UserMetadata); err != nil {
			return nil, 0, err
		}
		return u, http.StatusOK, s.persistLocked()
	case http.MethodDelete:
		delete(s.users, id)
		delete(s.byEmail, strings.ToLower(u.Email))
		for sid, se := range s.sessions {
			if se.UserID == id {
				delete(s.byToken, se.RefreshToken)
				delete(s.sessions, sid)
			}
		}
		return map[string]any{}, http.StatusOK, s.persistLocked()
	}
	return nil, 0, fail(http.StatusMethodNotAllowed, "method_not_allowed", r.Method+" is not allowed here")
}

func (s *Service) persistLocked() error {
	if s.cfg.Store == nil {
		return nil
	}
	users := make([]User, 0, len(s.users))
	hashes := map[string]string{}
	for _, u := range s.users {
		users = append(users, *u)
		hashes[u.ID] = u.PasswordHash
	}
	sessions := make([]Session, 0, len(s.sessions))
	for _, se := range s.sessions {
		sessions = append(sessions, *se)
	}
	return s.cfg.Store.Save(users, hashes, sessions)
}

func randomToken() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
