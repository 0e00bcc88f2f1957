package bundle

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf16"

	"github.com/evanw/esbuild/pkg/api"
)

// Error is a build error at a place in the user's code.
type Error struct {
	File     string // "<name>/<path>", "vendor:<id>" or a module URL; "" when no file is to blame
	Line     int    // 1-based
	Column   int    // 1-based, in UTF-16 units as JS counts
	Message  string
	LineText string
}

func (e *Error) Error() string {
	if e.File == "" {
		return e.Message
	}
	if e.Line == 0 {
		return e.File + ": " + e.Message
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

// displayName maps an esbuild namespace and path to what users see.
func displayName(ns, p string) string {
	switch ns {
	case nsVendor:
		return "vendor:" + p
	}
	return p // nsFn: "<name>/<path>"; nsRemote: the URL
}

// sourceName maps a source of esbuild's source map ("fn:hello/index.ts",
// "../vendor:hono", a name chained from an input map) to a display name.
func sourceName(s string) string {
	for strings.HasPrefix(s, "../") {
		s = s[3:]
	}
	if ns, p, ok := strings.Cut(s, ":"); ok {
		switch ns {
		case nsFn, nsRemote:
			return p
		case nsVendor:
			return "vendor:" + strings.TrimPrefix(p, "vendor:")
		}
	}
	return s
}

// convertErrors turns esbuild messages into *Error (one) or Errors.
func convertErrors(msgs []api.Message) error {
	out := make(Errors, 0, len(msgs))
	for _, m := range msgs {
		out = append(out, convert(m))
	}
	if len(out) == 1 {
		return &out[0]
	}
	return out
}

// globRe matches esbuild's error for import()/require() of a computed path
// (a glob pattern it would look up on the real disk).
var globRe = regexp.MustCompile(`^Could not resolve (import|require)\("(.*\*.*)"\)$`)

func convert(m api.Message) Error {
	e := Error{Message: m.Text}
	if g := globRe.FindStringSubmatch(m.Text); g != nil {
		e.Message = fmt.Sprintf("%s() of a computed path (%s) cannot be bundled: Edgeplay bundles modules ahead of time, so %s() needs a string literal naming the module", g[1], g[2], g[1])
	}
	if l := m.Location; l != nil {
		e.File = displayName(l.Namespace, l.File)
		if l.Namespace == "" || l.Namespace == "file" {
			e.File = sourceName(l.File)
		}
		e.Line = l.Line
		e.Column = l.Column + 1
		if l.Column <= len(l.LineText) {
			e.Column = utf16Len(l.LineText[:l.Column]) + 1
		}
		e.LineText = l.LineText
	}
	for _, n := range m.Notes {
		if n.Text != "" {
			e.Message += " (" + n.Text + ")"
		}
	}
	return e
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
