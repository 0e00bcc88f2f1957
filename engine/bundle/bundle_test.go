package bundle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/url"
)

func mapFS(files map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src), ModTime: time.Unix(1, 0)}
	}
	return fsys
}

func build(t testing.TB, files map[string]string) (*Bundle, error) {
	t.Helper()
	return NewBuilder(Config{CacheDir: t.TempDir()}).Build(context.Background(), "fn", mapFS(files))
}

// evalBundle runs the bundle in a fresh runtime (with URL), awaits its
// namespace as `ns`, then returns JSON of what body returns.
func evalBundle(t *testing.T, bn *Bundle, body string) (string, error) {
	t.Helper()
	r := jstest.New(t, url.Install)
	if err := r.Sync(func() error {
		v, err := r.VM().RunProgram(bn.Program)
		if err != nil {
			return err
		}
		return r.VM().Set("__ns", v)
	}); err != nil {
		return "", err
	}
	v, err := jstest.Eval(t, r, "const ns = await __ns;\n"+body)
	if err != nil {
		return "", err
	}
	b, _ := json.Marshal(v)
	return string(b), nil
}

func TestBuildAndRun(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		expr  string // evaluated with ns in scope
		want  string // JSON
	}{
		{"typescript", map[string]string{"index.ts": `const x: number = 40; interface A { a: string } export const v = x + 2;`}, "ns.v", `42`},
		{"relative import", map[string]string{"index.ts": `import { add } from "./lib/math.ts"; export const v = add(1, 2);`,
			"lib/math.ts": `export const add = (a: number, b: number) => a + b;`}, "ns.v", `3`},
		{"extensionless import", map[string]string{"index.ts": `import { v } from "./v"; export { v };`, "v.ts": `export const v = "ok";`}, "ns.v", `"ok"`},
		{"directory index", map[string]string{"index.ts": `import { v } from "./lib"; export { v };`, "lib/index.ts": `export const v = "dir";`}, "ns.v", `"dir"`},
		{"parent inside folder", map[string]string{"index.ts": `export { v } from "./a/b.ts";`, "a/b.ts": `export { v } from "../c.ts";`, "c.ts": `export const v = "up";`}, "ns.v", `"up"`},
		{"file url", map[string]string{"index.ts": `export { v } from "file:///fn/c.ts";`, "c.ts": `export const v = "file";`}, "ns.v", `"file"`},
		{"json with attribute", map[string]string{"index.ts": `import data from "./data.json" with { type: "json" }; export const v = data.name;`, "data.json": `{"name":"edge"}`}, "ns.v", `"edge"`},
		{"json without attribute", map[string]string{"index.ts": `import data from "./data.json"; export const v = data.list.length;`, "data.json": `{"list":[1,2]}`}, "ns.v", `2`},
		{"module kinds", map[string]string{
			"index.ts": `import { a } from "./a.mts"; import { b } from "./b.mjs"; import { c } from "./c.js"; import { d } from "./d.cts"; export const v = a + b + c + d;`,
			"a.mts":    `export const a: string = "a";`, "b.mjs": `export const b = "b";`, "c.js": `export const c = "c";`, "d.cts": `export const d: string = "d";`}, "ns.v", `"abcd"`},
		{"tsx", map[string]string{"index.tsx": `const React = { createElement: (t: string, p: unknown, ...c: string[]) => t + ":" + c.join() }; export const v = <b>hi</b>;`}, "ns.v", `"b:hi"`},
		{"jsx automatic from deno.json", map[string]string{
			"deno.json": `{"compilerOptions": {"jsx": "react-jsx", "jsxImportSource": "@my"}, "imports": {"@my/jsx-runtime": "./jsx.ts"}}`,
			"index.tsx": `export const v = <i>x</i>;`, "jsx.ts": `export const jsx = (t: string, p: any) => t + "=" + p.children;`}, "ns.v", `"i=x"`},
		{"import map exact and prefix", map[string]string{"deno.json": `{"imports": {"@/": "./src/", "utils": "./src/utils.ts"}}`,
			"index.ts": `import { a } from "@/a.ts"; import { u } from "utils"; export const v = a + u;`,
			"src/a.ts": `export const a = "A";`, "src/utils.ts": `export const u = "U";`}, "ns.v", `"AU"`},
		{"deno.jsonc with comments", map[string]string{"deno.jsonc": "{\n // the map\n \"imports\": { /* x */ \"lib\": \"./lib.ts\", },\n}",
			"index.ts": `export { v } from "lib";`, "lib.ts": `export const v = "jsonc";`}, "ns.v", `"jsonc"`},
		{"importMap file", map[string]string{"deno.json": `{"importMap": "./maps/import_map.json"}`, "maps/import_map.json": `{"imports": {"lib": "../lib.ts"}}`,
			"index.ts": `export { v } from "lib";`, "lib.ts": `export const v = "mapfile";`}, "ns.v", `"mapfile"`},
		{"import_map.json", map[string]string{"import_map.json": `{"imports": {"lib": "./lib.ts"}}`,
			"index.ts": `export { v } from "lib";`, "lib.ts": `export const v = "im";`}, "ns.v", `"im"`},
		{"scopes", map[string]string{"deno.json": `{"imports": {"dep": "./dep1.ts"}, "scopes": {"./legacy/": {"dep": "./dep2.ts"}}}`,
			"index.ts":    `import { d } from "dep"; import { l } from "./legacy/l.ts"; export const v = d + l;`,
			"legacy/l.ts": `import { d } from "dep"; export const l = d;`, "dep1.ts": `export const d = "1";`, "dep2.ts": `export const d = "2";`}, "ns.v", `"12"`},
		{"map url prefix to local", map[string]string{"deno.json": `{"imports": {"https://example.com/lib/": "./vendor/"}}`,
			"index.ts": `export { v } from "https://example.com/lib/x.ts";`, "vendor/x.ts": `export const v = "local";`}, "ns.v", `"local"`},
		{"map to npm", map[string]string{"deno.json": `{"imports": {"hono": "npm:hono@^4.6.0", "hono/": "npm:/hono@4/"}}`,
			"index.ts": `import { Hono } from "hono"; import { cors } from "hono/cors"; export const v = typeof Hono + typeof cors;`}, "ns.v", `"functionfunction"`},
		{"top-level await", map[string]string{"index.ts": `export const v = await Promise.resolve("tla");`}, "ns.v", `"tla"`},
		{"tla in imported module", map[string]string{"index.ts": `import { v } from "./a.ts"; export { v };`, "a.ts": `export const v = await new Promise((r) => r("deep"));`}, "ns.v", `"deep"`},
		{"for await and private fields", map[string]string{"index.ts": `
class Counter { #n = 0; static #made = 0; inc() { return ++this.#n; } static make() { Counter.#made++; return new Counter(); } }
async function* gen() { yield 1; yield 2; }
const c = Counter.make();
let sum = 0;
for await (const x of gen()) sum += x + c.inc();
export const v = sum;`}, "ns.v", `6`},
		{"class fields named get and set", map[string]string{"index.ts": `class A { get = () => 1; set = 2; static static = 3; #p = 4; q?: number; p() { this.#p ??= 5; return this.#p; } }
const a = new A(); export const v = [a.get(), a.set, A.static, a.p()];`}, "ns.v", `[1,2,3,4]`},
		{"optional chaining bigint", map[string]string{"index.ts": `const o: any = {}; export const v = String(o?.a?.b ?? 10n ** 20n);`}, "ns.v", `"100000000000000000000"`},
		{"import.meta per module", map[string]string{"index.ts": `import { m } from "./lib/m.ts"; export const v = [import.meta.url, import.meta.main, m];`,
			"lib/m.ts": `export const m = [import.meta.url, import.meta.main, import.meta.filename, import.meta.dirname];`},
			"ns.v", `["file:///fn/index.ts",true,["file:///fn/lib/m.ts",false,"/fn/lib/m.ts","/fn/lib"]]`},
		{"import.meta.resolve", map[string]string{"deno.json": `{"imports": {"x": "./x.ts", "npmx": "npm:x@1"}}`,
			"index.ts": `let bare; try { import.meta.resolve("nope") } catch (e) { bare = e.name } export const v = [import.meta.resolve("./a/b.ts"), import.meta.resolve("../up.ts"), import.meta.resolve("x"), import.meta.resolve("npmx"), import.meta.resolve("https://example.com/a/../b"), bare];`},
			"ns.v", `["file:///fn/a/b.ts","file:///up.ts","file:///fn/x.ts","npm:x@1","https://example.com/b","TypeError"]`},
		{"import.meta text untouched", map[string]string{"index.ts": "// import.meta in a comment\nexport const v = [\"import.meta.url\", typeof import.meta];"}, "ns.v", `["import.meta.url","object"]`},
		{"import.meta same object", map[string]string{"index.ts": "export const v = import.meta === import.meta;"}, "ns.v", `true`},
		{"static dynamic import", map[string]string{"index.ts": `const m = await import("./lazy.ts"); export const v = m.lazy;`, "lazy.ts": `export const lazy = "lazy";`}, "ns.v", `"lazy"`},
		{"computed dynamic import rejects", map[string]string{"index.ts": `const n = "./x.ts"; export const v = await import(n).then(() => "loaded", (e) => e.message);`},
			"ns.v.includes('Edgeplay bundles modules ahead of time')", `true`},
		{"default export object", map[string]string{"index.ts": `export default { fetch(req: unknown) { return "handled"; } }; export const other = 1;`},
			"[ns.default.fetch(), ns.other, Object.keys(ns), Object.prototype.toString.call(ns), Object.getPrototypeOf(ns), Object.isExtensible(ns)]", `["handled",1,["default","other"],"[object Module]",null,false]`},
		{"live bindings", map[string]string{"index.ts": `export let count = 0; export function inc() { count++; }`}, "(ns.inc(), ns.inc(), ns.count)", `2`},
		{"string export names", map[string]string{"index.ts": `const x = 1; export { x as "a-b" };`}, `ns["a-b"]`, `1`},
		{"re-export star", map[string]string{"index.ts": `export * from "./a.ts"; export * as b from "./b.ts";`, "a.ts": `export const a = 1;`, "b.ts": `export const b = 2;`}, "[ns.a, ns.b.b]", `[1,2]`},
		{"no exports", map[string]string{"index.ts": `globalThis.side = "effect";`}, "[Object.keys(ns).length, globalThis.side]", `[0,"effect"]`},
		{"commonjs entry", map[string]string{"index.js": `module.exports = { fetch() { return "cjs"; } };`}, "ns.default.fetch()", `"cjs"`},
		{"hono npm", map[string]string{"index.ts": `import { Hono } from "npm:hono"; export const v = typeof new Hono().get;`}, "ns.v", `"function"`},
		{"hono jsr and subpath", map[string]string{"index.ts": `import { Hono } from "jsr:@hono/hono@^4"; import { cors } from "npm:hono@4/cors"; export const v = typeof Hono + typeof cors;`}, "ns.v", `"functionfunction"`},
		{"hono deno.land", map[string]string{"index.ts": `import { Hono } from "https://deno.land/x/hono@v4.3.11/mod.ts"; import { cors } from "https://deno.land/x/hono/middleware/cors/index.ts"; export const v = typeof Hono + typeof cors;`}, "ns.v", `"functionfunction"`},
		{"hono esm.sh", map[string]string{"index.ts": `import { Hono } from "https://esm.sh/hono@4.6.3"; import { cors } from "https://esm.sh/hono@4/cors?target=deno"; export const v = typeof Hono + typeof cors;`}, "ns.v", `"functionfunction"`},
		{"hono bare", map[string]string{"index.ts": `import { Hono } from "hono"; export const v = typeof Hono;`}, "ns.v", `"function"`},
		{"same module by two names", map[string]string{"index.ts": `import { Hono as A } from "npm:hono"; import { Hono as B } from "jsr:@hono/hono"; export const v = A === B;`}, "ns.v", `true`},
		{"std http server shim", map[string]string{"index.ts": `import { serve } from "https://deno.land/std@0.168.0/http/server.ts"; export const v = typeof serve;`}, "ns.v", `"function"`},
		{"non-inline source map comment ignored", map[string]string{"index.js": "export const v = 1;\n//# sourceMappingURL=file:///etc/passwd\n"}, "ns.v", `1`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bn, err := build(t, tc.files)
			if err != nil {
				t.Fatal(err)
			}
			got, err := evalBundle(t, bn, "return "+tc.expr+";")
			if err != nil {
				t.Fatalf("%v\n%s", err, bn.Code[:min(len(bn.Code), 3000)])
			}
			if got != tc.want {
				t.Fatalf("got %s, want %s", got, tc.want)
			}
		})
	}
}

