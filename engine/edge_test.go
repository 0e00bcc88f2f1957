package engine_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/edgeplay/edgeplay/engine"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/engine/supervisor"
)

// startWithLimits serves fns with per-function limits.
func startWithLimits(t *testing.T, fns map[string]string, lim map[string]limits.Limits) (*engine.Engine, *events.Recorder) {
	t.Helper()
	dir := writeFunctions(t, fns)
	rec := events.NewRecorder()
	eng := runEngine(t, engine.Config{
		Source: supervisor.DirSource{Root: dir}, Events: rec,
		Limits: func(name string) limits.Limits {
			if l, ok := lim[name]; ok {
				return l
			}
			return limits.Free()
		},
	})
	return eng, rec
}

// loadFunctions reads testdata/<dir>/<name>/index.ts into a map for
// writeFunctions (tests copy them so each engine gets a fresh folder).
func loadFunctions(t testing.TB, dir string) map[string]string {
	t.Helper()
	root := filepath.Join("testdata", dir)
	entries, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	fns := map[string]string{}
	for _, e := range entries {
		src, err := os.ReadFile(filepath.Join(root, e.Name(), "index.ts"))
		if err != nil {
			t.Fatal(err)
		}
		fns[e.Name()] = string(src)
	}
	return fns
}

// withFunctions adds extra functions to a loaded set.
func withFunctions(base, extra map[string]string) map[string]string {
	for k, v := range extra {
		base[k] = v
	}
	return base
}

func waitEvent(t *testing.T, rec *events.Recorder, what string, pred func(events.Event) bool) events.Event {
	t.Helper()
	e, ok := rec.Wait(10*time.Second, pred)
	if !ok {
		var b strings.Builder
		for _, e := range rec.Events() {
			j, _ := json.Marshal(e)
			b.Write(j)
			b.WriteByte('\n')
		}
		t.Fatalf("no %s event; events:\n%s", what, b.String())
	}
	return e
}

func isType(fn string, typ events.Type, kv ...string) func(events.Event) bool {
	return func(e events.Event) bool {
		if e.Function != fn || e.Type != typ {
			return false
		}
		for i := 0; i+1 < len(kv); i += 2 {
			if fmt.Sprint(e.Fields[kv[i]]) != kv[i+1] {
				return false
			}
		}
		return true
	}
}

func fast(mod func(*limits.Limits)) limits.Limits {
	l := limits.Free()
	l.Grace = 300 * time.Millisecond
	l.CPUScale = 1 // the tests' CPU limits are meant literally
	mod(&l)
	return l
}

func TestWaitUntilOutlivesTheResponse(t *testing.T) {
	eng, rec := startWithLimits(t, loadFunctions(t, "edge/TestWaitUntilOutlivesTheResponse"), nil)
	status, body, hdr := get(t, eng.URL()+"/functions/v1/bg", nil)
	if status != 200 || body != "accepted" {
		t.Fatalf("%d %q", status, body)
	}
	reqID := hdr.Get("X-Edgeplay-Request-Id")
	end := waitEvent(t, rec, "request.end", isType("bg", events.RequestEnd))
	logEv := waitEvent(t, rec, "task log", isType("bg", events.Log, "message", "task finished"))
	if logEv.Request != reqID || end.Seq > logEv.Seq {
		t.Fatalf("log %+v should follow the response and belong to request %s", logEv, reqID)
	}
	waitEvent(t, rec, "task.end ok", isType("bg", events.TaskEnd, "ok", "true"))
	failed := waitEvent(t, rec, "task.end failed", isType("bg", events.TaskEnd, "ok", "false"))
	if !strings.Contains(fmt.Sprint(failed.Fields["error"]), "task failed") {
		t.Fatalf("failed task event %+v", failed)
	}
}

func TestOneshotWithoutWaitUntilLosesTheWork(t *testing.T) {
	eng, rec := startWithLimits(t, loadFunctions(t, "edge/TestOneshotWithoutWaitUntilLosesTheWork"), map[string]limits.Limits{"fire": fast(func(l *limits.Limits) { l.Policy = limits.Oneshot })})
	if status, _, _ := get(t, eng.URL()+"/functions/v1/fire", nil); status != 200 {
		t.Fatal(status)
	}
	waitEvent(t, rec, "shutdown", isType("fire", events.WorkerShutdown))
	time.Sleep(600 * time.Millisecond)
	for _, e := range rec.Events() {
		if e.Type == events.Log && e.Fields["message"] == "never printed" {
			t.Fatal("work without waitUntil finished after a oneshot worker shut down")
		}
	}
}

