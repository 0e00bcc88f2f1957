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
		{"replacement per subpart", `const d = (a) => new TextDecoder().decode(new Uint8Array(a)); return [d([0xF0, 0x9F, 0x98]), d([0xED, 0xA0, 0x80]), d([0xC0, 0xAF, 0x41])].map((s) => s.length).join()`, "1,3,3"},
		{"fatal message", `try { new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { return e.message }`, "The encoded data is not valid"},
		{"fatal stream end", `const d = new TextDecoder("utf-8", { fatal: true }); const a = d.decode(new Uint8Array([0xE2, 0x82]), { stream: true }); try { d.decode(); } catch (e) { return a + e.name }`, "TypeError"},
		{"encode lone surrogate", `return Array.from(new TextEncoder().encode("\uD800")).join()`, "239,191,189"},
		{"encodeInto astral", `const d = new Uint8Array(5); const r = new TextEncoder().encodeInto("a😀b", d); return r.read + ":" + r.written`, "3:5"},
		{"utf-16 bom", `return new TextDecoder("utf-16le").decode(new Uint8Array([0xFF, 0xFE, 0x61, 0])) + new TextDecoder("utf-16be").decode(new Uint8Array([0xFE, 0xFF, 0, 0x62]))`, "ab"},
		{"windows-1252 C1", `const s = new TextDecoder("windows-1252").decode(new Uint8Array([0x80, 0x81, 0x9F])); return [...s].map((c) => c.charCodeAt(0)).join()`, "8364,129,376"},
		{"label normalisation", `return [" UTF8 ", "ascii", "iso-8859-2", "shift_jis"].map((l) => new TextDecoder(l).encoding).join()`, "utf-8,windows-1252,iso-8859-2,shift_jis"},
		{"gbk", `return new TextDecoder("gbk").decode(new Uint8Array([0xC4, 0xE3]))`, "你"},
		{"label error", `try { new TextDecoder("foo"); } catch (e) { return e.message }`, "The encoding label provided ('foo') is invalid."},
		{"decode bad input", `try { new TextDecoder().decode("x"); } catch (e) { return e.message }`, "Failed to execute 'decode' on 'TextDecoder': Argument 1 is not an ArrayBuffer, SharedArrayBuffer, or a view on one"},
		{"brand check", `try { TextEncoder.prototype.encode.call({}, "x"); } catch (e) { return e.message }`, "Illegal invocation"},
		{"webidl shape", `return JSON.stringify(Object.keys(TextDecoder.prototype)) + Object.prototype.toString.call(new TextEncoder())`, `["encoding","fatal","ignoreBOM","decode"][object TextEncoder]`},
		{"atob forgiving", `return [atob("YQ"), atob("Y Q = ="), String(atob(null).length)].join()`, "a,a,3"},
		{"atob errors", `const e = (s) => { try { atob(s); return "ok"; } catch (x) { return x.name; } }; return [e("YQ="), e("YQ==="), e("*")].join()`, "InvalidCharacterError,InvalidCharacterError,InvalidCharacterError"},
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
