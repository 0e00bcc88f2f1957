Deno.serve(async () => {
  const d = await crypto.subtle.digest("SHA-256", new TextEncoder().encode("hello"));
  return new Response([...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, "0")).join(""));
});
