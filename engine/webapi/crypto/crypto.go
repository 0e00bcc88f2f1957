// Package crypto installs Web Crypto: crypto.getRandomValues,
// crypto.randomUUID and crypto.subtle with digest (SHA-1/256/384/512) and
// HMAC (importKey raw/jwk, exportKey, generateKey, sign, verify). Every
// primitive is Go's crypto package; the JS layer (crypto.js) is the API's
// shape, key objects and WebCrypto's error names.
//
// Not yet provided (they reject with NotSupportedError): RSA, ECDSA,
// Ed25519, AES, PBKDF2/HKDF, ECDH, wrap/unwrap.
package crypto

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	_ "embed"
	"fmt"
	"hash"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

//go:embed crypto.js
var cryptoJS string

var script = jsrt.NewScript("edgeplay:crypto", cryptoJS)

// maxDigestInput bounds one digest or HMAC input (Interrupt cannot stop a
// native hash in progress).
const maxDigestInput = 1 << 30

func hasher(name string) (func() hash.Hash, error) {
	switch name {
	case "SHA-1":
		return sha1.New, nil
	case "SHA-256":
		return sha256.New, nil
	case "SHA-384":
		return sha512.New384, nil
	case "SHA-512":
		return sha512.New, nil
	}
	return nil, jsrt.Errorf("DOMException:NotSupportedError", "Unrecognized hash algorithm: %s", name)
}

// Install adds crypto.
func Install(r *jsrt.Runtime) error {
	vm := r.VM()
	buf := func(b []byte) goja.Value { return vm.ToValue(vm.NewArrayBuffer(b)) }
	input := func(v goja.Value) []byte {
		b, ok := r.Bytes(v)
		if !ok {
			r.ThrowTypeError("expected an ArrayBuffer or ArrayBufferView")
		}
		if len(b) > maxDigestInput {
			r.Throw(jsrt.Errorf("DOMException:OperationError", "input of %d bytes is over the 1 GB limit", len(b)))
		}
		return b
	}
	mac := func(alg string, key, data goja.Value) []byte {
		h, err := hasher(alg)
		if err != nil {
			r.Throw(err)
		}
		k, _ := r.Bytes(key)
		m := hmac.New(h, k)
		m.Write(input(data))
		return m.Sum(nil)
	}
	_, err := script.Call(r, map[string]any{
		"digest": func(alg string, data goja.Value) goja.Value {
			h, err := hasher(alg)
			if err != nil {
				r.Throw(err)
			}
			d := h()
			d.Write(input(data))
			return buf(d.Sum(nil))
		},
		"hmac": func(alg string, key, data goja.Value) goja.Value {
			return buf(mac(alg, key, data))
		},
		"hmacVerify": func(alg string, key, sig, data goja.Value) bool {
			return hmac.Equal(mac(alg, key, data), input(sig))
		},
		"fill": func(v goja.Value) {
			b, _ := r.Bytes(v)
			_, _ = rand.Read(b)
		},
		"uuid": func() string {
			var u [16]byte
			_, _ = rand.Read(u[:])
			u[6] = u[6]&0x0f | 0x40
			u[8] = u[8]&0x3f | 0x80
			return fmt.Sprintf("%x-%x-%x-%x-%x", u[0:4], u[4:6], u[6:8], u[8:10], u[10:16])
		},
	})
	return err
}
