// AES-GCM with a known key and iv (McGrew & Viega test case 2), then a
// round trip with additionalData and a failed decrypt of tampered data.
const hex = (b: ArrayBuffer) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");
Deno.serve(async () => {
  const s = crypto.subtle;
  const zero = await s.importKey("raw", new Uint8Array(16), "AES-GCM", false, ["encrypt"]);
  const kat = hex(await s.encrypt({ name: "AES-GCM", iv: new Uint8Array(12) }, zero, new Uint8Array(16)));
  const key = await s.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
  const params = { name: "AES-GCM", iv: crypto.getRandomValues(new Uint8Array(12)), additionalData: new TextEncoder().encode("v1") };
  const ct = new Uint8Array(await s.encrypt(params, key, new TextEncoder().encode("row secret")));
  const back = new TextDecoder().decode(await s.decrypt(params, key, ct));
  ct[0] ^= 1;
  let tampered = "decrypted";
  try { await s.decrypt(params, key, ct); } catch (e) { tampered = (e as Error).name; }
  return Response.json({ kat, back, tampered, length: ct.byteLength, alg: (await s.exportKey("jwk", key)).alg });
});
