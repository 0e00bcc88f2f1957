package crypto

import (
	"bytes"
	stdcrypto "crypto"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"math/big"
	"strconv"
	"strings"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// Key is the Go side of a CryptoKey: the key material plus the parts of
// its algorithm the operations need. The JS CryptoKey holds it in a
// WeakMap, so it is collected with the key.
type Key struct {
	Type   string // "secret", "public" or "private"
	Alg    string // normalized algorithm name ("HMAC", "RSA-PSS", ...)
	Hash   string // HMAC and RSA keys: "SHA-256", ...
	Curve  string // ECDSA and ECDH keys: "P-256", "P-384", "P-521"
	Length int    // HMAC and AES keys: bits

	secret []byte
	pub    any // *rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey, *ecdh.PublicKey (X25519)
	priv   any // *rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey, *ecdh.PrivateKey (X25519)
}

// Size limits on key generation and import: the work runs on a goroutine,
// but Interrupt cannot stop it, so keep it bounded.
const (
	minRSABits = 1024 // Go's crypto/rsa refuses smaller keys
	maxRSABits = 8192
)

func dataErr(format string, args ...any) error {
	return jsrt.Errorf("DOMException:DataError", format, args...)
}

func opErr(format string, args ...any) error {
	return jsrt.Errorf("DOMException:OperationError", format, args...)
}

func notSupported(format string, args ...any) error {
	return jsrt.Errorf("DOMException:NotSupportedError", format, args...)
}

func invalidAccess(format string, args ...any) error {
	return jsrt.Errorf("DOMException:InvalidAccessError", format, args...)
}

func family(alg string) string {
	switch alg {
	case "RSASSA-PKCS1-v1_5", "RSA-PSS", "RSA-OAEP":
		return "RSA"
	case "ECDSA", "ECDH":
		return "EC"
	case "AES-CTR", "AES-CBC", "AES-GCM", "AES-KW":
		return "AES"
	case "PBKDF2", "HKDF":
		return "KDF"
	}
	return alg // HMAC, Ed25519, X25519
}

func curveOf(name string) (elliptic.Curve, error) {
	switch name {
	case "P-256":
		return elliptic.P256(), nil
	case "P-384":
		return elliptic.P384(), nil
	case "P-521":
		return elliptic.P521(), nil
	}
	return nil, notSupported("Unsupported named curve: %s", name)
}

func curveName(c elliptic.Curve) string { return c.Params().Name }

func hashBits(h string) string { return strings.TrimPrefix(h, "SHA-") }

// generate makes a new key (secret) or key pair (public, private).
func generate(p *params) (secret, public, private *Key, err error) {
	switch family(p.Name) {
	case "HMAC":
		bits := p.Length
		if !p.HasLength {
			bits = blockBits(p.Hash)
		} else if bits == 0 {
			return nil, nil, nil, opErr("HMAC key length must not be 0")
		}
		if bits > 1<<16 {
			return nil, nil, nil, opErr("HMAC key length %d is over the 65536-bit limit", bits)
		}
		b := make([]byte, (bits+7)/8)
		_, _ = rand.Read(b)
		if bits%8 != 0 {
			b[len(b)-1] &= byte(0xff << (8 - bits%8))
		}
		return &Key{Type: "secret", Alg: p.Name, Hash: p.Hash, Length: bits, secret: b}, nil, nil, nil
	case "AES":
		switch p.Length {
		case 128, 192, 256:
		default:
			return nil, nil, nil, opErr("Invalid AES key length: %d (want 128, 192 or 256)", p.Length)
		}
		b := make([]byte, p.Length/8)
		_, _ = rand.Read(b)
		return &Key{Type: "secret", Alg: p.Name, Length: p.Length, secret: b}, nil, nil, nil
	case "RSA":
		if p.ModulusLength < minRSABits || p.ModulusLength > maxRSABits || p.ModulusLength%8 != 0 {
			return nil, nil, nil, opErr("RSA modulusLength %d is not supported (want a multiple of 8 from %d to %d)", p.ModulusLength, minRSABits, maxRSABits)
		}
		if e := new(big.Int).SetBytes(p.PublicExponent); !e.IsInt64() || e.Int64() != 65537 {
			return nil, nil, nil, opErr("RSA publicExponent %s is not supported (only 65537, [1, 0, 1])", e)
		}
		k, err := rsa.GenerateKey(rand.Reader, p.ModulusLength)
		if err != nil {
			return nil, nil, nil, opErr("RSA key generation failed: %v", err)
		}
		pub := &Key{Type: "public", Alg: p.Name, Hash: p.Hash, pub: &k.PublicKey}
		return nil, pub, &Key{Type: "private", Alg: p.Name, Hash: p.Hash, priv: k, pub: &k.PublicKey}, nil
	case "EC":
		c, err := curveOf(p.Curve)
		if err != nil {
			return nil, nil, nil, err
		}
		k, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			return nil, nil, nil, opErr("EC key generation failed: %v", err)
		}
		pub := &Key{Type: "public", Alg: p.Name, Curve: p.Curve, pub: &k.PublicKey}
		return nil, pub, &Key{Type: "private", Alg: p.Name, Curve: p.Curve, priv: k, pub: &k.PublicKey}, nil
	case "Ed25519":
		pk, sk, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, nil, nil, opErr("Ed25519 key generation failed: %v", err)
		}
		return nil, &Key{Type: "public", Alg: p.Name, pub: pk}, &Key{Type: "private", Alg: p.Name, priv: sk, pub: pk}, nil
	case "X25519":
		sk, err := ecdh.X25519().GenerateKey(rand.Reader)
		if err != nil {
			return nil, nil, nil, opErr("X25519 key generation failed: %v", err)
		}
		return nil, &Key{Type: "public", Alg: p.Name, pub: sk.PublicKey()}, &Key{Type: "private", Alg: p.Name, priv: sk, pub: sk.PublicKey()}, nil
	}
	return nil, nil, nil, notSupported("generateKey does not support %s", p.Name)
}

