package jwt

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestWellKnownKeysVerify(t *testing.T) {
	for _, tc := range []struct{ key, role string }{{LocalAnonKey, "anon"}, {LocalServiceKey, "service_role"}} {
		c, err := Verify(tc.key, []byte(LocalSecret), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
		if err != nil {
			t.Fatalf("%s: %v", tc.role, err)
		}
		if c.Role() != tc.role {
			t.Fatalf("role = %q, want %q", c.Role(), tc.role)
		}
	}
}

func TestVerifyRejects(t *testing.T) {
	secret := []byte(LocalSecret)
	now := time.Unix(1_800_000_000, 0)
	valid, _ := Sign(Claims{"sub": "u1", "role": "authenticated", "exp": now.Unix() + 60}, secret)
	expired, _ := Sign(Claims{"sub": "u1", "exp": now.Unix() - 1}, secret)
	forged, _ := Sign(Claims{"sub": "u1", "exp": now.Unix() + 60}, []byte("another-secret-another-secret-another"))
	parts := strings.Split(valid, ".")
	noneAlg := b64.EncodeToString([]byte(`{"alg":"none"}`)) + "." + parts[1] + "."
	cases := []struct {
		name  string
		token string
		want  error
	}{
		{"valid", valid, nil},
		{"expired", expired, ErrExpired},
		{"forged", forged, ErrSignature},
		{"alg none", noneAlg, ErrAlgorithm},
		{"two parts", parts[0] + "." + parts[1], ErrMalformed},
		{"garbage", "a.b.c", ErrMalformed},
		{"tampered payload", parts[0] + "." + b64.EncodeToString([]byte(`{"sub":"admin"}`)) + "." + parts[2], ErrSignature},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Verify(tc.token, secret, now)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
		})
	}
}
