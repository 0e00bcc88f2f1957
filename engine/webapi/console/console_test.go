package console_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/console"
)

// Expected strings are what Deno 2 prints for console.log of the same value.
func TestConsoleFormatting(t *testing.T) {
	var mu sync.Mutex
	var lines []string
	r := jstest.New(t, console.Install(func(level, msg string) {
		mu.Lock()
		lines = append(lines, level+"|"+msg)
		mu.Unlock()
	}))
	cases := []struct{ name, src, want string }{
		{"string", `console.log("hi")`, "log|hi"},
		{"several", `console.log("a", 1, true, null, undefined)`, "log|a 1 true null undefined"},
		{"object", `console.log({ a: 1, b: "x" })`, `log|{ a: 1, b: "x" }`},
		{"nested", `console.log({ a: { b: { c: { d: { e: { f: 1 } } } } } })`, "log|{ a: { b: { c: { d: { e: [Object] } } } } }"},
		{"array", `console.log([1, "two", [3]])`, `log|[ 1, "two", [ 3 ] ]`},
		{"holes", `console.log([1, , , 4])`, "log|[ 1, <2 empty items>, 4 ]"},
		{"map set", `console.log(new Map([["a", 1]]), new Set([1, 2]))`, `log|Map(1) { "a" => 1 } Set(2) { 1, 2 }`},
		{"typed", `console.log(new Uint8Array([1, 2, 3]))`, "log|Uint8Array(3) [ 1, 2, 3 ]"},
		{"bigint -0", `console.log(10n, -0)`, "log|10n -0"},
		{"symbol", `console.log(Symbol("s"), { [Symbol("k")]: 1 })`, "log|Symbol(s) { [Symbol(k)]: 1 }"},
		{"function", `function foo() {}; console.log(foo, () => {}, class Bar {})`, "log|[Function: foo] [Function (anonymous)] [class Bar]"},
		{"class instance", `class P { constructor() { this.x = 1; } }; console.log(new P())`, "log|P { x: 1 }"},
		{"circular", `const o = { a: 1 }; o.self = o; console.log(o)`, "log|<ref *1> { a: 1, self: [Circular *1] }"},
		{"date", `console.log(new Date(0))`, "log|1970-01-01T00:00:00.000Z"},
		{"null proto", `const o = Object.create(null); o.a = 1; console.log(o)`, "log|[Object: null prototype] { a: 1 }"},
		{"quoted key", `console.log({ "a-b": 1 })`, `log|{ "a-b": 1 }`},
		{"string quotes", `console.log(["it's"])`, `log|[ "it's" ]`},
		{"format", `console.log("%s is %d years and %i%%", "Ada", 36.5, 7.9)`, "log|Ada is 36.5 years and 7%"},
		{"format o", `console.log("obj %o!", { a: 1 })`, "log|obj { a: 1 }!"},
		{"format c", `console.log("%cstyled", "color: red")`, "log|styled"},
		{"format extra", `console.log("%s", "a", "b")`, "log|a b"},
		{"levels", `console.error("e"); console.warn("w"); console.info("i"); console.debug("d")`, "error|e"},
		{"promise", `console.log(Promise.resolve(4))`, "log|Promise { 4 }"},
		{"long array", `console.log(Array.from({ length: 101 }, (_, i) => i).length && [...Array(102).keys()].slice(0, 101))`, "more items"},
		{"wrap", `console.log({ alpha: "aaaaaaaaaaaa", beta: "bbbbbbbbbbbbbb", gamma: "cccccccccccc", delta: "dddd" })`, "log|{\n  alpha: \"aaaaaaaaaaaa\",\n  beta: \"bbbbbbbbbbbbbb\",\n  gamma: \"cccccccccccc\",\n  delta: \"dddd\",\n}"},
		{"error", `console.log(new TypeError("bad"))`, "log|TypeError: bad"},
		{"assert", `console.assert(false, "nope")`, "error|Assertion failed: nope"},
		{"count", `console.count(); console.count()`, "info|default: 2"},
		{"group", `console.group("g"); console.log("inner"); console.groupEnd()`, "log|    inner"},
		{"table", `console.table([{ a: 1 }])`, "│ (idx) │ a │"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mu.Lock()
			lines = nil
			mu.Unlock()
			jstest.MustEval(t, r, tc.src)
			mu.Lock()
			defer mu.Unlock()
			all := strings.Join(lines, "\n")
			if !strings.Contains(all, tc.want) {
				t.Fatalf("got %q, want %q", all, tc.want)
			}
		})
	}
}
