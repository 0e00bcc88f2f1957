Deno.serve(async () => {
  const errs: string[] = [];
  try { await Deno.readTextFile("/tmp/ep-missing/none.txt"); } catch (e) { errs.push(e.name); }
  try { await Deno.remove("/tmp/ep-missing-too"); } catch (e) { errs.push(e.name); }
  try { await Deno.open("/tmp/ep-missing-3.txt"); } catch (e) { errs.push(e.name); }
  return Response.json(errs);
});
