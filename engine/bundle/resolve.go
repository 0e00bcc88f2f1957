package bundle

import (
	"context"
	"encoding/json"
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
	nsFn     = "fn"     // a file of the function (path relative to its folder)
	nsVendor = "vendor" // an embedded vendored module (registry id)
	nsRemote = "remote" // a fetched https: module (its URL)
)

// resolver is one build's plugin state.
type resolver struct {
	b         *Builder
	name      string
	fsys      fs.FS
	entry     string
	ctx       context.Context
	mu        sync.Mutex // esbuild runs plugin callbacks concurrently
	inputs    map[string]Input
	importMap importMap
}

// importMap is deno.json's / import_map.json's "imports" (scopes are
// folded in: Edgeplay resolves one function at a time).
type importMap struct {
	base    string            // folder of the file that declared it
	imports map[string]string // specifier or prefix ("@/") → target
}

var jsonComments = regexp.MustCompile(`(?m)^\s*//.*$`)

// loadImportMap reads deno.json(c) (its "imports", or the file its
// "importMap" names) or import_map.json.
func (rs *resolver) loadImportMap() error {
	read := func(p string) (map[string]any, error) {
		b, err := fs.ReadFile(rs.fsys, p)
		if err != nil {
			return nil, err
		}
		rs.record(p, b)
		var m map[string]any
		if err := json.Unmarshal(jsonComments.ReplaceAll(b, nil), &m); err != nil {
			return nil, &Error{File: rs.name + "/" + p, Line: 1, Column: 1, Message: "invalid JSON: " + err.Error()}
		}
		return m, nil
	}
	var doc map[string]any
	var docPath string
	for _, p := range []string{"deno.json", "deno.jsonc", "import_map.json"} {
		m, err := read(p)
		if err == nil {
			doc, docPath = m, p
			break
		}
		if _, ok := err.(*Error); ok {
			return err
		}
	}
	if doc == nil {
		return nil
	}
	if ref, ok := doc["importMap"].(string); ok && doc["imports"] == nil {
		p := path.Clean(path.Join(path.Dir(docPath), ref))
		m, err := read(p)
		if err != nil {
			if e, ok := err.(*Error); ok {
				return e
			}
			return &Error{File: rs.name + "/" + docPath, Line: 1, Column: 1, Message: fmt.Sprintf("importMap %q not found in the function's folder", ref)}
		}
		doc, docPath = m, p
	}
	rs.importMap = importMap{base: path.Dir(docPath), imports: map[string]string{}}
	add := func(v any) {
		if m, ok := v.(map[string]any); ok {
			for k, t := range m {
				if s, ok := t.(string); ok {
					rs.importMap.imports[k] = s
				}
			}
		}
	}
	add(doc["imports"])
	if scopes, ok := doc["scopes"].(map[string]any); ok {
		for _, s := range scopes {
			add(s)
		}
	}
	return nil
}

// lookup maps a bare specifier through the import map (exact match, then
// the longest "prefix/" match).
func (m importMap) lookup(spec string) (string, bool) {
	if t, ok := m.imports[spec]; ok {
		return t, true
	}
	best := ""
	for k := range m.imports {
		if strings.HasSuffix(k, "/") && strings.HasPrefix(spec, k) && len(k) > len(best) {
			best = k
		}
	}
	if best == "" {
		return "", false
	}
	return m.imports[best] + strings.TrimPrefix(spec, best), true
}

func (rs *resolver) record(p string, b []byte) {
	info, err := fs.Stat(rs.fsys, p)
	if err != nil {
		return
	}
	rs.mu.Lock()
	rs.inputs[p] = Input{Path: p, Size: info.Size(), ModTime: info.ModTime(), Hash: hashOf(b)}
	rs.mu.Unlock()
}

func (rs *resolver) plugin() api.Plugin {
	return api.Plugin{Name: "edgeplay", Setup: func(pb api.PluginBuild) {
		pb.OnResolve(api.OnResolveOptions{Filter: ".*"}, rs.onResolve)
		pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: nsFn}, rs.loadFn)
		pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: nsVendor}, rs.loadVendor)
		pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: nsRemote}, rs.loadRemote)
	}}
}

func fail(format string, args ...any) (api.OnResolveResult, error) {
	return api.OnResolveResult{Errors: []api.Message{{Text: fmt.Sprintf(format, args...)}}}, nil
}

func (rs *resolver) onResolve(a api.OnResolveArgs) (api.OnResolveResult, error) {
	spec := a.Path
	if a.Kind == api.ResolveEntryPoint {
		return api.OnResolveResult{Path: spec, Namespace: nsFn}, nil
	}
	switch a.Namespace {
	case nsRemote:
		return rs.resolveFromRemote(a.Importer, spec)
	case nsVendor:
		return rs.resolveSpecifier(spec, "")
	}
	return rs.resolveSpecifier(spec, a.Importer)
}

// resolveSpecifier resolves from a function file (importer "" for mapped
// targets that are already rooted).
func (rs *resolver) resolveSpecifier(spec, importer string) (api.OnResolveResult, error) {
	switch {
	case strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/"):
		return rs.resolveFile(path.Join(path.Dir(importer), spec), spec)
	case strings.HasPrefix(spec, "file:"):
		return fail("file: imports are not supported; import %q with a relative path", spec)
	case strings.HasPrefix(spec, "https:") || strings.HasPrefix(spec, "http:"):
		return rs.resolveURL(spec)
	case strings.HasPrefix(spec, "jsr:") || strings.HasPrefix(spec, "npm:") || strings.HasPrefix(spec, "node:"):
		return rs.resolveVendored(spec)
	}
	if target, ok := rs.importMap.lookup(spec); ok {
		if strings.HasPrefix(target, "./") || strings.HasPrefix(target, "../") || strings.HasPrefix(target, "/") {
			return rs.resolveFile(path.Join(rs.importMap.base, target), spec)
		}
		return rs.resolveSpecifier(target, "")
	}
	if id, ok := rs.b.cfg.Registry.Lookup("npm:" + spec); ok {
		return api.OnResolveResult{Path: id, Namespace: nsVendor}, nil
	}
	return fail("Relative import path %q not prefixed with / or ./ or ../ and not in the import map (deno.json \"imports\")", spec)
}

