package bundle

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dop251/goja"
)

// run evaluates a bundle in a bare goja runtime and returns the namespace
// (awaiting its promise) plus what the module stored in globalThis.out.
func run(t *testing.T, bn *Bundle) (*goja.Object, goja.Value, error) {
	t.Helper()
	vm := goja.New()
	vm.Set("URL", func(call goja.ConstructorCall) *goja.Object { // enough for import.meta.resolve
		call.This.Set("href", call.Argument(1).String()+"#"+call.Argument(0).String())
		return nil
	})
	v, err := vm.RunProgram(bn.Program)
	if err != nil {
		return nil, nil, err
	}
	p := v.Export().(*goja.Promise)
	switch p.State() {
	case goja.PromiseStateRejected:
		return nil, nil, errors.New(p.Result().(*goja.Object).Get("stack").String())
	case goja.PromiseStatePending:
		return nil, nil, errors.New("module still pending")
	}
	return p.Result().(*goja.Object), vm.Get("out"), nil
}

func build(t *testing.T, files map[string]string) (*Bundle, error) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src), ModTime: time.Unix(1, 0)}
	}
	return NewBuilder(Config{CacheDir: t.TempDir()}).Build(context.Background(), "fn", fsys)
}

func TestBuildAndRun(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  string // globalThis.out after evaluation
	}{
		{"typescript", map[string]string{"index.ts": `const x: number = 40; interface A { a: string } globalThis.out = String(x + 2);`}, "42"},
		{"relative import", map[string]string{"index.ts": `import { add } from "./lib/math.ts"; globalThis.out = String(add(1, 2));`,
			"lib/math.ts": `export const add = (a: number, b: number) => a + b;`}, "3"},
		{"extensionless import", map[string]string{"index.ts": `import { v } from "./v"; globalThis.out = v;`, "v.ts": `export const v = "ok";`}, "ok"},
		{"json import", map[string]string{"index.ts": `import data from "./data.json" with { type: "json" }; globalThis.out = data.name;`, "data.json": `{"name":"edge"}`}, "edge"},
		{"import map", map[string]string{"deno.json": `{"imports": {"@/": "./src/", "utils": "./src/utils.ts"}}`,
			"index.ts": `import { a } from "@/a.ts"; import { u } from "utils"; globalThis.out = a + u;`,
			"src/a.ts": `export const a = "A";`, "src/utils.ts": `export const u = "U";`}, "AU"},
		{"top-level await", map[string]string{"index.ts": `const v = await Promise.resolve("tla"); globalThis.out = v;`}, "tla"},
		{"for await and private fields", map[string]string{"index.ts": `
class Counter { #n = 0; inc() { return ++this.#n; } }
async function* gen() { yield 1; yield 2; }
const c = new Counter();
let sum = 0;
for await (const x of gen()) sum += x + c.inc();
globalThis.out = String(sum);`}, "6"},
		{"import.meta", map[string]string{"index.ts": `import { m } from "./m.ts"; globalThis.out = import.meta.url + " " + import.meta.main + " " + m;`,
			"m.ts": `export const m = String(import.meta.main) + ":" + import.meta.url;`}, "file:///fn/index.ts true false:file:///fn/m.ts"},
		{"vendored hono", map[string]string{"index.ts": `import { Hono } from "jsr:@hono/hono"; import { cors } from "npm:hono@4/cors"; globalThis.out = typeof Hono + typeof cors;`}, "functionfunction"},
		{"hono by url", map[string]string{"index.ts": `import { Hono } from "https://deno.land/x/hono@v4.3.11/mod.ts"; globalThis.out = typeof new Hono().get;`}, "function"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bn, err := build(t, tc.files)
			if err != nil {
				t.Fatal(err)
			}
			_, out, err := run(t, bn)
			if err != nil {
				t.Fatal(err)
			}
			if out == nil || out.String() != tc.want {
				t.Fatalf("out = %v, want %q", out, tc.want)
			}
		})
	}
}

func TestDefaultExport(t *testing.T) {
	bn, err := build(t, map[string]string{"index.ts": `export default { fetch(req: unknown) { return "handled"; } }; export const other = 1;`})
	if err != nil {
		t.Fatal(err)
	}
	ns, _, err := run(t, bn)
	if err != nil {
		t.Fatal(err)
	}
	if ns.Get("other").ToInteger() != 1 {
		t.Fatal("named export lost")
	}
	fetch, ok := goja.AssertFunction(ns.Get("default").(*goja.Object).Get("fetch"))
	if !ok {
		t.Fatal("no default.fetch")
	}
	v, _ := fetch(ns.Get("default"), goja.Undefined())
	if v.String() != "handled" {
		t.Fatal(v)
	}
}

