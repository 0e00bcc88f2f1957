package bundle

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Module is one vendored package: pre-bundled ESM files (made by
// vendor/update.sh from a pinned npm version, or hand-written shims) and
// the specifiers that reach them.
type Module struct {
	Name    string   // npm name: "hono"
	Version string   // the vendored version: "4.9.8"
	JSR     []string // JSR names of the same package: "@hono/hono"
	// Files maps a subpath ("" for the package itself, "/cors") to a file
	// in the registry's fs.
	Files map[string]string
	// URLs are the https: imports of the same package, any version.
	URLs []URLRule
	// URLOnly modules are reached by URL only (not npm:/jsr:/bare names).
	URLOnly bool
}

// URLRule maps https: imports matching Pattern to a subpath of a Module.
type URLRule struct {
	Pattern *regexp.Regexp
	Subpath string
}

// Registry maps jsr:, npm: and https: specifiers to vendored modules.
// It is read-only after construction and shared by builders.
type Registry struct {
	modules []Module
	files   fs.FS
}

//go:embed vendor/*.js
var vendorFiles embed.FS

// NewRegistry returns a registry serving the modules' files from files.
func NewRegistry(files fs.FS, modules ...Module) *Registry {
	return &Registry{modules: modules, files: files}
}

// esmSh matches esm.sh URLs of pkg (any version, any query) with subpath
// sub ("" for the package).
func esmSh(pkg, sub string) URLRule {
	return URLRule{regexp.MustCompile(`^https://esm\.sh/` + regexp.QuoteMeta(pkg) + `(@[^/?]+)?` + regexp.QuoteMeta(sub) + `/?(\?.*)?$`), sub}
}

func denoLand(mod, file, sub string) URLRule {
	return URLRule{regexp.MustCompile(`^https://deno\.land/x/` + regexp.QuoteMeta(mod) + `(@[^/]+)?/` + regexp.QuoteMeta(file) + `$`), sub}
}

// Default is the built-in registry (see vendor/update.sh).
func Default() *Registry {
	return NewRegistry(vendorFiles,
		Module{
			Name: "@supabase/supabase-js", Version: "2.109.0", JSR: []string{"@supabase/supabase-js"},
			Files: map[string]string{"": "vendor/supabase-js.js"},
			URLs: []URLRule{
				esmSh("@supabase/supabase-js", ""),
				{regexp.MustCompile(`^https://cdn\.jsdelivr\.net/npm/@supabase/supabase-js(@[^/]+)?/\+esm$`), ""},
			},
		},
		Module{
			// The native build: no Web Workers, no bundled codecs — it
			// inflates through the runtime's DecompressionStream (Go).
			Name: "@zip.js/zip.js", Version: "2.24.0", JSR: []string{"@zip-js/zip-js"},
			Files: map[string]string{"": "vendor/zipjs.js", "/index.js": "vendor/zipjs.js"},
			URLs: []URLRule{
				denoLand("zipjs", "index.js", ""),
				denoLand("zipjs", "mod.ts", ""),
				esmSh("@zip.js/zip.js", ""),
			},
		},
		Module{
			Name: "hono", Version: "4.9.8", JSR: []string{"@hono/hono"},
			Files: map[string]string{"": "vendor/hono.js", "/cors": "vendor/hono-cors.js"},
			URLs: []URLRule{
				denoLand("hono", "mod.ts", ""),
				denoLand("hono", "middleware/cors/index.ts", "/cors"),
				esmSh("hono", ""),
				esmSh("hono", "/cors"),
			},
		},
		Module{
			// A shim, not the std code: std's serve() on top of Deno.serve,
			// as the Supabase templates of 2022–2023 import it.
			Name: "deno.land/std/http", Version: "0.168.0", URLOnly: true,
			Files: map[string]string{"/server.ts": "vendor/std-http-server.js"},
			URLs: []URLRule{
				{regexp.MustCompile(`^https://deno\.land/std(@[^/]+)?/http/server\.ts$`), "/server.ts"},
			},
		},
	)
}

// errNotVendored marks npm:/jsr: packages the registry does not hold.
type errNotVendored struct{ spec string }

func (e errNotVendored) Error() string { return e.spec + " is not vendored" }

// Lookup maps a specifier to a vendored module id ("hono", "hono/cors").
// found is false when the registry has nothing for it (an https: URL that
// must be fetched, an npm: package that is not vendored); err is set when
// the package is vendored but not that version or subpath.
func (r *Registry) Lookup(spec string) (id string, found bool, err error) {
	if strings.HasPrefix(spec, "https:") || strings.HasPrefix(spec, "http:") {
		for _, m := range r.modules {
			for _, u := range m.URLs {
				if u.Pattern.MatchString(spec) {
					return m.Name + u.Subpath, true, nil
				}
			}
		}
		return "", false, nil
	}
	scheme, rest, ok := strings.Cut(spec, ":")
	if !ok || (scheme != "npm" && scheme != "jsr") {
		return "", false, nil
	}
	name, version, sub, ok := splitPackage(rest)
	if !ok {
		return "", false, fmt.Errorf("invalid %s: specifier %q", scheme, spec)
	}
	for _, m := range r.modules {
		if m.URLOnly || !m.named(scheme, name) {
			continue
		}
		if !satisfies(m.Version, version) {
			return "", false, fmt.Errorf("%s asks for version %q but Edgeplay vendors %s@%s (it works offline and cannot fetch other versions)", spec, version, m.Name, m.Version)
		}
		if _, ok := m.Files[sub]; !ok {
			return "", false, fmt.Errorf("%s: subpath %q of %s is not vendored; vendored: %s", spec, sub, m.Name, strings.Join(m.subpaths(), ", "))
		}
		return m.Name + sub, true, nil
	}
	return "", false, nil
}

func (m *Module) named(scheme, name string) bool {
	if scheme == "npm" {
		return m.Name == name
	}
	for _, j := range m.JSR {
		if j == name {
			return true
		}
	}
	return false
}

func (m *Module) subpaths() []string {
	var out []string
	for s := range m.Files {
		out = append(out, strconv.Quote(m.Name+s))
	}
	sort.Strings(out)
	return out
}

// splitPackage splits "hono@4/cors", "@scope/pkg@^2.1/sub" (a leading "/"
// as in "npm:/hono" is allowed).
func splitPackage(s string) (name, version, sub string, ok bool) {
	s = strings.TrimPrefix(s, "/")
	segs := strings.SplitN(s, "/", 3)
	n := 1
	if strings.HasPrefix(s, "@") {
		n = 2
	}
	if len(segs) < n || segs[0] == "" {
		return "", "", "", false
	}
	last := segs[n-1]
	if i := strings.LastIndex(last, "@"); i > 0 {
		version, last = last[i+1:], last[:i]
	}
	if last == "" {
		return "", "", "", false
	}
	name = last
	if n == 2 {
		name = segs[0] + "/" + last
	}
	if len(segs) > n {
		sub = "/" + strings.Join(segs[n:], "/")
	}
	return name, version, sub, true
}

// satisfies reports whether the vendored version meets a version range in
// the coarse way Edgeplay needs: "", "*", "latest" and ">=" ranges take
// anything; otherwise the major version (and for 0.x the minor) must
// match, so "npm:hono@4.6" gets the vendored 4.x and "npm:hono@3" fails.
func satisfies(vendored, rng string) bool {
	rng = strings.TrimSpace(rng)
	if rng == "" || rng == "*" || rng == "latest" || rng == "x" {
		return true
	}
	for _, alt := range strings.Split(rng, "||") {
		alt = strings.TrimSpace(alt)
		if strings.HasPrefix(alt, ">") {
			return true
		}
		alt = strings.TrimLeft(alt, "^~=v ")
		want := strings.SplitN(alt, ".", 3)
		have := strings.SplitN(vendored, ".", 3)
		if want[0] != have[0] {
			continue
		}
		if have[0] == "0" && len(want) > 1 && want[1] != "x" && want[1] != "*" && want[1] != have[1] {
			continue
		}
		return true
	}
	return false
}

// source returns a vendored module's code.
func (r *Registry) source(id string) (string, error) {
	for _, m := range r.modules {
		if sub, ok := strings.CutPrefix(id, m.Name); ok {
			if f, ok := m.Files[sub]; ok {
				b, err := fs.ReadFile(r.files, f)
				if err != nil {
					return "", fmt.Errorf("vendored module %s: %w", id, err)
				}
				return string(b), nil
			}
		}
	}
	return "", fmt.Errorf("vendored module %s is not in the registry", id)
}

// version returns the vendored version of id's package.
func (r *Registry) version(id string) string {
	for _, m := range r.modules {
		if sub, ok := strings.CutPrefix(id, m.Name); ok {
			if _, ok := m.Files[sub]; ok {
				return m.Version
			}
		}
	}
	return ""
}

// Names lists what is vendored, for error messages.
func (r *Registry) Names() []string {
	names := make([]string, 0, len(r.modules))
	for _, m := range r.modules {
		if m.URLOnly {
			continue
		}
		s := "npm:" + m.Name + "@" + m.Version
		for _, j := range m.JSR {
			s += " / jsr:" + j
		}
		names = append(names, s)
	}
	sort.Strings(names)
	return names
}
