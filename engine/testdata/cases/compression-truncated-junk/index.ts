// Bytes after the end of the stream error the DecompressionStream with a
// TypeError for every format, and so does truncated gzip. (Truncated
// deflate/deflate-raw also error here, as the Compression spec says; Deno
// 2.x yields the partial data instead, so this case does not assert it.)
Deno.serve(async () => {
  const enc = new TextEncoder();
  const zip = async (f: CompressionFormat) => new Uint8Array(await new Response(ReadableStream.from([enc.encode("payload ".repeat(50))]).pipeThrough(new CompressionStream(f))).arrayBuffer());
  const unzip = async (f: CompressionFormat, chunks: Uint8Array[]) => {
    try { await new Response(ReadableStream.from(chunks).pipeThrough(new DecompressionStream(f))).arrayBuffer(); return "ok"; } catch (e) { return (e as Error).name; }
  };
  const out: Record<string, string> = {};
  for (const f of ["gzip", "deflate", "deflate-raw"] as CompressionFormat[]) {
    const z = await zip(f);
    out[f + " whole"] = await unzip(f, [z]);
    if (f === "gzip") out[f + " truncated"] = await unzip(f, [z.subarray(0, z.length - 4)]);
    out[f + " junk"] = await unzip(f, [z, new Uint8Array([1, 2, 3])]);
  }
  return Response.json(out);
});
