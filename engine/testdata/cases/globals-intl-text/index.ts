Deno.serve(() => {
  const rtf = new Intl.RelativeTimeFormat("en", { numeric: "auto" });
  const pr = new Intl.PluralRules("en", { type: "ordinal" });
  const suffix = { one: "st", two: "nd", few: "rd", other: "th" } as Record<string, string>;
  return Response.json({
    sorted: ["b", "a", "B", "A", "ä", "10", "9"].sort(new Intl.Collator("en").compare),
    numeric: ["10", "9", "1"].sort(new Intl.Collator("en", { numeric: true }).compare),
    base: "résumé".localeCompare("resume", "en", { sensitivity: "base" }),
    ordinals: [1, 2, 3, 4, 11, 22, 101].map((n) => n + suffix[pr.select(n)]),
    relative: [rtf.format(1, "day"), rtf.format(-1, "week"), rtf.format(3, "hours"), rtf.format(-2, "month")],
    list: new Intl.ListFormat("en", { type: "conjunction" }).format(["red", "green", "blue"]),
    graphemes: [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment("e\u0301👨‍👩‍👧🇺🇸")].length,
    words: [...new Intl.Segmenter("en", { granularity: "word" }).segment("Hello, world! It's 3.5 now.")]
      .filter((s) => s.isWordLike).map((s) => s.segment),
    canonical: Intl.getCanonicalLocales(["EN-us", "zh-hant-tw"]),
  });
});