var tryExts = []string{"", ".ts", ".tsx", ".js", ".mjs", ".jsx", ".mts", ".json", "/index.ts", "/index.js", "/index.tsx"}

func (rs *resolver) resolveFile(p, spec string) (api.OnResolveResult, error) {
	p = path.Clean(strings.TrimPrefix(p, "/"))
	if p == ".." || strings.HasPrefix(p, "../") {
		return fail("import %q leaves the function's folder", spec)
	}
	for _, ext := range tryExts {
		if info, err := fs.Stat(rs.fsys, p+ext); err == nil && !info.IsDir() {
			return api.OnResolveResult{Path: p + ext, Namespace: nsFn}, nil
		}
	}
	return fail("Module not found %q (looked for %s in the function's folder)", spec, p)
}

func (rs *resolver) resolveVendored(spec string) (api.OnResolveResult, error) {
	if id, ok := rs.b.cfg.Registry.Lookup(spec); ok {
		return api.OnResolveResult{Path: id, Namespace: nsVendor}, nil
	}
	if strings.HasPrefix(spec, "node:") {
		return fail("%s: Node built-in modules are not available in Edgeplay's offline runtime", spec)
	}
	return fail("%s is not vendored: Edgeplay works offline and bundles these packages: %s", spec, strings.Join(rs.b.cfg.Registry.Names(), ", "))
}

func (rs *resolver) resolveURL(u string) (api.OnResolveResult, error) {
	if id, ok := rs.b.cfg.Registry.Lookup(u); ok {
		return api.OnResolveResult{Path: id, Namespace: nsVendor}, nil
	}
	if _, err := url.Parse(u); err != nil {
		return fail("invalid module URL %q: %v", u, err)
	}
	return api.OnResolveResult{Path: u, Namespace: nsRemote}, nil
}

func (rs *resolver) resolveFromRemote(importer, spec string) (api.OnResolveResult, error) {
	if strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") || strings.HasPrefix(spec, "/") {
		base, err := url.Parse(importer)
		if err != nil {
			return fail("bad importer URL %q", importer)
		}
		ref, err := url.Parse(spec)
		if err != nil {
			return fail("bad import %q in %s", spec, importer)
		}
		return rs.resolveURL(base.ResolveReference(ref).String())
	}
	return rs.resolveSpecifier(spec, "")
}

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
	}
	return api.LoaderJS
}

// importMetaRe finds import.meta uses to rewrite per module.
var importMetaRe = regexp.MustCompile(`\bimport\.meta\b`)

// withImportMeta replaces import.meta with a call to a hoisted function
// appended at the end (so no line moves and the source map stays exact).
func withImportMeta(src, moduleURL string, main bool) string {
	if !strings.Contains(src, "import.meta") {
		return src
	}
	fn := "__edgeplay_import_meta_" + hashOf([]byte(moduleURL))[:8]
	src = importMetaRe.ReplaceAllString(src, fn+"()")
	u, _ := json.Marshal(moduleURL)
	return src + fmt.Sprintf("\nfunction %s() { return { url: %s, main: %t, filename: undefined, dirname: undefined, resolve(s) { return new URL(s, %s).href; } }; }\n",
		fn, u, main, u)
}

func (rs *resolver) loadFn(a api.OnLoadArgs) (api.OnLoadResult, error) {
	b, err := fs.ReadFile(rs.fsys, a.Path)
	if err != nil {
		return api.OnLoadResult{Errors: []api.Message{{Text: fmt.Sprintf("cannot read %s: %v", a.Path, err)}}}, nil
	}
	rs.record(a.Path, b)
	src := string(b)
	loader := loaderFor(a.Path)
	if loader != api.LoaderJSON {
		src = withImportMeta(src, "file:///"+rs.name+"/"+a.Path, a.Path == rs.entry)
	}
	return api.OnLoadResult{Contents: &src, Loader: loader, ResolveDir: "/"}, nil
}

func (rs *resolver) loadVendor(a api.OnLoadArgs) (api.OnLoadResult, error) {
	src, err := rs.b.cfg.Registry.Source(a.Path)
	if err != nil {
		return api.OnLoadResult{Errors: []api.Message{{Text: err.Error()}}}, nil
	}
	src = withImportMeta(src, "file:///vendor/"+a.Path, false)
	return api.OnLoadResult{Contents: &src, Loader: api.LoaderJS}, nil
}

func (rs *resolver) loadRemote(a api.OnLoadArgs) (api.OnLoadResult, error) {
	mod, err := rs.b.fetchModule(rs.ctx, a.Path)
	if err != nil {
		return api.OnLoadResult{Errors: []api.Message{{Text: err.Error()}}}, nil
	}
	src := withImportMeta(mod.Source, mod.URL, false)
	loader := loaderFor(mod.URL)
	if strings.Contains(mod.ContentType, "typescript") {
		loader = api.LoaderTS
	}
	return api.OnLoadResult{Contents: &src, Loader: loader}, nil
}

// Names lists the vendored specifiers for error messages.
func (r *Registry) Names() []string {
	names := make([]string, 0, len(r.modules))
	for _, m := range r.modules {
		names = append(names, m.Name)
	}
	sort.Strings(names)
	return names
}
