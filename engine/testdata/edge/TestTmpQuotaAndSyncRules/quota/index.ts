Deno.writeTextFileSync("/tmp/at-init.txt", "written while the module initialises");
Deno.serve(async () => {
  const out = {};
  out.init = await Deno.readTextFile("/tmp/at-init.txt");
  try { Deno.writeTextFileSync("/tmp/later.txt", "x"); out.sync = "allowed"; } catch (e) { out.sync = e.name; }
  try { await Deno.writeFile("/tmp/big.bin", new Uint8Array(3 << 20)); out.quota = "written"; } catch (e) { out.quota = e.message; }
  await Deno.mkdir("/tmp/d/e", { recursive: true });
  await Deno.writeTextFile("/tmp/d/e/f.txt", "hello");
  const names = [];
  for await (const entry of Deno.readDir("/tmp/d/e")) names.push(entry.name);
  out.names = names;
  await Deno.remove("/tmp/d", { recursive: true });
  try { await Deno.stat("/tmp/d"); out.removed = false; } catch (e) { out.removed = e instanceof Deno.errors.NotFound; }
  try { Deno.run({ cmd: ["ls"] }); } catch (e) { out.run = e.name; }
  try { new Deno.Command("ls"); } catch (e) { out.command = e.name; }
  try { await Deno.rename("/tmp/a", "/tmp/b"); } catch (e) { out.rename = e.name; }
  out.cwd = Deno.cwd();
  out.source = (await Deno.readTextFile("index.ts")).slice(0, 16);
  return Response.json(out);
})
