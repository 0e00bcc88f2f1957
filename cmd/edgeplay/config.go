package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// readVerifyJWT reads `verify_jwt = false` for each `[functions.<name>]`
// table of the Supabase config.toml next to a functions folder
// (supabase/config.toml for supabase/functions). Only that key is read;
// a missing file means no overrides.
func readVerifyJWT(functionsDir string) (map[string]bool, error) {
	path := filepath.Join(functionsDir, "..", "config.toml")
	f, err := os.Open(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	out := map[string]bool{}
	section := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[] ")
			continue
		}
		name, ok := strings.CutPrefix(section, "functions.")
		if !ok {
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok || strings.TrimSpace(key) != "verify_jwt" {
			continue
		}
		switch strings.TrimSpace(val) {
		case "false":
			out[strings.Trim(name, `"`)] = true
		case "true":
		default:
			return nil, fmt.Errorf("%s:%d: verify_jwt must be true or false", path, n)
		}
	}
	return out, sc.Err()
}
