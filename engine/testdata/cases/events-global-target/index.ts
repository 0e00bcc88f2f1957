let loads = 0;
addEventListener("custom", () => loads++);
Deno.serve(() => {
  dispatchEvent(new Event("custom"));
  return Response.json({ loads, isTarget: typeof globalThis.addEventListener === "function" });
});
