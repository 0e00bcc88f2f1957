package crypto_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/crypto"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
)

const prelude = `const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");
const unhex = (h) => new Uint8Array((h.match(/../g) || []).map((x) => parseInt(x, 16)));
const b64url = (b) => btoa(String.fromCharCode(...new Uint8Array(b))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const te = new TextEncoder();
const s = crypto.subtle;
const errName = async (f) => { try { await f(); return "no error"; } catch (e) { return e.name + ": " + e.message; } };
const hmacKey = (raw, hash, usages = ["sign", "verify"]) => s.importKey("raw", raw, { name: "HMAC", hash }, true, usages);
const rsaGen = (name, hash, usages) => s.generateKey({ name, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash }, true, usages);
`

type jsCase struct{ name, src, want string }

// run evaluates each case; a want ending in "…" matches a prefix.
func run(t *testing.T, cases []jsCase) {
	t.Helper()
	r := jstest.New(t, dom.Install, encoding.Install, timers.Install, crypto.Install)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := jstest.Eval(t, r, prelude+tc.src)
			if err != nil {
				t.Fatalf("rejected: %v", err)
			}
			s := fmt.Sprint(got)
			if p, ok := strings.CutSuffix(tc.want, "…"); ok {
				if !strings.HasPrefix(s, p) {
					t.Fatalf("got %q, want prefix %q", s, p)
				}
			} else if s != tc.want {
				t.Fatalf("got %q, want %q", s, tc.want)
			}
		})
	}
}

