Deno.serve(() => {
  const t = new EventTarget();
  let got: unknown = null;
  t.addEventListener("ping", (e) => { got = (e as CustomEvent).detail; }, { once: true });
  t.dispatchEvent(new CustomEvent("ping", { detail: { n: 1 } }));
  t.dispatchEvent(new CustomEvent("ping", { detail: { n: 2 } }));
  return Response.json(got);
});
