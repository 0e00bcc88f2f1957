// Command zipbench pushes a generated zip through the seed zip examples
// (served in-process with the local Storage) and compares with `unzip` of
// the same file on the same disk, side by side: throughput ratio, and the
// process's peak RSS (VmHWM) during each example.
//
//	go run ./bench/zipbench -size 100MB -files 1000 -example zip-stream
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/engine/supervisor"
	"github.com/edgeplay/edgeplay/internal/gctune"
	"github.com/edgeplay/edgeplay/store"
	"github.com/edgeplay/edgeplay/store/supastore"
)

func main() {
	size := flag.String("size", "100MB", "uncompressed size of the generated zip")
	files := flag.Int("files", 1000, "small files in it")
	example := flag.String("example", "zip-stream", "zip-stream or zip-background")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the Edgeplay run here")
	memory := flag.Int("memory", 0, "the worker's memory limit in MB (0: the preset's 256)")
	noData := flag.Bool("no-data", false, "no store: Storage metadata in JSON files and no timeline (serve --no-data); by default Storage metadata and every event go to a store, as serve runs")
	reuse := flag.String("zip", "", "use this zip instead of generating one (-size and -files then only label it)")
	jsProfile := flag.String("jsprofile", "", "write a profile of the JS functions (goja's profiler) of the Edgeplay run here")
	heapAt := flag.Duration("heapprofile-at", 0, "write a heap profile to heap.prof this long into the run")
	deno := flag.String("deno", os.Getenv("EDGEPLAY_DENO"), "also run the sample on this deno binary, against the same Storage (default: $EDGEPLAY_DENO)")
	flag.Parse()
	gctune.Start(context.Background()) // the GC as `edgeplay serve` runs it
	tmp, err := os.MkdirTemp("", "edgeplay-zipbench-")
	check(err)
	defer os.RemoveAll(tmp)
	zipPath := filepath.Join(tmp, "fixture.zip")
	if *reuse != "" {
		zipPath = *reuse
	} else {
		gen := exec.Command("go", "run", "./bench/genzip", "-out", zipPath, "-size", *size, "-files", strconv.Itoa(*files))
		gen.Stderr = os.Stderr
		check(gen.Run())
	}
	st, err := os.Stat(zipPath)
	check(err)

	// unzip of the same file on the same disk
	start := time.Now()
	un := exec.Command("unzip", "-qq", "-o", zipPath, "-d", filepath.Join(tmp, "unzipped"))
	check(un.Run())
	unzipTook := time.Since(start)

	done := make(chan struct{}, 1)
	var taskEnd events.Event
	sink := events.SinkFunc(func(e events.Event) {
		if e.Function == "zip-background" && e.Type == events.TaskEnd {
			taskEnd = e
			done <- struct{}{}
		}
		if e.Type == events.WorkerShutdown && e.Fields["reason"] != "termination" {
			fmt.Fprintf(os.Stderr, "zipbench: the worker stopped: %v\n", e.Fields)
		}
	})
	// A zip of a GB needs room in /tmp and more than the free plan's CPU
	// and wall clock: the paid preset with a bigger /tmp and no practical
	// CPU cap, as a user would configure for this function.
	lim := limits.Paid()
	lim.TmpQuota = 2 * int64(st.Size())
	if lim.TmpQuota < 256<<20 {
		lim.TmpQuota = 256 << 20
	}
	lim.CPUScale = 1000
	if *memory > 0 {
		lim.Memory = int64(*memory) << 20
	}
	cfg := engine.Config{
		Source: supervisor.DirSource{Root: "samples"}, Addr: "127.0.0.1:0", DataDir: filepath.Join(tmp, "data"), Events: sink,
		Limits: func(string) limits.Limits { return lim },
	}
	if !*noData {
		// as serve does by default: Storage metadata in the store, every
		// event recorded in its timeline
		st, err := store.Open(filepath.Join(tmp, "data"), store.Options{})
		check(err)
		defer st.Close()
		meta, err := supastore.NewStorageMeta(st)
		check(err)
		cfg.StorageMeta = meta
		tl := st.Timeline()
		cfg.Events = events.SinkFunc(func(e events.Event) { tl.Emit(e); sink.Emit(e) })
	}
	eng, err := engine.New(cfg)
	check(err)
	check(eng.Start())
	defer eng.Close()
	runtime.GC()
	baseRSS := vmHWMOf(0)
	body, err := os.Open(zipPath) // streamed from disk, as curl --data-binary @file would
	check(err)
	defer body.Close()
	if *profile != "" {
		pf, err := os.Create(*profile)
		check(err)
		check(pprof.StartCPUProfile(pf))
		defer pprof.StopCPUProfile()
		onFail = append(onFail, pprof.StopCPUProfile) // a failed run is worth a profile too
	}
	if *jsProfile != "" {
		pf, err := os.Create(*jsProfile)
		check(err)
		check(goja.StartProfile(pf))
		defer goja.StopProfile()
		onFail = append(onFail, goja.StopProfile)
	}
	if *heapAt > 0 {
		time.AfterFunc(*heapAt, func() {
			if f, err := os.Create("heap.prof"); err == nil {
				runtime.GC() // the profile is of the last GC: make it now
				pprof.WriteHeapProfile(f)
				f.Close()
			}
		})
	}
	start = time.Now()
	resp, err := http.Post(eng.URL()+"/functions/v1/"+*example, "application/zip", body)
	check(err)
	out, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		check(fmt.Errorf("%s answered %d: %s", *example, resp.StatusCode, out))
	}
	failed := ""
	if *example == "zip-background" {
		<-done
		if ok, _ := taskEnd.Fields["ok"].(bool); !ok {
			failed = fmt.Sprintf("the background task failed: %v", taskEnd.Fields)
		}
	}
	took := time.Since(start)
	ourRSS := vmHWMOf(0) // before the peer run, whose Storage traffic this process serves
	fmt.Printf("%s, %d MB zip (%s uncompressed, %d files): unzip %.1f s\n", *example, st.Size()>>20, *size, *files+4, unzipTook.Seconds())
	if failed != "" {
		fmt.Printf("  edgeplay: FAILED after %.1f s (%s); peak RSS %d MB\n", took.Seconds(), failed, ourRSS>>20)
	} else {
		fmt.Printf("  edgeplay: %.1f s (%.0f MB/s of zip), %.2f× of unzip; peak RSS %d MB (before %d MB)\n",
			took.Seconds(), float64(st.Size())/1e6/took.Seconds(), unzipTook.Seconds()/took.Seconds(), ourRSS>>20, baseRSS>>20)
	}
	// the peer runs even when Edgeplay failed: its figures say what the code needs
	if *deno != "" {
		d, err := runDeno(*deno, *example, eng.URL(), zipPath, tmp)
		check(err)
		fmt.Printf("  deno:     %.1f s, %.2f× of unzip; peak RSS %d MB, peak V8 heap %d MB\n",
			d.took.Seconds(), unzipTook.Seconds()/d.took.Seconds(), d.peakRSS>>20, d.peakHeap>>20)
		if failed == "" {
			fmt.Printf("  edgeplay/deno: %.2f× the throughput, %.2f× the peak RSS\n", d.took.Seconds()/took.Seconds(), float64(ourRSS)/float64(d.peakRSS))
		}
	}
	if failed != "" {
		check(errors.New(failed))
	}
}

// vmHWMOf is a process's peak resident set size in bytes (pid 0: this one).
func vmHWMOf(pid int) int64 {
	proc := "self"
	if pid != 0 {
		proc = strconv.Itoa(pid)
	}
	f, err := os.Open("/proc/" + proc + "/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// onFail runs before a failed run exits (profiles still get written).
var onFail []func()

func check(err error) {
	if err != nil {
		for _, f := range onFail {
			f()
		}
		fmt.Fprintln(os.Stderr, "zipbench:", err)
		os.Exit(1)
	}
}
