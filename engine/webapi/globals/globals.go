// Package globals installs what goja lacks that Deno code uses:
// structuredClone (HTML's algorithm, in memory; DataCloneError for
// functions, symbols, promises, weak collections and platform objects;
// `transfer` detaches the listed ArrayBuffers), performance (now,
// timeOrigin, marks and measures), navigator (userAgent "Deno/2.1.4"),
// self, Intl, and the ES2023+ built-ins goja misses (Promise.withResolvers,
// Object/Map.groupBy, Array.fromAsync, String isWellFormed/toWellFormed,
// WeakRef, ...), each installed only when missing.
//
// structuredClone, performance and the built-ins are JS (globals.js):
// they are object-graph walks that would cross into Go per value. Intl
// (intl.js over intl*.go) keeps option handling and object shapes in JS
// and does the work in Go: locale data from golang.org/x/text (separators,
// grouping, percent patterns, currency symbols and digits, collation,
// CLDR plural rules), time zones from Go's time package with embedded
// tzdata, exact decimal rounding on the shortest round-trip digits (as
// ICU does, so 1.005 rounds to 1.01).
//
// Intl covers: NumberFormat (decimal, percent, currency with
// symbol/narrowSymbol/code/name and accounting sign, unit for common
// units, compact/scientific/engineering notation, integer/fraction/
// significant digits, all rounding modes, useGrouping, signDisplay,
// format/formatToParts/formatRange, BigInt and decimal-string input),
// DateTimeFormat (all component options, dateStyle/timeStyle, hour12/
// hourCycle, fractionalSecondDigits, timeZone as IANA name or ±hh:mm,
// timeZoneName short/long/shortOffset/longOffset, format/formatToParts/
// formatRange), Collator, PluralRules, RelativeTimeFormat, ListFormat,
// Segmenter, Locale (parse and accessors), getCanonicalLocales and
// supportedValuesOf; plus Number/BigInt/Array toLocaleString, Date
// toLocaleString/DateString/TimeString and String localeCompare on top.
// The default locale is en-US; the default time zone is $TZ, else the
// host's /etc/localtime, else UTC (edge-runtime runs in UTC).
//
// Known gaps (outputs checked against Deno 2.9 for en-US and the numeric
// forms of the locales below):
//   - Only the "latn" numbering system; locales with other native digits
//     (ar, fa, ...) format with Latin digits and English separators.
//   - Date patterns exist for en (US and GB-style), de, fr, es, it, pt, nl,
//     ja, zh, ru, pl, sv; other locales format dates as en-US and resolve
//     to "en-US". Month, weekday, era and day-period names are English in
//     every locale, and textual-month orders are en-US or "5 March 2024";
//     CJK year/month/day suffixes, Korean and hour-only patterns such as
//     "04 Uhr" are not reproduced. Non-Gregorian calendars are ignored.
//   - Time zone names: "UTC", US abbreviations (EST, PDT, ...) and a small
//     table of English long names; everything else is GMT±h[:mm].
//   - Compact notation, unit labels, currency names, RelativeTimeFormat
//     and ListFormat phrases are English only; units cover bytes/bits,
//     durations, lengths, masses, volumes, temperatures, percent and
//     speeds. Currency placement is a per-language table.
//   - Collator ignores caseFirst and usage "search"; ignorePunctuation
//     strips punctuation, spaces and symbols before comparing.
//   - Segmenter implements UAX #29 approximately: graphemes handle marks,
//     ZWJ emoji, modifiers and flags (no Hangul jamo or Indic rules); words
//     split CJK per character (ICU uses a dictionary); sentences split
//     after . ? ! followed by space.
//   - DisplayNames and DurationFormat are absent; supportedValuesOf lists
//     a subset.
//   - WeakRef and FinalizationRegistry are strong-reference shims (goja has
//     no weak references): deref() always returns the target and cleanup
//     callbacks never run.
//   - structuredClone keeps no class identity (as browsers) and rejects
//     objects that carry Symbol.toStringTag (platform objects) with
//     "Cannot clone object of unsupported type."; Blob, File and
//     ImageData-like platform types are not special-cased.
//   - navigator.language is always "en-US" (Deno reports the host's LANG).
//   - \p{...} regex escapes are lowered by the bundler only in user code.
package globals

import (
	_ "embed"
	"fmt"
	"runtime"
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

//go:embed globals.js
var globalsJS string

var script = jsrt.NewScript("edgeplay:globals", globalsJS)

// UserAgent is navigator.userAgent (the Deno release edge-runtime follows).
const UserAgent = "Deno/2.1.4"

// Install adds the globals.
func Install(r *jsrt.Runtime) error {
	origin := float64(time.Now().Add(-r.Since()).UnixMicro()) / 1000
	_, err := script.Call(r, map[string]any{
		"now": func(goja.FunctionCall) goja.Value {
			return r.VM().ToValue(float64(r.Since().Nanoseconds()) / 1e6)
		},
		"timeOrigin": origin,
		"userAgent":  UserAgent,
		"cpus":       runtime.NumCPU(),
		"detach": func(v goja.Value) {
			if ab, ok := v.Export().(goja.ArrayBuffer); ok {
				ab.Detach()
			}
		},
	})
	if err != nil {
		return fmt.Errorf("globals: %w", err)
	}
	if err := installIntl(r); err != nil {
		return fmt.Errorf("globals: Intl: %w", err)
	}
	return nil
}
