package bundle

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"
)

// esbuild namespaces for the three kinds of module.
const (
	nsFn     = "fn"     // a function file: its path in the virtual tree ("<name>/<path>")
	nsVendor = "vendor" // a vendored module: its registry id ("hono/cors")
	nsRemote = "remote" // a fetched https: module: its final URL
)

// noDir is the resolve directory esbuild gets for every module: a path
// that does not exist and is deep, so esbuild's own file-system
// probing for glob imports (import(`./x/${y}.ts`)) finds nothing on the
// real disk unless a pattern climbs out with over 64 "../"; even then the
// "file" loader below refuses to read what it found.
var noDir = "/edgeplay-no-disk-0b5e1c/" + strings.Repeat("d/", 64)

// ParentFS is an fs.FS of one function folder that can also reach the
// folder holding it, as in Supabase's layout where functions import
// "../_shared/cors.ts". Without it, imports stay inside the folder.
type ParentFS interface {
	fs.FS
	// Parent returns the folder holding the function folder, and the
	// function folder's name in it.
	Parent() (parent fs.FS, dir string)
}

// WithParent returns the function folder dir of parent as an fs.FS whose
// imports may reach parent's other folders (../_shared).
func WithParent(parent fs.FS, dir string) (fs.FS, error) {
	sub, err := fs.Sub(parent, dir)
	if err != nil {
		return nil, fmt.Errorf("function folder %q: %w", dir, err)
	}
	return parentFS{FS: sub, parent: parent, dir: dir}, nil
}

type parentFS struct {
	fs.FS
	parent fs.FS
	dir    string
}

func (p parentFS) Parent() (fs.FS, string) { return p.parent, p.dir }

// tree is the virtual file space of a build: the function's files are
// "<name>/<path>" (URL file:///<name>/<path>), and with a ParentFS its
// siblings are "<folder>/<path>".
type tree struct {
	name   string
	fsys   fs.FS
	parent fs.FS
	dir    string
}

func newTree(name string, fsys fs.FS) tree {
	t := tree{name: name, fsys: fsys}
	if p, ok := fsys.(ParentFS); ok {
		t.parent, t.dir = p.Parent()
	}
	return t
}

// inside reports whether vpath is in the function's own folder.
func (t tree) inside(vpath string) bool { return strings.HasPrefix(vpath, t.name+"/") }

// locate maps a virtual path to a file system and a path in it.
func (t tree) locate(vpath string) (fs.FS, string, bool) {
	if rel, ok := strings.CutPrefix(vpath, t.name+"/"); ok {
		return t.fsys, rel, fs.ValidPath(rel)
	}
	if t.parent == nil || !fs.ValidPath(vpath) {
		return nil, "", false
	}
	return t.parent, vpath, true
}

func (t tree) read(vpath string) ([]byte, error) {
	f, p, ok := t.locate(vpath)
	if !ok {
		return nil, fs.ErrNotExist
	}
	return fs.ReadFile(f, p)
}

func (t tree) stat(vpath string) (fs.FileInfo, error) {
	f, p, ok := t.locate(vpath)
	if !ok {
		return nil, fs.ErrNotExist
	}
	return fs.Stat(f, p)
}

// input is vpath as a path relative to the function folder ("lib/a.ts",
// "../_shared/cors.ts"), as Bundle.Inputs lists them.
func (t tree) input(vpath string) string {
	if rel, ok := strings.CutPrefix(vpath, t.name+"/"); ok {
		return rel
	}
	return "../" + vpath
}

// stamp is what Stale compares for one input.
type stamp struct {
	vpath string
	size  int64
	mtime int64 // UnixNano; 0 = unknown, always hash
	hash  string
}

// resolver is one build's plugin state. esbuild calls the callbacks
// concurrently, hence mu.
type resolver struct {
	b     *Builder
	name  string
	tree  tree
	entry string // virtual path
	ctx   context.Context
	opts  *api.BuildOptions
	imap  importMap

	mu      sync.Mutex
	stamps  map[string]stamp
	absents map[string]bool
	metas   map[string]meta // by key, for import.meta
}

// meta is one module's import.meta.
type meta struct {
	URL  string
	Main bool
}

