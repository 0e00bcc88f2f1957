package bundle

import (
	"encoding/json"
	"strings"
)

// fixSourceMap names the sources as users see them, shifts the mappings
// one line down for the wrapper's first line, and makes columns 1-based.
func fixSourceMap(sm []byte) []byte {
	var m map[string]any
	if err := json.Unmarshal(sm, &m); err != nil {
		return sm
	}
	if srcs, ok := m["sources"].([]any); ok {
		for i, s := range srcs {
			if str, ok := s.(string); ok {
				srcs[i] = sourceName(str)
			}
		}
	}
	if mp, ok := m["mappings"].(string); ok {
		m["mappings"] = ";" + oneBased(mp)
	}
	delete(m, "sourceRoot")
	out, err := json.Marshal(m)
	if err != nil {
		return sm
	}
	return out
}

// oneBased adds 1 to every generated and every original column of a
// source map's mappings. goja looks a position up with its 1-based column
// and reports the original column as stored (0-based), so without this
// lookups land one character late and columns print one too small; with
// it goja's columns match its own (and V8's) 1-based columns. Generated
// columns restart at each line (the first segment's is absolute), original
// columns are relative across the whole map (the first one is absolute),
// so only those first fields change.
func oneBased(mappings string) string {
	lines := strings.Split(mappings, ";")
	firstSource := true
	for i, line := range lines {
		if line == "" {
			continue
		}
		seg, rest, _ := strings.Cut(line, ",")
		fields, ok := decodeVLQ(seg)
		if !ok || len(fields) == 0 {
			return mappings // not what esbuild writes: leave it alone
		}
		fields[0]++
		if firstSource && len(fields) >= 4 {
			fields[3]++
			firstSource = false
		}
		line = encodeVLQ(fields)
		if rest != "" {
			line += "," + rest
		}
		if firstSource {
			// The first segment had no source: find the first that has.
			segs := strings.Split(line, ",")
			for j := 1; j < len(segs) && firstSource; j++ {
				f, ok := decodeVLQ(segs[j])
				if ok && len(f) >= 4 {
					f[3]++
					segs[j] = encodeVLQ(f)
					firstSource = false
				}
			}
			line = strings.Join(segs, ",")
		}
		lines[i] = line
	}
	return strings.Join(lines, ";")
}

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func decodeVLQ(s string) ([]int, bool) {
	var out []int
	shift, value := 0, 0
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(b64, s[i])
		if d < 0 {
			return nil, false
		}
		value += (d & 31) << shift
		if d&32 != 0 {
			shift += 5
			continue
		}
		if value&1 != 0 {
			out = append(out, -(value >> 1))
		} else {
			out = append(out, value>>1)
		}
		shift, value = 0, 0
	}
	return out, shift == 0
}

func encodeVLQ(fields []int) string {
	var sb strings.Builder
	for _, v := range fields {
		u := v << 1
		if v < 0 {
			u = (-v << 1) | 1
		}
		for {
			d := u & 31
			u >>= 5
			if u > 0 {
				d |= 32
			}
			sb.WriteByte(b64[d])
			if u == 0 {
				break
			}
		}
	}
	return sb.String()
}
