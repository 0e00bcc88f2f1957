package engine_test

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/edgeplay/edgeplay/engine"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/supervisor"
)

// Case is one engine/testdata/cases/<name>/case.json (see testdata/README.md).
type Case struct {
	Request struct {
		Method     string            `json:"method"`
		Path       string            `json:"path"`
		Headers    map[string]string `json:"headers"`
		Body       *string           `json:"body"`
		BodyBase64 string            `json:"bodyBase64"`
	} `json:"request"`
	Expect struct {
		Status       int               `json:"status"`
		Body         *string           `json:"body"`
		BodyContains []string          `json:"bodyContains"`
		JSON         any               `json:"json"`
		Headers      map[string]string `json:"headers"`
	} `json:"expect"`
	Deno *bool `json:"deno"`
}

// LoadCases reads every case under dir.
func LoadCases(t *testing.T, dir string) map[string]Case {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string]Case{}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, e.Name(), "case.json"))
		if err != nil {
			t.Fatalf("case %s: %v", e.Name(), err)
		}
		var c Case
		if err := json.Unmarshal(raw, &c); err != nil {
			t.Fatalf("case %s: case.json: %v", e.Name(), err)
		}
		cases[e.Name()] = c
	}
	return cases
}

func startEngine(t testing.TB, dir string, sink events.Sink) *engine.Engine {
	t.Helper()
	return runEngine(t, engine.Config{
		Source: supervisor.DirSource{Root: dir},
		Events: sink,
		Env:    map[string]string{"EDGEPLAY_TEST": "1"},
		Logf:   t.Logf,
	})
}

// runEngine starts an engine on a free loopback port with a temp data
// folder (unless cfg says otherwise) and stops it when the test ends.
func runEngine(t testing.TB, cfg engine.Config) *engine.Engine {
	t.Helper()
	if cfg.Addr == "" {
		cfg.Addr = "127.0.0.1:0"
	}
	if cfg.DataDir == "" {
		cfg.DataDir = t.TempDir()
	}
	eng, err := engine.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := eng.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { eng.Close() })
	return eng
}

// RunCase sends the case's request to base+/functions/v1/<name> and checks
// the response; it returns a description of the first mismatch or "".
func RunCase(base, name string, c Case) string {
	method := c.Request.Method
	if method == "" {
		method = http.MethodGet
	}
	var body io.Reader
	if c.Request.Body != nil {
		body = strings.NewReader(*c.Request.Body)
	} else if c.Request.BodyBase64 != "" {
		b, err := base64.StdEncoding.DecodeString(c.Request.BodyBase64)
		if err != nil {
			return "bad bodyBase64: " + err.Error()
		}
		body = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, base+"/functions/v1/"+name+c.Request.Path, body)
	if err != nil {
		return err.Error()
	}
	for k, v := range c.Request.Headers {
		req.Header.Set(k, v)
	}
	resp, err := noRedirect.Do(req)
	if err != nil {
		return err.Error()
	}
	defer resp.Body.Close()
	got, _ := io.ReadAll(resp.Body)
	want := c.Expect.Status
	if want == 0 {
		want = 200
	}
	if resp.StatusCode != want {
		return "status " + resp.Status + ", want " + http.StatusText(want) + "; body: " + string(got)
	}
	if c.Expect.Body != nil && string(got) != *c.Expect.Body {
		return "body " + quote(got) + ", want " + quote([]byte(*c.Expect.Body))
	}
	for _, s := range c.Expect.BodyContains {
		if !strings.Contains(string(got), s) {
			return "body " + quote(got) + " lacks " + quote([]byte(s))
		}
	}
	if c.Expect.JSON != nil {
		var v any
		if err := json.Unmarshal(got, &v); err != nil {
			return "body is not JSON: " + quote(got)
		}
		if !reflect.DeepEqual(v, c.Expect.JSON) {
			w, _ := json.Marshal(c.Expect.JSON)
			return "json " + string(got) + ", want " + string(w)
		}
	}
	for k, v := range c.Expect.Headers {
		if g := resp.Header.Get(k); g != v {
			return "header " + k + "=" + quote([]byte(g)) + ", want " + quote([]byte(v))
		}
	}
	return ""
}

// noRedirect shows a case's own response, not where it redirects to.
var noRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func quote(b []byte) string {
	s, _ := json.Marshal(string(b))
	return string(s)
}

// TestCases serves every JS case through the real gateway.
func TestCases(t *testing.T) {
	dir := filepath.Join("testdata", "cases")
	cases := LoadCases(t, dir)
	eng := startEngine(t, dir, nil)
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if msg := RunCase(eng.URL(), name, c); msg != "" {
				t.Fatal(msg)
			}
		})
	}
}
