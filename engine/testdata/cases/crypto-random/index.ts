Deno.serve(() => {
  const a = crypto.getRandomValues(new Uint32Array(4));
  const id = crypto.randomUUID();
  return Response.json({ len: a.length, uuid: /^[0-9a-f-]{36}$/.test(id) && id[14] === "4" });
});