// TestKnownAnswers: NIST and RFC test vectors.
func TestKnownAnswers(t *testing.T) {
	run(t, []jsCase{
		// FIPS 180 examples
		{"sha-1 abc", `return hex(await s.digest("SHA-1", te.encode("abc")))`, "a9993e364706816aba3e25717850c26c9cd0d89d"},
		{"sha-256 abc", `return hex(await s.digest("SHA-256", te.encode("abc")))`, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"sha-384 abc", `return hex(await s.digest("SHA-384", te.encode("abc")))`, "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7"},
		{"sha-512 abc", `return hex(await s.digest("SHA-512", te.encode("abc")))`, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"},
		{"sha-256 two blocks", `return hex(await s.digest("SHA-256", te.encode("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))`, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
		{"sha-1 two blocks", `return hex(await s.digest({ name: "sha-1" }, te.encode("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))`, "84983e441c3bd26ebaae4aa1f95129e5e54670f1"},
		{"sha-512 empty", `return hex(await s.digest("Sha-512", new ArrayBuffer(0))).slice(0, 32)`, "cf83e1357eefb8bdf1542850d66d8007"},
		{"digest of a DataView slice", `const b = te.encode("xxabcxx"); return hex(await s.digest("SHA-256", new DataView(b.buffer, 2, 3)))`, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
		{"digest of a Uint32Array hashes its bytes", `return hex(await s.digest("SHA-256", new Uint32Array([0x64636261])))`, "88d4266fd4e6338d13b845fcf289579d209c897823b9217da3e161936f031589"},
		{"digest of 1 MB (off the loop)", `return hex(await s.digest("SHA-256", new Uint8Array(1 << 20))).slice(0, 16)`, "30e14955ebf13522"},
		// RFC 4231
		{"hmac rfc4231 1 sha-256", `const k = await hmacKey(new Uint8Array(20).fill(0x0b), "SHA-256"); return hex(await s.sign("HMAC", k, te.encode("Hi There")))`, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"},
		{"hmac rfc4231 1 sha-384", `const k = await hmacKey(new Uint8Array(20).fill(0x0b), "SHA-384"); return hex(await s.sign("HMAC", k, te.encode("Hi There")))`, "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6"},
		{"hmac rfc4231 1 sha-512", `const k = await hmacKey(new Uint8Array(20).fill(0x0b), "SHA-512"); return hex(await s.sign("HMAC", k, te.encode("Hi There")))`, "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854"},
		{"hmac rfc4231 2", `const k = await hmacKey(te.encode("Jefe"), "SHA-256"); const sig = await s.sign("HMAC", k, te.encode("what do ya want for nothing?"));
			return hex(sig) + ":" + await s.verify("HMAC", k, sig, te.encode("what do ya want for nothing?"))`, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843:true"},
		{"hmac rfc4231 6 long key", `const k = await hmacKey(new Uint8Array(131).fill(0xaa), "SHA-256"); return hex(await s.sign("HMAC", k, te.encode("Test Using Larger Than Block-Size Key - Hash Key First")))`, "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"},
		// RFC 6070
		{"pbkdf2 rfc6070 c=1", `const k = await s.importKey("raw", te.encode("password"), "PBKDF2", false, ["deriveBits"]);
			return hex(await s.deriveBits({ name: "PBKDF2", hash: "SHA-1", salt: te.encode("salt"), iterations: 1 }, k, 160))`, "0c60c80f961f0e71f3a9b524af6012062fe037a6"},
		{"pbkdf2 rfc6070 c=4096", `const k = await s.importKey("raw", te.encode("password"), "PBKDF2", false, ["deriveBits"]);
			return hex(await s.deriveBits({ name: "PBKDF2", hash: "SHA-1", salt: te.encode("salt"), iterations: 4096 }, k, 160))`, "4b007901b765489abead49d926f721d065a429c1"},
		// RFC 5869 test 1
		{"hkdf rfc5869 1", `const k = await s.importKey("raw", new Uint8Array(22).fill(0x0b), "HKDF", false, ["deriveBits"]);
			return hex(await s.deriveBits({ name: "HKDF", hash: "SHA-256", salt: unhex("000102030405060708090a0b0c"), info: unhex("f0f1f2f3f4f5f6f7f8f9") }, k, 336))`,
			"3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"},
		// RFC 8032 test 1
		{"ed25519 rfc8032 1", `const d = unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"), x = unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
			const k = await s.importKey("jwk", { kty: "OKP", crv: "Ed25519", d: b64url(d), x: b64url(x) }, "Ed25519", true, ["sign"]);
			const pub = await s.importKey("raw", x, { name: "ed25519" }, true, ["verify"]);
			const sig = await s.sign("Ed25519", k, new Uint8Array(0));
			return hex(sig) + ":" + await s.verify("Ed25519", pub, sig, new Uint8Array(0))`,
			"e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b:true"},
		// RFC 7748 §6.1
		{"x25519 rfc7748", `const pkcs8 = (k) => new Uint8Array([...unhex("302e020100300506032b656e04220420"), ...unhex(k)]);
			const a = await s.importKey("pkcs8", pkcs8("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"), "X25519", true, ["deriveBits"]);
			const bobPub = await s.importKey("raw", unhex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"), "X25519", true, []);
			return hex(await s.exportKey("raw", await s.getPublicKey(a, []))) + ":" + hex(await s.deriveBits({ name: "X25519", public: bobPub }, a, 256))`,
			"8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a:4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"},
		// RFC 3394 §4.1
		{"aes-kw rfc3394", `const kek = await s.importKey("raw", unhex("000102030405060708090a0b0c0d0e0f"), "AES-KW", false, ["wrapKey", "unwrapKey"]);
			const k = await s.importKey("raw", unhex("00112233445566778899aabbccddeeff"), "AES-CBC", true, ["encrypt"]);
			const w = await s.wrapKey("raw", k, kek, "AES-KW");
			const u = await s.unwrapKey("raw", w, kek, { name: "AES-KW" }, "AES-CBC", true, ["encrypt"]);
			return hex(w) + ":" + hex(await s.exportKey("raw", u))`, "1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5:00112233445566778899aabbccddeeff"},
		// McGrew & Viega GCM test case 2
		{"aes-gcm test 2", `const k = await s.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]);
			return hex(await s.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, k, new Uint8Array(16)))`, "0388dace60b6a392f328c2b971b2fe78ab6e47d42cec13bdf53a67b21257bddf"},
		// SP 800-38A F.2.1 and F.5.1 (first block)
		{"aes-cbc sp800-38a", `const k = await s.importKey("raw", unhex("2b7e151628aed2a6abf7158809cf4f3c"), "AES-CBC", false, ["encrypt"]);
			return hex(await s.encrypt({ name: "AES-CBC", iv: unhex("000102030405060708090a0b0c0d0e0f") }, k, unhex("6bc1bee22e409f96e93d7e117393172a"))).slice(0, 32)`, "7649abac8119b246cee98e9b12e9197d"},
		{"aes-ctr sp800-38a", `const k = await s.importKey("raw", unhex("2b7e151628aed2a6abf7158809cf4f3c"), "AES-CTR", false, ["encrypt"]);
			return hex(await s.encrypt({ name: "AES-CTR", counter: unhex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"), length: 64 }, k, unhex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51")))`,
			"874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"},
	})
}

// TestOperations: round trips and behaviour of every algorithm.
func TestOperations(t *testing.T) {
	run(t, []jsCase{
		{"hmac jwk round trip", `const k = await s.generateKey({ name: "HMAC", hash: "SHA-384" }, true, ["sign"]);
			const j = await s.exportKey("jwk", k); const k2 = await s.importKey("jwk", j, { name: "HMAC", hash: "SHA-384" }, true, ["sign"]);
			return [j.kty, j.alg, j.key_ops.join(), j.ext, k.algorithm.length, hex(await s.sign("HMAC", k, te.encode("m"))) === hex(await s.sign("HMAC", k2, te.encode("m")))].join()`, "oct,HS384,sign,true,1024,true"},
		{"hmac verify wrong", `const k = await hmacKey(te.encode("k"), "SHA-256", ["verify"]); return String(await s.verify("HMAC", k, new Uint8Array(32), te.encode("x")))`, "false"},
		{"hmac key algorithm", `const k = await s.importKey("raw", new Uint8Array(5), { name: "hmac", hash: { name: "sha-1" }, length: 36 }, true, ["sign"]);
			return JSON.stringify(k.algorithm) + k.type + k.extractable + k.usages`, `{"name":"HMAC","length":36,"hash":{"name":"SHA-1"}}secrettruesign`},
		{"aes-gcm round trip with aad", `const k = await s.generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
			const iv = crypto.getRandomValues(new Uint8Array(12)); const p = { name: "AES-GCM", iv, additionalData: te.encode("hdr") };
			const c = await s.encrypt(p, k, te.encode("secret")); return c.byteLength + ":" + new TextDecoder().decode(await s.decrypt(p, k, c))`, "22:secret"},
		{"aes-gcm wrong aad fails", `const k = await s.generateKey({ name: "AES-GCM", length: 128 }, false, ["encrypt", "decrypt"]);
			const c = await s.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), additionalData: te.encode("a") }, k, te.encode("x"));
			return errName(() => s.decrypt({ name: "AES-GCM", iv: new Uint8Array(12), additionalData: te.encode("b") }, k, c))`, "OperationError: Decryption failed…"},
		{"aes-gcm short tags", `const k = await s.generateKey({ name: "AES-GCM", length: 128 }, false, ["encrypt", "decrypt"]); const out = [];
			for (const tagLength of [32, 64, 96, 104, 128]) for (const iv of [new Uint8Array(12), new Uint8Array(16)]) {
			  const p = { name: "AES-GCM", iv, tagLength }; const c = await s.encrypt(p, k, te.encode("hello"));
			  const bad = new Uint8Array(c).slice(); bad[bad.length - 1] ^= 1;
			  out.push(c.byteLength + new TextDecoder().decode(await s.decrypt(p, k, c)) + (await errName(() => s.decrypt(p, k, bad))).split(":")[0]);
			} return out.join()`, "9helloOperationError,9helloOperationError,13helloOperationError,13helloOperationError,17helloOperationError,17helloOperationError,18helloOperationError,18helloOperationError,21helloOperationError,21helloOperationError"},
		{"aes-cbc round trip", `const k = await s.generateKey({ name: "AES-CBC", length: 192 }, true, ["encrypt", "decrypt"]); const p = { name: "AES-CBC", iv: new Uint8Array(16) };
			const c = await s.encrypt(p, k, te.encode("0123456789abcdef")); return c.byteLength + ":" + new TextDecoder().decode(await s.decrypt(p, k, c)) + ":" + (await s.exportKey("jwk", k)).alg`, "32:0123456789abcdef:A192CBC"},
		{"aes-cbc bad padding", `const k = await s.generateKey({ name: "AES-CBC", length: 128 }, true, ["decrypt"]);
			return errName(() => s.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, k, new Uint8Array(32)))`, "OperationError: Decryption failed…"},
		{"aes-ctr counter wraps in its length bits", `const k = await s.importKey("raw", new Uint8Array(16), "AES-CTR", false, ["encrypt"]);
			const ctr = new Uint8Array(16).fill(0xff); const a = new Uint8Array(await s.encrypt({ name: "AES-CTR", counter: ctr, length: 8 }, k, new Uint8Array(32)));
			const b = new Uint8Array(await s.encrypt({ name: "AES-CTR", counter: new Uint8Array([...new Uint8Array(15).fill(0xff), 0]), length: 8 }, k, new Uint8Array(16)));
			return String(hex(a.subarray(16)) === hex(b))`, "true"},
		{"aes-ctr too long for its counter", `const k = await s.importKey("raw", new Uint8Array(16), "AES-CTR", false, ["encrypt"]);
			return errName(() => s.encrypt({ name: "AES-CTR", counter: new Uint8Array(16), length: 2 }, k, new Uint8Array(80)))`, "OperationError…"},
		{"rsa-oaep round trip with label", `const kp = await rsaGen("RSA-OAEP", "SHA-256", ["encrypt", "decrypt"]); const p = { name: "RSA-OAEP", label: te.encode("L") };
			const c = await s.encrypt(p, kp.publicKey, te.encode("hi")); return new TextDecoder().decode(await s.decrypt(p, kp.privateKey, c)) + ":" + (await errName(() => s.decrypt({ name: "RSA-OAEP" }, kp.privateKey, c))).split(":")[0]`, "hi:OperationError"},
		{"rsa pkcs1 sign verify", `const kp = await rsaGen("RSASSA-PKCS1-v1_5", "SHA-512", ["sign", "verify"]); const sig = await s.sign("RSASSA-PKCS1-v1_5", kp.privateKey, te.encode("m"));
			return sig.byteLength + ":" + await s.verify({ name: "RSASSA-PKCS1-v1_5" }, kp.publicKey, sig, te.encode("m")) + ":" + await s.verify("RSASSA-PKCS1-v1_5", kp.publicKey, sig, te.encode("n"))`, "128:true:false"},
		{"rsa key shape", `const kp = await rsaGen("RSA-PSS", "SHA-256", ["sign", "verify"]); const a = kp.publicKey.algorithm;
			return [a.name, a.modulusLength, a.publicExponent.join("."), a.publicExponent instanceof Uint8Array, a.hash.name, kp.publicKey.usages, kp.privateKey.usages, kp.publicKey.extractable].join()`, "RSA-PSS,1024,1.0.1,true,SHA-256,verify,sign,true"},
		{"rsa-pss salt lengths", `const kp = await rsaGen("RSA-PSS", "SHA-256", ["sign", "verify"]); const out = [];
			for (const saltLength of [0, 20, 32]) { const sig = await s.sign({ name: "RSA-PSS", saltLength }, kp.privateKey, te.encode("m")); out.push(await s.verify({ name: "RSA-PSS", saltLength }, kp.publicKey, sig, te.encode("m"))); }
			return out.join()`, "true,true,true"},
		{"rsa jwk alg checked", `const kp = await rsaGen("RSASSA-PKCS1-v1_5", "SHA-256", ["sign", "verify"]); const j = await s.exportKey("jwk", kp.publicKey);
			return j.alg + ":" + await errName(() => s.importKey("jwk", j, { name: "RSASSA-PKCS1-v1_5", hash: "SHA-384" }, true, ["verify"]))`, "RS256:DataError: 'alg' property of JsonWebKey must be 'RS384'"},
		{"ecdsa p-384 p1363 signature", `const kp = await s.generateKey({ name: "ECDSA", namedCurve: "P-384" }, true, ["sign", "verify"]);
			const sig = await s.sign({ name: "ECDSA", hash: "SHA-384" }, kp.privateKey, te.encode("m"));
			return sig.byteLength + ":" + await s.verify({ name: "ECDSA", hash: "SHA-384" }, kp.publicKey, sig, te.encode("m")) + ":" + await s.verify({ name: "ECDSA", hash: "SHA-256" }, kp.publicKey, sig, te.encode("m"))`, "96:true:false"},
		{"ecdsa p-521", `const kp = await s.generateKey({ name: "ECDSA", namedCurve: "P-521" }, true, ["sign", "verify"]);
			const sig = await s.sign({ name: "ECDSA", hash: "SHA-512" }, kp.privateKey, te.encode("m")); return sig.byteLength + ":" + await s.verify({ name: "ECDSA", hash: "SHA-512" }, kp.publicKey, sig, te.encode("m"))`, "132:true"},
		{"ecdsa raw compressed point", `const kp = await s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]); const raw = new Uint8Array(await s.exportKey("raw", kp.publicKey));
			const c = new Uint8Array([2 + (raw[64] & 1), ...raw.subarray(1, 33)]); const k = await s.importKey("raw", c, { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]);
			return String(hex(await s.exportKey("raw", k)) === hex(raw))`, "true"},
		{"ecdh derive both sides", `const a = await s.generateKey({ name: "ECDH", namedCurve: "P-384" }, false, ["deriveBits", "deriveKey"]); const b = await s.generateKey({ name: "ECDH", namedCurve: "P-384" }, false, ["deriveBits"]);
			const x = await s.deriveBits({ name: "ECDH", public: b.publicKey }, a.privateKey, 384); const y = await s.deriveBits({ name: "ECDH", public: a.publicKey }, b.privateKey, null);
			return x.byteLength + ":" + (hex(x) === hex(y)) + ":" + a.publicKey.usages.length`, "48:true:0"},
		{"ecdh deriveKey aes", `const a = await s.generateKey({ name: "ECDH", namedCurve: "P-256" }, false, ["deriveKey"]); const b = await s.generateKey({ name: "ECDH", namedCurve: "P-256" }, false, ["deriveKey"]);
			const k1 = await s.deriveKey({ name: "ECDH", public: b.publicKey }, a.privateKey, { name: "AES-GCM", length: 128 }, true, ["encrypt"]);
			const k2 = await s.deriveKey({ name: "ECDH", public: a.publicKey }, b.privateKey, { name: "AES-GCM", length: 128 }, true, ["encrypt"]);
			return String(hex(await s.exportKey("raw", k1)) === hex(await s.exportKey("raw", k2)))`, "true"},
		{"ecdh curves differ", `const a = await s.generateKey({ name: "ECDH", namedCurve: "P-256" }, false, ["deriveBits"]); const b = await s.generateKey({ name: "ECDH", namedCurve: "P-384" }, false, ["deriveBits"]);
			return errName(() => s.deriveBits({ name: "ECDH", public: b.publicKey }, a.privateKey, 256))`, "InvalidAccessError…"},
		{"ed25519 keys", `const kp = await s.generateKey("Ed25519", true, ["sign", "verify"]); const j = await s.exportKey("jwk", kp.privateKey);
			const spki = await s.exportKey("spki", kp.publicKey); const pkcs8 = await s.exportKey("pkcs8", kp.privateKey);
			const sig = await s.sign({ name: "Ed25519" }, await s.importKey("pkcs8", pkcs8, "Ed25519", false, ["sign"]), te.encode("m"));
			return [j.kty, j.crv, spki.byteLength, pkcs8.byteLength, await s.verify("Ed25519", await s.importKey("spki", spki, "Ed25519", false, ["verify"]), sig, te.encode("m"))].join()`, "OKP,Ed25519,44,48,true"},
		{"hkdf deriveKey hmac", `const k = await s.importKey("raw", te.encode("ikm"), "HKDF", false, ["deriveKey"]);
			const h = await s.deriveKey({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, k, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
			return JSON.stringify(h.algorithm)`, `{"name":"HMAC","length":512,"hash":{"name":"SHA-256"}}`},
		{"pbkdf2 deriveKey aes", `const k = await s.importKey("raw", te.encode("pw"), { name: "PBKDF2" }, false, ["deriveKey"]);
			const a = await s.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: te.encode("salt"), iterations: 1000 }, k, { name: "AES-CBC", length: 256 }, true, ["encrypt", "decrypt"]);
			return (await s.exportKey("raw", a)).byteLength + ":" + a.usages`, "32:encrypt,decrypt"},
		{"wrap jwk with aes-kw", `const kek = await s.generateKey({ name: "AES-KW", length: 256 }, false, ["wrapKey", "unwrapKey"]); const k = await hmacKey(te.encode("key"), "SHA-256");
			const w = await s.wrapKey("jwk", k, kek, "AES-KW"); const u = await s.unwrapKey("jwk", w, kek, "AES-KW", { name: "HMAC", hash: "SHA-256" }, true, ["sign"]);
			return new TextDecoder().decode(await s.exportKey("raw", u)) + ":" + (w.byteLength % 8)`, "key:0"},
		{"wrap pkcs8 with rsa-oaep", `const kp = await rsaGen("RSA-OAEP", "SHA-256", ["wrapKey", "unwrapKey"]); const aes = await s.generateKey({ name: "AES-GCM", length: 128 }, true, ["encrypt"]);
			const w = await s.wrapKey("raw", aes, kp.publicKey, { name: "RSA-OAEP" }); const u = await s.unwrapKey("raw", w, kp.privateKey, { name: "RSA-OAEP" }, "AES-GCM", false, ["encrypt"]);
			return u.algorithm.name + u.algorithm.length + u.extractable`, "AES-GCM128false"},
		{"getPublicKey", `const kp = await s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]); const pub = await s.getPublicKey(kp.privateKey, ["verify"]);
			return [pub.type, pub.extractable, pub.usages, hex(await s.exportKey("raw", pub)) === hex(await s.exportKey("raw", kp.publicKey))].join()`, "public,true,verify,true"},
		{"rsa generation runs off the loop", `let ticks = 0; const id = setInterval(() => ticks++, 0); const kp = await s.generateKey({ name: "RSA-PSS", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, false, ["sign"]);
			clearInterval(id); return String(kp.privateKey.type === "private")`, "true"},
		{"input copied at call time", `const k = await hmacKey(te.encode("k"), "SHA-256"); const data = new Uint8Array(1 << 17); const p = s.sign("HMAC", k, data); data.fill(1);
			return String(hex(await p) === hex(await s.sign("HMAC", k, new Uint8Array(1 << 17))))`, "true"},
	})
}

// TestErrors: error classes and messages (Deno's where it has them).
func TestErrors(t *testing.T) {
	run(t, []jsCase{
		{"unknown digest", `return errName(() => s.digest("MD5", new Uint8Array(1)))`, "NotSupportedError: Algorithm 'MD5' is not supported"},
		{"digest of a string", `return errName(() => s.digest("SHA-256", "abc"))`, "TypeError…"},
		{"digest without name", `return errName(() => s.digest({}, new Uint8Array(1)))`, "TypeError…"},
		{"alg not for this op", `return errName(() => s.digest("HMAC", new Uint8Array(1)))`, "NotSupportedError: Algorithm 'HMAC' is not supported for digest"},
		{"bad usage on import", `return errName(() => hmacKey(te.encode("k"), "SHA-256", ["encrypt"]))`, "SyntaxError: Invalid key usage"},
		{"unknown usage", `return errName(() => hmacKey(te.encode("k"), "SHA-256", ["fly"]))`, "SyntaxError: Invalid key usage"},
		{"empty usages on import", `return errName(() => hmacKey(te.encode("k"), "SHA-256", []))`, "SyntaxError: Invalid key usage"},
		{"empty usages on generate", `return errName(() => s.generateKey({ name: "AES-GCM", length: 128 }, true, []))`, "SyntaxError: Usages cannot be empty"},
		{"pair without private usage", `return errName(() => s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]))`, "SyntaxError: Usages cannot be empty"},
		{"empty hmac key", `return errName(() => hmacKey(new Uint8Array(0), "SHA-256"))`, "DataError: Key length is zero"},
		{"hmac length mismatch", `return errName(() => s.importKey("raw", new Uint8Array(5), { name: "HMAC", hash: "SHA-1", length: 20 }, true, ["sign"]))`, "DataError: Key length is invalid…"},
		{"wrong usage", `const k = await hmacKey(te.encode("k"), "SHA-256", ["verify"]); return errName(() => s.sign("HMAC", k, te.encode("x")))`, "InvalidAccessError: The requested operation is not valid for the provided key"},
		{"algorithm mismatch", `const k = await hmacKey(te.encode("k"), "SHA-256"); return errName(() => s.sign({ name: "RSASSA-PKCS1-v1_5" }, k, te.encode("x")))`, "InvalidAccessError: Signing algorithm 'RSASSA-PKCS1-v1_5' does not match key algorithm"},
		{"not extractable", `const k = await hmacKey(te.encode("k"), "SHA-256"); const k2 = await s.importKey("raw", te.encode("k"), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
			return errName(() => s.exportKey("raw", k2))`, "InvalidAccessError: Key is not extractable"},
		{"bad format", `const k = await hmacKey(te.encode("k"), "SHA-256"); return errName(() => s.exportKey("pem", k))`, "TypeError…"},
		{"not a key", `return errName(() => s.sign("HMAC", {}, te.encode("x")))`, "TypeError…"},
		{"jwk wrong kty", `return errName(() => s.importKey("jwk", { kty: "RSA", k: "AAAA" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]))`, "DataError: 'kty' property of JsonWebKey must be 'oct'"},
		{"jwk wrong alg", `return errName(() => s.importKey("jwk", { kty: "oct", k: "AAAA", alg: "HS512" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]))`, "DataError: 'alg' property of JsonWebKey must be 'HS256'"},
		{"jwk wrong use", `return errName(() => s.importKey("jwk", { kty: "oct", k: "AAAA", use: "enc" }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]))`, "DataError: 'use' property of JsonWebKey must be 'sig'"},
		{"jwk ext false", `return errName(() => s.importKey("jwk", { kty: "oct", k: "AAAA", ext: false }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]))`, "DataError…"},
		{"jwk key_ops", `return errName(() => s.importKey("jwk", { kty: "oct", k: "AAAA", key_ops: ["verify"] }, { name: "HMAC", hash: "SHA-256" }, true, ["sign"]))`, "DataError: 'key_ops' property of JsonWebKey is invalid"},
		{"aes bad key length", `return errName(() => s.importKey("raw", new Uint8Array(5), "AES-GCM", true, ["encrypt"]))`, "DataError: Invalid key length…"},
		{"aes bad generate length", `return errName(() => s.generateKey({ name: "AES-GCM", length: 100 }, true, ["encrypt"]))`, "OperationError…"},
		{"gcm missing iv", `const k = await s.generateKey({ name: "AES-GCM", length: 128 }, true, ["encrypt"]); return errName(() => s.encrypt({ name: "AES-GCM" }, k, new Uint8Array(1)))`, "TypeError…"},
		{"gcm bad tag length", `const k = await s.generateKey({ name: "AES-GCM", length: 128 }, true, ["encrypt"]); return errName(() => s.encrypt({ name: "AES-GCM", iv: new Uint8Array(12), tagLength: 100 }, k, new Uint8Array(1)))`, "OperationError: Invalid tag length…"},
		{"bad curve", `return errName(() => s.generateKey({ name: "ECDSA", namedCurve: "P-999" }, false, ["sign"]))`, "NotSupportedError: Unsupported named curve: P-999"},
		{"spki garbage", `return errName(() => s.importKey("spki", new Uint8Array(10), { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]))`, "DataError…"},
		{"spki wrong curve", `const kp = await s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
			return errName(async () => s.importKey("spki", await s.exportKey("spki", kp.publicKey), { name: "ECDSA", namedCurve: "P-384" }, true, ["verify"]))`, "DataError…"},
		{"spki of another algorithm", `const kp = await s.generateKey("Ed25519", true, ["sign"]);
			return errName(async () => s.importKey("spki", await s.exportKey("spki", kp.publicKey), { name: "ECDSA", namedCurve: "P-256" }, true, ["verify"]))`, "DataError…"},
		{"public key for signing", `const kp = await s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]);
			return errName(async () => s.importKey("raw", await s.exportKey("raw", kp.publicKey), { name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]))`, "SyntaxError: Invalid key usage"},
		{"raw export of private key", `const kp = await s.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign"]); return errName(() => s.exportKey("raw", kp.privateKey))`, "InvalidAccessError: Key is not a public key"},
		{"pkcs8 export of public key", `const kp = await s.generateKey("Ed25519", true, ["sign"]); return errName(() => s.exportKey("pkcs8", kp.publicKey))`, "InvalidAccessError: Key is not a private key"},
		{"hkdf without length", `const k = await s.importKey("raw", te.encode("k"), "HKDF", false, ["deriveBits"]);
			return errName(() => s.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, k))`, "OperationError: Invalid length"},
		{"hkdf too long", `const k = await s.importKey("raw", te.encode("k"), "HKDF", false, ["deriveBits"]);
			return errName(() => s.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, k, 256 * 255 * 8))`, "OperationError…"},
		{"pbkdf2 zero iterations", `const k = await s.importKey("raw", te.encode("k"), "PBKDF2", false, ["deriveBits"]);
			return errName(() => s.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(0), iterations: 0 }, k, 256))`, "OperationError: iterations must not be zero"},
		{"pbkdf2 absurd iterations", `const k = await s.importKey("raw", te.encode("k"), "PBKDF2", false, ["deriveBits"]);
			return errName(() => s.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: new Uint8Array(0), iterations: 4e9 }, k, 256))`, "OperationError…"},
		{"kdf jwk", `return errName(() => s.importKey("jwk", { kty: "oct", k: "AAAA" }, "HKDF", false, ["deriveBits"]))`, "NotSupportedError…"},
		{"derive usage", `const k = await s.importKey("raw", te.encode("k"), "HKDF", false, ["deriveKey"]);
			return errName(() => s.deriveBits({ name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: new Uint8Array(0) }, k, 128))`, "InvalidAccessError: 'baseKey' usages does not contain 'deriveBits'"},
		{"rsa small modulus", `return errName(() => rsaGen("RSA-PSS", "SHA-256", ["sign"]).then(() => s.generateKey({ name: "RSA-PSS", modulusLength: 512, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign"])))`, "OperationError…"},
		{"rsa publicExponent type", `return errName(() => s.generateKey({ name: "RSA-PSS", modulusLength: 1024, publicExponent: [1, 0, 1], hash: "SHA-256" }, true, ["sign"]))`, "TypeError…"},
		{"aes-kw cannot encrypt", `const k = await s.generateKey({ name: "AES-KW", length: 128 }, true, ["wrapKey"]); return errName(() => s.encrypt({ name: "AES-KW" }, k, new Uint8Array(16)))`, "NotSupportedError…"},
		{"aes-kw unwrap tampered", `const kek = await s.generateKey({ name: "AES-KW", length: 128 }, true, ["wrapKey", "unwrapKey"]); const k = await s.generateKey({ name: "AES-GCM", length: 128 }, true, ["encrypt"]);
			const w = new Uint8Array(await s.wrapKey("raw", k, kek, "AES-KW")); w[3] ^= 1; return errName(() => s.unwrapKey("raw", w, kek, "AES-KW", "AES-GCM", true, ["encrypt"]))`, "OperationError…"},
		{"missing arguments", `return errName(() => s.sign("HMAC"))`, "TypeError: Failed to execute 'sign' on 'SubtleCrypto': 3 arguments required, but only 1 present"},
		{"illegal invocation", `return errName(() => SubtleCrypto.prototype.digest.call({}, "SHA-256", new Uint8Array(1)))`, "TypeError: Illegal invocation…"},
		{"rejects rather than throws", `const p = s.digest("nope", new Uint8Array(1)); return String(p instanceof Promise) + (await errName(() => p)).split(":")[0]`, "trueNotSupportedError"},
		{"falls back without DOMException", `const saved = globalThis.DOMException; delete globalThis.DOMException;
			try { return await errName(() => s.digest("nope", new Uint8Array(1))); } finally { globalThis.DOMException = saved; }`, "NotSupportedError…"},
	})
}

// TestShape: globals, classes, brand checks, getRandomValues, randomUUID.
func TestShape(t *testing.T) {
	run(t, []jsCase{
		{"instances", `return String(crypto instanceof Crypto && crypto.subtle instanceof SubtleCrypto && crypto.subtle === crypto.subtle)`, "true"},
		{"toStringTag", `const k = await hmacKey(te.encode("k"), "SHA-256"); return [crypto, crypto.subtle, k].map((x) => Object.prototype.toString.call(x)).join()`, "[object Crypto],[object SubtleCrypto],[object CryptoKey]"},
		{"illegal constructors", `const out = []; for (const C of [Crypto, SubtleCrypto, CryptoKey]) { try { new C(); out.push("made"); } catch (e) { out.push(e.message); } } return out.join()`, "Illegal constructor,Illegal constructor,Illegal constructor"},
		{"class names", `return [Crypto.name, SubtleCrypto.name, CryptoKey.name].join()`, "Crypto,SubtleCrypto,CryptoKey"},
		{"method lengths", `const p = SubtleCrypto.prototype; return [p.digest, p.sign, p.verify, p.importKey, p.deriveBits, p.deriveKey, p.wrapKey, p.unwrapKey].map((f) => f.length).join()`, "2,3,4,5,2,5,4,7"},
		{"global descriptors", `const d = (n) => { const x = Object.getOwnPropertyDescriptor(globalThis, n); return [x.writable, x.enumerable, x.configurable].join("/"); }; return [d("Crypto"), d("SubtleCrypto"), d("CryptoKey")].join()`, "true/false/true,true/false/true,true/false/true"},
		{"key properties are getters", `const k = await hmacKey(te.encode("k"), "SHA-256"); return Object.keys(k).length + ":" + Object.getOwnPropertyNames(CryptoKey.prototype).sort().join()`, "0:algorithm,constructor,extractable,type,usages"},
		{"key getter brand check", `try { Object.getOwnPropertyDescriptor(CryptoKey.prototype, "type").get.call({}); } catch (e) { return e.name }`, "TypeError"},
		{"getRandomValues fills and returns", `const a = new Uint32Array(16); return String(crypto.getRandomValues(a) === a && a.some((x) => x !== 0))`, "true"},
		{"getRandomValues integer arrays", `return [Int8Array, Uint8ClampedArray, Int16Array, BigUint64Array].map((C) => crypto.getRandomValues(new C(4)).length).join()`, "4,4,4,4"},
		{"getRandomValues quota", `try { crypto.getRandomValues(new Uint8Array(65537)); } catch (e) { return e.name + ": " + e.message }`, "QuotaExceededError: The ArrayBufferView's byte length (65537) exceeds the number of bytes of entropy available via this API (65536)"},
		{"getRandomValues 65536 is fine", `return String(crypto.getRandomValues(new Uint8Array(65536)).length)`, "65536"},
		{"getRandomValues float", `try { crypto.getRandomValues(new Float64Array(1)); } catch (e) { return e.name }`, "TypeMismatchError"},
		{"getRandomValues DataView", `try { crypto.getRandomValues(new DataView(new ArrayBuffer(1))); } catch (e) { return e.name }`, "TypeMismatchError"},
		{"getRandomValues no argument", `try { crypto.getRandomValues(); } catch (e) { return e.name }`, "TypeError"},
		{"randomUUID v4", `const u = crypto.randomUUID(); return String(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u) && u !== crypto.randomUUID())`, "true"},
		{"randomUUID brand", `try { Crypto.prototype.randomUUID.call({}); } catch (e) { return e.name }`, "TypeError"},
	})
}
