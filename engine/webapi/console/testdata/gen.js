// Regenerates deno_golden.json from cases.js with real Deno (2.9.x):
//
//   deno run -A testdata/gen.js
//
// Each case runs in its own `deno eval` (fresh counters, timers, groups),
// without colours; its stdout then stderr become the expected text.
// console.error/warn cases print only to stderr, so the order holds.
const dir = new URL(".", import.meta.url).pathname;
const cases = (0, eval)(Deno.readTextFileSync(dir + "cases.js"));
const dec = new TextDecoder();
const out = [];
for (const [name, code] of cases) {
  const r = new Deno.Command(Deno.execPath(), {
    args: ["eval", "--quiet", "--no-check", `{${code}}`],
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).outputSync();
  const text = dec.decode(r.stdout) + dec.decode(r.stderr);
  out.push({ name, code, want: text.replace(/\n$/, "") });
}
Deno.writeTextFileSync(dir + "deno_golden.json", JSON.stringify(out, null, 1) + "\n");
console.log(`${out.length} cases`);
