package crypto

import (
	stdcrypto "crypto"
	"crypto/aes"
	"crypto/cipher"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/rsa"
	"crypto/subtle"
	"encoding/binary"
	"hash"
	"math/big"
)

// params is a normalized algorithm dictionary (crypto.js normalizes it;
// Install's readParams copies it out of the JS object, buffers included,
// so the work can run on another goroutine).
type params struct {
	Name           string
	Hash           string
	Curve          string
	Length         int
	HasLength      bool
	ModulusLength  int
	PublicExponent []byte
	SaltLength     int
	TagLength      int
	HasTagLength   bool
	Iterations     int
	IV             []byte
	Counter        []byte
	AdditionalData []byte
	HasAAD         bool
	Label          []byte
	Salt           []byte
	Info           []byte
	Public         *Key
}

// maxIterations caps PBKDF2's work (about ten seconds of CPU for SHA-256
// here; Interrupt cannot stop it, so it is refused rather than run).
const maxIterations = 10_000_000

func newHash(name string) (func() hash.Hash, error) {
	h, err := cryptoHash(name)
	if err != nil {
		return nil, err
	}
	return h.New, nil
}

func digestOf(name string, data []byte) ([]byte, error) {
	h, err := cryptoHash(name)
	if err != nil {
		return nil, err
	}
	d := h.New()
	d.Write(data)
	return d.Sum(nil), nil
}

func sign(p *params, k *Key, data []byte) ([]byte, error) {
	switch p.Name {
	case "HMAC":
		h, err := newHash(k.Hash)
		if err != nil {
			return nil, err
		}
		m := hmac.New(h, k.secret)
		m.Write(data)
		return m.Sum(nil), nil
	case "RSASSA-PKCS1-v1_5", "RSA-PSS":
		h, err := cryptoHash(k.Hash)
		if err != nil {
			return nil, err
		}
		d, _ := digestOf(k.Hash, data)
		sk := k.priv.(*rsa.PrivateKey)
		var sig []byte
		if p.Name == "RSA-PSS" {
			if p.SaltLength == 0 {
				return signPSSNoSalt(sk, h, d)
			}
			if max := (sk.N.BitLen()-1+7)/8 - h.Size() - 2; p.SaltLength > max {
				return nil, opErr("RSA-PSS saltLength %d is too long for this key (at most %d)", p.SaltLength, max)
			}
			sig, err = rsa.SignPSS(rand.Reader, sk, h, d, &rsa.PSSOptions{SaltLength: p.SaltLength, Hash: h})
		} else {
			sig, err = rsa.SignPKCS1v15(nil, sk, h, d)
		}
		if err != nil {
			return nil, opErr("%s signing failed: %v", p.Name, err)
		}
		return sig, nil
	case "ECDSA":
		d, err := digestOf(p.Hash, data)
		if err != nil {
			return nil, err
		}
		sk := k.priv.(*ecdsa.PrivateKey)
		r, s, err := ecdsa.Sign(rand.Reader, sk, d)
		if err != nil {
			return nil, opErr("ECDSA signing failed: %v", err)
		}
		// IEEE P1363: r and s as fixed-size big-endian integers.
		size := (sk.Curve.Params().BitSize + 7) / 8
		sig := make([]byte, 2*size)
		r.FillBytes(sig[:size])
		s.FillBytes(sig[size:])
		return sig, nil
	case "Ed25519":
		return ed25519.Sign(k.priv.(ed25519.PrivateKey), data), nil
	}
	return nil, notSupported("sign does not support %s", p.Name)
}

