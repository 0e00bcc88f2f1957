// Package encoding installs TextEncoder, TextDecoder (utf-8, utf-16le/be
// and windows-1252 natively; the other legacy labels through
// golang.org/x/text's htmlindex), TextEncoderStream, TextDecoderStream,
// atob and btoa.
//
// Encoding and decoding are native Go (a 10 MB string round-trips in a few
// milliseconds); the JS side is the classes' WebIDL shape (enumerable
// prototype members, brand checks) and the streaming state (a partial
// sequence kept between decode({stream:true}) calls). Invalid UTF-8 gets
// one U+FFFD per maximal subpart as the Encoding Standard says (Go's
// ToValidUTF8 would merge runs). The stream classes look up the global
// TransformStream when constructed, so install order does not matter.
//
// Known gaps: legacy multi-byte decoders (shift_jis, gbk, euc-kr, ...)
// do not keep partial sequences across stream:true calls and report
// errors per chunk; fatal mode for them follows x/text's error
// detection; TextEncoder only encodes UTF-8 (as the standard says).
package encoding

import (
	"bytes"
	_ "embed"
	"encoding/base64"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

//go:embed encoding.js
var encodingJS string

var script = jsrt.NewScript("edgeplay:encoding", encodingJS)

// Install adds the globals.
func Install(r *jsrt.Runtime) error {
	vm := r.VM()
	_, err := script.Call(r, map[string]any{
		// reflection-free: the hottest native of every text body
		"encode": func(c goja.FunctionCall) goja.Value { return r.NewUint8Array([]byte(c.Argument(0).String())) },
		"encodeInto": func(s string, dest goja.Value) map[string]int {
			b, ok := r.Bytes(dest)
			if !ok {
				r.ThrowTypeError("encodeInto: destination must be a Uint8Array")
			}
			read, written := 0, 0
			for _, c := range s {
				n := utf8.RuneLen(c)
				if c == utf8.RuneError {
					n = 3
				}
				if written+n > len(b) {
					break
				}
				utf8.EncodeRune(b[written:], c)
				written += n
				if c > 0xFFFF {
					read += 2
				} else {
					read++
				}
			}
			return map[string]int{"read": read, "written": written}
		},
		// decode returns [text, carry]: carry is the count of trailing
		// bytes of an incomplete sequence kept for the next stream call.
		"decode": func(label string, data goja.Value, fatal, stream bool) []any {
			b, ok := r.Bytes(data)
			if !ok && data != nil && !goja.IsUndefined(data) {
				r.ThrowTypeError("The provided value is not of type '(ArrayBuffer or ArrayBufferView)'")
			}
			text, carry, err := decode(label, b, fatal, stream)
			if err != nil {
				r.Throw(err)
			}
			return []any{text, carry}
		},
		"normalize": func(label string) goja.Value {
			n, ok := normalize(label)
			if !ok {
				return goja.Undefined()
			}
			return vm.ToValue(n)
		},
		"atob": func(s string) goja.Value {
			b, err := atob(s)
			if err != nil {
				r.Throw(jsrt.Errorf("DOMException:InvalidCharacterError", "Failed to decode base64"))
			}
			return vm.ToValue(latin1(b))
		},
		"btoa": func(s string) string {
			b := make([]byte, 0, len(s))
			for _, c := range s {
				if c > 0xFF {
					r.Throw(jsrt.Errorf("DOMException:InvalidCharacterError", "The string to be encoded contains characters outside of the Latin1 range."))
				}
				b = append(b, byte(c))
			}
			return base64.StdEncoding.EncodeToString(b)
		},
	})
	return err
}

func latin1(b []byte) string {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return string(rs)
}

// atob is the forgiving-base64 decode of the HTML standard.
func atob(s string) ([]byte, error) {
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\f', '\r':
			return -1
		}
		return r
	}, s)
	if len(s)%4 == 0 {
		s = strings.TrimSuffix(strings.TrimSuffix(s, "="), "=")
	}
	if len(s)%4 == 1 {
		return nil, base64.CorruptInputError(len(s))
	}
	return base64.RawStdEncoding.DecodeString(s)
}

// labels are the WHATWG labels handled natively.
var labels = map[string]string{
	"unicode-1-1-utf-8": "utf-8", "utf-8": "utf-8", "utf8": "utf-8", "unicode11utf8": "utf-8", "unicode20utf8": "utf-8", "x-unicode20utf8": "utf-8",
	"utf-16": "utf-16le", "utf-16le": "utf-16le", "ucs-2": "utf-16le", "unicode": "utf-16le", "csunicode": "utf-16le", "iso-10646-ucs-2": "utf-16le", "unicodefeff": "utf-16le",
	"utf-16be": "utf-16be", "unicodefffe": "utf-16be",
}

