import { BlobReader, BlobWriter, TextReader, TextWriter, ZipReader, ZipWriter } from "https://deno.land/x/zipjs/index.js";

Deno.serve(async () => {
  const writer = new ZipWriter(new BlobWriter("application/zip"));
  await writer.add("hello.txt", new TextReader("hello from zip.js ".repeat(50)));
  await writer.add("dir/second.txt", new TextReader("second"));
  const zip = await writer.close();
  const reader = new ZipReader(new BlobReader(zip));
  const entries = await reader.getEntries();
  const first = await entries[0].getData!(new TextWriter());
  await reader.close();
  return Response.json({ names: entries.map((e) => e.filename), first: first.slice(0, 15), compressed: zip.size < 900 });
});
