// PBKDF2 (RFC 6070) and HKDF (RFC 5869 test 1) known answers, and a key
// derived from a password as apps do for encryption.
const hex = (b: ArrayBuffer) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");
const unhex = (h: string) => new Uint8Array(h.match(/../g)!.map((x) => parseInt(x, 16)));
Deno.serve(async () => {
  const s = crypto.subtle;
  const enc = new TextEncoder();
  const pw = await s.importKey("raw", enc.encode("password"), "PBKDF2", false, ["deriveBits", "deriveKey"]);
  const pbkdf2 = hex(await s.deriveBits({ name: "PBKDF2", hash: "SHA-1", salt: enc.encode("salt"), iterations: 4096 }, pw, 160));
  const ikm = await s.importKey("raw", new Uint8Array(22).fill(0x0b), "HKDF", false, ["deriveBits"]);
  const hkdf = hex(await s.deriveBits({ name: "HKDF", hash: "SHA-256", salt: unhex("000102030405060708090a0b0c"), info: unhex("f0f1f2f3f4f5f6f7f8f9") }, ikm, 336));
  const aes = await s.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt: enc.encode("salt"), iterations: 1000 }, pw, { name: "AES-GCM", length: 256 }, false, ["encrypt"]);
  return Response.json({ pbkdf2, hkdf, derived: aes.algorithm, usages: aes.usages });
});
