package globals_test

import (
	"fmt"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/globals"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
)

func TestGlobals(t *testing.T) {
	r := jstest.New(t, timers.Install, dom.Install, globals.Install)
	cases := []struct{ name, src, want string }{
		{"clone deep", `const o = { a: [1, { b: 2 }], d: new Date(5), m: new Map([[1, "x"]]), s: new Set([2]), r: /x/g };
			const c = structuredClone(o); return [c !== o, c.a[1].b, c.d.getTime(), c.m.get(1), c.s.has(2), c.r.flags, c.a !== o.a].join()`, "true,2,5,x,true,g,true"},
		{"clone circular", `const o = { n: 1 }; o.self = o; const c = structuredClone(o); return String(c.self === c && c !== o)`, "true"},
		{"clone buffers share", `const b = new Uint8Array([1,2,3]); const c = structuredClone({ x: b, y: b.subarray(1) }); c.x[1] = 9; return c.y[0] + ":" + b[1]`, "9:2"},
		{"clone error", `const c = structuredClone(new RangeError("r")); return c.name + (c instanceof RangeError) + c.message`, "RangeErrortruer"},
		{"clone function fails", `try { structuredClone({ f() {} }); } catch (e) { return e.name }`, "DataCloneError"},
		{"performance", `const a = performance.now(); await new Promise((r) => setTimeout(r, 5)); return String(performance.now() - a >= 4 && performance.timeOrigin > 1.6e12)`, "true"},
		{"marks", `performance.mark("a"); performance.mark("b"); return performance.measure("m", "a", "b").entryType + performance.getEntriesByType("mark").length`, "measure2"},
		{"navigator", `return navigator.userAgent`, "Deno/2.1.4"},
		{"self", `return String(self === globalThis)`, "true"},
		{"withResolvers", `const { promise, resolve } = Promise.withResolvers(); resolve(3); return String(await promise)`, "3"},
		{"groupBy", `const g = Object.groupBy([1, 2, 3], (x) => x % 2 ? "odd" : "even"); return g.odd.join() + "|" + Map.groupBy([1, 2], (x) => x > 1).get(true)`, "1,3|2"},
		{"fromAsync", `return (await Array.fromAsync([Promise.resolve(1), 2])).join()`, "1,2"},
		{"toSorted", `const a = [3, 1, 2]; return a.toSorted().join() + a.join() + [1, 2, 3].findLast((x) => x < 3)`, "1,2,33,1,22"},
		{"set methods", `return [...new Set([1, 2]).union(new Set([3]))].join() + new Set([1]).isSubsetOf(new Set([1, 2]))`, "1,2,3true"},
		{"WeakRef", `const o = {}; return String(new WeakRef(o).deref() === o)`, "true"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := jstest.MustEval(t, r, tc.src)
			if s := fmt.Sprint(got); s != tc.want {
				t.Fatalf("got %q, want %q", s, tc.want)
			}
		})
	}
}
