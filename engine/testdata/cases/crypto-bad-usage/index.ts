Deno.serve(async () => {
  const key = await crypto.subtle.importKey("raw", new Uint8Array(16), { name: "HMAC", hash: "SHA-1" }, false, ["verify"]);
  try { await crypto.subtle.sign("HMAC", key, new Uint8Array(1)); return new Response("signed"); } catch (e) { return new Response(e.name); }
});
