package store

import (
	"encoding/json"
	"math"
	"reflect"
	"testing"

	"github.com/edgeplay/edgeplay/engine/events"
)

// TestFlatJSON: the hand-written encoder decodes to what json.Marshal's
// output decodes to, and leaves anything else to json.Marshal.
func TestFlatJSON(t *testing.T) {
	for _, f := range []events.Fields{
		{"status": 200, "ms": 1.25, "bytes": int64(13), "cpuMs": 0.0},
		{"message": "quote \" backslash \\ newline \n tab \t nul \x00 bell \x07 é 日本 <>&", "level": "info"},
		{"bad utf8": "a\xffb\xc3", "ok": true, "none": nil, "big": uint64(math.MaxUint64), "neg": -7, "tiny": 1e-9, "huge": 1e300},
		{"": "empty key", "z": "", "a": false},
	} {
		got, ok := appendFlatJSON(nil, f)
		if !ok {
			t.Fatalf("%v: not encoded", f)
		}
		want, _ := json.Marshal(map[string]any(f))
		var g, w any
		if err := json.Unmarshal(got, &g); err != nil {
			t.Fatalf("%s: invalid JSON: %v", got, err)
		}
		json.Unmarshal(want, &w)
		if !reflect.DeepEqual(g, w) {
			t.Errorf("got %s, want %s", got, want)
		}
	}
	for _, f := range []events.Fields{
		{"nested": map[string]any{"a": 1}},
		{"list": []any{1}},
		{"nan": math.NaN()},
		{"inf": math.Inf(1)},
	} {
		if _, ok := appendFlatJSON(nil, f); ok {
			t.Errorf("%v: encoded, want json.Marshal to take it", f)
		}
		if _, err := encodeEvent(events.Event{Fields: f}); err != nil {
			t.Errorf("%v: %v", f, err)
		}
	}
}