func TestInfiniteLoopIsKilledByCPU(t *testing.T) {
	eng, rec := startWithLimits(t, loadFunctions(t, "edge/TestInfiniteLoopIsKilledByCPU"), map[string]limits.Limits{"spin": fast(func(l *limits.Limits) { l.CPUSoft, l.CPUHard = 100*time.Millisecond, 200*time.Millisecond })})
	done := make(chan string, 1)
	go func() {
		status, body, _ := get(t, eng.URL()+"/functions/v1/spin", nil)
		done <- fmt.Sprint(status, " ", body)
	}()
	// another function answers while one spins
	if status, body, _ := get(t, eng.URL()+"/functions/v1/ok", nil); status != 200 || body != "still here" {
		t.Fatalf("other function: %d %q", status, body)
	}
	select {
	case got := <-done:
		if !strings.HasPrefix(got, "546 ") || !strings.Contains(got, "WORKER_LIMIT") {
			t.Fatalf("spinning request answered %q, want 546 WORKER_LIMIT", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("infinite loop never stopped")
	}
	waitEvent(t, rec, "beforeunload cpu", isType("spin", events.WorkerBeforeUnload, "reason", "cpu"))
	waitEvent(t, rec, "beforeunload log", isType("spin", events.Log, "message", "unloading: cpu"))
	waitEvent(t, rec, "shutdown cpu", isType("spin", events.WorkerShutdown, "reason", "cpu"))
	// the function serves again from a fresh worker
	if status, _, _ := get(t, eng.URL()+"/functions/v1/ok", nil); status != 200 {
		t.Fatal("engine unhealthy after the kill")
	}
}

func TestMemoryBombIsStopped(t *testing.T) {
	eng, rec := startWithLimits(t, loadFunctions(t, "edge/TestMemoryBombIsStopped"), map[string]limits.Limits{"bomb": fast(func(l *limits.Limits) {
		l.Memory = 64 << 20
		l.CPUHard = 30 * time.Second
		l.CPUSoft = 20 * time.Second
	})})
	status, body, _ := get(t, eng.URL()+"/functions/v1/bomb", nil)
	if status != 546 {
		t.Fatalf("bomb answered %d %s", status, body)
	}
	waitEvent(t, rec, "shutdown memory", isType("bomb", events.WorkerShutdown, "reason", "memory"))
	runtime.GC()
}

func TestWallClockEndsANeverSettlingTask(t *testing.T) {
	eng, rec := startWithLimits(t, loadFunctions(t, "edge/TestWallClockEndsANeverSettlingTask"), map[string]limits.Limits{"forever": fast(func(l *limits.Limits) { l.WallClock = 1200 * time.Millisecond })})
	if status, _, _ := get(t, eng.URL()+"/functions/v1/forever", nil); status != 200 {
		t.Fatal(status)
	}
	waitEvent(t, rec, "beforeunload", isType("forever", events.WorkerBeforeUnload, "reason", "wall_clock"))
	waitEvent(t, rec, "handler saw it", isType("forever", events.Log, "message", "reason: wall_clock"))
	waitEvent(t, rec, "shutdown", isType("forever", events.WorkerShutdown, "reason", "wall_clock"))
	// the task that never settled still ends on the timeline, failed, with the reason
	end := waitEvent(t, rec, "task.end", isType("forever", events.TaskEnd, "ok", "false"))
	if msg, _ := end.Fields["error"].(string); !strings.Contains(msg, "wall_clock") {
		t.Fatalf("task.end error %q, want the reason", msg)
	}
}

func TestEarlyDropOnceIdle(t *testing.T) {
	eng, rec := startWithLimits(t, loadFunctions(t, "edge/TestEarlyDropOnceIdle"),
		map[string]limits.Limits{"idle": fast(func(l *limits.Limits) { l.WallClock = 800 * time.Millisecond })})
	get(t, eng.URL()+"/functions/v1/idle", nil)
	waitEvent(t, rec, "early drop", isType("idle", events.WorkerShutdown, "reason", "early_drop"))
	if status, body, _ := get(t, eng.URL()+"/functions/v1/idle", nil); status != 200 || body != "hi" {
		t.Fatalf("after early drop: %d %q", status, body)
	}
}

func TestTerminateOnDemand(t *testing.T) {
	eng, rec := startWithLimits(t, loadFunctions(t, "edge/TestTerminateOnDemand"), nil)
	get(t, eng.URL()+"/functions/v1/t", nil)
	ws := eng.Supervisor().Workers()
	if len(ws) != 1 {
		t.Fatalf("workers %+v", ws)
	}
	if err := eng.Supervisor().Terminate(ws[0].ID, "sideways"); err == nil {
		t.Fatal("unknown reason accepted")
	}
	if err := eng.Supervisor().Terminate(ws[0].ID, limits.Termination); err != nil {
		t.Fatal(err)
	}
	waitEvent(t, rec, "bye", isType("t", events.Log, "message", "bye termination"))
	waitEvent(t, rec, "shutdown", isType("t", events.WorkerShutdown, "reason", "termination"))
}

// TestTmpStreamRoundTrip streams 200 MB into /tmp and back out with the
// heap bounded, and checks the directory vanishes with the worker.
func TestTmpStreamRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("200 MB")
	}
	eng, rec := startWithLimits(t, loadFunctions(t, "edge/TestTmpStreamRoundTrip"),
		map[string]limits.Limits{"tmp": fast(func(l *limits.Limits) { l.CPUSoft, l.CPUHard = 50*time.Second, 60*time.Second })})
	const size = 200 << 20
	var peak uint64
	stop := watchHeap(&peak)
	resp, err := http.Post(eng.URL()+"/functions/v1/tmp", "application/octet-stream", io.LimitReader(zeros{}, size))
	if err != nil {
		t.Fatal(err)
	}
	var got struct{ Size int64 }
	json.NewDecoder(resp.Body).Decode(&got)
	resp.Body.Close()
	if got.Size != size {
		t.Fatalf("stored %d bytes", got.Size)
	}
	resp, err = http.Get(eng.URL() + "/functions/v1/tmp")
	if err != nil {
		t.Fatal(err)
	}
	n, _ := io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	stop()
	if n != size {
		t.Fatalf("read back %d bytes", n)
	}
	if peak > 160<<20 {
		t.Fatalf("heap peaked at %d MB for a %d MB round trip", peak>>20, size>>20)
	}
	waitEvent(t, rec, "tmp.write", isType("tmp", events.TmpWrite, "path", "/tmp/upload.bin"))
	ws := eng.Supervisor().Workers()
	files, err := eng.Supervisor().TmpFiles(ws[0].ID)
	if err != nil || len(files) != 1 || files[0].Size != size {
		t.Fatalf("tmp listing %+v %v", files, err)
	}
}

