package crypto_test

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/crypto"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
)

// vectorJS checks one vector made by real Deno (testdata/deno_vectors.ts):
// our runtime imports Deno's keys in every format, accepts Deno's
// signatures and ciphertexts, reproduces deterministic outputs, exports
// the same bytes, and verifies its own signatures with Deno's keys.
const vectorJS = `
const s = crypto.subtle;
const unhex = (h) => new Uint8Array((h.match(/../g) || []).map((x) => parseInt(x, 16)));
const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");
const params = (p) => { const o = { ...p }; for (const m of ["iv", "additionalData", "counter", "salt", "info", "label"]) if (typeof o[m] === "string") o[m] = unhex(o[m]); return o; };
const sorted = (j) => JSON.stringify(Object.keys(j).sort().map((k) => [k, j[k]]));
const p = params(v.params || {});
switch (v.kind) {
case "verify": {
  const data = unhex(v.data), sig = unhex(v.output);
  const pubJ = await s.importKey("jwk", v.publicJwk, v.import, true, ["verify"]);
  const pubS = await s.importKey("spki", unhex(v.spki), v.import, true, ["verify"]);
  const privJ = await s.importKey("jwk", v.privateJwk, v.import, true, ["sign"]);
  const priv8 = await s.importKey("pkcs8", unhex(v.pkcs8), v.import, true, ["sign"]);
  if (!(await s.verify(p, pubJ, sig, data))) return "JWK public key rejects Deno's signature";
  if (!(await s.verify(p, pubS, sig, data))) return "SPKI public key rejects Deno's signature";
  if (v.raw && !(await s.verify(p, await s.importKey("raw", unhex(v.raw), v.import, true, ["verify"]), sig, data))) return "raw public key rejects Deno's signature";
  const bad = sig.slice(); bad[bad.length >> 1] ^= 1;
  if (await s.verify(p, pubJ, bad, data)) return "tampered signature accepted";
  for (const k of [privJ, priv8]) {
    const own = await s.sign(p, k, data);
    if (!(await s.verify(p, pubS, own, data))) return "own signature does not verify";
    if ((v.deterministic || v.import.name === "RSASSA-PKCS1-v1_5") && hex(own) !== v.output) return "deterministic signature differs from Deno's";
  }
  if (hex(await s.exportKey("spki", pubJ)) !== v.spki) return "spki export differs from Deno's";
  if (hex(await s.exportKey("pkcs8", privJ)) !== v.pkcs8) return "pkcs8 export differs from Deno's: " + hex(await s.exportKey("pkcs8", privJ));
  if (v.raw && hex(await s.exportKey("raw", pubS)) !== v.raw) return "raw export differs from Deno's";
  if (sorted(await s.exportKey("jwk", priv8)) !== sorted(v.privateJwk)) return "private JWK export differs: " + JSON.stringify(await s.exportKey("jwk", priv8));
  if (sorted(await s.exportKey("jwk", pubS)) !== sorted(v.publicJwk)) return "public JWK export differs: " + JSON.stringify(await s.exportKey("jwk", pubS));
  return "ok";
}
case "decrypt": {
  const privJ = await s.importKey("jwk", v.privateJwk, v.import, true, ["decrypt"]);
  const priv8 = await s.importKey("pkcs8", unhex(v.pkcs8), v.import, true, ["decrypt"]);
  const pub = await s.importKey("spki", unhex(v.spki), v.import, true, ["encrypt"]);
  for (const k of [privJ, priv8]) if (hex(await s.decrypt(p, k, unhex(v.output))) !== v.data) return "cannot decrypt Deno's ciphertext";
  if (hex(await s.decrypt(p, privJ, await s.encrypt(p, pub, unhex(v.data)))) !== v.data) return "own round trip failed";
  if (hex(await s.exportKey("pkcs8", privJ)) !== v.pkcs8) return "pkcs8 export differs from Deno's";
  return "ok";
}
case "derive": {
  const privJ = await s.importKey("jwk", v.privateJwk, v.import, true, ["deriveBits"]);
  const priv8 = await s.importKey("pkcs8", unhex(v.pkcs8), v.import, true, ["deriveBits"]);
  const peerJ = await s.importKey("jwk", v.peerJwk, v.import, true, []);
  const peerS = await s.importKey("spki", unhex(v.spki), v.import, true, []);
  for (const [a, b] of [[privJ, peerJ], [priv8, peerS]]) {
    if (hex(await s.deriveBits({ name: v.import.name, public: b }, a, v.output.length * 4)) !== v.output) return "shared secret differs from Deno's";
  }
  if (hex(await s.exportKey("pkcs8", privJ)) !== v.pkcs8) return "pkcs8 export differs from Deno's: " + hex(await s.exportKey("pkcs8", privJ));
  return "ok";
}
case "cipher": {
  const k = await s.importKey("raw", unhex(v.key), v.import, true, ["encrypt", "decrypt"]);
  if (hex(await s.encrypt(p, k, unhex(v.data))) !== v.output) return "ciphertext differs from Deno's: " + hex(await s.encrypt(p, k, unhex(v.data)));
  if (hex(await s.decrypt(p, k, unhex(v.output))) !== v.data) return "cannot decrypt Deno's ciphertext";
  return "ok";
}
case "wrap": {
  const kw = await s.importKey("raw", unhex(v.key), "AES-KW", true, ["wrapKey", "unwrapKey"]);
  const inner = await s.unwrapKey("raw", unhex(v.output), kw, "AES-KW", "AES-GCM", true, ["encrypt"]);
  if (hex(await s.exportKey("raw", inner)) !== v.data) return "unwrapped key differs";
  if (hex(await s.wrapKey("raw", inner, kw, "AES-KW")) !== v.output) return "wrapped key differs from Deno's";
  return "ok";
}
case "kdf": {
  const k = await s.importKey("raw", unhex(v.key), v.import, false, ["deriveBits"]);
  const got = hex(await s.deriveBits(p, k, v.length));
  return got === v.output ? "ok" : "derived bits differ: " + got;
}
case "mac": {
  const k = await s.importKey("raw", unhex(v.key), v.import, true, ["sign", "verify"]);
  const got = hex(await s.sign("HMAC", k, unhex(v.data)));
  return got === v.output ? "ok" : "MAC differs: " + got;
}
}
return "unknown kind " + v.kind;
`

func TestDenoVectors(t *testing.T) {
	raw, err := os.ReadFile("testdata/deno_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors []map[string]any
	if err := json.Unmarshal(raw, &vectors); err != nil {
		t.Fatal(err)
	}
	r := jstest.New(t, dom.Install, encoding.Install, crypto.Install)
	for i, v := range vectors {
		imp, _ := v["import"].(map[string]any)
		params, _ := v["params"].(map[string]any)
		name := fmt.Sprintf("%02d-%s-%v-%v-%v", i, v["kind"], imp["name"], imp["hash"], imp["namedCurve"])
		if params != nil && params["hash"] != nil {
			name += fmt.Sprint("-", params["hash"])
		}
		t.Run(name, func(t *testing.T) {
			js, _ := json.Marshal(v)
			got, err := jstest.Eval(t, r, "const v = "+string(js)+";\n"+vectorJS)
			if err != nil || got != "ok" {
				t.Fatalf("got %v, %v", got, err)
			}
		})
	}
}
