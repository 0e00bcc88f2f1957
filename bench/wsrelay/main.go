// Command wsrelay measures the WebSocket relay shape of the seed's
// realtime example: client → relay → upstream echo → relay → client.
// It runs the relay as an Edgeplay function and as a direct Go gorilla
// relay of the same shape, side by side, and prints messages/s and round
// trip latency for both, with the ratio and the added p99.
package main

import (
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/dop251/goja"
	gws "github.com/gorilla/websocket"

	"github.com/edgeplay/edgeplay/engine"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/supervisor"
	"github.com/edgeplay/edgeplay/internal/gctune"
	"github.com/edgeplay/edgeplay/store"
)

const relayFn = `const UP = Deno.env.get("UPSTREAM")!;
Deno.serve((req) => {
  const { socket, response } = Deno.upgradeWebSocket(req);
  const up = new WebSocket(UP);
  const pending: (string | ArrayBuffer)[] = [];
  up.onopen = () => { for (const m of pending) up.send(m); pending.length = 0; };
  socket.onmessage = (e) => (up.readyState === 1 ? up.send(e.data) : pending.push(e.data));
  up.onmessage = (e) => socket.send(e.data);
  socket.onclose = () => up.close();
  up.onclose = () => socket.close();
  return response;
});
`

func main() {
	n := flag.Int("n", 20000, "messages for the throughput run")
	rtt := flag.Int("rtt", 2000, "round trips for the latency run")
	size := flag.Int("size", 64, "message size in bytes")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the Edgeplay runs here")
	jsProfile := flag.String("jsprofile", "", "write a profile of the JS functions (goja's profiler) of the Edgeplay runs here")
	memprofile := flag.String("memprofile", "", "write an allocation profile (after all runs) here")
	rounds := flag.Int("rounds", 3, "runs of each relay, alternating; the figures are medians")
	record := flag.Bool("record", false, "record every event in a timeline store, as `edgeplay serve` does by default (--data)")
	flag.Parse()
	gctune.Start(context.Background()) // the GC as `edgeplay serve` runs it (GOGC in the environment wins)

	upstream := serve(http.HandlerFunc(echo))
	direct := serve(relayHandler("ws://" + upstream))

	dir, err := os.MkdirTemp("", "edgeplay-wsrelay-")
	check(err)
	defer os.RemoveAll(dir)
	check(os.MkdirAll(filepath.Join(dir, "relay"), 0o755))
	check(os.WriteFile(filepath.Join(dir, "relay", "index.ts"), []byte(relayFn), 0o644))
	var sink events.Sink
	if *record {
		st, err := store.Open(filepath.Join(dir, "data"), store.Options{})
		check(err)
		defer st.Close()
		sink = st.Timeline()
	}
	eng, err := engine.New(engine.Config{
		Source: supervisor.DirSource{Root: dir}, Addr: "127.0.0.1:0", DataDir: dir,
		Env:    map[string]string{"UPSTREAM": "ws://" + upstream},
		Events: sink,
	})
	check(err)
	check(eng.Start())
	defer eng.Close()

	msg := []byte(strings.Repeat("x", *size))
	type result struct {
		rate     float64
		p50, p99 time.Duration
		cpu      time.Duration // process CPU per message in the throughput run
		alloc    uint64        // bytes the process allocated per message in it
	}
	measure := func(url string) result {
		conn, _, err := gws.DefaultDialer.Dial(url, nil)
		check(err)
		defer conn.Close()
		// warm up
		for i := 0; i < 200; i++ {
			check(conn.WriteMessage(gws.TextMessage, msg))
			_, _, err := conn.ReadMessage()
			check(err)
		}
		lat := make([]time.Duration, *rtt)
		for i := range lat {
			start := time.Now()
			check(conn.WriteMessage(gws.TextMessage, msg))
			_, _, err := conn.ReadMessage()
			check(err)
			lat[i] = time.Since(start)
		}
		sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
		done := make(chan struct{})
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		alloc0 := ms.TotalAlloc
		cpu0 := cpuTime()
		start := time.Now()
		go func() {
			for i := 0; i < *n; i++ {
				if _, _, err := conn.ReadMessage(); err != nil {
					break
				}
			}
			close(done)
		}()
		for i := 0; i < *n; i++ {
			check(conn.WriteMessage(gws.TextMessage, msg))
		}
		<-done
		took := time.Since(start)
		cpu := (cpuTime() - cpu0) / time.Duration(*n)
		runtime.ReadMemStats(&ms)
		return result{rate: float64(*n) / took.Seconds(), p50: lat[len(lat)/2], p99: lat[len(lat)*99/100],
			cpu: cpu, alloc: (ms.TotalAlloc - alloc0) / uint64(*n)}
	}
	// Alternating runs, medians: the machine may be shared, so both
	// relays see the same neighbours.
	var ds, es []result
	for i := 0; i < *rounds; i++ {
		ds = append(ds, measure("ws://"+direct))
		if *profile != "" && i == 0 {
			f, err := os.Create(*profile)
			check(err)
			check(pprof.StartCPUProfile(f))
		}
		if *jsProfile != "" && i == 0 {
			f, err := os.Create(*jsProfile)
			check(err)
			check(goja.StartProfile(f))
		}
		es = append(es, measure("ws"+strings.TrimPrefix(eng.URL(), "http")+"/functions/v1/relay"))
		if *profile != "" {
			pprof.StopCPUProfile()
		}
		if *jsProfile != "" {
			goja.StopProfile()
		}
	}
	median := func(rs []result) result {
		pick := func(less func(a, b result) bool) result {
			s := append([]result(nil), rs...)
			sort.Slice(s, func(i, j int) bool { return less(s[i], s[j]) })
			return s[len(s)/2]
		}
		return result{
			rate:  pick(func(a, b result) bool { return a.rate < b.rate }).rate,
			p50:   pick(func(a, b result) bool { return a.p50 < b.p50 }).p50,
			p99:   pick(func(a, b result) bool { return a.p99 < b.p99 }).p99,
			cpu:   pick(func(a, b result) bool { return a.cpu < b.cpu }).cpu,
			alloc: pick(func(a, b result) bool { return a.alloc < b.alloc }).alloc,
		}
	}
	if *rounds > 1 {
		for i := range ds {
			fmt.Printf("run %d: direct %.0f msg/s %s/msg, edgeplay %.0f msg/s %s/msg (ratio %.2f×)\n", i+1,
				ds[i].rate, ds[i].cpu.Round(100*time.Nanosecond), es[i].rate, es[i].cpu.Round(100*time.Nanosecond), es[i].rate/ds[i].rate)
		}
		fmt.Printf("medians of %d alternating runs:\n", *rounds)
	}
	d, e := median(ds), median(es)
	if *memprofile != "" {
		f, err := os.Create(*memprofile)
		check(err)
		check(pprof.Lookup("allocs").WriteTo(f, 0))
		f.Close()
	}
	fmt.Printf("ws relay, %d-byte messages: direct Go relay %.0f msg/s (p50 %s, p99 %s); edgeplay %.0f msg/s (p50 %s, p99 %s)\n",
		*size, d.rate, d.p50.Round(time.Microsecond), d.p99.Round(time.Microsecond), e.rate, e.p50.Round(time.Microsecond), e.p99.Round(time.Microsecond))
	fmt.Printf("ws relay ratio %.2f× of the direct relay's throughput (target ≥ 0.5×), added p99 %s (target < 2 ms)\n",
		e.rate/d.rate, (e.p99 - d.p99).Round(time.Microsecond))
	// CPU per message is steadier than msg/s on a shared machine: it
	// counts the whole process (client, upstream echo and the relay).
	fmt.Printf("ws relay CPU per message (whole process): direct %s, edgeplay %s (GOGC %s); allocated per message: direct %d B, edgeplay %d B\n",
		d.cpu.Round(100*time.Nanosecond), e.cpu.Round(100*time.Nanosecond), gogc(), d.alloc, e.alloc)
}

// cpuTime is the process's user+system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// gogc names the GC setting of the run: the environment's GOGC, else
// serve's tuning (gctune), which applies to both relays alike.
func gogc() string {
	if v := os.Getenv("GOGC"); v != "" {
		return v
	}
	return "as serve tunes it"
}

var upgrader = gws.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func echo(w http.ResponseWriter, r *http.Request) {
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	for {
		t, m, err := c.ReadMessage()
		if err != nil || c.WriteMessage(t, m) != nil {
			return
		}
	}
}

// relayHandler is the direct Go relay: the same shape as the function.
func relayHandler(up string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := upgrader.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		u, _, err := gws.DefaultDialer.Dial(up, nil)
		if err != nil {
			return
		}
		defer u.Close()
		go func() {
			for {
				t, m, err := u.ReadMessage()
				if err != nil || c.WriteMessage(t, m) != nil {
					c.Close()
					return
				}
			}
		}()
		for {
			t, m, err := c.ReadMessage()
			if err != nil || u.WriteMessage(t, m) != nil {
				return
			}
		}
	})
}

func serve(h http.Handler) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	check(err)
	go http.Serve(ln, h)
	return ln.Addr().String()
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "wsrelay:", err)
		os.Exit(1)
	}
}
