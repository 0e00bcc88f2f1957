package bundle

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path"
	"sort"
	"strings"

	"github.com/evanw/esbuild/pkg/api"
)

// importMap is a WICG import map as Deno reads it from deno.json(c)
// ("imports", "scopes", or "importMap" naming a file) or import_map.json.
// Keys and relative targets are normalized to URLs against the map file's
// URL, so matching works on resolved specifiers as in Deno.
type importMap struct {
	imports map[string]string
	scopes  []scope // longest prefix first
}

type scope struct {
	prefix  string
	imports map[string]string
}

// configFiles are the files a function's import map comes from, in order.
var configFiles = []string{"deno.json", "deno.jsonc", "import_map.json"}

// loadConfig reads the function's deno.json / deno.jsonc / import_map.json
// (or, in a Supabase layout, the functions folder's), following
// "importMap". JSX options in "compilerOptions" are returned too.
func (rs *resolver) loadConfig() error {
	dirs := []string{rs.name + "/"}
	if rs.tree.parent != nil {
		dirs = append(dirs, "")
	}
	for _, dir := range dirs {
		for _, f := range configFiles {
			vpath := dir + f
			b, err := rs.tree.read(vpath)
			if err != nil {
				rs.absent(vpath)
				continue
			}
			rs.record(vpath, b)
			doc, err := parseJSONC(b)
			if err != nil {
				return rs.jsonError(vpath, b, err)
			}
			if ref, ok := doc["importMap"].(string); ok && doc["imports"] == nil && doc["scopes"] == nil {
				at := func(msg string) error {
					e := &Error{File: vpath, Line: 1, Column: 1, Message: msg}
					if i := bytes.Index(b, []byte(`"importMap"`)); i >= 0 {
						e.Line, e.Column, e.LineText = position(b, i)
					}
					return e
				}
				target, ok := rs.fileOf(resolveRef("file:///"+vpath, ref))
				if !ok {
					return at(fmt.Sprintf("importMap %q points outside the function's folder", ref))
				}
				mb, err := rs.tree.read(target)
				if err != nil {
					return at(fmt.Sprintf("importMap %q: no file %s", ref, target))
				}
				rs.record(target, mb)
				mdoc, err := parseJSONC(mb)
				if err != nil {
					return rs.jsonError(target, mb, err)
				}
				rs.imap = newImportMap("file:///"+target, mdoc)
			} else {
				rs.imap = newImportMap("file:///"+vpath, doc)
			}
			rs.jsx(doc)
			return nil
		}
	}
	return nil
}

// jsx applies deno.json's compilerOptions.jsx* to the build.
func (rs *resolver) jsx(doc map[string]any) {
	co, _ := doc["compilerOptions"].(map[string]any)
	if co == nil {
		return
	}
	switch co["jsx"] {
	case "react-jsx", "precompile":
		rs.opts.JSX = api.JSXAutomatic
	case "react-jsxdev":
		rs.opts.JSX = api.JSXAutomatic
		rs.opts.JSXDev = true
	}
	if s, ok := co["jsxImportSource"].(string); ok {
		rs.opts.JSXImportSource = s
	}
	if s, ok := co["jsxFactory"].(string); ok {
		rs.opts.JSXFactory = s
	}
	if s, ok := co["jsxFragmentFactory"].(string); ok {
		rs.opts.JSXFragment = s
	}
}

func (rs *resolver) jsonError(vpath string, b []byte, err error) error {
	e := &Error{File: vpath, Line: 1, Column: 1, Message: "invalid JSON: " + err.Error()}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		e.Line, e.Column, e.LineText = position(b, int(se.Offset))
	}
	return e
}

// position turns a byte offset into a 1-based line and column.
func position(b []byte, off int) (line, col int, text string) {
	if off > len(b) {
		off = len(b)
	}
	start := bytes.LastIndexByte(b[:off], '\n') + 1
	end := bytes.IndexByte(b[off:], '\n')
	if end < 0 {
		end = len(b) - off
	}
	return bytes.Count(b[:off], []byte{'\n'}) + 1, utf16Len(string(b[start:off])) + 1, string(b[start : off+end])
}

