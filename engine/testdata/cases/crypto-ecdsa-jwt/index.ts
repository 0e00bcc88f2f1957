// An ES256 JWT: sign with a P-256 key, verify with its public JWK (the
// signature is IEEE P1363 r||s, 64 bytes, as JWS wants).
const b64url = (b: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(b))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
Deno.serve(async () => {
  const enc = new TextEncoder();
  const { privateKey, publicKey } = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, ["sign", "verify"]);
  const jwk = await crypto.subtle.exportKey("jwk", publicKey);
  const input = b64url(enc.encode('{"alg":"ES256","typ":"JWT"}')) + "." + b64url(enc.encode('{"sub":"42"}'));
  const sig = await crypto.subtle.sign({ name: "ECDSA", hash: "SHA-256" }, privateKey, enc.encode(input));
  const pub = await crypto.subtle.importKey("jwk", jwk, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
  const ok = await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, pub, sig, enc.encode(input));
  const tampered = await crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, pub, sig, enc.encode(input + "x"));
  return Response.json({ sigBytes: sig.byteLength, ok, tampered, kty: jwk.kty, crv: jwk.crv, keyOps: jwk.key_ops });
});
