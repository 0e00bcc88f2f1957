// Regenerates deno_vectors.json with real Deno (2.x):
//   deno run deno_vectors.ts > deno_vectors.json
// Each vector is a key (JWK, plus spki/pkcs8 as exported by Deno) and an
// output Deno produced; crypto_vectors_test.go checks our runtime accepts
// and reproduces them.
const s = crypto.subtle;
const te = new TextEncoder();
const hex = (b: ArrayBuffer) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");
const msg = te.encode("edge functions sign this message");
const out: Record<string, unknown>[] = [];
const b = async (k: CryptoKey, f: "spki" | "pkcs8" | "raw") => hex(await s.exportKey(f, k));

const rsa = async (name: string, hash: string, sign: Record<string, unknown>) => {
  const kp = await s.generateKey({ name, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash }, true,
    name === "RSA-OAEP" ? ["encrypt", "decrypt"] : ["sign", "verify"]) as CryptoKeyPair;
  const v: Record<string, unknown> = {
    kind: name === "RSA-OAEP" ? "decrypt" : "verify", import: { name, hash }, params: sign,
    publicJwk: await s.exportKey("jwk", kp.publicKey), privateJwk: await s.exportKey("jwk", kp.privateKey),
    spki: await b(kp.publicKey, "spki"), pkcs8: await b(kp.privateKey, "pkcs8"), data: hex(msg.buffer),
  };
  if (name === "RSA-OAEP") {
    v.output = hex(await s.encrypt(sign, kp.publicKey, msg));
    v.params = sign.label ? { name, label: hex((sign.label as Uint8Array).buffer) } : { name };
  }
  else v.output = hex(await s.sign(sign, kp.privateKey, msg));
  out.push(v);
};
for (const h of ["SHA-256", "SHA-384", "SHA-512"]) {
  await rsa("RSASSA-PKCS1-v1_5", h, { name: "RSASSA-PKCS1-v1_5" });
  await rsa("RSA-PSS", h, { name: "RSA-PSS", saltLength: 32 });
}
await rsa("RSA-PSS", "SHA-256", { name: "RSA-PSS", saltLength: 0 });
await rsa("RSA-OAEP", "SHA-256", { name: "RSA-OAEP", label: te.encode("label") });
await rsa("RSA-OAEP", "SHA-1", { name: "RSA-OAEP" });

