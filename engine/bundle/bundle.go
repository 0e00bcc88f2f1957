// Package bundle turns a function's folder into one goja program, with
// esbuild's Go API: TypeScript and modern syntax are lowered to what goja
// runs, every import is resolved (relative files, JSON, deno.json /
// import_map.json imports, vendored jsr:/npm:/https: modules, other https:
// modules fetched once and cached on disk), and an inline source map makes
// every stack name the user's `<name>/<path>:line:col`.
//
// How a module becomes a program: esbuild bundles in ESM format with
// top-level await allowed; the trailing `export {...}` is turned into a
// `return` of the namespace object and the whole bundle is wrapped in an
// async function, so evaluating the program yields a Promise of the
// module namespace (`export default { fetch }` is found as ns.default, and
// top-level await works). Everything goja lacks is lowered by esbuild's
// `Supported` overrides (async generators, for-await, using, decorators,
// dynamic import, \p{} escapes); `import.meta` is replaced per module by a
// hoisted function so `import.meta.url`/`main`/`resolve` work.
//
// All files come from an fs.FS (functions may live in the store), never
// from the real disk. Builds are cached per input content and compiled
// programs per output hash, so an unchanged function costs one stat per
// input and a warm worker reuses the compiled *goja.Program.
package bundle

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"regexp"
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
	CacheDir string       // on-disk cache of fetched https: modules ("" = remote imports fail)
	Client   *http.Client // fetches https: modules the first time
	Registry *Registry    // vendored modules (nil = the built-in registry)
}

// Builder builds bundles and caches them. One per engine.
type Builder struct {
	cfg         Config
	mu          sync.Mutex
	last        map[string]*Bundle       // by function name
	programs    map[string]*goja.Program // by output hash
	compileHook func(src string)
}

// NewBuilder returns a builder.
func NewBuilder(cfg Config) *Builder {
	if cfg.Client == nil {
		cfg.Client = &http.Client{Timeout: 30 * time.Second}
	}
	if cfg.Registry == nil {
		cfg.Registry = Default()
	}
	return &Builder{cfg: cfg, last: map[string]*Bundle{}, programs: map[string]*goja.Program{}}
}

// Input is a file a bundle was built from.
type Input struct {
	Path    string
	Size    int64
	ModTime time.Time
	Hash    string
}

// Bundle is a built, compiled function.
type Bundle struct {
	Name    string
	Program *goja.Program
	Hash    string
	Code    string
	Inputs  []Input
	Took    time.Duration
}

// Stale reports whether any input changed or vanished: size or mtime
// first, then the content hash when those moved.
func (bn *Bundle) Stale(fsys fs.FS) bool {
	for _, in := range bn.Inputs {
		info, err := fs.Stat(fsys, in.Path)
		if err != nil {
			return true
		}
		if info.Size() == in.Size && info.ModTime().Equal(in.ModTime) {
			continue
		}
		b, err := fs.ReadFile(fsys, in.Path)
		if err != nil || hashOf(b) != in.Hash {
			return true
		}
	}
	return false
}

// Error is a build error at a place in the user's code.
type Error struct {
	File     string // "<name>/<path>"
	Line     int    // 1-based
	Column   int    // 1-based
	Message  string
	LineText string
}

func (e *Error) Error() string {
	if e.File == "" {
		return e.Message
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Message)
}

// Errors is several build errors; the first is the one to show.
type Errors []Error

func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i := range es {
		parts[i] = es[i].Error()
	}
	return strings.Join(parts, "\n")
}

// Entries are the entry file names tried in order.
var Entries = []string{"index.ts", "index.js", "index.tsx", "index.mjs", "index.jsx"}