func newImportMap(base string, doc map[string]any) importMap {
	m := importMap{imports: normalizeMap(base, doc["imports"])}
	if scopes, ok := doc["scopes"].(map[string]any); ok {
		for prefix, v := range scopes {
			m.scopes = append(m.scopes, scope{prefix: normalizeKey(base, prefix), imports: normalizeMap(base, v)})
		}
		sort.Slice(m.scopes, func(i, j int) bool { return len(m.scopes[i].prefix) > len(m.scopes[j].prefix) })
	}
	return m
}

func normalizeMap(base string, v any) map[string]string {
	in, _ := v.(map[string]any)
	out := make(map[string]string, len(in))
	for k, t := range in {
		s, ok := t.(string)
		if !ok {
			continue
		}
		if isRelative(s) {
			s = resolveRef(base, s)
		}
		out[normalizeKey(base, k)] = s
	}
	return out
}

func normalizeKey(base, k string) string {
	if isRelative(k) {
		return resolveRef(base, k)
	}
	return k
}

// lookup maps a specifier (already resolved to a URL when it was
// relative) for an importer: scopes that prefix the importer first, then
// "imports"; exact keys, then the longest "prefix/" key.
func (m importMap) lookup(spec, importer string) (string, bool) {
	for _, s := range m.scopes {
		if strings.HasPrefix(importer, s.prefix) {
			if t, ok := match(s.imports, spec); ok {
				return t, true
			}
		}
	}
	return match(m.imports, spec)
}

func match(imports map[string]string, spec string) (string, bool) {
	if t, ok := imports[spec]; ok {
		return t, true
	}
	best := ""
	for k := range imports {
		if strings.HasSuffix(k, "/") && strings.HasPrefix(spec, k) && len(k) > len(best) {
			best = k
		}
	}
	if best == "" {
		return "", false
	}
	return imports[best] + strings.TrimPrefix(spec, best), true
}

func isRelative(s string) bool {
	return strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../") || strings.HasPrefix(s, "/") || s == "." || s == ".."
}

// resolveRef resolves ref against base (both URLs); on a parse error it
// returns ref unchanged and the caller's lookup fails with a clear error.
func resolveRef(base, ref string) string {
	b, err := url.Parse(base)
	if err != nil {
		return ref
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	return b.ResolveReference(r).String()
}

// parseJSONC parses JSON with comments and trailing commas (deno.jsonc,
// and deno.json, which Deno reads the same way).
func parseJSONC(b []byte) (map[string]any, error) {
	var m map[string]any
	if err := json.Unmarshal(stripJSONC(b), &m); err != nil {
		return nil, err
	}
	return m, nil
}

// stripJSONC blanks comments and trailing commas with spaces, so offsets
// in errors still point at the original text.
func stripJSONC(b []byte) []byte {
	out := bytes.Clone(b)
	inStr := false
	lastComma := -1
	for i := 0; i < len(out); i++ {
		c := out[i]
		switch {
		case inStr:
			if c == '\\' {
				i++
			} else if c == '"' {
				inStr = false
			}
		case c == '"':
			inStr, lastComma = true, -1
		case c == '/' && i+1 < len(out) && out[i+1] == '/':
			for ; i < len(out) && out[i] != '\n'; i++ {
				out[i] = ' '
			}
		case c == '/' && i+1 < len(out) && out[i+1] == '*':
			j := bytes.Index(out[i+2:], []byte("*/"))
			end := len(out)
			if j >= 0 {
				end = i + 2 + j + 2
			}
			for ; i < end; i++ {
				if out[i] != '\n' {
					out[i] = ' '
				}
			}
			i--
		case c == ',':
			lastComma = i
		case c == '}' || c == ']':
			if lastComma >= 0 {
				out[lastComma] = ' '
			}
			lastComma = -1
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		default:
			lastComma = -1
		}
	}
	return out
}

// fileOf maps a file: URL to a virtual path the build may read.
func (rs *resolver) fileOf(u string) (string, bool) {
	pu, err := url.Parse(u)
	if err != nil || pu.Scheme != "file" {
		return "", false
	}
	vpath := strings.TrimPrefix(path.Clean(pu.Path), "/")
	return vpath, rs.tree.inside(vpath) || rs.tree.parent != nil
}