func verify(p *params, k *Key, sig, data []byte) (bool, error) {
	switch p.Name {
	case "HMAC":
		mac, err := sign(p, k, data)
		if err != nil {
			return false, err
		}
		return hmac.Equal(mac, sig), nil
	case "RSASSA-PKCS1-v1_5", "RSA-PSS":
		h, err := cryptoHash(k.Hash)
		if err != nil {
			return false, err
		}
		d, _ := digestOf(k.Hash, data)
		pk := k.pub.(*rsa.PublicKey)
		if p.Name == "RSA-PSS" {
			salt := p.SaltLength
			if salt == 0 {
				salt = rsa.PSSSaltLengthAuto // Go has no "exactly zero"; auto accepts it
			}
			return rsa.VerifyPSS(pk, h, d, sig, &rsa.PSSOptions{SaltLength: salt, Hash: h}) == nil, nil
		}
		return rsa.VerifyPKCS1v15(pk, h, d, sig) == nil, nil
	case "ECDSA":
		d, err := digestOf(p.Hash, data)
		if err != nil {
			return false, err
		}
		pk := k.pub.(*ecdsa.PublicKey)
		size := (pk.Curve.Params().BitSize + 7) / 8
		if len(sig) != 2*size {
			return false, nil
		}
		r, s := new(big.Int).SetBytes(sig[:size]), new(big.Int).SetBytes(sig[size:])
		return ecdsa.Verify(pk, d, r, s), nil
	case "Ed25519":
		pk := k.pub.(ed25519.PublicKey)
		return len(sig) == ed25519.SignatureSize && ed25519.Verify(pk, data, sig), nil
	}
	return false, notSupported("verify does not support %s", p.Name)
}

func encrypt(p *params, k *Key, data []byte) ([]byte, error) {
	switch p.Name {
	case "RSA-OAEP":
		h, err := cryptoHash(k.Hash)
		if err != nil {
			return nil, err
		}
		out, err := rsa.EncryptOAEP(h.New(), rand.Reader, k.pub.(*rsa.PublicKey), data, p.Label)
		if err != nil {
			return nil, opErr("RSA-OAEP encryption failed: %v", err)
		}
		return out, nil
	case "AES-GCM":
		g, tag, err := gcm(p, k)
		if err != nil {
			return nil, err
		}
		if uint64(len(data)) > (1<<32-2)*16 {
			return nil, opErr("AES-GCM plaintext is too long")
		}
		// a shorter tag is the full tag truncated (NIST SP 800-38D)
		return g.Seal(nil, p.IV, data, p.AdditionalData)[:len(data)+tag], nil
	case "AES-CBC":
		b, err := aesBlock(k)
		if err != nil {
			return nil, err
		}
		if len(p.IV) != 16 {
			return nil, opErr("AES-CBC iv must be 16 bytes, not %d", len(p.IV))
		}
		pad := 16 - len(data)%16
		out := make([]byte, len(data)+pad)
		copy(out, data)
		for i := len(data); i < len(out); i++ {
			out[i] = byte(pad)
		}
		cipher.NewCBCEncrypter(b, p.IV).CryptBlocks(out, out)
		return out, nil
	case "AES-CTR":
		return ctr(p, k, data)
	case "AES-KW":
		return nil, notSupported("AES-KW keys only wrap keys (wrapKey), they do not encrypt")
	}
	return nil, notSupported("encrypt does not support %s", p.Name)
}

