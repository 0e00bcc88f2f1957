package store

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/edgeplay/edgeplay/engine/events"
)

// Timeline records on disk.
//
// Key (16 bytes): UnixNano (big-endian uint64) then the bus sequence
// number, so bytes order = time order and paging is a cursor walk.
//
// Value: a version byte, then function, worker, request and type as
// uvarint-length-prefixed strings, then the Fields as JSON (absent when
// empty). Retention and re-indexing read the four strings without
// touching the JSON; the time and seq live in the key only.
//
// Index keys: <value> 0x00 <16-byte key>, empty values. A 0x00 inside a
// value is replaced so it cannot fake the separator; values are capped at
// maxIndexValue bytes (queries apply the same cap).

const (
	keyLen        = 16
	codecV1       = 1
	maxIndexValue = 512
)

// Cursor is an opaque position in the timeline (hex of the key): pass it
// back as Query.After or Query.Before to continue paging.
type Cursor string

func eventKey(t time.Time, seq uint64) []byte {
	k := make([]byte, keyLen)
	ns := t.UnixNano()
	if ns < 0 {
		ns = 0
	}
	binary.BigEndian.PutUint64(k, uint64(ns))
	binary.BigEndian.PutUint64(k[8:], seq)
	return k
}

func (c Cursor) key() ([]byte, error) {
	k, err := hex.DecodeString(string(c))
	if err != nil || len(k) != keyLen {
		return nil, fmt.Errorf("%w: bad timeline cursor %q", ErrInvalid, c)
	}
	return k, nil
}

func cursorOf(k []byte) Cursor { return Cursor(hex.EncodeToString(k)) }

// CursorAt is the cursor of the first possible event at time t (for
// "jump to time" in the UI).
func CursorAt(t time.Time) Cursor { return cursorOf(eventKey(t, 0)) }

func indexValue(v string) []byte {
	b := []byte(v)
	if len(b) > maxIndexValue {
		b = b[:maxIndexValue]
	}
	return bytes.ReplaceAll(b, []byte{0}, []byte{1})
}

func indexPrefix(v string) []byte { return append(indexValue(v), 0) }

func indexKey(v string, key []byte) []byte {
	return appendIndexKey(make([]byte, 0, min(len(v), maxIndexValue)+1+keyLen), v, key)
}

// appendIndexKey appends indexKey(v, key) to dst without allocating.
func appendIndexKey(dst []byte, v string, key []byte) []byte {
	if len(v) > maxIndexValue {
		v = v[:maxIndexValue]
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		if c == 0 {
			c = 1
		}
		dst = append(dst, c)
	}
	return append(append(dst, 0), key...)
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func encodeEvent(e events.Event) ([]byte, error) {
	b := make([]byte, 0, 64+len(e.Function)+len(e.Worker)+len(e.Request))
	b = append(b, codecV1)
	b = appendString(b, e.Function)
	b = appendString(b, e.Worker)
	b = appendString(b, e.Request)
	b = appendString(b, string(e.Type))
	if len(e.Fields) > 0 {
		if out, ok := appendFlatJSON(b, e.Fields); ok {
			return out, nil
		}
		js, err := json.Marshal(map[string]any(e.Fields))
		if err != nil {
			// One field Go cannot encode must not lose the event.
			safe := make(map[string]any, len(e.Fields))
			for k, v := range e.Fields {
				if _, err := json.Marshal(v); err != nil {
					v = fmt.Sprint(v)
				}
				safe[k] = v
			}
			if js, err = json.Marshal(safe); err != nil {
				return nil, fmt.Errorf("encode event fields: %w", err)
			}
		}
		b = append(b, js...)
	}
	return b, nil
}

type head struct {
	Function, Worker, Request string
	Type                      events.Type
	fields                    []byte
}

var errBadRecord = errors.New("bad timeline record")

func readString(v []byte) (string, []byte, error) {
	n, w := binary.Uvarint(v)
	if w <= 0 || uint64(len(v)-w) < n {
		return "", nil, errBadRecord
	}
	return string(v[w : w+int(n)]), v[w+int(n):], nil
}

func decodeHead(v []byte) (head, error) {
	var h head
	if len(v) == 0 || v[0] != codecV1 {
		return h, errBadRecord
	}
	v = v[1:]
	var err error
	var typ string
	if h.Function, v, err = readString(v); err != nil {
		return h, err
	}
	if h.Worker, v, err = readString(v); err != nil {
		return h, err
	}
	if h.Request, v, err = readString(v); err != nil {
		return h, err
	}
	if typ, v, err = readString(v); err != nil {
		return h, err
	}
	h.Type = events.Type(typ)
	h.fields = v
	return h, nil
}

func decodeRecord(k, v []byte) (Record, error) {
	h, err := decodeHead(v)
	if err != nil || len(k) != keyLen {
		return Record{}, fmt.Errorf("%w at %x", errBadRecord, k)
	}
	e := events.Event{
		Time:     time.Unix(0, int64(binary.BigEndian.Uint64(k))).UTC(),
		Seq:      binary.BigEndian.Uint64(k[8:]),
		Function: h.Function,
		Worker:   h.Worker,
		Request:  h.Request,
		Type:     h.Type,
	}
	if len(h.fields) > 0 {
		// Numbers come back as float64, exactly as events.UnmarshalJSON
		// reads `serve --events json`.
		if err := json.Unmarshal(h.fields, &e.Fields); err != nil {
			return Record{}, fmt.Errorf("%w at %x: %v", errBadRecord, k, err)
		}
	}
	return Record{Cursor: cursorOf(k), Event: e}, nil
}

// appendFlatJSON appends fields as a JSON object when every value is a
// string, bool, integer or finite float (the engine's own events: a
// request's status and timings, a log line), with sorted keys as
// json.Marshal writes them; ok is false for anything else, which
// json.Marshal then encodes. It saves reflection on every event.
func appendFlatJSON(b []byte, fields events.Fields) (_ []byte, ok bool) {
	var keysArr [16]string
	keys := keysArr[:0]
	for k, v := range fields {
		switch x := v.(type) {
		case string, bool, int, int64, uint64, nil:
		case float64:
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return b, false
			}
		default:
			return b, false
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	start := len(b)
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		switch x := fields[k].(type) {
		case string:
			b = appendJSONString(b, x)
		case bool:
			b = strconv.AppendBool(b, x)
		case int:
			b = strconv.AppendInt(b, int64(x), 10)
		case int64:
			b = strconv.AppendInt(b, x, 10)
		case uint64:
			b = strconv.AppendUint(b, x, 10)
		case float64:
			b = strconv.AppendFloat(b, x, 'g', -1, 64)
		case nil:
			b = append(b, "null"...)
		default:
			return b[:start], false
		}
	}
	return append(b, '}'), true
}

// appendJSONString appends s as a JSON string (invalid UTF-8 becomes
// U+FFFD, as json.Marshal does).
func appendJSONString(b []byte, s string) []byte {
	const hexDigits = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, "\\ufffd"...)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return append(b, '"')
}
