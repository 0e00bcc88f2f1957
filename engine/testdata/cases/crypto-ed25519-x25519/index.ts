// Ed25519 signatures are deterministic (RFC 8032 test 1), and X25519
// agrees on a shared secret (RFC 7748 §6.1).
const hex = (b: ArrayBuffer) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, "0")).join("");
const unhex = (h: string) => new Uint8Array(h.match(/../g)!.map((x) => parseInt(x, 16)));
const b64url = (b: Uint8Array) => btoa(String.fromCharCode(...b)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
Deno.serve(async () => {
  const s = crypto.subtle;
  const d = unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
  const x = unhex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
  const sk = await s.importKey("jwk", { kty: "OKP", crv: "Ed25519", d: b64url(d), x: b64url(x) }, "Ed25519", false, ["sign"]);
  const pk = await s.importKey("raw", x, "Ed25519", false, ["verify"]);
  const sig = await s.sign("Ed25519", sk, new Uint8Array(0));
  const alice = await s.importKey("jwk", { kty: "OKP", crv: "X25519", d: b64url(unhex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")), x: b64url(unhex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")) }, "X25519", false, ["deriveBits"]);
  const bob = await s.importKey("raw", unhex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"), "X25519", false, []);
  const shared = hex(await s.deriveBits({ name: "X25519", public: bob }, alice, 256));
  return Response.json({ sig: hex(sig), verified: await s.verify("Ed25519", pk, sig, new Uint8Array(0)), shared });
});
