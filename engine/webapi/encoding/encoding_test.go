package encoding_test

import (
	"fmt"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
)

func TestEncoding(t *testing.T) {
	r := jstest.New(t, timers.Install, dom.Install, streams.Install, encoding.Install)
	cases := []struct{ name, src, want string }{
		{"encode", `return Array.from(new TextEncoder().encode("hé€😀")).join(",")`, "104,195,169,226,130,172,240,159,152,128"},
		{"round trip", `const s = "héllo wörld 😀"; return new TextDecoder().decode(new TextEncoder().encode(s)) === s ? "ok" : "bad"`, "ok"},
		{"encodeInto", `const d = new Uint8Array(4); const r = new TextEncoder().encodeInto("a€b", d); return r.read + ":" + r.written`, "2:4"},
		{"stream split utf8", `const d = new TextDecoder(); const b = new TextEncoder().encode("€");
			return d.decode(b.subarray(0, 1), { stream: true }) + "|" + d.decode(b.subarray(1), { stream: true }) + "|" + d.decode()`, "|€|"},
		{"replacement", `return new TextDecoder().decode(new Uint8Array([0x61, 0xff, 0x62]))`, "a\uFFFDb"},
		{"fatal", `try { new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { return e.name }`, "TypeError"},
		{"bom stripped", `return new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))`, "a"},
		{"bom kept", `return new TextDecoder("utf-8", { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])).length + ""`, "2"},
		{"utf-16le", `return new TextDecoder("utf-16le").decode(new Uint8Array([0x68, 0, 0x69, 0]))`, "hi"},
		{"latin1 label", `const d = new TextDecoder("latin1"); return d.encoding + ":" + d.decode(new Uint8Array([0xe9]))`, "windows-1252:é"},
		{"bad label", `try { new TextDecoder("nope"); } catch (e) { return e.name }`, "RangeError"},
		{"decode ArrayBuffer", `return new TextDecoder().decode(new TextEncoder().encode("ab").buffer)`, "ab"},
		{"decode DataView", `const b = new TextEncoder().encode("xyz"); return new TextDecoder().decode(new DataView(b.buffer, 1, 2))`, "yz"},
		{"btoa atob", `return btoa("hello") + ":" + atob("aGVsbG8=") + ":" + atob(" aGVs bG8 ")`, "aGVsbG8=:hello:hello"},
		{"btoa latin1 only", `try { btoa("€"); } catch (e) { return e.name }`, "InvalidCharacterError"},
		{"atob invalid", `try { atob("a"); } catch (e) { return e.name + (e instanceof DOMException) }`, "InvalidCharacterErrortrue"},
		{"atob binary", `return Array.from(atob("/w=="), (c) => c.charCodeAt(0)).join()`, "255"},
		{"encoder stream", `const ts = new TextEncoderStream(); const w = ts.writable.getWriter(); w.write("h€"); w.close();
			const r = ts.readable.getReader(); const { value } = await r.read(); return value.length + ""`, "4"},
		{"decoder stream split", `const ts = new TextDecoderStream(); const w = ts.writable.getWriter(); const b = new TextEncoder().encode("a€");
			w.write(b.subarray(0, 2)); w.write(b.subarray(2)); w.close(); const r = ts.readable.getReader(); let s = "";
			for (;;) { const { value, done } = await r.read(); if (done) break; s += value; } return s`, "a€"},
		{"big round trip", `const s = "x€".repeat(2_000_000); return String(new TextDecoder().decode(new TextEncoder().encode(s)).length)`, "4000000"},
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