func decrypt(p *params, k *Key, data []byte) ([]byte, error) {
	switch p.Name {
	case "RSA-OAEP":
		h, err := cryptoHash(k.Hash)
		if err != nil {
			return nil, err
		}
		out, err := rsa.DecryptOAEP(h.New(), nil, k.priv.(*rsa.PrivateKey), data, p.Label)
		if err != nil {
			return nil, opErr("RSA-OAEP decryption failed")
		}
		return out, nil
	case "AES-GCM":
		g, tag, err := gcm(p, k)
		if err != nil {
			return nil, err
		}
		if len(data) < tag {
			return nil, opErr("Decryption failed: the AES-GCM ciphertext is shorter than its %d-byte tag", tag)
		}
		bad := opErr("Decryption failed: the AES-GCM tag does not match (wrong key, iv, additionalData or corrupted data)")
		if tag == 16 {
			out, err := g.Open(nil, p.IV, data, p.AdditionalData)
			if err != nil {
				return nil, bad
			}
			return out, nil
		}
		// Go opens full tags only: recover the plaintext with GCM's own
		// keystream (sealing zeros), recompute the full tag, compare.
		ct, want := data[:len(data)-tag], data[len(data)-tag:]
		out := g.Seal(nil, p.IV, make([]byte, len(ct)), nil)[:len(ct)]
		subtle.XORBytes(out, out, ct)
		full := g.Seal(nil, p.IV, out, p.AdditionalData)
		if subtle.ConstantTimeCompare(full[len(ct):len(ct)+tag], want) != 1 {
			return nil, bad
		}
		return out, nil
	case "AES-CBC":
		b, err := aesBlock(k)
		if err != nil {
			return nil, err
		}
		if len(p.IV) != 16 {
			return nil, opErr("AES-CBC iv must be 16 bytes, not %d", len(p.IV))
		}
		if len(data) == 0 || len(data)%16 != 0 {
			return nil, opErr("Decryption failed: AES-CBC ciphertext length %d is not a positive multiple of 16", len(data))
		}
		out := make([]byte, len(data))
		cipher.NewCBCDecrypter(b, p.IV).CryptBlocks(out, data)
		pad := int(out[len(out)-1])
		bad := pad == 0 || pad > 16
		if !bad {
			for _, c := range out[len(out)-pad:] {
				bad = bad || int(c) != pad
			}
		}
		if bad {
			return nil, opErr("Decryption failed: bad AES-CBC padding (wrong key or iv, or corrupted data)")
		}
		return out[:len(out)-pad], nil
	case "AES-CTR":
		return ctr(p, k, data)
	}
	return nil, notSupported("decrypt does not support %s", p.Name)
}

func aesBlock(k *Key) (cipher.Block, error) {
	b, err := aes.NewCipher(k.secret)
	if err != nil {
		return nil, opErr("AES: %v", err)
	}
	return b, nil
}

// gcm returns GCM with a full 16-byte tag for p's iv and the tag length
// in bytes the caller wants.
func gcm(p *params, k *Key) (cipher.AEAD, int, error) {
	b, err := aesBlock(k)
	if err != nil {
		return nil, 0, err
	}
	tag := 128
	if p.HasTagLength {
		tag = p.TagLength
	}
	switch tag {
	case 32, 64, 96, 104, 112, 120, 128:
	default:
		return nil, 0, opErr("Invalid tag length: %d (want 32, 64, 96, 104, 112, 120 or 128)", tag)
	}
	if len(p.IV) == 0 {
		return nil, 0, opErr("AES-GCM iv must not be empty")
	}
	var g cipher.AEAD
	if len(p.IV) == 12 {
		g, err = cipher.NewGCM(b)
	} else {
		g, err = cipher.NewGCMWithNonceSize(b, len(p.IV))
	}
	if err != nil {
		return nil, 0, opErr("AES-GCM: %v", err)
	}
	return g, tag / 8, nil
}

// ctr is AES-CTR as WebCrypto defines it: only the rightmost length bits
// of the counter block increment (and wrap), which Go's cipher.NewCTR
// (whole-block increment) does not do.
func ctr(p *params, k *Key, data []byte) ([]byte, error) {
	b, err := aesBlock(k)
	if err != nil {
		return nil, err
	}
	if len(p.Counter) != 16 {
		return nil, opErr("AES-CTR counter must be 16 bytes, not %d", len(p.Counter))
	}
	if p.Length < 1 || p.Length > 128 {
		return nil, opErr("AES-CTR length must be from 1 to 128, not %d", p.Length)
	}
	blocks := uint64((len(data) + 15) / 16)
	if p.Length < 64 && blocks > 1<<p.Length {
		return nil, opErr("AES-CTR input is too long: the %d-bit counter would repeat", p.Length)
	}
	hi, lo := binary.BigEndian.Uint64(p.Counter[:8]), binary.BigEndian.Uint64(p.Counter[8:])
	// the counter's mask over the 128-bit block
	var mhi, mlo uint64
	switch {
	case p.Length >= 64:
		mlo = ^uint64(0)
		if p.Length == 128 {
			mhi = ^uint64(0)
		} else {
			mhi = 1<<(p.Length-64) - 1
		}
	default:
		mlo = 1<<p.Length - 1
	}
	out := make([]byte, len(data))
	var ks, blk [16]byte
	for off := 0; off < len(data); off += 16 {
		binary.BigEndian.PutUint64(blk[:8], hi)
		binary.BigEndian.PutUint64(blk[8:], lo)
		b.Encrypt(ks[:], blk[:])
		subtle.XORBytes(out[off:], data[off:], ks[:])
		// increment the masked part, leave the rest (the nonce) alone
		nlo := (lo&mlo + 1) & mlo
		carry := uint64(0)
		if nlo == 0 && mlo == ^uint64(0) {
			carry = 1
		}
		nhi := (hi&mhi + carry) & mhi
		lo = lo&^mlo | nlo
		hi = hi&^mhi | nhi
	}
	return out, nil
}