func TestBuildErrors(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  string // the error text starts with or contains this
		many  bool   // an Errors, not an *Error
	}{
		{"syntax", map[string]string{"index.ts": "let a = 1;\n\nlet b x = 2;\n"}, `fn/index.ts:3:7: Expected ";" but found "x"`, false},
		{"syntax in import", map[string]string{"index.ts": "import './lib/a.ts';\n", "lib/a.ts": "export const = 1;\n"}, `fn/lib/a.ts:1:14: Expected identifier but found "="`, false},
		{"syntax column in utf-16", map[string]string{"index.ts": "const s = \"héllo😀\"; let b x;\n"}, `fn/index.ts:1:28: Expected ";" but found "x"`, false},
		{"type syntax", map[string]string{"index.ts": "function f(a: number,, b) {}\n"}, `fn/index.ts:1:22: Expected identifier but found ","`, false},
		{"missing import", map[string]string{"index.ts": "import { x } from './nope.ts';\nconsole.log(x);\n"}, `fn/index.ts:1:19: Module not found "./nope.ts": there is no file fn/nope.ts`, false},
		{"missing extensionless", map[string]string{"index.ts": "\n  import { x } from './lib/nope';\nx();\n"}, `fn/index.ts:2:21: Module not found "./lib/nope": there is no file fn/lib/nope`, false},
		{"missing in nested", map[string]string{"index.ts": "import './a.ts';\n", "a.ts": "import '../b.ts';\n"}, "leaves the function's folder", false},
		{"escape", map[string]string{"index.ts": "import '../../etc/passwd';\n"}, "fn/index.ts:1:8: import \"../../etc/passwd\" leaves the function's folder (fn/)", false},
		{"absolute path", map[string]string{"index.ts": "import '/etc/passwd.ts';\n"}, "leaves the function's folder", false},
		{"file url outside", map[string]string{"index.ts": "import 'file:///etc/x.ts';\n"}, "leaves the function's folder", false},
		{"not a module", map[string]string{"index.ts": "import './x.wasm';\n", "x.wasm": "\x00asm"}, `cannot import "./x.wasm": fn/x.wasm is not a module`, false},
		{"unknown npm", map[string]string{"index.ts": "import 'npm:left-pad@1';\n"}, "npm:left-pad@1 is not vendored: Edgeplay works offline and bundles only these packages: npm:@supabase/supabase-js@2.109.0 / jsr:@supabase/supabase-js, npm:@zip.js/zip.js@2.24.0 / jsr:@zip-js/zip-js, npm:hono@4.9.8 / jsr:@hono/hono", false},
		{"unknown jsr", map[string]string{"index.ts": "import 'jsr:@std/path';\n"}, "jsr:@std/path is not vendored", false},
		{"wrong major", map[string]string{"index.ts": "import 'npm:hono@3.12';\n"}, `npm:hono@3.12 asks for version "3.12" but Edgeplay vendors hono@4.9.8`, false},
		{"unknown subpath", map[string]string{"index.ts": "import 'npm:hono/jwt';\n"}, `subpath "/jwt" of hono is not vendored; vendored: "hono", "hono/cors"`, false},
		{"node builtin", map[string]string{"index.ts": "import 'node:fs';\n"}, "node:fs: Node built-in modules are not available", false},
		{"bare", map[string]string{"index.ts": "import 'lodash';\n"}, `Relative import path "lodash" not prefixed with / or ./ or ../ and not in the import map`, false},
		{"unsupported scheme", map[string]string{"index.ts": "import 'data:text/javascript,1';\n"}, `unsupported import "data:text/javascript,1"`, false},
		{"no entry", map[string]string{"main.ts": "1"}, `fn: function "fn" has no entry file: expected one of index.ts, index.js, index.tsx, index.mjs, index.jsx`, false},
		{"bad deno.json", map[string]string{"deno.json": "{\n  \"imports\": {\"a\": 1 2}\n}", "index.ts": "1"}, "fn/deno.json:2:23: invalid JSON", false},
		{"importMap missing", map[string]string{"deno.json": `{"importMap": "./nope.json"}`, "index.ts": "1"}, `fn/deno.json:1:2: importMap "./nope.json": no file fn/nope.json`, false},
		{"glob import", map[string]string{"index.ts": "const n = 'a';\nawait import(`./lib/${n}.ts`);", "lib/a.ts": ""},
			`fn/index.ts:2:14: import() of a computed path (./lib/**/*.ts) cannot be bundled: Edgeplay bundles modules ahead of time`, false},
		{"glob import reads no disk", map[string]string{"index.ts": "const n = 'passwd';\nawait import(`../../../../../../../../../etc/${n}`);"}, "cannot be bundled", false},
		{"remote without cache", map[string]string{"index.ts": "import 'https://example.com/x.ts';\n"}, "", false}, // replaced below
		{"two errors", map[string]string{"index.ts": "import './a.ts';\nimport './b.ts';\n"}, `fn/index.ts:1:8: Module not found "./a.ts"`, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			if tc.name == "remote without cache" {
				_, err = NewBuilder(Config{}).Build(context.Background(), "fn", mapFS(tc.files))
				tc.want = "cannot import https://example.com/x.ts: no module cache is configured"
			} else {
				_, err = build(t, tc.files)
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v\nwant %q", err, tc.want)
			}
			var one *Error
			var many Errors
			if tc.many != errors.As(err, &many) || !tc.many && !errors.As(err, &one) {
				t.Fatalf("err is %T", err)
			}
		})
	}
}

