// Package url installs WHATWG URL, URLSearchParams and URLPattern.
//
// Parsing is github.com/nlnwa/whatwg-url (a Go implementation of the URL
// Standard; goja_nodejs's URL has known relative-resolution bugs). The JS
// class keeps only the serialised href: every getter reads a record parsed
// by Go and every setter re-parses with the setter's rules, so the object
// can never drift from the standard's state. URLSearchParams is JS (the
// form-urlencoded parser and serialiser are short), linked both ways with
// its URL; its iterators are live, like Deno's.
//
// URLPattern is the WICG polyfill (urlpattern-polyfill, MIT) vendored as
// urlpattern.js by update.sh: speed does not matter for route matching and
// the polyfill follows the spec (named groups, regexp groups, modifiers,
// wildcards, init objects, base URLs, ignoreCase). update.sh rewrites its
// two \p{ID_Start}/\p{ID_Continue} classes, which goja mis-handles, to a
// superset (ASCII identifier characters plus every code point from U+00AA).
//
// Library notes: whatwg-url's WithPercentEncodeSinglePercentSign option is
// not used ("%zz" stays as is, as the standard and Deno say). USVString
// conversion is a loop because goja's regexp lookarounds split surrogate
// pairs.
//
// Known gaps: URL.createObjectURL throws (no blob store); URLPattern
// accepts non-ASCII non-identifier characters in group names (superset
// above) and has the polyfill's performance (a RegExp per component);
// for "non-spec:/.//p" host is "" where Deno answers "/." (Deno's quirk).
package url

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	whatwg "github.com/nlnwa/whatwg-url/url"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

//go:embed url.js
var urlJS string

var script = jsrt.NewScript("edgeplay:url", urlJS)

//go:embed urlpattern.js
var urlPatternJS string

var patternScript = jsrt.NewScript("edgeplay:urlpattern", urlPatternJS)

// Install adds URL and URLSearchParams.
func Install(r *jsrt.Runtime) error {
	parser := whatwg.NewParser()
	vm := r.VM()
	parse := func(input string, base *string) *whatwg.Url {
		var u *whatwg.Url
		var err error
		if base != nil {
			u, err = parser.ParseRef(*base, input)
		} else {
			u, err = parser.Parse(input)
		}
		if err != nil {
			return nil
		}
		return u
	}
	_, err := script.Call(r, map[string]any{
		// false if s has no lone surrogate: goja decodes a UTF-16 string
		// to Go with U+FFFD for each, so no U+FFFD means none (one that
		// was there already only costs the JS loop)
		"mayHaveLone": func(c goja.FunctionCall) goja.Value {
			return vm.ToValue(strings.ContainsRune(c.Argument(0).String(), utf8.RuneError))
		},
		// (input, hasBase, base): a FunctionCall, not a typed func goja
		// would call by reflection: every new URL() calls it
		"parse": func(c goja.FunctionCall) goja.Value {
			var b *string
			if c.Argument(1).ToBoolean() {
				base := c.Argument(2).String()
				b = &base
			}
			u := parse(c.Argument(0).String(), b)
			if u == nil {
				return goja.Null()
			}
			return record(vm, u)
		},
		"set": func(href, prop, value string) goja.Value {
			u := parse(href, nil)
			if u == nil {
				return goja.Null()
			}
			switch prop {
			case "protocol":
				u.SetProtocol(value)
			case "username":
				u.SetUsername(value)
			case "password":
				u.SetPassword(value)
			case "host":
				u.SetHost(value)
			case "hostname":
				u.SetHostname(value)
			case "port":
				u.SetPort(value)
			case "pathname":
				u.SetPathname(value)
			case "search":
				u.SetSearch(value)
			case "hash":
				u.SetHash(value)
			}
			return record(vm, u)
		},
	})
	if err != nil {
		return fmt.Errorf("url: %w", err)
	}
	if _, err := patternScript.Run(r); err != nil {
		return fmt.Errorf("url: URLPattern: %w", err)
	}
	return nil
}

// record is a parsed URL's parts as a JS array, in the order of P in
// url.js (goja would wrap a Go map and convert a part on every read, and
// setting eleven properties of an object costs more than one array).
func record(vm *goja.Runtime, u *whatwg.Url) *goja.Object {
	return vm.NewArray(u.Href(false), u.Protocol(), u.Username(), u.Password(),
		u.Host(), u.Hostname(), u.Port(), u.Pathname(), u.Search(), u.Hash(), origin(u))
}

// origin is the URL's serialised origin ("null" for opaque origins).
func origin(u *whatwg.Url) string {
	switch u.Scheme() {
	case "http", "https", "ws", "wss", "ftp":
		s := u.Scheme() + "://" + u.Hostname()
		if p := u.Port(); p != "" {
			if _, err := strconv.Atoi(p); err == nil {
				s += ":" + p
			}
		}
		return s
	case "blob":
		inner, err := whatwg.Parse(strings.TrimPrefix(u.Href(true), "blob:"))
		if err == nil && (inner.Scheme() == "http" || inner.Scheme() == "https") {
			return origin(inner)
		}
	}
	return "null"
}
