// Package bundle turns a function's folder into one goja program with
// esbuild's Go API, offline and fast. It owns module resolution (relative
// files, JSON, deno.json / import_map.json import maps with scopes,
// vendored jsr:/npm:/https: modules, other https: modules fetched once and
// cached on disk), the registry of vendored modules (vendor/, regenerated
// by vendor/update.sh), source maps and build errors.
//
// # How a module graph becomes a program
//
// esbuild bundles in ESM format with top-level await allowed, lowering
// exactly what goja lacks (async generators, for-await, using, decorators,
// dynamic import, \p{} escapes; plus logical assignment and public class
// fields, which goja misparses in corner cases). esbuild emits one
// `export {...}` at the end of an ESM bundle; wrap() removes it and wraps
// the bundle in an async function that returns the module namespace
// object, so running Program yields a Promise of the namespace:
// `export default { fetch }` is ns.default and top-level await works.
// This string surgery is the simplest sound option: goja has no ESM
// entry point we could hand the bundle to, and esbuild's IIFE format
// forbids top-level await.
//
// import.meta is per module: a module that mentions it is first run
// through esbuild's Transform with a Define that points import.meta at
// that module's object (url file:///<name>/<path>, main only in the
// entry, filename, dirname, resolve() through the import map); esbuild
// chains the Transform's inline source map, so lines and columns stay the
// user's. import() of a string literal naming a bundled module is bundled
// (esbuild turns it into a promise of that module); import() of a
// computed path fails the build at its line (esbuild would look such
// glob patterns up on the real disk), and import() of a variable rejects
// at run time with an "Edgeplay bundles modules ahead of time" error.
//
// # Files, caching, speed
//
// All files come from the fs.FS handed to Build (functions may live in a
// database), never from the real disk: esbuild gets a resolve directory
// that cannot exist and a loader that refuses its "file" namespace, and
// sourceMappingURL comments that are not inline are disabled. With a
// ParentFS (WithParent), imports may reach sibling folders such as
// Supabase's ../_shared.
//
// A Builder remembers each function's last Bundle with a stamp per input
// (size, mtime, content hash) and every path it probed and found missing;
// Build of an unchanged function is a cache hit (stats only: no esbuild
// call, no compile). Compiled programs are cached by output hash and
// shared by all workers. Vendored modules are prepared once per Builder.
//
// # Errors and stacks
//
// esbuild errors become *Error (or Errors) with the user's file
// ("<name>/<path>"), 1-based line and column (UTF-16, as JS counts) and
// message. The program carries an inline source map with sources named
// "<name>/<path>" (vendored: "vendor:<id>", remote: the URL); goja is
// given a source-map loader that refuses anything but the inline map, so
// stacks name the user's file:line:col at run time and at module init.
// goja looks mappings up with 1-based columns but treats them as 0-based;
// fixSourceMap shifts the map by one column so goja's columns match
// Deno's (see oneBased).
//
// # Known gaps
//
//   - import() of a computed path is a build error, import() of a variable
//     a run-time error (only string literals are bundled); require() is
//     not bundled either (Deno has no require in ES modules).
//   - TypeScript imports that are only used as types are elided, as with
//     tsc; Deno would still load (and run) such a module.
//   - Import attributes other than type: "json" are not checked; JSON may
//     be imported without the attribute (Deno requires it).
//   - Version ranges of npm:/jsr: specifiers are checked by major version
//     only (minor for 0.x); https: patterns of vendored modules accept any
//     version. Vendored modules cannot import each other.
//   - node: built-ins and npm packages that are not vendored fail (offline
//     by design); package.json dependencies are not read.
//   - The std/http/server.ts of the Supabase templates is a shim over
//     Deno.serve, not std's code.
//   - Remote modules are cached forever (no reload); there is no lock file
//     or integrity check, and no size bound on the cache folder.
//   - deno.json: only imports, scopes, importMap and the compilerOptions
//     jsx* fields are read; the functions folder's deno.json /
//     import_map.json is used only with a ParentFS, when the function has
//     none of its own.
//   - A rebuild re-parses vendored modules (supabase-js: ~60 ms of
//     esbuild); an esbuild incremental context per function would cache
//     them.
//   - A build error that only goja reports (a syntax goja lacks that
//     esbuild did not lower) names the bundle, not the user's line.
package bundle

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"
)

// Config configures a Builder.
type Config struct {
	CacheDir string       // on-disk cache of fetched https: modules ("" = https imports that are not vendored fail clearly)
	Modules  ModuleCache  // where fetched https: modules are kept (nil = DirCache{CacheDir})
	Client   *http.Client // for fetching https: modules the first time (nil = a client with a 30 s timeout)
	Registry *Registry    // vendored modules (nil = the built-in registry)
}