func TestErrorFields(t *testing.T) {
	_, err := build(t, map[string]string{"index.ts": "const ok = 1;\nconst x = ok +;\n"})
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("%T %v", err, err)
	}
	want := Error{File: "fn/index.ts", Line: 2, Column: 15, Message: `Unexpected ";"`, LineText: "const x = ok +;"}
	if *e != want {
		t.Fatalf("got %+v\nwant %+v", *e, want)
	}
}

func TestStacksNameUserFiles(t *testing.T) {
	util := "// a comment\ninterface X { a: number }\n\nexport function boom(): never {\n  throw new Error('deep');\n}\n"
	cases := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"runtime error in lib", map[string]string{
			"index.ts":    "import { boom } from './lib/util.ts';\nexport function run() { try { boom(); } catch (e) { return e.stack; } }\n",
			"lib/util.ts": util,
		}, []string{"at boom (fn/lib/util.ts:5:9", "at run (fn/index.ts:2:"}},
		{"with import.meta on the line", map[string]string{
			"index.ts": "export function run() {\n  try { const u: string = import.meta.url; null.x; } catch (e) { return e.stack; }\n}\n",
		}, []string{"at run (fn/index.ts:2:49"}},
		{"vendored module", map[string]string{
			"index.ts": "import { Hono } from 'npm:hono';\nexport function run() { try { new Hono().route('/', null); } catch (e) { return e.stack; } }\n",
		}, []string{"(vendor:hono:", "at run (fn/index.ts:2:"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bn, err := build(t, tc.files)
			if err != nil {
				t.Fatal(err)
			}
			got, err := evalBundle(t, bn, "return ns.run();")
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("stack lacks %q:\n%s", w, got)
				}
			}
		})
	}
}

