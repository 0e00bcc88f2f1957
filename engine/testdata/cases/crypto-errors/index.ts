// The DOMException names WebCrypto promises for common mistakes.
Deno.serve(async () => {
  const s = crypto.subtle;
  const name = async (f: () => Promise<unknown>) => { try { await f(); return "ok"; } catch (e) { return (e as Error).name; } };
  const hmac = await s.importKey("raw", new Uint8Array(8), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  // A fixed key: with a random one, 1 decrypt in 256 has valid padding.
  // (All-zero key, IV and ciphertext end in byte 58: bad padding.)
  const aes = await s.importKey("raw", new Uint8Array(16), "AES-CBC", false, ["decrypt"]);
  return Response.json({
    unknownAlgorithm: await name(() => s.digest("MD5", new Uint8Array(1))),
    wrongUsage: await name(() => s.verify("HMAC", hmac, new Uint8Array(32), new Uint8Array(1))),
    notExtractable: await name(() => s.exportKey("raw", hmac)),
    badUsage: await name(() => s.importKey("raw", new Uint8Array(8), { name: "HMAC", hash: "SHA-256" }, false, ["encrypt"])),
    badKeyData: await name(() => s.importKey("raw", new Uint8Array(5), "AES-GCM", false, ["encrypt"])),
    badDecrypt: await name(() => s.decrypt({ name: "AES-CBC", iv: new Uint8Array(16) }, aes, new Uint8Array(32))),
    notABuffer: await name(() => s.digest("SHA-256", "text" as unknown as BufferSource)),
    quota: await name(async () => crypto.getRandomValues(new Uint8Array(65537))),
    floats: await name(async () => crypto.getRandomValues(new Float32Array(4) as unknown as Uint8Array)),
  });
});
