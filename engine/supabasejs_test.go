package engine_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/edgeplay/edgeplay/engine/jwt"
)

// TestSupabaseJSFromNode drives the local Storage and Auth with the real
// supabase-js client from npm, a second client beside the functions'
// vendored copy. Without node/npm (or offline) it is skipped.
func TestSupabaseJSFromNode(t *testing.T) {
	node, errN := exec.LookPath("node")
	npm, errP := exec.LookPath("npm")
	if errN != nil || errP != nil || os.Getenv("EDGEPLAY_SKIP_NODE") != "" {
		t.Skip("node/npm not available")
	}
	dir := t.TempDir()
	script, _ := filepath.Abs(filepath.Join("testdata", "node", "supabase-client.mjs"))
	copyFile(t, script, filepath.Join(dir, "supabase-client.mjs"))
	os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"name":"edgeplay-sb-client","private":true,"type":"module"}`), 0o644)
	if out, err := exec.Command(npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", dir, "@supabase/supabase-js@2.109.0", "ws@8.18.3").CombinedOutput(); err != nil {
		t.Skipf("npm install @supabase/supabase-js failed (offline?): %v %s", err, out)
	}
	eng, _ := startSamples(t)
	out, err := exec.Command(node, filepath.Join(dir, "supabase-client.mjs"), eng.URL(), jwt.LocalAnonKey, jwt.LocalServiceKey).CombinedOutput()
	if err != nil {
		t.Fatalf("supabase-js client: %v\n%s", err, out)
	}
	var got map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("output %s: %v", out, err)
	}
	want := map[string]any{
		"duplicateBucket": "The resource already exists", "duplicateUpload": "The resource already exists",
		"download": "hello from node", "list": []any{"a", "b.bin", "c.bin"}, "signed": []any{4.0, 5.0},
		"missing": true, "removed": 2.0, "signUpEmail": "node@example.com", "getUser": "node@example.com",
		"badToken": true, "wrongPassword": "Invalid login credentials", "refreshed": true, "listed": 1.0, "afterDelete": 1.0,
	}
	for k, v := range want {
		g, _ := json.Marshal(got[k])
		w, _ := json.Marshal(v)
		if string(g) != string(w) {
			t.Errorf("%s = %s, want %s", k, g, w)
		}
	}
}