func (rs *resolver) record(vpath string, b []byte) {
	s := stamp{vpath: vpath, size: int64(len(b)), hash: hashOf(b)}
	if info, err := rs.tree.stat(vpath); err == nil && !info.ModTime().IsZero() {
		s.mtime = info.ModTime().UnixNano()
		s.size = info.Size()
	}
	rs.mu.Lock()
	rs.stamps[vpath] = s
	rs.mu.Unlock()
}

// absent remembers a probed path that did not exist: if it appears later
// the bundle is stale (a new deno.json, a new index.ts, a file that an
// extension-less import would now pick).
func (rs *resolver) absent(vpath string) {
	rs.mu.Lock()
	rs.absents[vpath] = true
	rs.mu.Unlock()
}

func (rs *resolver) plugin() api.Plugin {
	return api.Plugin{Name: "edgeplay", Setup: func(pb api.PluginBuild) {
		pb.OnResolve(api.OnResolveOptions{Filter: ".*"}, rs.onResolve)
		pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: nsFn}, rs.loadFn)
		pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: nsVendor}, rs.loadVendor)
		pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: nsRemote}, rs.loadRemote)
		// Nothing is read from the real disk, whatever esbuild found there.
		pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: "file"}, func(a api.OnLoadArgs) (api.OnLoadResult, error) {
			return api.OnLoadResult{Errors: []api.Message{{Text: "only the function's own files can be imported, not " + a.Path}}}, nil
		})
	}}
}

func fail(format string, args ...any) (api.OnResolveResult, error) {
	return api.OnResolveResult{Errors: []api.Message{{Text: fmt.Sprintf(format, args...)}}}, nil
}

// moduleURL is the URL of a module as import.meta.url and relative
// imports see it.
func (rs *resolver) moduleURL(ns, p string) string {
	switch ns {
	case nsFn:
		return "file:///" + p
	case nsRemote:
		return p
	}
	return ""
}

func (rs *resolver) onResolve(a api.OnResolveArgs) (api.OnResolveResult, error) {
	if a.Kind == api.ResolveEntryPoint {
		return api.OnResolveResult{Path: a.Path, Namespace: nsFn}, nil
	}
	return rs.resolve(a.Path, rs.moduleURL(a.Namespace, a.Importer), a.Namespace == nsRemote)
}

var schemeRe = regexp.MustCompile(`^([a-zA-Z][a-zA-Z0-9+.-]*):`)

// resolve resolves spec imported from the module at importer (a URL; ""
// for vendored modules) as Deno does: relative specifiers against the
// importer's URL, then the import map, then by scheme.
func (rs *resolver) resolve(spec, importer string, fromRemote bool) (api.OnResolveResult, error) {
	u := spec
	if isRelative(spec) {
		if importer == "" {
			return fail("relative import %q inside a vendored module", spec)
		}
		u = resolveRef(importer, spec)
	}
	if t, ok := rs.imap.lookup(u, importer); ok {
		u = t
	}
	scheme := ""
	if m := schemeRe.FindStringSubmatch(u); m != nil {
		scheme = strings.ToLower(m[1])
	}
	switch scheme {
	case "file":
		if fromRemote {
			return fail("remote module %s cannot import the local file %s", importer, u)
		}
		pu, err := url.Parse(u)
		if err != nil || (pu.Host != "" && pu.Host != "localhost") {
			return fail("invalid file URL %q", u)
		}
		return rs.resolveFile(strings.TrimPrefix(path.Clean(pu.Path), "/"), spec)
	case "https", "http":
		return rs.resolveURL(u)
	case "npm", "jsr":
		return rs.resolveVendored(u)
	case "node":
		return fail("%s: Node built-in modules are not available in Edgeplay (Node compatibility is not implemented; use the Web APIs or Deno APIs instead)", u)
	case "":
		// Deno needs an import map entry for bare specifiers; Edgeplay also
		// accepts a vendored npm package by name ("hono").
		if id, found, err := rs.b.cfg.Registry.Lookup("npm:" + u); found || err != nil {
			if err != nil {
				return fail("%v", err)
			}
			return api.OnResolveResult{Path: id, Namespace: nsVendor}, nil
		}
		return fail("Relative import path %q not prefixed with / or ./ or ../ and not in the import map (deno.json \"imports\")", spec)
	}
	return fail("unsupported import %q: only relative files, file:, https:, jsr: and npm: specifiers are supported", spec)
}