func TestInitErrorNamesUserFile(t *testing.T) {
	bn, err := build(t, map[string]string{
		"index.ts":  "import './lib/a.ts';\nexport const never = 1;\n",
		"lib/a.ts":  "type T = string;\nconst cfg: T = 'x';\nif (cfg) {\n  throw new TypeError('bad config');\n}\n",
		"unused.ts": "",
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = evalBundle(t, bn, "return 1;")
	if err == nil {
		t.Fatal("init error lost")
	}
	r := jstest.New(t)
	var stack string
	_ = r.Sync(func() error {
		v, _ := r.VM().RunProgram(bn.Program)
		return r.VM().Set("p", v)
	})
	v, err := jstest.Eval(t, r, "try { await p } catch (e) { return e.stack }")
	if err != nil {
		t.Fatal(err)
	}
	stack, _ = v.(string)
	if !strings.Contains(stack, "TypeError: bad config") || !strings.Contains(stack, "fn/lib/a.ts:4:9") {
		t.Fatalf("stack: %s", stack)
	}
}

func TestRemoteModules(t *testing.T) {
	var hits sync.Map
	count := func(p string) int {
		v, _ := hits.Load(p)
		if v == nil {
			return 0
		}
		return int(v.(*atomic.Int32).Load())
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v, _ := hits.LoadOrStore(r.URL.Path, new(atomic.Int32))
		v.(*atomic.Int32).Add(1)
		switch r.URL.Path {
		case "/lib@latest/mod.ts":
			http.Redirect(w, r, "/lib@1.2.3/mod.ts", http.StatusFound)
		case "/lib@1.2.3/mod.ts":
			w.Header().Set("Content-Type", "application/typescript; charset=utf-8")
			w.Write([]byte(`import { dep } from "./dep.ts"; import { shared } from "/shared.js"; export const greet = (n: string): string => dep + n + shared + ":" + import.meta.url.slice(-13);`))
		case "/lib@1.2.3/dep.ts":
			w.Write([]byte(`export const dep: string = "hi ";`))
		case "/shared.js":
			w.Header().Set("Content-Type", "application/javascript")
			w.Write([]byte(`export const shared = "!";`))
		case "/other.js":
			w.Header().Set("Content-Type", "text/javascript")
			w.Write([]byte(`import { shared } from "/shared.js"; export const other = shared;`))
		case "/local.js":
			w.Write([]byte(`import "file:///fn/index.ts";`))
		case "/slow.js":
			time.Sleep(50 * time.Millisecond)
			w.Write([]byte(`export const slow = 1;`))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	cache := t.TempDir()
	fsys := mapFS(map[string]string{"index.ts": `import { greet } from "` + srv.URL + `/lib@latest/mod.ts"; import { other } from "` + srv.URL + `/other.js"; export const v = greet("you") + other;`})
	bn, err := NewBuilder(Config{CacheDir: cache}).Build(context.Background(), "fn", fsys)
	if err != nil {
		t.Fatal(err)
	}
	const want = `"hi you!:@1.2.3/mod.ts!"`
	if got, err := evalBundle(t, bn, "return ns.v"); err != nil || got != want {
		t.Fatalf("got %s %v, want %s", got, err, want)
	}
	if count("/shared.js") != 1 {
		t.Fatalf("shared.js fetched %d times", count("/shared.js"))
	}

	t.Run("errors", func(t *testing.T) {
		for _, tc := range []struct{ path, want string }{
			{"/missing.ts", "the server answered 404 Not Found"},
			{"/local.js", "cannot import the local file file:///fn/index.ts"},
		} {
			_, err := NewBuilder(Config{CacheDir: t.TempDir()}).Build(context.Background(), "fn",
				mapFS(map[string]string{"index.ts": `import "` + srv.URL + tc.path + `";`}))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s: err = %v, want %q", tc.path, err, tc.want)
			}
		}
	})

	t.Run("concurrent importers fetch once", func(t *testing.T) {
		b := NewBuilder(Config{CacheDir: t.TempDir()})
		files := map[string]string{"index.ts": `import "./a.ts"; import "./b.ts";`}
		for _, f := range []string{"a.ts", "b.ts"} {
			files[f] = `import { slow } from "` + srv.URL + `/slow.js"; export default slow;`
		}
		if _, err := b.Build(context.Background(), "fn", mapFS(files)); err != nil {
			t.Fatal(err)
		}
		if count("/slow.js") != 1 {
			t.Fatalf("slow.js fetched %d times", count("/slow.js"))
		}
	})

	srv.Close() // offline from now on
	bn, err = NewBuilder(Config{CacheDir: cache}).Build(context.Background(), "fn", fsys)
	if err != nil {
		t.Fatalf("offline rebuild: %v", err)
	}
	if got, err := evalBundle(t, bn, "return ns.v"); err != nil || got != want {
		t.Fatalf("offline: got %s %v", got, err)
	}
	_, err = NewBuilder(Config{CacheDir: cache}).Build(context.Background(), "fn",
		mapFS(map[string]string{"index.ts": `import "` + srv.URL + `/never-fetched.js";`}))
	if err == nil || !strings.Contains(err.Error(), "not in the module cache and it could not be fetched") {
		t.Fatalf("offline miss: %v", err)
	}
}

func TestCache(t *testing.T) {
	compiles := 0
	b := NewBuilder(Config{})
	b.compileHook = func(string) { compiles++ }
	ctx := context.Background()
	fsys := fstest.MapFS{ // zero mtimes, as a database-backed FS may have
		"index.ts": {Data: []byte(`import { v } from "./v"; export default v;`)},
		"v.js":     {Data: []byte(`export const v = 1;`)},
	}
	first, err := b.Build(ctx, "fn", fsys)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(first.Inputs, ","); got != "index.ts,v.js" {
		t.Fatalf("inputs %s", got)
	}
	steps := []struct {
		name    string
		edit    func()
		stale   bool
		compile bool
	}{
		{"unchanged", func() {}, false, false},
		{"same size, zero mtime", func() { fsys["v.js"] = &fstest.MapFile{Data: []byte(`export const v = 2;`)} }, true, true},
		{"reverted", func() { fsys["v.js"] = &fstest.MapFile{Data: []byte(`export const v = 1;`)} }, true, false},
		{"new deno.json", func() { fsys["deno.json"] = &fstest.MapFile{Data: []byte(`{}`)} }, true, false},
		{"file an extensionless import now picks", func() { fsys["v.ts"] = &fstest.MapFile{Data: []byte(`export const v = 3;`)} }, true, true},
		{"unrelated new file", func() { fsys["notes.md"] = &fstest.MapFile{Data: []byte(`hi`)} }, false, false},
		{"deleted input", func() { delete(fsys, "v.ts") }, true, false},
		{"same content, new mtime", func() { fsys["v.js"] = &fstest.MapFile{Data: []byte(`export const v = 1;`), ModTime: time.Unix(5, 0)} }, false, false},
	}
	prev := first
	for _, s := range steps {
		s.edit()
		if got := prev.Stale(fsys); got != s.stale {
			t.Fatalf("%s: Stale = %v, want %v", s.name, got, s.stale)
		}
		before := compiles
		bn, err := b.Build(ctx, "fn", fsys)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if !s.stale && bn != prev {
			t.Fatalf("%s: rebuilt", s.name)
		}
		if (compiles > before) != s.compile {
			t.Fatalf("%s: compiled = %v, want %v", s.name, compiles > before, s.compile)
		}
		prev = bn
	}
}

func TestParentFS(t *testing.T) {
	parent := mapFS(map[string]string{
		"hello/index.ts":  `import { cors } from "../_shared/cors.ts"; import { x } from "shared"; export const v = cors + x + import.meta.url;`,
		"_shared/cors.ts": `export const cors: string = "cors:" + import.meta.url + ":";`,
		"_shared/x.ts":    `export const x = "x:";`,
		"import_map.json": `{"imports": {"shared": "./_shared/x.ts"}}`,
	})
	fsys, err := WithParent(parent, "hello")
	if err != nil {
		t.Fatal(err)
	}
	b := NewBuilder(Config{})
	bn, err := b.Build(context.Background(), "hello", fsys)
	if err != nil {
		t.Fatal(err)
	}
	got, err := evalBundle(t, bn, "return ns.v")
	if want := `"cors:file:///_shared/cors.ts:x:file:///hello/index.ts"`; err != nil || got != want {
		t.Fatalf("got %s %v, want %s", got, err, want)
	}
	if got := strings.Join(bn.Inputs, ","); got != "../_shared/cors.ts,../_shared/x.ts,../import_map.json,index.ts" {
		t.Fatalf("inputs %s", got)
	}
	parent["_shared/cors.ts"] = &fstest.MapFile{Data: []byte(`export const cors = "changed";`)}
	if !bn.Stale(fsys) {
		t.Fatal("a change in ../_shared was not seen")
	}
	// Without a parent the same import is refused.
	_, err = b.Build(context.Background(), "hello2", mapFS(map[string]string{"index.ts": `import "../_shared/cors.ts";`}))
	if err == nil || !strings.Contains(err.Error(), "leaves the function's folder") {
		t.Fatalf("err = %v", err)
	}
}

func TestRegistryLookup(t *testing.T) {
	r := Default()
	cases := []struct {
		spec, id string
		err      string
	}{
		{"npm:hono", "hono", ""},
		{"npm:hono@4.6.0", "hono", ""},
		{"npm:/hono@^4/cors", "hono/cors", ""},
		{"npm:hono@>=3", "hono", ""},
		{"npm:hono@3 || 4", "hono", ""},
		{"jsr:@hono/hono@4/cors", "hono/cors", ""},
		{"npm:@supabase/supabase-js@2.39.3", "@supabase/supabase-js", ""},
		{"jsr:@supabase/supabase-js@2", "@supabase/supabase-js", ""},
		{"https://esm.sh/@supabase/supabase-js@2?target=deno", "@supabase/supabase-js", ""},
		{"https://deno.land/x/zipjs/index.js", "@zip.js/zip.js", ""},
		{"https://deno.land/std@0.168.0/http/server.ts", "deno.land/std/http/server.ts", ""},
		{"jsr:@std/http@1/server", "", ""},
		{"https://esm.sh/hono@4/cors", "hono/cors", ""},
		{"https://esm.sh/honox", "", ""},
		{"npm:hono@3", "", "asks for version"},
		{"npm:hono/jwt", "", "is not vendored"},
		{"npm:left-pad", "", ""},
		{"npm:", "", "invalid npm: specifier"},
	}
	for _, tc := range cases {
		id, found, err := r.Lookup(tc.spec)
		if id != tc.id || found != (tc.id != "") || (err == nil) != (tc.err == "") || err != nil && !strings.Contains(err.Error(), tc.err) {
			t.Errorf("Lookup(%q) = %q, %v, %v; want %q, %q", tc.spec, id, found, err, tc.id, tc.err)
		}
	}
}

func TestConcurrentBuilds(t *testing.T) {
	b := NewBuilder(Config{})
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := fmt.Sprintf("fn%d", i%4)
			fsys := mapFS(map[string]string{"index.ts": `import { Hono } from "npm:hono"; export default new Hono();`})
			bn, err := b.Build(context.Background(), name, fsys)
			if err == nil && bn.Name != name {
				err = fmt.Errorf("got bundle %s for %s", bn.Name, name)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
}

// TestRunsInJsrt checks the program in a jsrt runtime as the worker runs
// it: the namespace promise settles on the loop.
func TestRunsInJsrt(t *testing.T) {
	bn, err := build(t, map[string]string{"index.ts": `await new Promise((r) => setTimeout(r, 5)); export default { fetch: () => "ok" };`})
	if err != nil {
		t.Fatal(err)
	}
	r := jstest.New(t, func(r *jsrt.Runtime) error {
		return r.VM().Set("setTimeout", func(f func(), ms int) { f() })
	})
	_ = r.Sync(func() error { v, err := r.VM().RunProgram(bn.Program); r.VM().Set("p", v); return err })
	if v, err := jstest.Eval(t, r, "return (await p).default.fetch()"); err != nil || v != "ok" {
		t.Fatalf("%v %v", v, err)
	}
}

func TestOneBased(t *testing.T) {
	cases := []struct{ in, want string }{
		{"AAAA", "CAAC"},                     // gen 0 → 1, src col 0 → 1
		{"AAAA,EAAE;AACA", "CAAC,EAAE;CACA"}, // later segments and lines: only the first fields move
		{";;IAAI", ";;KAAK"},                 // empty lines kept
		{"A,CAAC", "C,CAAE"},                 // first segment without a source
		{"gBAAgB", "iBAAiB"},                 // multi-digit VLQ (16 → 17)
		{"!!", "!!"},                         // not VLQ: untouched
	}
	for _, tc := range cases {
		if got := oneBased(tc.in); got != tc.want {
			t.Errorf("oneBased(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestJSONC(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"a": 1}`, `{"a":1}`},
		{"{\n // c\n \"a\": \"//x\", /* b */ \"b\": [1,2,],\n}", `{"a":"//x","b":[1,2]}`},
		{`{"a": "q\"//,}"}`, `{"a":"q\"//,}"}`},
	}
	for _, tc := range cases {
		m, err := parseJSONC([]byte(tc.in))
		got, _ := json.Marshal(m)
		if err != nil || string(got) != tc.want {
			t.Errorf("parseJSONC(%q) = %s, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}

// BenchmarkBuild measures a first build (esbuild + goja compile), a cached
// build (an unchanged function: stats only) and the goja compile alone.
func BenchmarkBuild(b *testing.B) {
	small := map[string]string{
		"index.ts":     `import { greet } from "./lib/greet.ts"; Deno.serve((req: Request) => new Response(greet(new URL(req.url).pathname)));`,
		"lib/greet.ts": `export const greet = (n: string): string => "Hello " + n;`,
	}
	hono := map[string]string{"index.ts": `import { Hono } from "npm:hono"; const app = new Hono(); app.get("/", (c) => c.text("hi")); export default app;`}
	supa := map[string]string{"index.ts": `import { createClient } from "jsr:@supabase/supabase-js@2"; export default createClient;`}
	for _, bc := range []struct {
		name  string
		files map[string]string
	}{{"small", small}, {"hono", hono}, {"supabase-js", supa}} {
		b.Run("cold/"+bc.name, func(b *testing.B) {
			bl := NewBuilder(Config{})
			for i := 0; i < b.N; i++ {
				files := map[string]string{}
				for k, v := range bc.files {
					files[k] = v
				}
				files["index.ts"] += fmt.Sprintf("\nexport const bench%d = %d;", i, i) // new output: no cache hit
				fsys := mapFS(files)
				fsys["index.ts"].ModTime = time.Unix(int64(i+2), 0)
				if _, err := bl.Build(context.Background(), "fn", fsys); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("cached/"+bc.name, func(b *testing.B) {
			bl := NewBuilder(Config{})
			fsys := mapFS(bc.files)
			first, err := bl.Build(context.Background(), "fn", fsys)
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if bn, _ := bl.Build(context.Background(), "fn", fsys); bn != first {
					b.Fatal("rebuilt")
				}
			}
		})
		b.Run("compile/"+bc.name, func(b *testing.B) {
			bn, err := NewBuilder(Config{}).Build(context.Background(), "fn", mapFS(bc.files))
			if err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if _, _, err := NewBuilder(Config{}).compile("fn", bn.Code); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