func TestBuildErrors(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"syntax", map[string]string{"index.ts": "const a = 1;\nconst b = ;\n"}, "fn/index.ts:2:11: Unexpected \";\""},
		{"missing import", map[string]string{"index.ts": "import { x } from './nope.ts';\nconsole.log(x);\n"}, "fn/index.ts:1:19: Module not found \"./nope.ts\""},
		{"escape", map[string]string{"index.ts": "import '../../etc/passwd';\n"}, "leaves the function's folder"},
		{"unknown npm", map[string]string{"index.ts": "import 'npm:left-pad@1';\n"}, "npm:left-pad@1 is not vendored"},
		{"node builtin", map[string]string{"index.ts": "import 'node:fs';\n"}, "Node built-in"},
		{"bare", map[string]string{"index.ts": "import 'lodash';\n"}, "not in the import map"},
		{"no entry", map[string]string{"main.ts": "1"}, "no entry file"},
		{"bad deno.json", map[string]string{"deno.json": "{", "index.ts": "1"}, "fn/deno.json:1:1: invalid JSON"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := build(t, tc.files)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %q", err, tc.want)
			}
		})
	}
}

func TestStackNamesUserFile(t *testing.T) {
	bn, err := build(t, map[string]string{
		"index.ts":    "import { boom } from './lib/util.ts';\ntry { boom(); } catch (e) { globalThis.out = e.stack; }\n",
		"lib/util.ts": "// a comment\ninterface X { a: number }\n\nexport function boom(): never {\n  throw new Error('deep');\n}\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	_, out, err := run(t, bn)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "fn/lib/util.ts:5:") {
		t.Fatalf("stack does not name the source: %s", out)
	}
}

func TestRemoteModulesAreCachedForOffline(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Path {
		case "/mod.ts":
			w.Header().Set("Content-Type", "application/typescript")
			w.Write([]byte(`import { dep } from "./dep.ts"; export const greet = (n: string): string => dep + n;`))
		case "/dep.ts":
			w.Write([]byte(`export const dep = "hi ";`))
		default:
			http.NotFound(w, r)
		}
	}))
	cache := t.TempDir()
	fsys := fstest.MapFS{"index.ts": {Data: []byte(`import { greet } from "` + srv.URL + `/mod.ts"; globalThis.out = greet("you");`)}}
	bn, err := NewBuilder(Config{CacheDir: cache}).Build(context.Background(), "fn", fsys)
	if err != nil {
		t.Fatal(err)
	}
	if _, out, _ := run(t, bn); out.String() != "hi you" {
		t.Fatalf("out %v", out)
	}
	srv.Close() // offline from now on
	bn, err = NewBuilder(Config{CacheDir: cache}).Build(context.Background(), "fn", fsys)
	if err != nil {
		t.Fatalf("offline rebuild: %v", err)
	}
	if _, out, _ := run(t, bn); out.String() != "hi you" {
		t.Fatalf("offline out %v", out)
	}
	if hits.Load() != 2 {
		t.Fatalf("server hit %d times, want 2", hits.Load())
	}
}

func TestCacheHitAndStale(t *testing.T) {
	fsys := fstest.MapFS{"index.ts": {Data: []byte(`globalThis.out = "1";`), ModTime: time.Unix(1, 0)}}
	b := NewBuilder(Config{})
	first, err := b.Build(context.Background(), "fn", fsys)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := b.Build(context.Background(), "fn", fsys)
	if again != first {
		t.Fatal("unchanged function was rebuilt")
	}
	fsys["index.ts"] = &fstest.MapFile{Data: []byte(`globalThis.out = "2";`), ModTime: time.Unix(2, 0)}
	if !first.Stale(fsys) {
		t.Fatal("edit not detected")
	}
	second, _ := b.Build(context.Background(), "fn", fsys)
	if second.Hash == first.Hash {
		t.Fatal("new code, same hash")
	}
}

func BenchmarkBuild(b *testing.B) {
	src := `import { Hono } from "npm:hono"; const app = new Hono(); app.get("/", (c) => c.text("hi")); export default app;`
	b.Run("cold", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			fsys := fstest.MapFS{"index.ts": {Data: []byte(src + "//" + string(rune('a'+i%26)))}}
			if _, err := NewBuilder(Config{}).Build(context.Background(), "fn", fsys); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		fsys := fstest.MapFS{"index.ts": {Data: []byte(src)}}
		bl := NewBuilder(Config{})
		bl.Build(context.Background(), "fn", fsys)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			bl.Build(context.Background(), "fn", fsys)
		}
	})
}
