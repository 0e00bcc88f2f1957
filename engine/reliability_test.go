package engine_test

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/limits"
)

// TestLimitReliability repeats the infinite-loop and memory-bomb cases and
// counts how many ended with the right reason while the process stayed
// healthy (another function answering, goroutines not leaking). It runs
// when EDGEPLAY_RELIABILITY=N (make reliability uses 100); the figure goes
// into the README.
func TestLimitReliability(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("EDGEPLAY_RELIABILITY"))
	if n == 0 {
		t.Skip("set EDGEPLAY_RELIABILITY=N to run")
	}
	eng, rec := startWithLimits(t, loadFunctions(t, "edge/TestLimitReliability"), map[string]limits.Limits{
		"spin": fast(func(l *limits.Limits) { l.CPUSoft, l.CPUHard = 100*time.Millisecond, 200*time.Millisecond }),
		"bomb": fast(func(l *limits.Limits) { l.Memory = 64 << 20; l.CPUSoft, l.CPUHard = 20*time.Second, 30*time.Second }),
	})
	baseGoroutines := runtime.NumGoroutine()
	for _, c := range []struct{ fn, reason string }{{"spin", "cpu"}, {"bomb", "memory"}} {
		right := 0
		start := time.Now()
		for i := 0; i < n; i++ {
			before := len(rec.Events())
			status, _, _ := get(t, eng.URL()+"/functions/v1/"+c.fn, nil)
			_, ok := rec.Wait(10*time.Second, func(e events.Event) bool {
				return e.Seq > uint64(before) && e.Function == c.fn && e.Type == events.WorkerShutdown
			})
			var reason any
			for _, e := range rec.Events()[before:] {
				if e.Function == c.fn && e.Type == events.WorkerShutdown {
					reason = e.Fields["reason"]
				}
			}
			okStatus, _, _ := get(t, eng.URL()+"/functions/v1/ok", nil)
			if ok && status == 546 && fmt.Sprint(reason) == c.reason && okStatus == 200 {
				right++
			} else {
				t.Logf("%s run %d: status %d, reason %v, healthy %v", c.fn, i, status, reason, okStatus == 200)
			}
		}
		runtime.GC()
		t.Logf("%s: %d/%d ended with reason %q and the process healthy (%.1fs); goroutines %d → %d",
			c.fn, right, n, c.reason, time.Since(start).Seconds(), baseGoroutines, runtime.NumGoroutine())
		if right != n {
			t.Errorf("%s: only %d/%d right", c.fn, right, n)
		}
	}
}