// maxPrograms bounds the compiled-program cache (old edits fall out).
const maxPrograms = 64

// Builder builds bundles and caches them. One per engine; safe for
// concurrent use.
type Builder struct {
	cfg     Config
	modules ModuleCache // nil: no remote imports

	mu       sync.Mutex
	last     map[string]*Bundle       // by function name
	building map[string]*sync.Mutex   // one build per function at a time
	programs map[string]*goja.Program // by output hash
	order    []string                 // programs, oldest first
	fetches  map[string]*fetch        // remote downloads in flight
	vendor   map[string]prepared      // vendored modules, ready for esbuild

	compileHook func(src string) // tests: called before each goja compile
}

// NewBuilder returns a builder.
func NewBuilder(cfg Config) *Builder {
	if cfg.Client == nil {
		cfg.Client = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.Registry == nil {
		cfg.Registry = Default()
	}
	if cfg.Modules == nil && cfg.CacheDir != "" {
		cfg.Modules = DirCache{Dir: cfg.CacheDir}
	}
	return &Builder{
		cfg: cfg, modules: cfg.Modules, last: map[string]*Bundle{}, building: map[string]*sync.Mutex{},
		programs: map[string]*goja.Program{}, fetches: map[string]*fetch{}, vendor: map[string]prepared{},
	}
}

// Bundle is a built, compiled function.
type Bundle struct {
	Name     string
	Program  *goja.Program // compiled once per content hash, shared by all workers
	Hash     string        // of the program's source
	Code     string        // the program's source (with its inline source map)
	Inputs   []string      // paths in fsys that were read (entry, imports, deno.json…); "../x" for a ParentFS sibling
	Warnings []Error       // esbuild's warnings (the build succeeded)
	Took     time.Duration

	stamps  []stamp
	absents []string
}

// Stale reports whether any input changed (size/mtime, then content hash)
// or vanished, or a path the build probed and missed now exists. It only
// stats files unless one looks changed.
func (bn *Bundle) Stale(fsys fs.FS) bool {
	t := newTree(bn.Name, fsys)
	for _, s := range bn.stamps {
		info, err := t.stat(s.vpath)
		if err != nil || info.IsDir() {
			return true
		}
		if s.mtime != 0 && info.Size() == s.size && info.ModTime().UnixNano() == s.mtime {
			continue
		}
		b, err := t.read(s.vpath)
		if err != nil || hashOf(b) != s.hash {
			return true
		}
	}
	for _, p := range bn.absents {
		if info, err := t.stat(p); err == nil && !info.IsDir() {
			return true
		}
	}
	return false
}

// Entries are the entry file names tried in order.
var Entries = []string{"index.ts", "index.js", "index.tsx", "index.mjs", "index.jsx"}

// supported is what esbuild may leave as is (true) or must lower (false)
// for goja.
var supported = map[string]bool{
	"async-generator": false, "for-await": false, "using": false, "decorators": false,
	"dynamic-import": false, "regexp-unicode-property-escapes": false,
	"top-level-await": true, "import-meta": true, "regexp-named-capture-groups": true,
	// goja parses `x ??= y` but not `this.#p ??= y`: lower them all.
	"logical-assignment": false,
	// goja misparses class fields named get/set/static ("set = () => {}"):
	// esbuild moves public fields into the constructor.
	"class-field": false, "class-static-field": false,
}

// Build bundles the function whose files are in fsys (root = the function
// folder). Sources are named "<name>/<path>" in stacks. Errors are *Error
// or Errors.
func (b *Builder) Build(ctx context.Context, name string, fsys fs.FS) (*Bundle, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("build %s: %w", name, err)
	}
	b.mu.Lock()
	lock := b.building[name]
	if lock == nil {
		lock = &sync.Mutex{}
		b.building[name] = lock
	}
	b.mu.Unlock()
	lock.Lock()
	defer lock.Unlock()

	b.mu.Lock()
	prev := b.last[name]
	b.mu.Unlock()
	if prev != nil && !prev.Stale(fsys) {
		return prev, nil
	}
	bn, err := b.build(ctx, name, fsys)
	if err != nil {
		return nil, err
	}
	b.mu.Lock()
	b.last[name] = bn
	b.mu.Unlock()
	return bn, nil
}