// tryExts are what an import without a known extension may mean (esbuild's
// and TypeScript's habit; Deno itself wants the extension).
var tryExts = []string{"", ".ts", ".tsx", ".js", ".mjs", ".jsx", ".mts", ".cts", ".cjs", ".json", "/index.ts", "/index.tsx", "/index.js", "/index.mjs", "/index.jsx"}

func (rs *resolver) resolveFile(vpath, spec string) (api.OnResolveResult, error) {
	if !rs.tree.inside(vpath) && rs.tree.parent == nil {
		return fail("import %q leaves the function's folder (%s/): only files inside it can be imported", spec, rs.name)
	}
	notModule := ""
	for _, ext := range tryExts {
		p := vpath + ext
		info, err := rs.tree.stat(p)
		if err != nil || info.IsDir() {
			if errors.Is(err, fs.ErrNotExist) || err == nil {
				rs.absent(p)
			}
			continue
		}
		if loaderFor(p) == api.LoaderNone {
			// "./v" may mean v.ts even when a file "v" exists.
			if notModule == "" {
				notModule = p
			}
			continue
		}
		return api.OnResolveResult{Path: p, Namespace: nsFn}, nil
	}
	if notModule != "" {
		return fail("cannot import %q: %s is not a module (supported: .ts, .tsx, .mts, .cts, .js, .jsx, .mjs, .cjs, .json)", spec, notModule)
	}
	return fail("Module not found %q: there is no file %s", spec, vpath)
}

func (rs *resolver) resolveVendored(spec string) (api.OnResolveResult, error) {
	id, found, err := rs.b.cfg.Registry.Lookup(spec)
	if err != nil {
		return fail("%v", err)
	}
	if !found {
		return fail("%s is not vendored: Edgeplay works offline and bundles only these packages: %s", spec, strings.Join(rs.b.cfg.Registry.Names(), ", "))
	}
	return api.OnResolveResult{Path: id, Namespace: nsVendor}, nil
}

func (rs *resolver) resolveURL(u string) (api.OnResolveResult, error) {
	if id, found, _ := rs.b.cfg.Registry.Lookup(u); found {
		return api.OnResolveResult{Path: id, Namespace: nsVendor}, nil
	}
	pu, err := url.Parse(u)
	if err != nil || pu.Host == "" {
		return fail("invalid module URL %q", u)
	}
	pu.Fragment = ""
	// Fetch now (or read the cache) so the module is known by its final
	// URL: relative imports inside it resolve against where it really is.
	mod, err := rs.b.fetchModule(rs.ctx, pu.String())
	if err != nil {
		return fail("%v", err)
	}
	return api.OnResolveResult{Path: mod.URL, Namespace: nsRemote}, nil
}

// loaderFor picks the loader from a path's extension (LoaderNone: not a
// module).
func loaderFor(p string) api.Loader {
	switch strings.ToLower(path.Ext(p)) {
	case ".ts", ".mts", ".cts":
		return api.LoaderTS
	case ".tsx":
		return api.LoaderTSX
	case ".jsx":
		return api.LoaderJSX
	case ".json":
		return api.LoaderJSON
	case ".js", ".mjs", ".cjs":
		return api.LoaderJS
	}
	return api.LoaderNone
}

// loaderForRemote follows Deno: the content type decides, the URL's
// extension when the type says nothing specific.
func loaderForRemote(u, contentType string) api.Loader {
	ct := strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	switch ct {
	case "application/typescript", "text/typescript", "video/vnd.dlna.mpeg-tts", "video/mp2t", "application/x-typescript":
		if strings.HasSuffix(strings.ToLower(pathOfURL(u)), ".tsx") {
			return api.LoaderTSX
		}
		return api.LoaderTS
	case "text/tsx":
		return api.LoaderTSX
	case "text/jsx":
		return api.LoaderJSX
	case "application/json", "text/json":
		return api.LoaderJSON
	}
	if l := loaderFor(pathOfURL(u)); l != api.LoaderNone {
		return l
	}
	return api.LoaderJS
}

func pathOfURL(u string) string {
	if pu, err := url.Parse(u); err == nil {
		return pu.Path
	}
	return u
}