// normalize maps a label to its encoding name ("utf-8", "windows-1252", ...).
func normalize(label string) (string, bool) {
	l := strings.ToLower(strings.TrimSpace(label))
	if n, ok := labels[l]; ok {
		return n, true
	}
	if e, err := htmlindex.Get(l); err == nil {
		if name, err := htmlindex.Name(e); err == nil {
			return name, true
		}
	}
	return "", false
}

func decode(enc string, b []byte, fatal, stream bool) (string, int, error) {
	switch enc {
	case "utf-8":
		carry := 0
		if stream {
			carry = incompleteTail(b)
			b = b[:len(b)-carry]
		}
		if utf8.Valid(b) {
			return string(b), carry, nil
		}
		if fatal {
			return "", 0, jsrt.TypeErrorf("The encoded data is not valid")
		}
		return replaceInvalid(b), carry, nil
	case "utf-16le", "utf-16be":
		carry := 0
		if stream && len(b)%2 == 1 {
			carry = 1
			b = b[:len(b)-1]
		} else if len(b)%2 == 1 {
			if fatal {
				return "", 0, jsrt.TypeErrorf("The encoded data is not valid")
			}
			b = append(b[:len(b)-1:len(b)-1], 0xFD, 0xFF)
		}
		u := make([]uint16, len(b)/2)
		for i := range u {
			if enc == "utf-16le" {
				u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
			} else {
				u[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
			}
		}
		if fatal {
			for i := 0; i < len(u); i++ {
				switch {
				case u[i] >= 0xD800 && u[i] <= 0xDBFF && i+1 < len(u) && u[i+1] >= 0xDC00 && u[i+1] <= 0xDFFF:
					i++
				case u[i] >= 0xD800 && u[i] <= 0xDFFF:
					return "", 0, jsrt.TypeErrorf("The encoded data is not valid")
				}
			}
		}
		return string(utf16.Decode(u)), carry, nil
	case "windows-1252":
		return windows1252(b), 0, nil
	}
	e, err := htmlindex.Get(enc)
	if err != nil {
		return "", 0, jsrt.Errorf("RangeError", "The encoding label provided ('%s') is invalid.", enc)
	}
	out, err := e.NewDecoder().Bytes(b)
	if err != nil {
		if fatal {
			return "", 0, jsrt.TypeErrorf("The encoded data is not valid")
		}
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return string(out), 0, nil
}

// replaceInvalid decodes UTF-8 as the Encoding Standard does: one U+FFFD
// per maximal invalid subpart (Go's ToValidUTF8 merges runs into one).
func replaceInvalid(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	for i := 0; i < len(b); {
		if b[i] < 0x80 {
			sb.WriteByte(b[i])
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || size > 1 {
			sb.Write(b[i : i+size])
			i += size
			continue
		}
		sb.WriteString("\uFFFD")
		i += maximalSubpart(b[i:])
	}
	return sb.String()
}

// maximalSubpart is the length of the invalid sequence at b[0] (at least 1).
func maximalSubpart(b []byte) int {
	c := b[0]
	lo, hi := byte(0x80), byte(0xBF)
	need := 0
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && n < len(b); k++ {
		if b[n] < lo || b[n] > hi {
			return n
		}
		lo, hi = 0x80, 0xBF
		n++
	}
	return n
}

// cp1252 maps 0x80-0x9F; the five bytes windows-1252 leaves undefined map
// to the same C1 code point, as the Encoding Standard's index does.
var cp1252 = [32]rune{
	0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
	0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
}

func windows1252(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/4)
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xA0:
			sb.WriteRune(cp1252[c-0x80])
		default:
			sb.WriteRune(rune(c))
		}
	}
	return sb.String()
}

// incompleteTail is the length of a trailing, incomplete UTF-8 sequence.
func incompleteTail(b []byte) int {
	for i := 1; i <= 3 && i <= len(b); i++ {
		c := b[len(b)-i]
		if c&0xC0 == 0x80 {
			continue // continuation byte: keep looking for the lead
		}
		need := 0
		switch {
		case c&0xE0 == 0xC0:
			need = 2
		case c&0xF0 == 0xE0:
			need = 3
		case c&0xF8 == 0xF0:
			need = 4
		}
		if need > i {
			return i
		}
		return 0
	}
	return 0
}
