Deno.serve(() => {
  const errs: string[] = [];
  for (const s of [0, 199, 600]) { try { new Response(null, { status: s }); } catch (e) { errs.push(e.name); } }
  try { new Response("body", { status: 204 }); } catch (e) { errs.push(e.name); }
  return Response.json(errs);
});
