// addEventListener options: once, capture (part of the listener identity),
// passive (preventDefault ignored), signal (removes the listener), and
// handler objects with handleEvent.
Deno.serve(() => {
  const t = new EventTarget();
  let seen: string[] = [];
  const plain = () => seen.push("plain");
  t.addEventListener("x", () => seen.push("capture"), { capture: true });
  t.addEventListener("x", plain);
  t.addEventListener("x", plain); // duplicate: ignored
  t.addEventListener("x", { handleEvent: () => seen.push("object") });
  t.addEventListener("x", () => seen.push("once"), { once: true });
  t.dispatchEvent(new Event("x"));
  const order = seen.join(",");
  seen = [];
  t.dispatchEvent(new Event("x"));
  const second = seen.join(",");

  t.addEventListener("p", (e) => e.preventDefault(), { passive: true });
  const passiveKept = t.dispatchEvent(new Event("p", { cancelable: true }));

  const c = new AbortController();
  let n = 0;
  t.addEventListener("s", () => n++, { signal: c.signal });
  t.dispatchEvent(new Event("s"));
  c.abort();
  t.dispatchEvent(new Event("s"));
  return Response.json({ order, second, passiveKept, removedBySignal: n });
});
