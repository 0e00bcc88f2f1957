Deno.serve(async () => {
  const dir = await Deno.makeTempDir();
  await Deno.mkdir(`${dir}/x/y`, { recursive: true });
  await Deno.writeFile(`${dir}/x/f.bin`, new Uint8Array([1, 2, 3]));
  const names: string[] = [];
  for await (const e of Deno.readDir(`${dir}/x`)) names.push(`${e.name}:${e.isDirectory ? "d" : "f"}`);
  let exists = "";
  try { await Deno.mkdir(`${dir}/x`); } catch (e) { exists = e.name; }
  await Deno.remove(dir, { recursive: true });
  return Response.json({ names: names.sort(), exists });
});
