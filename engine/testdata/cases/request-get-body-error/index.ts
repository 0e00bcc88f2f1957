Deno.serve(() => {
  try { new Request("https://a", { method: "GET", body: "x" }); return new Response("built"); } catch (e) { return new Response(e.name); }
});
