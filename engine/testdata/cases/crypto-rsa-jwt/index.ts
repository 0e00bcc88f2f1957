// RS256 and PS256 with a key imported from PKCS#8 and SPKI (as a JWT
// library does with PEM keys), plus the JWK a JWKS endpoint would serve.
Deno.serve(async () => {
  const s = crypto.subtle;
  const enc = new TextEncoder();
  const out: Record<string, unknown> = {};
  for (const [name, params] of [["RSASSA-PKCS1-v1_5", { name: "RSASSA-PKCS1-v1_5" }], ["RSA-PSS", { name: "RSA-PSS", saltLength: 32 }]] as const) {
    const kp = await s.generateKey({ name, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" }, true, ["sign", "verify"]);
    const priv = await s.importKey("pkcs8", await s.exportKey("pkcs8", kp.privateKey), { name, hash: "SHA-256" }, false, ["sign"]);
    const pub = await s.importKey("spki", await s.exportKey("spki", kp.publicKey), { name, hash: "SHA-256" }, false, ["verify"]);
    const sig = await s.sign(params, priv, enc.encode("header.payload"));
    const jwk = await s.exportKey("jwk", kp.publicKey);
    out[name] = { bytes: sig.byteLength, ok: await s.verify(params, pub, sig, enc.encode("header.payload")), alg: jwk.alg, e: jwk.e, modulusLength: (pub.algorithm as RsaHashedKeyAlgorithm).modulusLength };
  }
  return Response.json(out);
});
