// A 24 MB request body read with blob() (disk-backed past 8 MB in
// Edgeplay), sliced, re-assembled and sent back as the response body.
Deno.serve(async (req) => {
  const blob = await req.blob();
  const head = blob.slice(0, 1024);
  const tail = blob.slice(blob.size - 1024);
  const mid = new Blob([head, blob.slice(1024, blob.size - 1024), tail], { type: "application/octet-stream" });
  const probe = new Uint8Array(await blob.slice(12_345_678, 12_345_682).arrayBuffer());
  return new Response(mid, {
    headers: { "x-size": String(blob.size), "x-probe": Array.from(probe).join(",") },
  });
});
