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
		{"clone class instance", `class K { constructor() { this.a = 1; } } const c = structuredClone(new K()); return (Object.getPrototypeOf(c) === Object.prototype) + "" + c.a`, "true1"},
		{"clone error cause", `const c = structuredClone(new TypeError("x", { cause: 5 })); return c.name + c.message + c.cause`, "TypeErrorx5"},
		{"clone symbol fails", `try { structuredClone({ s: Symbol("q") }); } catch (e) { return e.name + ": " + e.message }`, "DataCloneError: Symbol(q) could not be cloned."},
		{"clone transfer detaches", `const b = new ArrayBuffer(8); const c = structuredClone(b, { transfer: [b] }); return b.byteLength + ":" + c.byteLength`, "0:8"},
		{"clone regexp date", `const c = structuredClone([/a/gi, new Date(NaN)]); return c[0].flags + String(c[1].getTime())`, "giNaN"},
		{"clone sparse array", `const c = structuredClone([1, , 3]); return c.length + "" + (1 in c)`, "3false"},
		{"clone no args", `try { structuredClone(); } catch (e) { return e.message }`, "Failed to execute 'structuredClone': 1 argument required, but only 0 present"},
		{"well formed", `const s = "a😀b\uD800c\uDC00"; return s.isWellFormed() + "," + "😀".isWellFormed() + "," + JSON.stringify(s.toWellFormed())`, `false,true,"a😀b�c�"`},
		{"fromAsync length", `return [Array.fromAsync.length, Object.groupBy.length, Promise.withResolvers.length].join()`, "1,2,0"},
		{"mark toJSON", `return Object.keys(performance.mark("z", { detail: 1 }).toJSON()).join()`, "name,entryType,startTime,duration,detail"},
		{"navigator", `return [navigator.language, navigator.languages.join(), typeof navigator.hardwareConcurrency].join("|")`, "en-US|en-US|number"},
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
