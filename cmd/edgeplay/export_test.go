package main

import (
	"archive/zip"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/edgeplay/edgeplay/store"
)

func TestExport(t *testing.T) {
	dir := t.TempDir()
	fns, data := filepath.Join(dir, "functions"), filepath.Join(dir, "data")
	src := `import { createClient } from "jsr:@supabase/supabase-js@2";
Deno.serve(() => new Response(typeof createClient));
`
	os.MkdirAll(filepath.Join(fns, "hi"), 0o755)
	os.WriteFile(filepath.Join(fns, "hi", "index.ts"), []byte(src), 0o644)
	st, err := store.Open(data, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.ImportFolder("demo", fns); err != nil {
		t.Fatal(err)
	}
	st.SetEnv("demo", "OPENAI_API_KEY", "sk-very-secret-value", true)
	st.SetEnv("demo", "MODE", "demo", false)
	st.Close()

	out := filepath.Join(dir, "out")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"export", "--data", data, "--out", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	want := map[string]func(string) bool{
		"supabase/functions/hi/index.ts":  func(s string) bool { return s == src },
		"supabase/functions/hi/deno.json": func(s string) bool { return strings.Contains(s, `"imports"`) },
		"supabase/config.toml":            func(s string) bool { return strings.Contains(s, "[functions.hi]\nverify_jwt = ") },
		".env.example": func(s string) bool {
			return strings.Contains(s, "OPENAI_API_KEY=\n") && strings.Contains(s, "MODE=\n") && !strings.Contains(s, "sk-very")
		},
	}
	for name, ok := range want {
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || !ok(string(b)) {
			t.Errorf("%s: %v\n%s", name, err, b)
		}
	}
	filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if b, _ := os.ReadFile(p); bytes.Contains(b, []byte("sk-very-secret-value")) {
			t.Errorf("%s holds the secret value", p)
		}
		return nil
	})

	zipFile := filepath.Join(dir, "demo.zip")
	if code := run([]string{"export", "--data", data, "--project", "demo", "--zip", zipFile}, &stdout, &stderr); code != 0 {
		t.Fatalf("zip: exit %d: %s", code, stderr.String())
	}
	zr, err := zip.OpenReader(zipFile)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	if _, err := zr.Open("supabase/functions/hi/index.ts"); err != nil {
		t.Fatalf("zip lacks the function: %v", err)
	}

	bad := []struct {
		name string
		args []string
		want string
	}{
		{"no destination", []string{"--data", data}, "pass one of --out DIR or --zip FILE"},
		{"both destinations", []string{"--data", data, "--out", out, "--zip", zipFile}, "pass one of"},
		{"unknown project", []string{"--data", data, "--project", "nope", "--out", t.TempDir()}, `no project "nope"`},
		{"into an existing project", []string{"--data", data, "--out", out}, "already has a supabase folder"},
		{"no store yet", []string{"--data", filepath.Join(dir, "empty"), "--out", t.TempDir()}, "nothing recorded yet"},
	}
	for _, b := range bad {
		t.Run(b.name, func(t *testing.T) {
			var o, e bytes.Buffer
			if code := run(append([]string{"export"}, b.args...), &o, &e); code == 0 || !strings.Contains(e.String(), b.want) {
				t.Fatalf("exit %d, stderr %q, want %q", code, e.String(), b.want)
			}
		})
	}
}
