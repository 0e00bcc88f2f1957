Deno.serve(() => {
  const dec = (label: string, bytes: number[], opts?: TextDecoderOptions) => new TextDecoder(label, opts).decode(new Uint8Array(bytes));
  const err = (f: () => unknown) => { try { f(); return "ok"; } catch (e) { return `${(e as Error).name}: ${(e as Error).message}`; } };
  return Response.json({
    labels: [" UTF8 ", "latin1", "ascii", "iso-8859-2", "shift_jis", "utf-16"].map((l) => new TextDecoder(l).encoding),
    cp1252: [...dec("windows-1252", [0x80, 0x81, 0x9f])].map((c) => c.charCodeAt(0)),
    utf16: dec("utf-16le", [0xff, 0xfe, 0x68, 0, 0x69, 0]) + dec("utf-16be", [0, 0x21]),
    gbk: dec("gbk", [0xc4, 0xe3]),
    replacement: [[0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc0, 0xaf, 0x41]].map((b) => dec("utf-8", b).length),
    badLabel: err(() => new TextDecoder("nope")),
    fatal: err(() => dec("utf-8", [0xff], { fatal: true })),
    loneSurrogate: Array.from(new TextEncoder().encode("\uD800")),
  });
});
