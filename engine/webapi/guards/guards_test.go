package guards_test

import (
	"strings"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/guards"
)

func TestGuards(t *testing.T) {
	r := jstest.New(t, guards.Install(64<<20))
	cases := []struct {
		name, src, want string
	}{
		{"repeat ok", `return "ab".repeat(3)`, "ababab"},
		{"repeat huge", `try { "x".repeat(2**29); } catch (e) { return e.name + ": " + e.message }`, "RangeError: Invalid string length"},
		{"padStart huge", `try { "x".padStart(2**30); } catch (e) { return e.name }`, "RangeError"},
		{"ArrayBuffer ok", `return String(new ArrayBuffer(16).byteLength)`, "16"},
		{"ArrayBuffer huge", `try { new ArrayBuffer(2**30) } catch (e) { return e.message }`, "Array buffer allocation failed"},
		{"Uint8Array huge", `try { new Uint8Array(2**30) } catch (e) { return e.message }`, "Array buffer allocation failed"},
		{"Uint8Array from array", `return String(new Uint8Array([1,2,3]).length)`, "3"},
		{"instanceof still works", `return String(new Uint8Array(2) instanceof Uint8Array && new ArrayBuffer(1) instanceof ArrayBuffer)`, "true"},
		{"subclass", `class B extends Uint8Array {}; return String(new B(4).length + (new B(1) instanceof B ? 1 : 0))`, "5"},
		{"Array huge", `try { new Array(2**30) } catch (e) { return e.name }`, "RangeError"},
		{"Array ok", `return String(Array(3).length) + Array.isArray([]) + [1,2].join("-") + Array.from("ab").length + Array.of(7)[0]`, "3true1-227"},
		{"Array identity", `return String([] instanceof Array && [].constructor === Array && Object.getPrototypeOf([]) === Array.prototype)`, "true"},
		{"typed array statics", `return String(Uint8Array.from([1,2]).length + Uint8Array.BYTES_PER_ELEMENT + (new Uint8Array(2).buffer instanceof ArrayBuffer ? 1 : 0) + (ArrayBuffer.isView(new Uint8Array(1)) ? 1 : 0))`, "5"},
		{"fill huge", `try { const a = []; a.length = 2**30; a.fill(0) } catch (e) { return e.name }`, "RangeError"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := jstest.MustEval(t, r, tc.src)
			if s, _ := got.(string); !strings.Contains(s, tc.want) {
				t.Fatalf("got %v, want %q", got, tc.want)
			}
		})
	}
}
