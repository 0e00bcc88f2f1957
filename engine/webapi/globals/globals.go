// Package globals installs what goja lacks that Deno code uses:
// structuredClone (HTML's algorithm, in memory; DataCloneError for
// functions, symbols, promises and weak collections), performance (now,
// timeOrigin, marks and measures), navigator (userAgent "Deno/2.1.4"),
// self, and the ES2023+ built-ins goja misses (Promise.withResolvers,
// Object/Map.groupBy, Array.fromAsync, findLast, toSorted, Set methods, …),
// each installed only when missing.
//
// Known gaps: WeakRef and FinalizationRegistry are strong-reference shims
// (goja has no weak references); Intl is not provided (toLocaleString
// falls back to goja's en-US behaviour); \p{...} regex escapes are lowered
// by the bundler only in user code.
package globals

import (
	_ "embed"
	"runtime"
	"time"

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
		"now":        func() float64 { return float64(r.Since().Nanoseconds()) / 1e6 },
		"timeOrigin": origin,
		"userAgent":  UserAgent,
		"cpus":       runtime.NumCPU(),
	})
	return err
}