// Build bundles the function whose files are in fsys.
func (b *Builder) Build(ctx context.Context, name string, fsys fs.FS) (*Bundle, error) {
	b.mu.Lock()
	prev := b.last[name]
	b.mu.Unlock()
	if prev != nil && !prev.Stale(fsys) {
		return prev, nil
	}
	start := time.Now()
	entry := ""
	for _, e := range Entries {
		if _, err := fs.Stat(fsys, e); err == nil {
			entry = e
			break
		}
	}
	if entry == "" {
		return nil, &Error{Message: fmt.Sprintf("function %q has no entry file: expected one of %s in its folder", name, strings.Join(Entries, ", "))}
	}
	rs := &resolver{b: b, name: name, fsys: fsys, entry: entry, ctx: ctx, inputs: map[string]Input{}}
	if err := rs.loadImportMap(); err != nil {
		return nil, err
	}
	res := api.Build(api.BuildOptions{
		EntryPoints: []string{entry},
		Bundle:      true,
		Write:       false,
		Outdir:      "out",
		Format:      api.FormatESModule,
		Platform:    api.PlatformNeutral,
		Target:      api.ESNext,
		Supported: map[string]bool{
			"async-generator": false, "for-await": false, "top-level-await": true, "using": false,
			"decorators": false, "dynamic-import": false, "regexp-unicode-property-escapes": false,
			"regexp-named-capture-groups": true, "import-meta": true,
			// goja parses `x ??= y` but not `this.#p ??= y`: lower them all.
			"logical-assignment": false,
			// goja misparses class fields named get/set/static ("set = () => {}"):
			// esbuild moves public fields into the constructor.
			"class-field": false, "class-static-field": false,
		},
		MainFields:     []string{"browser", "module", "main"},
		Conditions:     []string{"deno", "worker", "browser", "import", "default"},
		Sourcemap:      api.SourceMapExternal,
		SourcesContent: api.SourcesContentExclude,
		Charset:        api.CharsetUTF8,
		LogLevel:       api.LogLevelSilent,
		LegalComments:  api.LegalCommentsNone,
		Plugins:        []api.Plugin{rs.plugin()},
	})
	if len(res.Errors) > 0 {
		return nil, rs.errors(res.Errors)
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
	program, hash, src, err := b.compile(name, string(code), sourceMap)
	if err != nil {
		return nil, err
	}
	bn := &Bundle{Name: name, Program: program, Hash: hash, Code: src, Took: time.Since(start)}
	for _, in := range rs.inputs {
		bn.Inputs = append(bn.Inputs, in)
	}
	sort.Slice(bn.Inputs, func(i, j int) bool { return bn.Inputs[i].Path < bn.Inputs[j].Path })
	b.mu.Lock()
	b.last[name] = bn
	b.mu.Unlock()
	return bn, nil
}

// exportRe finds the bundle's trailing export statement.
var exportRe = regexp.MustCompile(`(?s)\nexport\s*\{([^}]*)\};?\s*$`)

// wrap turns the ESM bundle into an async function returning its namespace.
func wrap(code string) string {
	ret := "return {};"
	if m := exportRe.FindStringSubmatchIndex(code); m != nil {
		list := code[m[2]:m[3]]
		var fields []string
		for _, part := range strings.Split(list, ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			local, exported, found := strings.Cut(part, " as ")
			if !found {
				exported = local
			}
			fields = append(fields, fmt.Sprintf("%q: %s", strings.TrimSpace(exported), strings.TrimSpace(local)))
		}
		ret = "return {" + strings.Join(fields, ", ") + "};"
		code = code[:m[0]] + "\n"
	}
	// The prefix stays on line 1 (a comment in esbuild's output) so the
	// source map's lines need no shift.
	return `(async function () { "use strict"; ` + code + ret + "\n})()"
}

func (b *Builder) compile(name, code string, sourceMap []byte) (*goja.Program, string, string, error) {
	sourceMap = rewriteSources(sourceMap, name)
	src := wrap(code) + "\n//# sourceMappingURL=data:application/json;base64," + base64.StdEncoding.EncodeToString(sourceMap) + "\n"
	hash := hashOf([]byte(src))
	if b.compileHook != nil {
		b.compileHook(src)
	}
	b.mu.Lock()
	prog := b.programs[hash]
	b.mu.Unlock()
	if prog != nil {
		return prog, hash, src, nil
	}
	ast, err := goja.Parse(name+"/bundle.js", src, parser.WithSourceMapLoader(func(p string) ([]byte, error) {
		return nil, fmt.Errorf("source map %q: only inline source maps are read", p)
	}))
	if err != nil {
		return nil, "", "", &Error{File: name, Message: "the bundle does not compile in the runtime: " + err.Error()}
	}
	prog, err = goja.CompileAST(ast, true)
	if err != nil {
		return nil, "", "", &Error{File: name, Message: "the bundle does not compile in the runtime: " + err.Error()}
	}
	b.mu.Lock()
	b.programs[hash] = prog
	b.mu.Unlock()
	return prog, hash, src, nil
}

// rewriteSources names sources "<name>/<path>" (and vendor:/https: as is).
func rewriteSources(sm []byte, name string) []byte {
	var m map[string]any
	if err := json.Unmarshal(sm, &m); err != nil {
		return sm
	}
	if srcs, ok := m["sources"].([]any); ok {
		for i, s := range srcs {
			if str, ok := s.(string); ok {
				srcs[i] = displayName(name, str)
			}
		}
	}
	delete(m, "sourceRoot")
	out, err := json.Marshal(m)
	if err != nil {
		return sm
	}
	return out
}

// displayName maps esbuild's "namespace:path" to what users see.
func displayName(name, s string) string {
	s = strings.TrimPrefix(s, "../")
	switch {
	case strings.HasPrefix(s, nsFn+":"):
		return name + "/" + strings.TrimPrefix(s, nsFn+":")
	case strings.HasPrefix(s, nsVendor+":"):
		return "vendor:" + strings.TrimPrefix(s, nsVendor+":")
	case strings.HasPrefix(s, nsRemote+":"):
		return strings.TrimPrefix(s, nsRemote+":")
	}
	return s
}

func hashOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:16])
}

// errors converts esbuild messages to *Error / Errors.
func (rs *resolver) errors(msgs []api.Message) error {
	var out Errors
	for _, m := range msgs {
		e := Error{Message: m.Text}
		if m.Location != nil {
			e.File = displayName(rs.name, m.Location.Namespace+":"+m.Location.File)
			if m.Location.Namespace == "" || m.Location.Namespace == "file" {
				e.File = displayName(rs.name, m.Location.File)
			}
			e.Line = m.Location.Line
			e.Column = m.Location.Column + 1
			e.LineText = m.Location.LineText
		}
		for _, n := range m.Notes {
			if n.Text != "" {
				e.Message += " (" + n.Text + ")"
			}
		}
		out = append(out, e)
	}
	if len(out) == 1 {
		return &out[0]
	}
	return out
}

var errNoCache = errors.New("no module cache configured")
