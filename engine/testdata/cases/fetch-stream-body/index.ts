Deno.serve(async (req) => {
  const u = new URL(req.url);
  if (u.searchParams.has("inner")) return new Response(String((await req.arrayBuffer()).byteLength));
  const body = ReadableStream.from([new Uint8Array(1000), new Uint8Array(24)]);
  const res = await fetch(Deno.env.get("SUPABASE_URL") + "/functions/v1/fetch-stream-body?inner=1", { method: "POST", body, duplex: "half" } as RequestInit);
  return new Response("inner counted " + await res.text());
});
