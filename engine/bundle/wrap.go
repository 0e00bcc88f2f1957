package bundle

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// exportListRe finds the bundle's trailing `export { a as b, ... };`
// (esbuild emits exactly one, last, for an ESM bundle) and exportDefaultRe
// the `export default expr;` it emits for a CommonJS entry.
var (
	exportListRe    = regexp.MustCompile(`(?s)\nexport\s*\{([^}]*)\};?\s*$`)
	exportDefaultRe = regexp.MustCompile(`(?s)\nexport default ([^\n]*?);?\s*$`)
)

// dynamicRequire is esbuild's message for require()/import() of what is
// not in the bundle; the replacement says why in Edgeplay's terms.
const (
	dynamicRequire     = `throw Error('Dynamic require of "' + x + '" is not supported');`
	dynamicRequireEdge = `throw Error('Cannot load "' + x + '" at run time: Edgeplay bundles modules ahead of time, so import() needs a string literal (or an import statement) naming the module');`
)

// wrap turns esbuild's ESM bundle into a script whose value is a Promise
// of the module namespace:
//
//	(function () { "use strict"; const __edgeplay_import_meta = {...};
//	return (async function () {
//	<bundle, its export statement removed>
//	return <namespace>;
//	})(); })()
//
// The prefix takes one line of its own, so the source map only needs one
// ";" in front of its mappings.
func wrap(code string, metas string) string {
	ns := "Object.preventExtensions(Object.create(null, { [Symbol.toStringTag]: { value: \"Module\" } }))"
	if m := exportListRe.FindStringSubmatchIndex(code); m != nil {
		ns = namespace(code[m[2]:m[3]])
		code = code[:m[0]] + "\n"
	} else if m := exportDefaultRe.FindStringSubmatchIndex(code); m != nil {
		expr := code[m[2]:m[3]]
		code = code[:m[0]] + "\nconst __edgeplay_default = " + expr + ";\n"
		ns = namespace("__edgeplay_default as default")
	}
	code = strings.Replace(code, dynamicRequire, dynamicRequireEdge, 1)
	var sb strings.Builder
	sb.Grow(len(code) + len(metas) + 512)
	sb.WriteString(`(function () { "use strict"; `)
	sb.WriteString(metas)
	sb.WriteString("return (async function () {\n")
	sb.WriteString(code)
	sb.WriteString("return ")
	sb.WriteString(ns)
	sb.WriteString(";\n})(); })()\n")
	return sb.String()
}

// namespace builds a module namespace object (null prototype, sorted
// keys, live bindings through getters, not extensible) from an export
// list "a, b as c, d as \"e-f\"".
func namespace(list string) string {
	type entry struct{ name, local string }
	var entries []entry
	for _, part := range strings.Split(list, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		local, exported, found := strings.Cut(part, " as ")
		if !found {
			exported = local
		}
		local, exported = strings.TrimSpace(local), strings.TrimSpace(exported)
		if uq, err := strconv.Unquote(exported); err == nil {
			exported = uq
		}
		entries = append(entries, entry{exported, local})
	}
	sortEntries := func(i, j int) bool { return entries[i].name < entries[j].name }
	for i := 1; i < len(entries); i++ { // insertion sort: tiny lists
		for j := i; j > 0 && sortEntries(j, j-1); j-- {
			entries[j], entries[j-1] = entries[j-1], entries[j]
		}
	}
	var sb strings.Builder
	sb.WriteString("Object.preventExtensions(Object.create(null, {")
	for _, e := range entries {
		name, _ := json.Marshal(e.name)
		fmt.Fprintf(&sb, " %s: { get: () => %s, enumerable: true },", name, e.local)
	}
	sb.WriteString(" [Symbol.toStringTag]: { value: \"Module\" } }))")
	return sb.String()
}

// metaPrelude defines the import.meta objects of the build's modules. Each
// is created once, on first use, as Deno's are: url, main, filename and
// dirname (file: modules only), and resolve() through the import map.
func metaPrelude(rs *resolver) string {
	keys := rs.sortedMetas()
	if len(keys) == 0 {
		return ""
	}
	var sb strings.Builder
	imap, _ := json.Marshal(map[string]any{"imports": rs.imap.imports, "scopes": scopesJSON(rs.imap.scopes)})
	sb.WriteString("const " + metaVar + " = ((imap) => { ")
	sb.WriteString(metaJS)
	sb.WriteString(" return { ")
	for _, k := range keys {
		m := rs.metas[k]
		u, _ := json.Marshal(m.URL)
		fmt.Fprintf(&sb, "get %s() { return make(%q, %s, %t); }, ", k, k, u, m.Main)
	}
	sb.WriteString("}; })(")
	sb.Write(imap)
	sb.WriteString("); ")
	return sb.String()
}

func scopesJSON(scopes []scope) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, s := range scopes {
		out[s.prefix] = s.imports
	}
	return out
}

// metaJS is the body of the import.meta factory (one line: it sits on the
// wrapper's first line).
var metaJS = strings.Join(strings.Fields(`
const cache = {};
const match = (map, spec) => {
  if (!map) return undefined;
  if (Object.prototype.hasOwnProperty.call(map, spec)) return map[spec];
  let best = "";
  for (const k in map) if (k.endsWith("/") && spec.startsWith(k) && k.length > best.length) best = k;
  return best ? map[best] + spec.slice(best.length) : undefined;
};
const resolve = (spec, base) => {
  spec = String(spec);
  const relative = /^\.{0,2}\//.test(spec);
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(spec);
  let u = relative ? new URL(spec, base).href : spec;
  const scopes = Object.keys(imap.scopes).sort((a, b) => b.length - a.length);
  let mapped;
  for (const s of scopes) if (base.startsWith(s) && (mapped = match(imap.scopes[s], u)) !== undefined) break;
  if (mapped === undefined) mapped = match(imap.imports, u);
  if (mapped !== undefined) return /^[a-z]+:\/\//i.test(mapped) ? new URL(mapped).href : mapped;
  if (!relative && !scheme) throw new TypeError("Import \"" + spec + "\" not a dependency and not in import map from \"" + base + "\"");
  return /^(https?|file):/i.test(u) ? new URL(u).href : u;
};
const make = (key, url, main) => {
  if (cache[key]) return cache[key];
  const m = Object.create(null);
  m.url = url;
  m.main = main;
  if (url.startsWith("file://")) {
    m.filename = decodeURIComponent(url.slice(7));
    m.dirname = m.filename.slice(0, m.filename.lastIndexOf("/")) || "/";
  }
  m.resolve = (spec) => resolve(spec, url);
  return (cache[key] = m);
};`), " ")
