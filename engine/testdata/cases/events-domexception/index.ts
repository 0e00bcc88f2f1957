Deno.serve(() => {
  const e = new DOMException("gone", "NotFoundError");
  return Response.json({ name: e.name, message: e.message, code: e.code, isError: e instanceof Error });
});
