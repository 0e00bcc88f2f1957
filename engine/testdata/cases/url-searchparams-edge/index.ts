Deno.serve(() => {
  const p = new URLSearchParams("a=%zz&b=%E2%82&c=%F0%9F%98%80&=x&&y=");
  const sorted = new URLSearchParams("z=1&b=2&a=3&b=1");
  sorted.sort();
  const it = sorted.keys();
  sorted.append("late", "1");
  let brand = "";
  try { URLSearchParams.prototype.get.call({}, "a"); } catch (e) { brand = e.constructor.name; }
  return Response.json({
    parsed: [...p],
    serialized: new URLSearchParams({ "a b": "c&d=e", "é": "~*'()!" }).toString(),
    sorted: sorted.toString(),
    liveKeys: [...it],
    tag: Object.prototype.toString.call(sorted.entries()),
    brand,
    lengths: [URL.length, URLSearchParams.length],
    percent: new URL("http://ex.com/%zz?%zz").href,
  });
});