func (rs *resolver) loadFn(a api.OnLoadArgs) (api.OnLoadResult, error) {
	b, err := rs.tree.read(a.Path)
	if err != nil {
		return api.OnLoadResult{Errors: []api.Message{{Text: fmt.Sprintf("cannot read %s: %v", a.Path, err)}}}, nil
	}
	rs.record(a.Path, b)
	loader := loaderFor(a.Path)
	src := string(b)
	if loader != api.LoaderJSON {
		src, loader = rs.prepare(src, loader, "file:///"+a.Path, a.Path == rs.entry, a.Path)
	}
	return api.OnLoadResult{Contents: &src, Loader: loader, ResolveDir: noDir}, nil
}

func (rs *resolver) loadVendor(a api.OnLoadArgs) (api.OnLoadResult, error) {
	p, err := rs.b.vendored(rs, a.Path)
	if err != nil {
		return api.OnLoadResult{Errors: []api.Message{{Text: err.Error()}}}, nil
	}
	if p.key != "" {
		rs.addMeta(p.key, p.url, false)
	}
	return api.OnLoadResult{Contents: &p.src, Loader: api.LoaderJS, ResolveDir: noDir}, nil
}

func (rs *resolver) loadRemote(a api.OnLoadArgs) (api.OnLoadResult, error) {
	mod, err := rs.b.fetchModule(rs.ctx, a.Path)
	if err != nil {
		return api.OnLoadResult{Errors: []api.Message{{Text: err.Error()}}}, nil
	}
	loader := loaderForRemote(mod.URL, mod.ContentType)
	src := mod.Source
	if loader != api.LoaderJSON {
		src, loader = rs.prepare(src, loader, mod.URL, false, mod.URL)
	}
	return api.OnLoadResult{Contents: &src, Loader: loader, ResolveDir: noDir}, nil
}

// metaVar holds every module's import.meta object in the wrapper.
const metaVar = "__edgeplay_import_meta"

func (rs *resolver) addMeta(key, u string, main bool) {
	rs.mu.Lock()
	rs.metas[key] = meta{URL: u, Main: main}
	rs.mu.Unlock()
}

// prepare readies one module's source for the bundle: source map comments
// that point anywhere but inline are disabled (esbuild would read them
// from the real disk), and import.meta becomes this module's own object.
// import.meta is replaced by esbuild itself (a Transform with a Define, so
// strings and comments are untouched), whose inline source map esbuild
// chains into the bundle's map: lines and columns stay the user's.
func (rs *resolver) prepare(src string, loader api.Loader, moduleURL string, main bool, sourcefile string) (string, api.Loader) {
	src = disableSourceMapURLs(src)
	if !strings.Contains(src, "import.meta") {
		return src, loader
	}
	key := "m" + hashOf([]byte(moduleURL))[:12]
	res := api.Transform(src, api.TransformOptions{
		Loader:          loader,
		Define:          map[string]string{"import.meta": metaVar + "." + key},
		Sourcemap:       api.SourceMapInline,
		SourcesContent:  api.SourcesContentExclude,
		Sourcefile:      sourcefile,
		Target:          api.ESNext,
		JSX:             rs.opts.JSX,
		JSXFactory:      rs.opts.JSXFactory,
		JSXFragment:     rs.opts.JSXFragment,
		JSXImportSource: rs.opts.JSXImportSource,
		JSXDev:          rs.opts.JSXDev,
		LogLevel:        api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		// Let the bundler report the syntax error at its place.
		return src, loader
	}
	rs.addMeta(key, moduleURL, main)
	return string(res.Code), api.LoaderJS
}

var sourceMapURLRe = regexp.MustCompile(`([#@]\s*sourceMappingURL)=\s*([^\s*]*)`)

// disableSourceMapURLs renames sourceMappingURL comments that are not
// inline data (same length, so nothing moves).
func disableSourceMapURLs(src string) string {
	if !strings.Contains(src, "sourceMappingURL") {
		return src
	}
	return sourceMapURLRe.ReplaceAllStringFunc(src, func(m string) string {
		if strings.Contains(m, "=data:") {
			return m
		}
		return strings.Replace(m, "sourceMappingURL", "sourceMappingURI", 1)
	})
}

// sortedMetas lists the build's import.meta objects in a stable order.
func (rs *resolver) sortedMetas() []string {
	keys := make([]string, 0, len(rs.metas))
	for k := range rs.metas {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
