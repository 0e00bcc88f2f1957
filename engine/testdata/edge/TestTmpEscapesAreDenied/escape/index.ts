// Tries every path it is given as a write target, then a read and a
// removal outside /tmp; answers each error's name.
Deno.serve(async (req) => {
  const paths: string[] = await req.json();
  const out: string[] = [];
  for (const p of paths) {
    try {
      await Deno.writeFile(p, new Uint8Array([1]));
      out.push("WROTE " + p);
    } catch (e) {
      out.push(e.name);
    }
  }
  try { await Deno.readTextFile("/etc/passwd"); out.push("READ /etc/passwd"); } catch (e) { out.push(e.name); }
  try { await Deno.remove("/tmp"); out.push("REMOVED /tmp"); } catch (e) { out.push(e.name); }
  return Response.json(out);
});