func watchHeap(peak *uint64) func() {
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > *peak {
					*peak = ms.HeapInuse
				}
			}
		}
	}()
	return func() { close(stop); <-done }
}

// TestTmpEscapesAreDenied tries every trick we know through the real APIs.
func TestTmpEscapesAreDenied(t *testing.T) {
	paths := []string{
		"/etc/passwd", "/tmp/../etc/passwd", "/tmp/a/../../etc/hosts", "../../../../etc/shadow",
		"/", "/root/.ssh/id_rsa", "/proc/self/environ", "/dev/zero", "/var/tmp/x", "/tmpx/y",
		"/tmp/..", "file:///etc/passwd", "file://evil.example/tmp/x", "/home/deno/functions/other/index.ts",
		"/home/deno/functions/escape/../other/x", "index.ts", "./lib.ts", "/tmp/\u0000x", "..\\..\\etc\\passwd",
		"/tmp/" + strings.Repeat("a", 5000), "", "/sys/kernel", "//etc//passwd",
	}
	list, _ := json.Marshal(paths)
	eng, _ := startWithLimits(t, loadFunctions(t, "edge/TestTmpEscapesAreDenied"), nil)
	resp, err := http.Post(eng.URL()+"/functions/v1/escape", "application/json", bytes.NewReader(list))
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	status, body := resp.StatusCode, string(raw)
	if status != 200 {
		t.Fatalf("%d %s", status, body)
	}
	var out []string
	json.Unmarshal([]byte(body), &out)
	if len(out) != len(paths)+2 {
		t.Fatalf("results %v", out)
	}
	for i, r := range out {
		if strings.HasPrefix(r, "WROTE") || strings.HasPrefix(r, "READ") || strings.HasPrefix(r, "REMOVED") {
			t.Errorf("escape %d succeeded: %s", i, r)
		}
		if r != "PermissionDenied" && r != "TypeError" && r != "NotCapable" {
			t.Errorf("escape %d (%q) failed with %s, want PermissionDenied", i, paths[min(i, len(paths)-1)], r)
		}
	}
}

func TestTmpQuotaAndSyncRules(t *testing.T) {
	eng, rec := startWithLimits(t, loadFunctions(t, "edge/TestTmpQuotaAndSyncRules"), map[string]limits.Limits{"quota": fast(func(l *limits.Limits) { l.TmpQuota = 2 << 20 })})
	status, body, _ := get(t, eng.URL()+"/functions/v1/quota", nil)
	if status != 200 {
		t.Fatalf("%d %s", status, body)
	}
	var out map[string]any
	json.Unmarshal([]byte(body), &out)
	want := map[string]any{
		"init": "written while the module initialises", "sync": "PermissionDenied", "removed": true,
		"run": "NotSupported", "command": "NotSupported", "rename": "NotSupported",
		"cwd": "/home/deno/functions/quota", "source": "Deno.writeTextFi",
	}
	for k, v := range want {
		if out[k] != v {
			t.Errorf("%s = %v, want %v", k, out[k], v)
		}
	}
	if q, _ := out["quota"].(string); !strings.Contains(q, "filesystem quota exceeded") {
		t.Errorf("quota = %v", out["quota"])
	}
	if names := fmt.Sprint(out["names"]); names != "[f.txt]" {
		t.Errorf("names = %v", names)
	}
	waitEvent(t, rec, "tmp.remove", isType("quota", events.TmpRemove, "path", "/tmp/d"))
}