func (b *Builder) build(ctx context.Context, name string, fsys fs.FS) (*Bundle, error) {
	start := time.Now()
	t := newTree(name, fsys)
	opts := &api.BuildOptions{}
	rs := &resolver{b: b, name: name, tree: t, ctx: ctx, opts: opts,
		stamps: map[string]stamp{}, absents: map[string]bool{}, metas: map[string]meta{}}
	for _, e := range Entries {
		if info, err := t.stat(name + "/" + e); err == nil && !info.IsDir() {
			rs.entry = name + "/" + e
			break
		}
		rs.absent(name + "/" + e)
	}
	if rs.entry == "" {
		return nil, &Error{File: name, Message: fmt.Sprintf("function %q has no entry file: expected one of %s in its folder", name, strings.Join(Entries, ", "))}
	}
	if err := rs.loadConfig(); err != nil {
		return nil, err
	}
	*opts = api.BuildOptions{
		EntryPoints:     []string{rs.entry},
		Bundle:          true,
		Write:           false,
		Outdir:          "/out",
		AbsWorkingDir:   "/",
		Format:          api.FormatESModule,
		Platform:        api.PlatformNeutral,
		Target:          api.ESNext,
		Supported:       supported,
		MainFields:      []string{"browser", "module", "main"},
		Conditions:      []string{"deno", "worker", "browser", "import", "default"},
		Sourcemap:       api.SourceMapExternal,
		SourcesContent:  api.SourcesContentExclude,
		Charset:         api.CharsetUTF8,
		LogLevel:        api.LogLevelSilent,
		LegalComments:   api.LegalCommentsNone,
		JSX:             opts.JSX,
		JSXDev:          opts.JSXDev,
		JSXFactory:      opts.JSXFactory,
		JSXFragment:     opts.JSXFragment,
		JSXImportSource: opts.JSXImportSource,
		Plugins:         []api.Plugin{rs.plugin()},
	}
	res := api.Build(*opts)
	if len(res.Errors) > 0 {
		return nil, convertErrors(res.Errors)
	}
	var code, sourceMap []byte
	for _, f := range res.OutputFiles {
		switch {
		case strings.HasSuffix(f.Path, ".js.map"):
			sourceMap = f.Contents
		case strings.HasSuffix(f.Path, ".js"):
			code = f.Contents
		}
	}
	src := wrap(string(code), metaPrelude(rs)) + "//# sourceMappingURL=data:application/json;base64," +
		base64.StdEncoding.EncodeToString(fixSourceMap(sourceMap)) + "\n"
	program, hash, err := b.compile(name, src)
	if err != nil {
		return nil, err
	}
	bn := &Bundle{Name: name, Program: program, Hash: hash, Code: src}
	for _, w := range res.Warnings {
		bn.Warnings = append(bn.Warnings, convert(w))
	}
	for _, s := range rs.stamps {
		bn.stamps = append(bn.stamps, s)
		bn.Inputs = append(bn.Inputs, t.input(s.vpath))
	}
	for p := range rs.absents {
		if _, ok := rs.stamps[p]; !ok {
			bn.absents = append(bn.absents, p)
		}
	}
	sort.Strings(bn.Inputs)
	sort.Slice(bn.stamps, func(i, j int) bool { return bn.stamps[i].vpath < bn.stamps[j].vpath })
	sort.Strings(bn.absents)
	bn.Took = time.Since(start)
	return bn, nil
}

// compile parses and compiles src once per content hash.
func (b *Builder) compile(name, src string) (*goja.Program, string, error) {
	hash := hashOf([]byte(src))
	b.mu.Lock()
	prog := b.programs[hash]
	b.mu.Unlock()
	if prog != nil {
		return prog, hash, nil
	}
	if b.compileHook != nil {
		b.compileHook(src)
	}
	// The file name has no scheme, so the source map's names are kept as
	// they are (a URL would make go-sourcemap resolve them against it).
	ast, err := goja.Parse(name+".bundle.js", src, parser.WithSourceMapLoader(func(p string) ([]byte, error) {
		return nil, fmt.Errorf("source map %q: only the inline source map is read", p)
	}))
	if err != nil {
		return nil, "", &Error{File: name, Message: "the bundle does not compile in the runtime: " + err.Error()}
	}
	prog, err = goja.CompileAST(ast, true)
	if err != nil {
		return nil, "", &Error{File: name, Message: "the bundle does not compile in the runtime: " + err.Error()}
	}
	b.mu.Lock()
	if _, ok := b.programs[hash]; !ok {
		b.programs[hash] = prog
		b.order = append(b.order, hash)
		if len(b.order) > maxPrograms {
			delete(b.programs, b.order[0])
			b.order = b.order[1:]
		}
	}
	b.mu.Unlock()
	return prog, hash, nil
}

func hashOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:16])
}
