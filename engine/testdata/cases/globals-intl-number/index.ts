Deno.serve(() => {
  const nf = (l: string, o?: Intl.NumberFormatOptions) => (x: number | bigint) => new Intl.NumberFormat(l, o).format(x);
  return Response.json({
    plain: (1234567.891).toLocaleString("en-US"),
    de: (1234567.891).toLocaleString("de-DE"),
    india: nf("en-IN")(12345678.9),
    usd: nf("en-US", { style: "currency", currency: "USD" })(1234.5),
    eurDe: nf("de-DE", { style: "currency", currency: "EUR" })(-1234.5),
    jpy: nf("ja-JP", { style: "currency", currency: "JPY" })(1234.5),
    percent: nf("en-US", { style: "percent", maximumFractionDigits: 1 })(0.12345),
    compact: [1234, 1500000, 999999].map(nf("en", { notation: "compact" })),
    halfExpand: [nf("en", { maximumFractionDigits: 2 })(1.005), nf("en", { maximumFractionDigits: 0 })(2.5)],
    big: (123456789012345678901234567890n).toLocaleString("en-US"),
    unit: nf("en", { style: "unit", unit: "megabyte" })(12.5),
    parts: new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).formatToParts(-1.5).map((p) => p.type),
    resolved: new Intl.NumberFormat("en-US").resolvedOptions().maximumFractionDigits,
  });
});
