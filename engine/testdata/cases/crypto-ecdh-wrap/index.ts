// ECDH agreement into an AES-KW key that wraps an HMAC key as JWK, then
// unwraps it on the other side.
Deno.serve(async () => {
  const s = crypto.subtle;
  const a = await s.generateKey({ name: "ECDH", namedCurve: "P-384" }, false, ["deriveKey"]);
  const b = await s.generateKey({ name: "ECDH", namedCurve: "P-384" }, false, ["deriveKey"]);
  const kwA = await s.deriveKey({ name: "ECDH", public: b.publicKey }, a.privateKey, { name: "AES-KW", length: 256 }, false, ["wrapKey"]);
  const kwB = await s.deriveKey({ name: "ECDH", public: a.publicKey }, b.privateKey, { name: "AES-KW", length: 256 }, false, ["unwrapKey"]);
  const mac = await s.generateKey({ name: "HMAC", hash: "SHA-256" }, true, ["sign", "verify"]);
  const wrapped = await s.wrapKey("jwk", mac, kwA, "AES-KW");
  const mac2 = await s.unwrapKey("jwk", wrapped, kwB, "AES-KW", { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  const data = new TextEncoder().encode("hello");
  const ok = await s.verify("HMAC", mac2, await s.sign("HMAC", mac, data), data);
  return Response.json({ ok, wrappedMultipleOf8: wrapped.byteLength % 8 === 0, usages: mac2.usages, extractable: mac2.extractable });
});
