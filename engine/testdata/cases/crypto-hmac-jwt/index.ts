const b64url = (b: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(b))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
Deno.serve(async () => {
  const enc = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", enc.encode("secret"), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
  const data = b64url(enc.encode('{"alg":"HS256","typ":"JWT"}')) + "." + b64url(enc.encode('{"sub":"1"}'));
  const sig = await crypto.subtle.sign("HMAC", key, enc.encode(data));
  const ok = await crypto.subtle.verify("HMAC", key, sig, enc.encode(data));
  return Response.json({ jwt: data + "." + b64url(sig), ok });
});