// blockBits is HMAC's default key length: the hash's block size.
func blockBits(h string) int {
	if h == "SHA-384" || h == "SHA-512" {
		return 1024
	}
	return 512
}

// jwk is a JSON Web Key; use, key_ops and ext are checked in crypto.js.
type jwk struct {
	Kty string `json:"kty"`
	Crv string `json:"crv,omitempty"`
	Alg string `json:"alg,omitempty"`
	K   string `json:"k,omitempty"`
	N   string `json:"n,omitempty"`
	E   string `json:"e,omitempty"`
	D   string `json:"d,omitempty"`
	P   string `json:"p,omitempty"`
	Q   string `json:"q,omitempty"`
	DP  string `json:"dp,omitempty"`
	DQ  string `json:"dq,omitempty"`
	QI  string `json:"qi,omitempty"`
	X   string `json:"x,omitempty"`
	Y   string `json:"y,omitempty"`
	Oth []any  `json:"oth,omitempty"`
}

func b64(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

// unb64 decodes a JWK member (base64url, padding tolerated).
func unb64(member, s string) ([]byte, error) {
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
	if err != nil {
		return nil, dataErr("'%s' property of JsonWebKey is not valid base64url: %v", member, err)
	}
	return b, nil
}

func unb64Int(member, s string) (*big.Int, error) {
	if s == "" {
		return nil, dataErr("'%s' property of JsonWebKey is required", member)
	}
	b, err := unb64(member, s)
	if err != nil {
		return nil, err
	}
	return new(big.Int).SetBytes(b), nil
}

// jwkAlg is the "alg" a JWK of this key carries ("" when it has none).
func jwkAlg(alg, hash, curve string, length int) string {
	bits := hashBits(hash)
	switch alg {
	case "HMAC":
		return "HS" + bits
	case "RSASSA-PKCS1-v1_5":
		return "RS" + bits
	case "RSA-PSS":
		return "PS" + bits
	case "RSA-OAEP":
		if hash == "SHA-1" {
			return "RSA-OAEP"
		}
		return "RSA-OAEP-" + bits
	case "AES-CTR", "AES-CBC", "AES-GCM", "AES-KW":
		return "A" + strconv.Itoa(length) + strings.TrimPrefix(alg, "AES-")
	case "ECDSA":
		switch curve {
		case "P-256":
			return "ES256"
		case "P-384":
			return "ES384"
		case "P-521":
			return "ES512"
		}
	case "ECDH":
		return "ECDH" // as Deno exports it
	}
	return "" // Ed25519 JWKs carry no alg in Deno's exports
}

// importKey builds a key from raw, spki or pkcs8 bytes (data) or from a
// JWK (jwkJSON, the key as JSON text).
func importKey(format string, data []byte, jwkJSON string, p *params) (*Key, error) {
	k := &Key{Alg: p.Name, Hash: p.Hash, Curve: p.Curve}
	var j jwk
	if format == "jwk" {
		if err := json.Unmarshal([]byte(jwkJSON), &j); err != nil {
			return nil, dataErr("invalid JsonWebKey: %v", err)
		}
		if j.Alg != "" {
			want := jwkAlg(p.Name, p.Hash, p.Curve, 0)
			ok := j.Alg == want
			switch p.Name {
			case "AES-CTR", "AES-CBC", "AES-GCM", "AES-KW":
				ok = true // checked against the key's length below
			case "Ed25519":
				want, ok = "EdDSA", j.Alg == "EdDSA" || j.Alg == "Ed25519"
			case "ECDH", "X25519", "HKDF", "PBKDF2":
				ok = true // alg is not meaningful here
			}
			if !ok {
				return nil, dataErr("'alg' property of JsonWebKey must be '%s'", want)
			}
		}
	}
	switch family(p.Name) {
	case "HMAC", "AES", "KDF":
		switch format {
		case "raw":
			k.secret = append([]byte(nil), data...)
		case "jwk":
			if j.Kty != "oct" {
				return nil, dataErr("'kty' property of JsonWebKey must be 'oct'")
			}
			if j.K == "" {
				return nil, dataErr("'k' property of JsonWebKey must be present")
			}
			b, err := unb64("k", j.K)
			if err != nil {
				return nil, err
			}
			k.secret = b
		default:
			return nil, notSupported("%s keys cannot be imported in the '%s' format", p.Name, format)
		}
		k.Type = "secret"
		n := len(k.secret) * 8
		switch family(p.Name) {
		case "HMAC":
			if n == 0 {
				return nil, dataErr("Key length is zero")
			}
			k.Length = n
			if p.HasLength {
				if p.Length > n || p.Length <= n-8 {
					return nil, dataErr("Key length is invalid: %d bits of key data for a length of %d", n, p.Length)
				}
				k.Length = p.Length
			}
		case "AES":
			if n != 128 && n != 192 && n != 256 {
				return nil, dataErr("Invalid key length: AES keys are 128, 192 or 256 bits, not %d", n)
			}
			k.Length = n
			if format == "jwk" && j.Alg != "" {
				if want := jwkAlg(p.Name, "", "", n); j.Alg != want {
					return nil, dataErr("'alg' property of JsonWebKey must be '%s'", want)
				}
			}
		}
		return k, nil
	case "RSA":
		return importRSA(k, format, data, &j)
	case "EC":
		return importEC(k, format, data, &j)
	case "Ed25519", "X25519":
		return importOKP(k, format, data, &j)
	}
	return nil, notSupported("importKey does not support %s", p.Name)
}

func importRSA(k *Key, format string, data []byte, j *jwk) (*Key, error) {
	switch format {
	case "spki":
		pub, err := x509.ParsePKIXPublicKey(data)
		if err != nil {
			return nil, derErr("SPKI", err)
		}
		rk, ok := pub.(*rsa.PublicKey)
		if !ok {
			return nil, dataErr("the SPKI key is not an RSA key (%T)", pub)
		}
		k.Type, k.pub = "public", rk
	case "pkcs8":
		priv, err := x509.ParsePKCS8PrivateKey(data)
		if err != nil {
			return nil, derErr("PKCS#8", err)
		}
		rk, ok := priv.(*rsa.PrivateKey)
		if !ok {
			return nil, dataErr("the PKCS#8 key is not an RSA key (%T)", priv)
		}
		k.Type, k.priv, k.pub = "private", rk, &rk.PublicKey
	case "jwk":
		if j.Kty != "RSA" {
			return nil, dataErr("'kty' property of JsonWebKey must be 'RSA'")
		}
		n, err := unb64Int("n", j.N)
		if err != nil {
			return nil, err
		}
		e, err := unb64Int("e", j.E)
		if err != nil {
			return nil, err
		}
		if !e.IsInt64() || e.Int64() > 1<<31-1 || e.Int64() < 3 {
			return nil, dataErr("'e' property of JsonWebKey is not a usable RSA exponent")
		}
		pub := &rsa.PublicKey{N: n, E: int(e.Int64())}
		if j.D == "" {
			k.Type, k.pub = "public", pub
			break
		}
		if len(j.Oth) > 0 {
			return nil, notSupported("multi-prime RSA keys ('oth') are not supported")
		}
		d, err := unb64Int("d", j.D)
		if err != nil {
			return nil, err
		}
		p, err := unb64Int("p", j.P)
		if err != nil {
			return nil, err
		}
		q, err := unb64Int("q", j.Q)
		if err != nil {
			return nil, err
		}
		priv := &rsa.PrivateKey{PublicKey: *pub, D: d, Primes: []*big.Int{p, q}}
		if err := priv.Validate(); err != nil {
			return nil, dataErr("invalid RSA private key: %v", err)
		}
		priv.Precompute()
		k.Type, k.priv, k.pub = "private", priv, &priv.PublicKey
	default:
		return nil, notSupported("%s keys cannot be imported in the '%s' format", k.Alg, format)
	}
	if bits := k.pub.(*rsa.PublicKey).N.BitLen(); bits < minRSABits || bits > 16384 {
		return nil, dataErr("RSA keys of %d bits are not supported (want %d to 16384)", bits, minRSABits)
	}
	return k, nil
}

func importEC(k *Key, format string, data []byte, j *jwk) (*Key, error) {
	c, err := curveOf(k.Curve)
	if err != nil {
		return nil, err
	}
	checkCurve := func(got elliptic.Curve) error {
		if got != c {
			return dataErr("the key's curve %s does not match namedCurve %s", curveName(got), k.Curve)
		}
		return nil
	}
	switch format {
	case "raw":
		if len(data) > 0 && data[0] != 4 {
			x, y := elliptic.UnmarshalCompressed(c, data) //nolint:staticcheck // no replacement for compressed points
			if x == nil {
				return nil, dataErr("invalid %s public key: not an uncompressed or compressed point", k.Curve)
			}
			data = elliptic.Marshal(c, x, y) //nolint:staticcheck
		}
		pub, err := ecdsa.ParseUncompressedPublicKey(c, data)
		if err != nil {
			return nil, dataErr("invalid %s public key: %v", k.Curve, err)
		}
		k.Type, k.pub = "public", pub
	case "spki":
		pub, err := x509.ParsePKIXPublicKey(data)
		if err != nil {
			return nil, derErr("SPKI", err)
		}
		ek, ok := pub.(*ecdsa.PublicKey)
		if !ok {
			return nil, dataErr("the SPKI key is not an EC key (%T)", pub)
		}
		if err := checkCurve(ek.Curve); err != nil {
			return nil, err
		}
		k.Type, k.pub = "public", ek
	case "pkcs8":
		priv, err := x509.ParsePKCS8PrivateKey(data)
		if err != nil {
			return nil, derErr("PKCS#8", err)
		}
		ek, ok := priv.(*ecdsa.PrivateKey)
		if !ok {
			return nil, dataErr("the PKCS#8 key is not an EC key (%T)", priv)
		}
		if err := checkCurve(ek.Curve); err != nil {
			return nil, err
		}
		k.Type, k.priv, k.pub = "private", ek, &ek.PublicKey
	case "jwk":
		if j.Kty != "EC" {
			return nil, dataErr("'kty' property of JsonWebKey must be 'EC'")
		}
		if j.Crv != k.Curve {
			return nil, dataErr("'crv' property of JsonWebKey must be '%s'", k.Curve)
		}
		size := (c.Params().BitSize + 7) / 8
		x, err := unb64("x", j.X)
		if err != nil {
			return nil, err
		}
		y, err := unb64("y", j.Y)
		if err != nil {
			return nil, err
		}
		if len(x) != size || len(y) != size {
			return nil, dataErr("'x' and 'y' properties of JsonWebKey must be %d bytes for %s", size, k.Curve)
		}
		pub, err := ecdsa.ParseUncompressedPublicKey(c, append(append([]byte{4}, x...), y...))
		if err != nil {
			return nil, dataErr("invalid %s public key: %v", k.Curve, err)
		}
		if j.D == "" {
			k.Type, k.pub = "public", pub
			break
		}
		d, err := unb64("d", j.D)
		if err != nil {
			return nil, err
		}
		priv, err := ecdsa.ParseRawPrivateKey(c, d)
		if err != nil {
			return nil, dataErr("invalid %s private key: %v", k.Curve, err)
		}
		if !priv.PublicKey.Equal(pub) {
			return nil, dataErr("the JsonWebKey's 'd' does not match its 'x' and 'y'")
		}
		k.Type, k.priv, k.pub = "private", priv, &priv.PublicKey
	default:
		return nil, notSupported("%s keys cannot be imported in the '%s' format", k.Alg, format)
	}
	return k, nil
}

func importOKP(k *Key, format string, data []byte, j *jwk) (*Key, error) {
	k.Hash, k.Curve = "", ""
	ed := k.Alg == "Ed25519"
	switch format {
	case "raw":
		if len(data) != 32 {
			return nil, dataErr("%s public keys are 32 bytes, not %d", k.Alg, len(data))
		}
		if ed {
			k.pub = ed25519.PublicKey(append([]byte(nil), data...))
		} else {
			pub, err := ecdh.X25519().NewPublicKey(data)
			if err != nil {
				return nil, dataErr("invalid X25519 public key: %v", err)
			}
			k.pub = pub
		}
		k.Type = "public"
	case "spki":
		pub, err := x509.ParsePKIXPublicKey(data)
		if err != nil {
			return nil, derErr("SPKI", err)
		}
		switch pk := pub.(type) {
		case ed25519.PublicKey:
			if !ed {
				return nil, dataErr("the SPKI key is an Ed25519 key, not %s", k.Alg)
			}
			k.pub = pk
		case *ecdh.PublicKey:
			if ed || pk.Curve() != ecdh.X25519() {
				return nil, dataErr("the SPKI key is not an %s key", k.Alg)
			}
			k.pub = pk
		default:
			return nil, dataErr("the SPKI key is not an %s key (%T)", k.Alg, pub)
		}
		k.Type = "public"
	case "pkcs8":
		priv, err := x509.ParsePKCS8PrivateKey(data)
		if err != nil {
			return nil, derErr("PKCS#8", err)
		}
		switch sk := priv.(type) {
		case ed25519.PrivateKey:
			if !ed {
				return nil, dataErr("the PKCS#8 key is an Ed25519 key, not %s", k.Alg)
			}
			k.priv, k.pub = sk, sk.Public()
		case *ecdh.PrivateKey:
			if ed || sk.Curve() != ecdh.X25519() {
				return nil, dataErr("the PKCS#8 key is not an %s key", k.Alg)
			}
			k.priv, k.pub = sk, sk.PublicKey()
		default:
			return nil, dataErr("the PKCS#8 key is not an %s key (%T)", k.Alg, priv)
		}
		k.Type = "private"
	case "jwk":
		if j.Kty != "OKP" {
			return nil, dataErr("'kty' property of JsonWebKey must be 'OKP'")
		}
		if j.Crv != k.Alg {
			return nil, dataErr("'crv' property of JsonWebKey must be '%s'", k.Alg)
		}
		x, err := unb64("x", j.X)
		if err != nil {
			return nil, err
		}
		if len(x) != 32 {
			return nil, dataErr("'x' property of JsonWebKey must be 32 bytes")
		}
		if j.D == "" {
			return importOKP(k, "raw", x, nil)
		}
		d, err := unb64("d", j.D)
		if err != nil {
			return nil, err
		}
		if len(d) != 32 {
			return nil, dataErr("'d' property of JsonWebKey must be 32 bytes")
		}
		if ed {
			sk := ed25519.NewKeyFromSeed(d)
			if !bytes.Equal(sk.Public().(ed25519.PublicKey), x) {
				return nil, dataErr("the JsonWebKey's 'd' does not match its 'x'")
			}
			k.priv, k.pub = sk, sk.Public()
		} else {
			sk, err := ecdh.X25519().NewPrivateKey(d)
			if err != nil {
				return nil, dataErr("invalid X25519 private key: %v", err)
			}
			if !bytes.Equal(sk.PublicKey().Bytes(), x) {
				return nil, dataErr("the JsonWebKey's 'd' does not match its 'x'")
			}
			k.priv, k.pub = sk, sk.PublicKey()
		}
		k.Type = "private"
	default:
		return nil, notSupported("%s keys cannot be imported in the '%s' format", k.Alg, format)
	}
	return k, nil
}

// exportKey returns the key as bytes (raw, spki, pkcs8) or as JWK JSON.
func exportKey(format string, k *Key) ([]byte, string, error) {
	bad := func() ([]byte, string, error) {
		return nil, "", notSupported("a %s %s key cannot be exported in the '%s' format", k.Alg, k.Type, format)
	}
	switch format {
	case "raw":
		switch {
		case k.Type == "secret":
			return append([]byte(nil), k.secret...), "", nil
		case k.Type != "public":
			return bad()
		}
		switch pk := k.pub.(type) {
		case *ecdsa.PublicKey:
			b, err := pk.Bytes()
			if err != nil {
				return nil, "", opErr("export: %v", err)
			}
			return b, "", nil
		case ed25519.PublicKey:
			return append([]byte(nil), pk...), "", nil
		case *ecdh.PublicKey:
			return pk.Bytes(), "", nil
		}
		return bad()
	case "spki":
		if k.Type != "public" {
			return bad()
		}
		b, err := x509.MarshalPKIXPublicKey(k.pub)
		if err != nil {
			return nil, "", opErr("export: %v", err)
		}
		return b, "", nil
	case "pkcs8":
		if k.Type != "private" {
			return bad()
		}
		b, err := x509.MarshalPKCS8PrivateKey(k.priv)
		if err != nil {
			return nil, "", opErr("export: %v", err)
		}
		return b, "", nil
	case "jwk":
		j, err := toJWK(k)
		if err != nil {
			return nil, "", err
		}
		out, err := json.Marshal(j)
		if err != nil {
			return nil, "", opErr("export: %v", err)
		}
		return nil, string(out), nil
	}
	return bad()
}

func toJWK(k *Key) (*jwk, error) {
	j := &jwk{Alg: jwkAlg(k.Alg, k.Hash, k.Curve, k.Length)}
	if k.Type == "secret" {
		if family(k.Alg) == "KDF" {
			return nil, notSupported("%s keys cannot be exported", k.Alg)
		}
		j.Kty, j.K = "oct", b64(k.secret)
		return j, nil
	}
	switch pk := k.pub.(type) {
	case *rsa.PublicKey:
		j.Kty, j.N, j.E = "RSA", b64(pk.N.Bytes()), b64(big.NewInt(int64(pk.E)).Bytes())
		if sk, ok := k.priv.(*rsa.PrivateKey); ok {
			if len(sk.Primes) != 2 {
				return nil, notSupported("multi-prime RSA keys cannot be exported as JWK")
			}
			sk.Precompute()
			j.D, j.P, j.Q = b64(sk.D.Bytes()), b64(sk.Primes[0].Bytes()), b64(sk.Primes[1].Bytes())
			j.DP, j.DQ, j.QI = b64(sk.Precomputed.Dp.Bytes()), b64(sk.Precomputed.Dq.Bytes()), b64(sk.Precomputed.Qinv.Bytes())
		}
	case *ecdsa.PublicKey:
		b, err := pk.Bytes()
		if err != nil {
			return nil, opErr("export: %v", err)
		}
		size := (len(b) - 1) / 2
		j.Kty, j.Crv, j.X, j.Y = "EC", k.Curve, b64(b[1:1+size]), b64(b[1+size:])
		if sk, ok := k.priv.(*ecdsa.PrivateKey); ok {
			d, err := sk.Bytes()
			if err != nil {
				return nil, opErr("export: %v", err)
			}
			j.D = b64(d)
		}
	case ed25519.PublicKey:
		j.Kty, j.Crv, j.X = "OKP", "Ed25519", b64(pk)
		if sk, ok := k.priv.(ed25519.PrivateKey); ok {
			j.D = b64(sk.Seed())
		}
	case *ecdh.PublicKey:
		j.Kty, j.Crv, j.X = "OKP", "X25519", b64(pk.Bytes())
		if sk, ok := k.priv.(*ecdh.PrivateKey); ok {
			j.D = b64(sk.Bytes())
		}
	default:
		return nil, notSupported("%s keys cannot be exported as JWK", k.Alg)
	}
	return j, nil
}

// publicOf is the public half of a private key (SubtleCrypto.getPublicKey).
func publicOf(k *Key) (*Key, error) {
	if k.Type != "private" {
		return nil, invalidAccess("getPublicKey needs a private key, not a %s key", k.Type)
	}
	return &Key{Type: "public", Alg: k.Alg, Hash: k.Hash, Curve: k.Curve, pub: k.pub}, nil
}

// cryptoHash maps a WebCrypto hash name to Go's.
func cryptoHash(name string) (stdcrypto.Hash, error) {
	switch name {
	case "SHA-1":
		return stdcrypto.SHA1, nil
	case "SHA-256":
		return stdcrypto.SHA256, nil
	case "SHA-384":
		return stdcrypto.SHA384, nil
	case "SHA-512":
		return stdcrypto.SHA512, nil
	}
	return 0, notSupported("Unrecognized hash algorithm: %s", name)
}

// derErr shortens encoding/asn1's verbose errors.
func derErr(what string, err error) error {
	msg := err.Error()
	if i := strings.IndexAny(msg, "({"); i > 0 {
		msg = strings.TrimSpace(msg[:i])
	}
	return dataErr("invalid %s key data: %s", what, msg)
}
