Deno.serve(async () => {
  const dir = await Deno.makeTempDir({ prefix: "ep-" });
  await Deno.writeTextFile(`${dir}/a.txt`, "hello");
  await Deno.writeTextFile(`${dir}/a.txt`, " world", { append: true });
  const text = await Deno.readTextFile(`${dir}/a.txt`);
  const st = await Deno.stat(`${dir}/a.txt`);
  await Deno.remove(dir, { recursive: true });
  let gone = false;
  try { await Deno.stat(dir); } catch (e) { gone = e instanceof Deno.errors.NotFound; }
  return Response.json({ text, size: st.size, isFile: st.isFile, gone, tmp: dir.startsWith("/tmp/") });
});
