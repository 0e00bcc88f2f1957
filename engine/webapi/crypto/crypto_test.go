package crypto_test

import (
	"fmt"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/crypto"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
)

const hex = `const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");
const te = new TextEncoder();
`

func TestCrypto(t *testing.T) {
	r := jstest.New(t, dom.Install, encoding.Install, crypto.Install)
	cases := []struct{ name, src, want string }{
		{"sha-256 abc", `return hex(await crypto.subtle.digest("SHA-256", te.encode("abc")))`, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"sha-1 abc", `return hex(await crypto.subtle.digest({ name: "sha-1" }, te.encode("abc")))`, "a9993e364706816aba3e25717850c26c9cd0d89d"},
		{"sha-512 empty", `return hex(await crypto.subtle.digest("SHA-512", new Uint8Array(0))).slice(0, 16)`, "cf83e1357eefb8bd"},
		{"sha-384 abc", `return hex(await crypto.subtle.digest("SHA-384", te.encode("abc"))).slice(0, 16)`, "cb00753f45a35e8b"},
		// RFC 4231 test case 2
		{"hmac rfc4231", `const k = await crypto.subtle.importKey("raw", te.encode("Jefe"), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
			const sig = await crypto.subtle.sign("HMAC", k, te.encode("what do ya want for nothing?"));
			return hex(sig) + ":" + await crypto.subtle.verify("HMAC", k, sig, te.encode("what do ya want for nothing?"))`,
			"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843:true"},
		{"hmac verify wrong", `const k = await crypto.subtle.importKey("raw", te.encode("k"), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
			return String(await crypto.subtle.verify("HMAC", k, new Uint8Array(32), te.encode("x")))`, "false"},
		{"jwk round trip", `const k = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-384" }, true, ["sign"]);
			const j = await crypto.subtle.exportKey("jwk", k); const k2 = await crypto.subtle.importKey("jwk", j, { name: "HMAC", hash: "SHA-384" }, true, ["sign"]);
			return j.alg + ":" + (hex(await crypto.subtle.sign("HMAC", k, te.encode("m"))) === hex(await crypto.subtle.sign("HMAC", k2, te.encode("m"))))`, "HS384:true"},
		{"usage enforced", `const k = await crypto.subtle.importKey("raw", te.encode("k"), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
			try { await crypto.subtle.sign("HMAC", k, te.encode("x")); } catch (e) { return e.name }`, "InvalidAccessError"},
		{"not extractable", `const k = await crypto.subtle.importKey("raw", te.encode("k"), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
			try { await crypto.subtle.exportKey("raw", k); } catch (e) { return e.name }`, "InvalidAccessError"},
		{"unknown alg", `try { await crypto.subtle.digest("MD5", new Uint8Array(1)); } catch (e) { return e.name }`, "NotSupportedError"},
		{"getRandomValues", `const a = new Uint8Array(16); return String(crypto.getRandomValues(a) === a && a.some((x) => x !== 0))`, "true"},
		{"quota", `try { crypto.getRandomValues(new Uint8Array(65537)); } catch (e) { return e.name }`, "QuotaExceededError"},
		{"float rejected", `try { crypto.getRandomValues(new Float32Array(1)); } catch (e) { return e.name }`, "TypeMismatchError"},
		{"uuid", `const u = crypto.randomUUID(); return String(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u))`, "true"},
		{"brands", `return String(crypto instanceof Crypto && crypto.subtle instanceof SubtleCrypto)`, "true"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := jstest.MustEval(t, r, hex+tc.src)
			if s := fmt.Sprint(got); s != tc.want {
				t.Fatalf("got %q, want %q", s, tc.want)
			}
		})
	}
}
