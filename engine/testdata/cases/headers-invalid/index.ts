Deno.serve(() => {
  const errs: string[] = [];
  try { new Headers({ "bad name": "x" }); } catch (e) { errs.push(e.name); }
  try { new Headers().set("x", "a\nb"); } catch (e) { errs.push(e.name); }
  return Response.json(errs);
});
