Deno.serve(async () => {
  const out: string[] = [];
  setTimeout(() => out.push("t2"), 20);
  setTimeout(() => out.push("t1"), 5);
  queueMicrotask(() => out.push("micro"));
  Promise.resolve().then(() => out.push("promise"));
  out.push("sync");
  await new Promise((r) => setTimeout(r, 40));
  return Response.json(out);
});