// deriveBits implements ECDH, X25519, HKDF and PBKDF2. length < 0 means
// "null" (the whole shared secret, ECDH/X25519 only).
func deriveBits(p *params, k *Key, length int) ([]byte, error) {
	switch p.Name {
	case "ECDH", "X25519":
		pub := p.Public
		if pub == nil || pub.Type != "public" {
			return nil, invalidAccess("%s 'public' must be a public key", p.Name)
		}
		if pub.Alg != p.Name {
			return nil, invalidAccess("%s 'public' key is a %s key", p.Name, pub.Alg)
		}
		var secret []byte
		if p.Name == "ECDH" {
			if pub.Curve != k.Curve {
				return nil, invalidAccess("ECDH keys are on different curves (%s and %s)", k.Curve, pub.Curve)
			}
			sk, err := k.priv.(*ecdsa.PrivateKey).ECDH()
			if err != nil {
				return nil, opErr("ECDH: %v", err)
			}
			pk, err := pub.pub.(*ecdsa.PublicKey).ECDH()
			if err != nil {
				return nil, opErr("ECDH: %v", err)
			}
			if secret, err = sk.ECDH(pk); err != nil {
				return nil, opErr("ECDH: %v", err)
			}
		} else {
			var err error
			if secret, err = k.priv.(*ecdh.PrivateKey).ECDH(pub.pub.(*ecdh.PublicKey)); err != nil {
				return nil, opErr("X25519: %v", err)
			}
		}
		if length < 0 {
			return secret, nil
		}
		if length > len(secret)*8 {
			return nil, opErr("%s can derive at most %d bits, not %d", p.Name, len(secret)*8, length)
		}
		out := secret[:(length+7)/8]
		if length%8 != 0 {
			out[len(out)-1] &= byte(0xff << (8 - length%8))
		}
		return out, nil
	case "HKDF", "PBKDF2":
		if length < 0 {
			return nil, opErr("%s deriveBits needs a length", p.Name)
		}
		if length%8 != 0 {
			return nil, opErr("%s length must be a multiple of 8, not %d", p.Name, length)
		}
		if length == 0 {
			return []byte{}, nil
		}
		h, err := newHash(p.Hash)
		if err != nil {
			return nil, err
		}
		if p.Name == "HKDF" {
			if max := 255 * h().Size() * 8; length > max {
				return nil, opErr("HKDF with %s can derive at most %d bits, not %d", p.Hash, max, length)
			}
			out, err := hkdf.Key(h, k.secret, p.Salt, string(p.Info), length/8)
			if err != nil {
				return nil, opErr("HKDF: %v", err)
			}
			return out, nil
		}
		if p.Iterations <= 0 {
			return nil, opErr("PBKDF2 iterations must be positive, not %d", p.Iterations)
		}
		if p.Iterations > maxIterations {
			return nil, opErr("PBKDF2 iterations %d is over this runtime's limit of %d", p.Iterations, maxIterations)
		}
		if length > 1<<20*8 {
			return nil, opErr("PBKDF2 length %d is over the 8 Mbit limit", length)
		}
		out, err := pbkdf2.Key(h, string(k.secret), p.Salt, p.Iterations, length/8)
		if err != nil {
			return nil, opErr("PBKDF2: %v", err)
		}
		return out, nil
	}
	return nil, notSupported("deriveBits does not support %s", p.Name)
}