for (const [crv, hash] of [["P-256", "SHA-256"], ["P-384", "SHA-384"], ["P-256", "SHA-512"]]) {
  const kp = await s.generateKey({ name: "ECDSA", namedCurve: crv }, true, ["sign", "verify"]) as CryptoKeyPair;
  out.push({
    kind: "verify", import: { name: "ECDSA", namedCurve: crv }, params: { name: "ECDSA", hash },
    publicJwk: await s.exportKey("jwk", kp.publicKey), privateJwk: await s.exportKey("jwk", kp.privateKey),
    spki: await b(kp.publicKey, "spki"), pkcs8: await b(kp.privateKey, "pkcs8"), raw: await b(kp.publicKey, "raw"),
    data: hex(msg.buffer), output: hex(await s.sign({ name: "ECDSA", hash }, kp.privateKey, msg)),
  });
}
{
  const kp = await s.generateKey("Ed25519", true, ["sign", "verify"]) as CryptoKeyPair;
  out.push({
    kind: "verify", deterministic: true, import: { name: "Ed25519" }, params: { name: "Ed25519" },
    publicJwk: await s.exportKey("jwk", kp.publicKey), privateJwk: await s.exportKey("jwk", kp.privateKey),
    spki: await b(kp.publicKey, "spki"), pkcs8: await b(kp.privateKey, "pkcs8"), raw: await b(kp.publicKey, "raw"),
    data: hex(msg.buffer), output: hex(await s.sign("Ed25519", kp.privateKey, msg)),
  });
}
for (const crv of ["P-256", "P-384"]) {
  const a = await s.generateKey({ name: "ECDH", namedCurve: crv }, true, ["deriveBits"]) as CryptoKeyPair;
  const c = await s.generateKey({ name: "ECDH", namedCurve: crv }, true, ["deriveBits"]) as CryptoKeyPair;
  out.push({
    kind: "derive", import: { name: "ECDH", namedCurve: crv },
    privateJwk: await s.exportKey("jwk", a.privateKey), peerJwk: await s.exportKey("jwk", c.publicKey),
    spki: await b(c.publicKey, "spki"), pkcs8: await b(a.privateKey, "pkcs8"),
    output: hex(await s.deriveBits({ name: "ECDH", public: c.publicKey }, a.privateKey, null)),
  });
}
{
  const a = await s.generateKey("X25519", true, ["deriveBits"]) as CryptoKeyPair;
  const c = await s.generateKey("X25519", true, ["deriveBits"]) as CryptoKeyPair;
  out.push({
    kind: "derive", import: { name: "X25519" },
    privateJwk: await s.exportKey("jwk", a.privateKey), peerJwk: await s.exportKey("jwk", c.publicKey),
    spki: await b(c.publicKey, "spki"), pkcs8: await b(a.privateKey, "pkcs8"),
    output: hex(await s.deriveBits({ name: "X25519", public: c.publicKey }, a.privateKey, 256)),
  });
}
const key16 = Uint8Array.from({ length: 16 }, (_, i) => i);
const key32 = Uint8Array.from({ length: 32 }, (_, i) => 255 - i);
const iv12 = Uint8Array.from({ length: 12 }, (_, i) => i * 3);
const iv16 = Uint8Array.from({ length: 16 }, (_, i) => i * 5);
const aes: [string, Uint8Array, Record<string, unknown>, Record<string, unknown>][] = [
  ["AES-GCM", key16, { name: "AES-GCM", iv: iv12 }, { iv: hex(iv12.buffer) }],
  ["AES-GCM", key32, { name: "AES-GCM", iv: iv12, additionalData: te.encode("aad"), tagLength: 96 }, { iv: hex(iv12.buffer), additionalData: hex(te.encode("aad").buffer), tagLength: 96 }],
  ["AES-GCM", key16, { name: "AES-GCM", iv: iv16, tagLength: 64 }, { iv: hex(iv16.buffer), tagLength: 64 }],
  ["AES-CBC", key32, { name: "AES-CBC", iv: iv16 }, { iv: hex(iv16.buffer) }],
  ["AES-CTR", key16, { name: "AES-CTR", counter: iv16, length: 64 }, { counter: hex(iv16.buffer), length: 64 }],
  ["AES-CTR", key16, { name: "AES-CTR", counter: new Uint8Array(16).fill(0xff), length: 32 }, { counter: "ff".repeat(16), length: 32 }],
];
for (const [name, key, p, ph] of aes) {
  const k = await s.importKey("raw", key, name, true, ["encrypt", "decrypt"]);
  out.push({ kind: "cipher", import: { name }, key: hex(key.buffer), params: { name, ...ph }, data: hex(msg.buffer), output: hex(await s.encrypt(p, k, msg)) });
}
{
  const kw = await s.importKey("raw", key16, "AES-KW", true, ["wrapKey", "unwrapKey"]);
  const inner = await s.importKey("raw", key32, "AES-GCM", true, ["encrypt"]);
  out.push({ kind: "wrap", key: hex(key16.buffer), data: hex(key32.buffer), output: hex(await s.wrapKey("raw", inner, kw, "AES-KW")) });
}
for (const hash of ["SHA-1", "SHA-256", "SHA-384", "SHA-512"]) {
  const pw = await s.importKey("raw", te.encode("password"), "PBKDF2", false, ["deriveBits"]);
  out.push({ kind: "kdf", import: { name: "PBKDF2" }, key: hex(te.encode("password").buffer), params: { name: "PBKDF2", hash, salt: hex(te.encode("salt").buffer), iterations: 1000 }, length: 256,
    output: hex(await s.deriveBits({ name: "PBKDF2", hash, salt: te.encode("salt"), iterations: 1000 }, pw, 256)) });
  const ikm = await s.importKey("raw", key16, "HKDF", false, ["deriveBits"]);
  out.push({ kind: "kdf", import: { name: "HKDF" }, key: hex(key16.buffer), params: { name: "HKDF", hash, salt: hex(iv12.buffer), info: hex(te.encode("info").buffer) }, length: 512,
    output: hex(await s.deriveBits({ name: "HKDF", hash, salt: iv12, info: te.encode("info") }, ikm, 512)) });
  const hk = await s.importKey("raw", key32, { name: "HMAC", hash }, true, ["sign"]);
  out.push({ kind: "mac", import: { name: "HMAC", hash }, key: hex(key32.buffer), data: hex(msg.buffer), output: hex(await s.sign("HMAC", hk, msg)) });
}
console.log(JSON.stringify(out, null, 1));
