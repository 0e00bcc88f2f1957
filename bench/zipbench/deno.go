package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/edgeplay/edgeplay/engine/jwt"
)

// The peer run: the same sample, unmodified, on real Deno against the same
// embedded Storage (the gateway of the Edgeplay run), so the figures are
// side by side. The seed's remote imports map to the very files Edgeplay
// vendors (an import map), and a preamble stands in for the platform:
// EdgeRuntime.waitUntil, and Deno.serve on a free loopback port. It
// samples V8's heap (Deno.memoryUsage) and says on stderr when the work
// is done; the process's peak RSS is its VmHWM.

const denoPreamble = `
const port = Number(Deno.env.get("ZIPBENCH_PORT"));
const serve = Deno.serve;
let peakHeap = 0;
const sample = () => { peakHeap = Math.max(peakHeap, Deno.memoryUsage().heapUsed); };
setInterval(sample, 20);
const report = (err) => { sample(); console.error("ZIPBENCH " + JSON.stringify({ err, peakHeap })); };
Deno.serve = (a, b) => {
  const handler = typeof a === "function" ? a : b ?? a.handler;
  return serve({ port, hostname: "127.0.0.1", onListen() { console.error("ZIPBENCH listening"); } }, async (req, info) => {
    try {
      const res = await handler(req, info);
      if (!background) report("");
      return res;
    } catch (e) { report(String(e)); throw e; }
  });
};
let background = false;
globalThis.EdgeRuntime = { waitUntil(p) {
  background = true;
  p.then(() => report(""), (e) => report(String(e)));
} };
`

// denoResult is what the peer run measured.
type denoResult struct {
	took     time.Duration
	peakRSS  int64
	peakHeap int64
}

// runDeno serves samples/<example> on deno against gatewayURL and sends it
// the zip.
func runDeno(deno, example, gatewayURL, zipPath, tmp string) (denoResult, error) {
	var res denoResult
	root, err := os.Getwd()
	if err != nil {
		return res, err
	}
	dir := filepath.Join(tmp, "deno")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return res, err
	}
	vendor := filepath.Join(root, "engine", "bundle", "vendor")
	importMap, _ := json.Marshal(map[string]map[string]string{"imports": {
		"https://deno.land/x/zipjs/index.js": filepath.Join(vendor, "zipjs.js"),
		"jsr:@supabase/supabase-js@2":        filepath.Join(vendor, "supabase-js.js"),
	}})
	main := fmt.Sprintf("import %q;\nimport %q;\n", "./preamble.js", filepath.Join(root, "samples", example, "index.ts"))
	for name, body := range map[string]string{"import_map.json": string(importMap), "preamble.js": denoPreamble, "main.js": main} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			return res, err
		}
	}
	port, err := freePort()
	if err != nil {
		return res, err
	}
	cmd := exec.Command(deno, "run", "-A", "--no-prompt", "--import-map", "import_map.json", "main.js")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "SUPABASE_URL="+gatewayURL, "SUPABASE_SERVICE_ROLE_KEY="+jwt.LocalServiceKey,
		"ZIPBENCH_PORT="+strconv.Itoa(port), "DENO_NO_UPDATE_CHECK=1", "DENO_DIR="+filepath.Join(dir, "cache"))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return res, err
	}
	if err := cmd.Start(); err != nil {
		return res, fmt.Errorf("starting deno: %w", err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			if l, ok := strings.CutPrefix(sc.Text(), "ZIPBENCH "); ok {
				lines <- l
			}
		}
		close(lines)
	}()
	next := func(timeout time.Duration) (string, error) {
		select {
		case l, ok := <-lines:
			if !ok {
				return "", fmt.Errorf("deno exited")
			}
			return l, nil
		case <-time.After(timeout):
			return "", fmt.Errorf("deno: nothing after %v", timeout)
		}
	}
	if l, err := next(time.Minute); err != nil || l != "listening" {
		return res, fmt.Errorf("deno did not start serving: %q %v", l, err)
	}
	body, err := os.Open(zipPath)
	if err != nil {
		return res, err
	}
	defer body.Close()
	start := time.Now()
	resp, err := http.Post(fmt.Sprintf("http://127.0.0.1:%d/", port), "application/zip", body)
	if err != nil {
		return res, fmt.Errorf("deno: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		return res, fmt.Errorf("deno answered %d", resp.StatusCode)
	}
	l, err := next(30 * time.Minute)
	if err != nil {
		return res, err
	}
	res.took = time.Since(start)
	var rep struct {
		Err      string  `json:"err"`
		PeakHeap float64 `json:"peakHeap"`
	}
	if err := json.Unmarshal([]byte(l), &rep); err != nil {
		return res, fmt.Errorf("deno's report %q: %w", l, err)
	}
	if rep.Err != "" {
		return res, fmt.Errorf("deno: the work failed: %s", rep.Err)
	}
	res.peakHeap = int64(rep.PeakHeap)
	res.peakRSS = vmHWMOf(cmd.Process.Pid)
	return res, nil
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}