// kwIV is RFC 3394's default initial value.
var kwIV = [8]byte{0xa6, 0xa6, 0xa6, 0xa6, 0xa6, 0xa6, 0xa6, 0xa6}

// wrapKW is the AES key wrap of RFC 3394.
func wrapKW(k *Key, data []byte) ([]byte, error) {
	if len(data) < 16 || len(data)%8 != 0 {
		return nil, opErr("AES-KW wraps a multiple of 8 bytes (at least 16), not %d", len(data))
	}
	b, err := aesBlock(k)
	if err != nil {
		return nil, err
	}
	n := len(data) / 8
	out := make([]byte, 8+len(data))
	copy(out[8:], data)
	a := kwIV
	var buf [16]byte
	for j := 0; j < 6; j++ {
		for i := 1; i <= n; i++ {
			copy(buf[:8], a[:])
			copy(buf[8:], out[8*i:8*i+8])
			b.Encrypt(buf[:], buf[:])
			t := uint64(n*j + i)
			binary.BigEndian.PutUint64(a[:], binary.BigEndian.Uint64(buf[:8])^t)
			copy(out[8*i:], buf[8:])
		}
	}
	copy(out, a[:])
	return out, nil
}

// unwrapKW reverses wrapKW and checks the integrity value.
func unwrapKW(k *Key, data []byte) ([]byte, error) {
	if len(data) < 24 || len(data)%8 != 0 {
		return nil, opErr("AES-KW wrapped data must be a multiple of 8 bytes (at least 24), not %d", len(data))
	}
	b, err := aesBlock(k)
	if err != nil {
		return nil, err
	}
	n := len(data)/8 - 1
	out := make([]byte, len(data))
	copy(out, data)
	var a [8]byte
	copy(a[:], data[:8])
	var buf [16]byte
	for j := 5; j >= 0; j-- {
		for i := n; i >= 1; i-- {
			t := uint64(n*j + i)
			binary.BigEndian.PutUint64(buf[:8], binary.BigEndian.Uint64(a[:])^t)
			copy(buf[8:], out[8*i:8*i+8])
			b.Decrypt(buf[:], buf[:])
			copy(a[:], buf[:8])
			copy(out[8*i:], buf[8:])
		}
	}
	if subtle.ConstantTimeCompare(a[:], kwIV[:]) != 1 {
		return nil, opErr("AES-KW unwrap failed: integrity check failed (wrong key or corrupted data)")
	}
	return out[8:], nil
}

// signPSSNoSalt is RSASSA-PSS with an empty salt (RFC 8017 §8.1.1), which
// Go's rsa.SignPSS cannot make (its SaltLength 0 means "auto"): the
// EMSA-PSS encoding here, then the RSA private operation with math/big
// (not constant-time; the signature is checked before it is returned).
func signPSSNoSalt(sk *rsa.PrivateKey, h stdcrypto.Hash, mHash []byte) ([]byte, error) {
	modBits := sk.N.BitLen()
	emBits := modBits - 1
	emLen := (emBits + 7) / 8
	hLen := h.Size()
	if emLen < hLen+2 {
		return nil, opErr("RSA-PSS: the key is too short for %v", h)
	}
	m := h.New()
	m.Write(make([]byte, 8))
	m.Write(mHash)
	H := m.Sum(nil)
	db := make([]byte, emLen-hLen-1)
	db[len(db)-1] = 0x01
	// MGF1 over H
	for c, off := uint32(0), 0; off < len(db); c++ {
		m.Reset()
		m.Write(H)
		m.Write(binary.BigEndian.AppendUint32(nil, c))
		off += subtle.XORBytes(db[off:], db[off:], m.Sum(nil))
	}
	db[0] &= 0xff >> (8*emLen - emBits)
	em := append(append(db, H...), 0xbc)
	sig := new(big.Int).Exp(new(big.Int).SetBytes(em), sk.D, sk.N).FillBytes(make([]byte, (modBits+7)/8))
	if rsa.VerifyPSS(&sk.PublicKey, h, mHash, sig, &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthAuto, Hash: h}) != nil {
		return nil, opErr("RSA-PSS signing failed")
	}
	return sig, nil
}
