// Package envfile parses dotenv files (`--env-file`, supabase/functions/.env)
// the way the Supabase CLI reads them: KEY=VALUE lines, `export ` prefixes,
// # comments, single quotes (literal), double quotes (with \n escapes and
// multi-line values), and unquoted values with trailing comments.
package envfile

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
)

var keyRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.-]*$`)

// Read parses the file at path.
func Read(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("env file: %w", err)
	}
	defer f.Close()
	env, err := Parse(f)
	if err != nil {
		return nil, fmt.Errorf("env file %s: %w", path, err)
	}
	return env, nil
}

// Parse reads dotenv content; errors name the line.
func Parse(r io.Reader) (map[string]string, error) {
	env := map[string]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			return nil, fmt.Errorf("line %d: expected KEY=VALUE, got %q", lineNo, line)
		}
		key = strings.TrimSpace(key)
		if !keyRe.MatchString(key) {
			return nil, fmt.Errorf("line %d: invalid variable name %q", lineNo, key)
		}
		val = strings.TrimSpace(val)
		switch {
		case strings.HasPrefix(val, `"`):
			body := val[1:]
			start := lineNo
			for !closedDouble(body) {
				if !sc.Scan() {
					return nil, fmt.Errorf("line %d: unterminated double-quoted value for %s", start, key)
				}
				lineNo++
				body += "\n" + sc.Text()
			}
			end := lastUnescapedQuote(body)
			val = unescape(body[:end])
		case strings.HasPrefix(val, `'`):
			end := strings.Index(val[1:], `'`)
			if end < 0 {
				return nil, fmt.Errorf("line %d: unterminated single-quoted value for %s", lineNo, key)
			}
			val = val[1 : end+1]
		default:
			if i := strings.Index(val, " #"); i >= 0 {
				val = strings.TrimSpace(val[:i])
			}
		}
		env[key] = val
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return env, nil
}

func closedDouble(s string) bool { return lastUnescapedQuote(s) >= 0 }

func lastUnescapedQuote(s string) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

func unescape(s string) string {
	r := strings.NewReplacer(`\n`, "\n", `\r`, "\r", `\t`, "\t", `\"`, `"`, `\\`, `\`)
	return r.Replace(s)
}
