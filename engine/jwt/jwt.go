// Package jwt signs and verifies the HS256 JSON Web Tokens Supabase uses
// for its anon / service_role keys and user sessions. It is ~100 lines of
// standard-library code because Edgeplay needs exactly HS256 with the
// Supabase claims, and a general JWT library would add surface (alg
// confusion, JWK fetching) we must then disable.
package jwt

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// The Supabase CLI's well-known local development secret and keys: the
// same values `supabase start` prints, so existing local .env files work.
const (
	LocalSecret     = "super-secret-jwt-token-with-at-least-32-characters-long"
	LocalAnonKey    = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0"
	LocalServiceKey = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU"
)

// Claims are a token's payload.
type Claims map[string]any

// Role returns the "role" claim.
func (c Claims) Role() string { s, _ := c["role"].(string); return s }

// Subject returns the "sub" claim.
func (c Claims) Subject() string { s, _ := c["sub"].(string); return s }

var b64 = base64.RawURLEncoding

// Sign returns an HS256 token for claims.
func Sign(claims Claims, secret []byte) (string, error) {
	header := b64.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	payload, err := json.Marshal(claims)
	if err != nil {
		return "", fmt.Errorf("jwt: encode claims: %w", err)
	}
	unsigned := header + "." + b64.EncodeToString(payload)
	return unsigned + "." + b64.EncodeToString(mac(unsigned, secret)), nil
}

// Errors Verify returns (wrapped with detail).
var (
	ErrMalformed = errors.New("malformed JWT")
	ErrAlgorithm = errors.New("unsupported JWT algorithm")
	ErrSignature = errors.New("invalid JWT signature")
	ErrExpired   = errors.New("JWT expired")
)

// Verify checks an HS256 token's signature and time claims and returns its
// claims. now is the clock (time.Now when zero).
func Verify(token string, secret []byte, now time.Time) (Claims, error) {
	if now.IsZero() {
		now = time.Now()
	}
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return nil, fmt.Errorf("%w: expected 3 dot-separated parts, got %d", ErrMalformed, len(parts))
	}
	hb, err := b64.DecodeString(parts[0])
	if err != nil {
		return nil, fmt.Errorf("%w: header is not base64url: %v", ErrMalformed, err)
	}
	var header struct {
		Alg string `json:"alg"`
	}
	if err := json.Unmarshal(hb, &header); err != nil {
		return nil, fmt.Errorf("%w: header is not JSON: %v", ErrMalformed, err)
	}
	if header.Alg != "HS256" {
		return nil, fmt.Errorf("%w: %q (only HS256 is accepted)", ErrAlgorithm, header.Alg)
	}
	sig, err := b64.DecodeString(parts[2])
	if err != nil {
		return nil, fmt.Errorf("%w: signature is not base64url", ErrMalformed)
	}
	if !hmac.Equal(sig, mac(parts[0]+"."+parts[1], secret)) {
		return nil, ErrSignature
	}
	pb, err := b64.DecodeString(parts[1])
	if err != nil {
		return nil, fmt.Errorf("%w: payload is not base64url", ErrMalformed)
	}
	var claims Claims
	dec := json.NewDecoder(strings.NewReader(string(pb)))
	dec.UseNumber()
	if err := dec.Decode(&claims); err != nil {
		return nil, fmt.Errorf("%w: payload is not a JSON object", ErrMalformed)
	}
	if exp, ok := numClaim(claims, "exp"); ok && now.Unix() >= exp {
		return nil, fmt.Errorf("%w at %s", ErrExpired, time.Unix(exp, 0).UTC().Format(time.RFC3339))
	}
	if nbf, ok := numClaim(claims, "nbf"); ok && now.Unix() < nbf {
		return nil, fmt.Errorf("%w: not valid before %s", ErrMalformed, time.Unix(nbf, 0).UTC().Format(time.RFC3339))
	}
	return claims, nil
}

func numClaim(c Claims, k string) (int64, bool) {
	switch v := c[k].(type) {
	case json.Number:
		f, err := v.Float64()
		return int64(f), err == nil
	case float64:
		return int64(v), true
	case int64:
		return v, true
	}
	return 0, false
}

func mac(s string, secret []byte) []byte {
	h := hmac.New(sha256.New, secret)
	h.Write([]byte(s))
	return h.Sum(nil)
}
