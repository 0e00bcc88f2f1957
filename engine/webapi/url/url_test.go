package url_test

import (
	"fmt"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
	"github.com/edgeplay/edgeplay/engine/webapi/url"
)

func TestURL(t *testing.T) {
	r := jstest.New(t, encoding.Install, url.Install)
	cases := []struct{ name, src, want string }{
		{"parts", `const u = new URL("https://user:pw@Example.COM:8080/a/./b/../c?x=1&y=%20#frag");
			return [u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin].join("|")`,
			"https:|user|pw|example.com:8080|example.com|8080|/a/c|?x=1&y=%20|#frag|https://example.com:8080"},
		{"default port dropped", `return new URL("http://h:80/").href`, "http://h/"},
		{"relative", `return new URL("../x?q#h", "http://a/b/c/d").href`, "http://a/b/x?q#h"},
		{"relative query only", `return new URL("?z", "http://a/b?y").href`, "http://a/b?z"},
		{"invalid", `try { new URL("not a url"); } catch (e) { return e.name + ": " + e.message }`, "TypeError: Invalid URL: 'not a url'"},
		{"canParse", `return String(URL.canParse("http://x") && !URL.canParse("nope") && URL.parse("/p", "http://h").href === "http://h/p")`, "true"},
		{"idna", `return new URL("http://bücher.example/").hostname`, "xn--bcher-kva.example"},
		{"ipv6", `return new URL("http://[::1]:3000/").host`, "[::1]:3000"},
		{"setter", `const u = new URL("http://a/b"); u.pathname = "x y"; u.hash = "h"; u.port = "81"; return u.href`, "http://a:81/x%20y#h"},
		{"searchParams live", `const u = new URL("http://a/?a=1"); u.searchParams.append("b", "2 3"); u.searchParams.set("a", "x"); return u.href`, "http://a/?a=x&b=2+3"},
		{"search resets params", `const u = new URL("http://a/?a=1"); const p = u.searchParams; u.search = "?z=9"; return p.get("z") + p.has("a")`, "9false"},
		{"non-special", `const u = new URL("mailto:me@example.com"); return u.protocol + u.pathname + u.origin`, "mailto:me@example.comnull"},
		{"file", `return new URL("file:///tmp/x.txt").pathname`, "/tmp/x.txt"},
		{"toJSON", `return JSON.stringify({ u: new URL("http://a") })`, `{"u":"http://a/"}`},
		{"whitespace trimmed", `return new URL("  http://a/b  ").href`, "http://a/b"},
		{"params parse", `const p = new URLSearchParams("?a=1&b=x+y&a=%E2%82%AC&c"); return p.getAll("a").join() + "|" + p.get("b") + "|" + p.get("c") + "|" + p.size`, "1,€|x y||4"},
		{"params record", `return new URLSearchParams({ q: "a b", n: 1 }).toString()`, "q=a+b&n=1"},
		{"params pairs", `return new URLSearchParams([["x", "1"], ["y", "&"]]).toString()`, "x=1&y=%26"},
		{"params sort", `const p = new URLSearchParams("b=2&a=1&b=1"); p.sort(); return p.toString()`, "a=1&b=2&b=1"},
		{"params delete value", `const p = new URLSearchParams("a=1&a=2"); p.delete("a", "1"); return p.toString() + p.has("a", "2")`, "a=2true"},
		{"params iterate", `return [...new URLSearchParams("a=1&b=2")].map(([k, v]) => k + v).join()`, "a1,b2"},
		{"params encode", `return new URLSearchParams({ s: "é/~*" }).toString()`, "s=%C3%A9%2F%7E*"},
		{"lone percent kept", `return new URL("http://ex.com/%zz?%zz").href`, "http://ex.com/%zz?%zz"},
		{"astral in query", `return new URL("http://a/?q=\u{1F600}").search`, "?q=%F0%9F%98%80"},
		{"lone surrogate", `return new URLSearchParams({ a: "\uD800" }).toString()`, "a=%EF%BF%BD"},
		{"ipv4 shorthand", `return new URL("http://0x7f.1/").host`, "127.0.0.1"},
		{"bad port", `try { new URL("http://a:65536/"); } catch (e) { return e.message }`, "Invalid URL: 'http://a:65536/'"},
		{"bad base", `try { new URL("x", "nope"); } catch (e) { return e.message }`, "Invalid URL: 'x' with base 'nope'"},
		{"scheme-relative", `return new URL("//h2/p", "https://a/b").href`, "https://h2/p"},
		{"blob origin", `return new URL("blob:https://a.com/uuid").origin`, "https://a.com"},
		{"protocol setter special", `const u = new URL("http://a/b"); u.protocol = "https"; const x = u.href; u.protocol = "foo"; return x + "|" + u.href`, "https://a/b|https://a/b"},
		{"empty params drop ?", `const u = new URL("http://a/?a=1"); u.searchParams.delete("a"); return u.href + "|" + u.search`, "http://a/|"},
		{"URL brand check", `try { Object.getOwnPropertyDescriptor(URL.prototype, "href").get.call({}); } catch (e) { return e.message }`, "Illegal invocation"},
		{"params brand check", `try { URLSearchParams.prototype.get.call({}, "a"); } catch (e) { return e.message }`, `Value of "this" must be of type URLSearchParams`},
		{"params bad pair", `try { new URLSearchParams([["a"]]); } catch (e) { return e.message }`, "Each query pair must be an iterable [name, value] tuple"},
		{"params iterator tag", `return Object.prototype.toString.call(new URLSearchParams("a=1").keys())`, "[object URLSearchParams Iterator]"},
		{"params live iterator", `const p = new URLSearchParams("a=1"); const it = p.entries(); p.append("b", "2"); return [...it].length + ""`, "2"},
		{"lengths", `return [URL.length, URLSearchParams.length, URL.canParse.length].join()`, "1,0,1"},
		{"keys", `return Object.keys(new URL("http://a")).length + ""`, "0"},
		{"pattern pathname", `const p = new URLPattern({ pathname: "/users/:id" }); return p.test("https://x/users/42") + "|" + p.exec("https://x/users/42").pathname.groups.id + "|" + p.exec("https://x/posts/1")`, "true|42|null"},
		{"pattern string", `const p = new URLPattern("https://example.com/books/:cat/*"); const m = p.exec("https://example.com/books/fiction/a/b").pathname.groups; return m.cat + "|" + m[0] + "|" + p.hostname`, "fiction|a/b|example.com"},
		{"pattern regexp group", `const p = new URLPattern({ pathname: "/api/:version(v\\d+)/items/:id?" }); return [p.test("http://x/api/v2/items"), p.test("http://x/api/vx/items"), p.exec("http://x/api/v2/items/7").pathname.groups.id].join()`, "true,false,7"},
		{"pattern base URL", `return new URLPattern("/files/*.:ext", "https://cdn.example.com").exec("https://cdn.example.com/files/a/b.png").pathname.groups.ext`, "png"},
		{"pattern init input", `return String(new URLPattern({ pathname: "/functions/v1/:name/*?" }).exec({ pathname: "/functions/v1/hello" }).pathname.groups.name)`, "hello"},
		{"pattern hostname wildcard", `return String(new URLPattern({ hostname: "{*.}?example.com" }).test("https://api.example.com/"))`, "true"},
		{"pattern ignoreCase", `return String(new URLPattern("https://example.com/:a", { ignoreCase: true }).test("HTTPS://EXAMPLE.COM/X"))`, "true"},
		{"pattern unicode name", `return new URLPattern({ pathname: "/:café" }).exec("http://h/1").pathname.groups["café"]`, "1"},
		{"pattern invalid", `try { new URLPattern({ pathname: "/(" }); } catch (e) { return e.name }`, "TypeError"},
		{"pattern global", `return Object.keys(globalThis).includes("URLPattern") + Object.prototype.toString.call(new URLPattern({}))`, "false[object URLPattern]"},
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
