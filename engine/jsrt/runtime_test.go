package jsrt_test

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
)

func start(t *testing.T) *jsrt.Runtime {
	t.Helper()
	r := jsrt.New()
	if err := timers.Install(r); err != nil {
		t.Fatal(err)
	}
	r.Start()
	t.Cleanup(func() { r.Stop("test done") })
	return r
}

func TestTimersFireInOrder(t *testing.T) {
	r := start(t)
	got := make(chan string, 1)
	r.VM().Set("done", func(s string) { got <- s })
	err := r.Sync(func() error {
		_, err := r.VM().RunString(`
			const out = [];
			setTimeout(() => out.push("b"), 20);
			setTimeout(() => out.push("a"), 5);
			setTimeout(() => out.push("c"), 20);
			queueMicrotask(() => out.push("m"));
			Promise.resolve().then(() => out.push("p"));
			const iv = setInterval(() => { out.push("i"); if (out.filter(x => x === "i").length === 2) clearInterval(iv); }, 1);
			setTimeout(() => done(out.join("")), 60);
		`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	select {
	case s := <-got:
		// microtasks first, timeouts by deadline (then creation order);
		// the 1 ms interval may fire around the 5 ms timeout on a busy
		// machine, so its place is not checked
		if strings.ReplaceAll(s, "i", "") != "mpabc" || !strings.HasPrefix(s, "mp") || strings.Count(s, "i") != 2 {
			t.Fatalf("order = %q", s)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("timers never fired")
	}
}

func TestAsyncSettlesOnLoop(t *testing.T) {
	r := start(t)
	got := make(chan string, 2)
	r.VM().Set("done", func(s string) { got <- s })
	r.VM().Set("work", func(fail bool) goja.Value {
		return r.VM().ToValue(r.Async(func() (func() (goja.Value, error), error) {
			time.Sleep(5 * time.Millisecond)
			if fail {
				return nil, jsrt.TypeErrorf("boom %d", 1)
			}
			return func() (goja.Value, error) { return r.VM().ToValue("ok"), nil }, nil
		}))
	})
	if err := r.Sync(func() error {
		_, err := r.VM().RunString(`
			work(false).then(done);
			work(true).catch(e => done(e.name + ":" + e.message + ":" + (e instanceof TypeError)));
		`)
		return err
	}); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"ok": true, "TypeError:boom 1:true": true}
	for range 2 {
		select {
		case s := <-got:
			if !want[s] {
				t.Fatalf("unexpected %q", s)
			}
		case <-time.After(2 * time.Second):
			t.Fatal("promise never settled")
		}
	}
	if n := r.Pending(); n != 0 {
		t.Fatalf("pending = %d after settle", n)
	}
}

func TestUnhandledRejectionAndUncaughtAreReported(t *testing.T) {
	r := jsrt.New()
	if err := timers.Install(r); err != nil {
		t.Fatal(err)
	}
	unhandled := make(chan string, 4)
	uncaught := make(chan error, 4)
	r.OnUnhandledRejection = func(p *goja.Promise) { unhandled <- p.Result().String() }
	r.OnError = func(err error) { uncaught <- err }
	r.Start()
	defer r.Stop("done")
	_ = r.Sync(func() error {
		_, err := r.VM().RunString(`
			Promise.reject(new Error("nobody listens"));
			const handledLater = Promise.reject(new Error("handled"));
			handledLater.catch(() => {});
			setTimeout(() => { throw new RangeError("from timer"); }, 1);
		`)
		return err
	})
	select {
	case s := <-unhandled:
		if !strings.Contains(s, "nobody listens") {
			t.Fatalf("unhandled = %q", s)
		}
	case <-time.After(time.Second):
		t.Fatal("no unhandled rejection reported")
	}
	select {
	case err := <-uncaught:
		var ex *goja.Exception
		if !errors.As(err, &ex) || !strings.Contains(ex.Error(), "from timer") {
			t.Fatalf("uncaught = %v", err)
		}
	case <-time.After(time.Second):
		t.Fatal("no uncaught error reported")
	}
	select {
	case s := <-unhandled:
		t.Fatalf("handled rejection reported: %s", s)
	default:
	}
}

func TestStopInterruptsInfiniteLoop(t *testing.T) {
	r := jsrt.New()
	r.Start()
	r.Enqueue(func() error { _, err := r.VM().RunString(`while (true) {}`); return err })
	time.Sleep(20 * time.Millisecond)
	stopped := make(chan struct{})
	go func() { r.Stop("test"); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(2 * time.Second):
		t.Fatal("Stop did not interrupt the loop")
	}
	if r.Enqueue(func() error { return nil }) {
		t.Fatal("Enqueue after Stop accepted")
	}
}

func TestManyRuntimesAreIndependent(t *testing.T) {
	a, b := start(t), start(t)
	_ = a.Sync(func() error { _, err := a.VM().RunString(`globalThis.x = 1`); return err })
	var got goja.Value
	_ = b.Sync(func() error { got = b.VM().Get("x"); return nil })
	if got != nil && !goja.IsUndefined(got) {
		t.Fatalf("global leaked across runtimes: %v", got)
	}
}

func TestAsyncContextFollowsContinuations(t *testing.T) {
	r := start(t)
	got := make(chan string, 8)
	r.VM().Set("mark", func(label string) { got <- label + "=" + fmt.Sprint(r.Context()) })
	for _, id := range []string{"req1", "req2"} {
		id := id
		if err := r.Sync(func() error {
			return r.WithContext(id, func() error {
				_, err := r.VM().RunString(`(async () => {
					await null;
					mark("await");
					setTimeout(() => mark("timer"), 5);
					Promise.resolve().then(() => mark("then"));
				})()`)
				return err
			})
		}); err != nil {
			t.Fatal(err)
		}
	}
	seen := map[string]int{}
	for range 6 {
		select {
		case s := <-got:
			seen[s]++
		case <-time.After(2 * time.Second):
			t.Fatalf("timeout; seen %v", seen)
		}
	}
	for _, id := range []string{"req1", "req2"} {
		for _, l := range []string{"await", "timer", "then"} {
			if seen[l+"="+id] != 1 {
				t.Fatalf("%s in %s not attributed; seen %v", l, id, seen)
			}
		}
	}
}

// startCharging starts a runtime and returns it with the CPU charged to
// each context so far.
func startCharging(t *testing.T) (*jsrt.Runtime, func(ctx any) time.Duration) {
	r := jsrt.New()
	var mu sync.Mutex
	charged := map[any]time.Duration{}
	r.OnCPU = func(ctx any, d time.Duration) { mu.Lock(); charged[ctx] += d; mu.Unlock() }
	r.Start()
	t.Cleanup(func() { r.Stop("done") })
	return r, func(ctx any) time.Duration { mu.Lock(); defer mu.Unlock(); return charged[ctx] }
}

func TestCPUIsChargedToTheRunningContext(t *testing.T) {
	r, charged := startCharging(t)
	sawBusy := make(chan any, 1)
	go func() {
		for {
			if _, ctx, busy := r.Busy(); busy && ctx == "spin" {
				sawBusy <- ctx
				return
			}
			time.Sleep(time.Millisecond)
		}
	}()
	_ = r.Sync(func() error {
		return r.WithContext("spin", func() error {
			_, err := r.VM().RunString(`const end = Date.now() + 60; while (Date.now() < end) {}`)
			return err
		})
	})
	_ = r.Sync(func() error {
		return r.WithContext("idle", func() error { _, err := r.VM().RunString(`1+1`); return err })
	})
	select {
	case <-sawBusy:
	case <-time.After(2 * time.Second):
		t.Fatal("watchdog never saw the spinning context busy")
	}
	// The loop pins itself to its thread only at its next wake-up, so
	// this 60 ms loop is charged its wall time; a thread clock (a later
	// long task) might see less on a loaded machine, never next to none.
	if spin := charged("spin"); spin < 10*time.Millisecond || spin > 2*time.Second {
		t.Fatalf("spin charged %v for a 60 ms busy loop", spin)
	}
	if charged("idle") >= charged("spin") {
		t.Fatalf("idle charged %v ≥ spin %v", charged("idle"), charged("spin"))
	}
}

// The loop runs unpinned and charges wall time; once the watchdog saw
// code run long, it pins itself to its thread and charges that thread's
// CPU: a task that sleeps 100 ms in Go is charged about 100 ms first, and
// next to nothing once pinned (Linux only: elsewhere there is no thread
// clock and wall time is all there is).
func TestLongCodePinsTheLoopToCPUTime(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("no per-thread CPU clock")
	}
	r, charged := startCharging(t)
	stop := make(chan struct{})
	defer close(stop)
	go func() { // the watchdog's part
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Millisecond):
				r.Busy()
			}
		}
	}()
	sleep := func(ctx string) time.Duration {
		_ = r.Sync(func() error {
			return r.WithContext(ctx, func() error { time.Sleep(100 * time.Millisecond); return nil })
		})
		return charged(ctx)
	}
	if d := sleep("unpinned"); d < 90*time.Millisecond {
		t.Fatalf("unpinned: a 100 ms sleep charged %v, want its wall time", d)
	}
	if d := sleep("pinned"); d > 50*time.Millisecond {
		t.Fatalf("pinned: a 100 ms sleep charged %v, want next to no CPU", d)
	}
}

// Promise jobs run inside whatever Go→JS call is returning; the context a
// Go caller set must survive them.
func TestContextSurvivesPromiseJobs(t *testing.T) {
	r := start(t)
	var seen []string
	r.VM().Set("mark", func(label string) { seen = append(seen, fmt.Sprint(label, "=", r.Context())) })
	var fn goja.Callable
	_ = r.Sync(func() error {
		v, err := r.VM().RunString(`(async function () { mark("sync"); await null; mark("after"); })`)
		fn, _ = goja.AssertFunction(v)
		return err
	})
	_ = r.Sync(func() error {
		return r.WithContext("REQ", func() error {
			if _, err := fn(goja.Undefined()); err != nil {
				return err
			}
			seen = append(seen, fmt.Sprint("go=", r.Context()))
			return nil
		})
	})
	if got := strings.Join(seen, " "); got != "sync=REQ after=REQ go=REQ" {
		t.Fatalf("contexts %q", got)
	}
}
