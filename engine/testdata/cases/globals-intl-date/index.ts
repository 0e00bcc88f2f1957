Deno.serve(() => {
  const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45));
  const f = (o: Intl.DateTimeFormatOptions, l = "en-US") => new Intl.DateTimeFormat(l, { timeZone: "UTC", ...o }).format(d);
  return Response.json({
    full: d.toLocaleString("en-US", { timeZone: "UTC" }),
    newYork: d.toLocaleString("en-US", { timeZone: "America/New_York" }),
    tokyo: d.toLocaleTimeString("en-US", { timeZone: "Asia/Tokyo", timeZoneName: "short" }),
    long: f({ weekday: "long", year: "numeric", month: "long", day: "numeric" }),
    styles: f({ dateStyle: "full", timeStyle: "long" }),
    medium: f({ dateStyle: "medium", timeStyle: "short" }),
    h23: f({ hour12: false }),
    gb: d.toLocaleString("en-GB", { timeZone: "UTC" }),
    de: d.toLocaleDateString("de-DE", { timeZone: "UTC" }),
    parts: new Intl.DateTimeFormat("en-US", { timeZone: "UTC" }).formatToParts(d).map((p) => p.type),
    invalid: new Date(NaN).toLocaleString(),
    zone: new Intl.DateTimeFormat("en-US", { timeZone: "utc" }).resolvedOptions().timeZone,
  });
});
