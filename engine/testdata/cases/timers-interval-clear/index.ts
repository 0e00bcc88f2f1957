Deno.serve(async () => {
  let n = 0;
  const id = setInterval(() => { n++; if (n === 3) clearInterval(id); }, 2);
  await new Promise((r) => setTimeout(r, 60));
  const t = setTimeout(() => { n = 100; }, 1);
  clearTimeout(t);
  await new Promise((r) => setTimeout(r, 10));
  return Response.json({ n });
});
