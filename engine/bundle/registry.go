package bundle

import (
	"embed"
	"fmt"
	"regexp"
	"strings"
)

// Module is one vendored package: a pre-bundled ESM file (made by
// vendor/update.sh from a pinned npm version) and the specifiers that
// reach it.
type Module struct {
	Name    string // "hono"
	Version string // the pinned npm version
	// Subpaths maps a subpath ("", "/cors") to its embedded file.
	Subpaths map[string]string
	// URLPatterns match https: imports of the same package (any version).
	URLPatterns []*regexp.Regexp
}

// Registry maps specifiers to vendored modules.
type Registry struct {
	modules []Module
	files   embed.FS
}

//go:embed vendor/*.js
var vendorFiles embed.FS

// Default is the built-in registry.
func Default() *Registry {
	return &Registry{files: vendorFiles, modules: []Module{
		{
			Name: "@supabase/supabase-js", Version: "2.109.0",
			Subpaths: map[string]string{"": "vendor/supabase-js.js"},
			URLPatterns: []*regexp.Regexp{
				regexp.MustCompile(`^https://esm\.sh/@supabase/supabase-js(@[^/?]+)?(\?.*)?$`),
				regexp.MustCompile(`^https://cdn\.jsdelivr\.net/npm/@supabase/supabase-js(@[^/]+)?/\+esm$`),
			},
		},
		{
			// The native build: no Web Workers, no bundled codecs — it
			// inflates through the runtime's DecompressionStream (Go).
			Name: "@zip.js/zip.js", Version: "2.24.0",
			Subpaths: map[string]string{"": "vendor/zipjs.js", "/index.js": "vendor/zipjs.js"},
			URLPatterns: []*regexp.Regexp{
				regexp.MustCompile(`^https://deno\.land/x/zipjs(@[^/]+)?/index\.js$`),
				regexp.MustCompile(`^https://deno\.land/x/zipjs(@[^/]+)?/mod\.ts$`),
				regexp.MustCompile(`^https://esm\.sh/@zip\.js/zip\.js(@[^/?]+)?(\?.*)?$`),
			},
		},
		{
			Name: "hono", Version: "4.9.8",
			Subpaths: map[string]string{"": "vendor/hono.js", "/cors": "vendor/hono-cors.js"},
			URLPatterns: []*regexp.Regexp{
				regexp.MustCompile(`^https://deno\.land/x/hono(@[^/]+)?/mod\.ts$`),
				regexp.MustCompile(`^https://esm\.sh/hono(@[^/?]+)?(\?.*)?$`),
			},
		},
	}}
}

// specRe splits "npm:hono@4/cors" or "jsr:@hono/hono@^4.1/cors".
var specRe = regexp.MustCompile(`^(?:npm|jsr):(@?[^@/]+(?:/[^@/]+)?)(?:@[^/]*)?(/.*)?$`)

// jsrAliases maps JSR package names to their npm twin.
var jsrAliases = map[string]string{"@hono/hono": "hono", "@supabase/supabase-js": "@supabase/supabase-js", "@zip-js/zip-js": "@zip.js/zip.js"}

// Lookup finds the embedded file id for a specifier.
func (r *Registry) Lookup(spec string) (string, bool) {
	if strings.HasPrefix(spec, "https:") || strings.HasPrefix(spec, "http:") {
		for _, m := range r.modules {
			for _, re := range m.URLPatterns {
				if re.MatchString(spec) {
					return m.Subpaths[""], true
				}
			}
		}
		return "", false
	}
	mm := specRe.FindStringSubmatch(spec)
	if mm == nil {
		return "", false
	}
	pkg, sub := mm[1], mm[2]
	if strings.HasPrefix(spec, "jsr:") {
		if alias, ok := jsrAliases[pkg]; ok {
			pkg = alias
		}
	} else if !strings.HasPrefix(pkg, "@") && strings.Contains(pkg, "/") {
		// npm:hono/cors: the package is the first segment
		first, rest, _ := strings.Cut(pkg, "/")
		pkg, sub = first, "/"+rest+sub
	}
	for _, m := range r.modules {
		if m.Name == pkg {
			if f, ok := m.Subpaths[sub]; ok {
				return f, true
			}
		}
	}
	return "", false
}

// Source returns a vendored file's code.
func (r *Registry) Source(id string) (string, error) {
	b, err := r.files.ReadFile(id)
	if err != nil {
		return "", fmt.Errorf("vendored module %s is missing from the build: %w", id, err)
	}
	return string(b), nil
}
