package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/edgeplay/edgeplay/engine"
	"github.com/edgeplay/edgeplay/engine/bundle"
	"github.com/edgeplay/edgeplay/engine/envfile"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/engine/supa/auth"
	"github.com/edgeplay/edgeplay/engine/supa/storage"
	"github.com/edgeplay/edgeplay/engine/supervisor"
	"github.com/edgeplay/edgeplay/internal/gctune"
)

func serve(args []string, stdout, stderr io.Writer, wait func()) int {
	// GOGC follows the live heap (gctune); GOGC in the environment wins.
	// The memory monitor collects before it blames a worker, so garbage
	// never counts against a function.
	gcCtx, stopGC := context.WithCancel(context.Background())
	defer stopGC()
	gctune.Start(gcCtx)
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	functions := fs.String("functions", defaultFunctionsDir(), "folder of functions in the Supabase layout (<name>/index.ts)")
	addr := fs.String("addr", engine.DefaultAddr, "gateway listen address (loopback)")
	allowRemote := fs.Bool("allow-non-loopback", false, "allow listening on a non-loopback address")
	envFile := fs.String("env-file", "", "dotenv file with the functions' environment")
	noVerify := fs.Bool("no-verify-jwt", false, "do not require a JWT on /functions/v1 (Supabase's --no-verify-jwt)")
	eventsMode := fs.String("events", "text", "print events on stdout: json, text or off")
	data := fs.String("data", "", "data folder: the store (timeline, function versions, env, Storage and Auth data) and caches (default: the per-user config folder)")
	noData := fs.Bool("no-data", false, "keep nothing: no store, a temporary data folder removed at exit")
	project := fs.String("project", "", "project name in the store (default: derived from the functions folder)")
	var hostMap multiFlag
	fs.Var(&hostMap, "map-host", "send outbound requests for HOST to TARGET (HOST=http://127.0.0.1:PORT); repeatable")
	limitOpts := addLimitFlags(fs)
	if code, ok := parseFlags(fs, args, stderr); !ok {
		return code
	}
	baseLimits, err := limitOpts.resolve()
	if err != nil {
		fmt.Fprintln(stderr, "edgeplay serve:", err)
		return 2
	}

	printer, err := newPrinter(*eventsMode, stdout)
	if err != nil {
		fmt.Fprintln(stderr, "edgeplay serve:", err)
		return 2
	}
	st, err := os.Stat(*functions)
	if err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "edgeplay serve: functions folder %q not found (pass --functions DIR with <name>/index.ts inside)\n", *functions)
		return 2
	}
	env, hosts, noVerifyFns, err := functionsConfig(*envFile, hostMap, *functions, stderr, "serve")
	if err != nil {
		fmt.Fprintln(stderr, "edgeplay serve:", err)
		return 2
	}

	sink, dataDir := printer, ""
	limitsOf := func(string) limits.Limits { return baseLimits }
	var storageMeta storage.Meta
	var authStore auth.Store
	var modules bundle.ModuleCache
	if !*noData {
		rec, err := openRecorder(*data, *functions, *project, stderr)
		if err != nil {
			fmt.Fprintln(stderr, "edgeplay serve:", err)
			return 1
		}
		defer rec.close(stderr)
		env = rec.env(env)
		hosts = rec.hosts(hosts)
		sink, dataDir = rec.sink(printer, *eventsMode != "off"), rec.st.Dir()
		storageMeta, authStore, modules = rec.storageMeta, rec.authStore, rec.modules
		limitsOf = rec.limits(baseLimits)
	}

	eng, err := engine.New(engine.Config{
		Source:           supervisor.DirSource{Root: *functions},
		Addr:             *addr,
		AllowNonLoopback: *allowRemote,
		Env:              env,
		VerifyJWT:        !*noVerify,
		NoVerifyJWT:      noVerifyFns,
		Events:           sink,
		DataDir:          dataDir,
		StorageMeta:      storageMeta,
		AuthStore:        authStore,
		ModuleCache:      modules,
		HostMap:          hosts,
		Limits:           limitsOf,
		Logf:             func(f string, a ...any) { fmt.Fprintf(stderr, f+"\n", a...) },
	})
	if err != nil {
		fmt.Fprintln(stderr, "edgeplay serve:", err)
		return 1
	}
	if err := eng.Start(); err != nil {
		fmt.Fprintln(stderr, "edgeplay serve:", err)
		return 1
	}
	names, _ := supervisor.DirSource{Root: *functions}.Names()
	fmt.Fprintf(stderr, "listening on %s\n", eng.URL())
	for _, n := range names {
		fmt.Fprintf(stderr, "  %s/functions/v1/%s\n", eng.URL(), n)
	}
	done := make(chan struct{})
	go func() {
		wait()
		close(done)
	}()
	errCh := make(chan error, 1)
	go func() { errCh <- eng.Wait() }()
	select {
	case <-done:
	case err := <-errCh:
		if err != nil {
			fmt.Fprintln(stderr, "edgeplay serve:", err)
			eng.Close()
			return 1
		}
	}
	eng.Close()
	return 0
}

// functionsConfig reads what serve and run share: the env file (reserved
// SUPABASE_ names reported and skipped), the host map flags, and the
// verify_jwt overrides of config.toml next to the functions folder.
func functionsConfig(envFile string, hostMap []string, functions string, stderr io.Writer, cmd string) (env, hosts map[string]string, noVerify map[string]bool, err error) {
	env = map[string]string{}
	if envFile != "" {
		if env, err = envfile.Read(envFile); err != nil {
			return nil, nil, nil, err
		}
	}
	for _, k := range engine.SkippedEnv(env) {
		fmt.Fprintf(stderr, "edgeplay %s: env name cannot start with SUPABASE_, skipping: %s\n", cmd, k)
	}
	hosts = map[string]string{}
	for _, m := range hostMap {
		host, target, ok := strings.Cut(m, "=")
		if !ok || host == "" || target == "" {
			return nil, nil, nil, fmt.Errorf("--map-host %q: expected HOST=TARGET", m)
		}
		hosts[host] = target
	}
	noVerify, err = readVerifyJWT(functions)
	return env, hosts, noVerify, err
}

// defaultFunctionsDir follows the Supabase layout when run in a project.
func defaultFunctionsDir() string {
	if st, err := os.Stat(filepath.Join("supabase", "functions")); err == nil && st.IsDir() {
		return filepath.Join("supabase", "functions")
	}
	return "."
}

// printer writes events to stdout as JSON lines or readable text.
type printer struct {
	mu   sync.Mutex
	out  io.Writer
	mode string
}

func newPrinter(mode string, out io.Writer) (events.Sink, error) {
	switch mode {
	case "off":
		return events.Discard, nil
	case "json", "text":
		return &printer{out: out, mode: mode}, nil
	}
	return nil, fmt.Errorf("--events %q: expected json, text or off", mode)
}

func (p *printer) Emit(e events.Event) {
	var line string
	if p.mode == "json" {
		b, err := json.Marshal(e)
		if err != nil {
			return
		}
		line = string(b)
	} else {
		line = textLine(e)
	}
	p.mu.Lock()
	fmt.Fprintln(p.out, line)
	p.mu.Unlock()
}

func textLine(e events.Event) string {
	var b strings.Builder
	b.WriteString(e.Time.Format("15:04:05.000"))
	b.WriteString(" ")
	b.WriteString(e.Function)
	if e.Request != "" {
		b.WriteString(" [" + e.Request + "]")
	}
	b.WriteString(" " + string(e.Type))
	if e.Type == events.Log {
		fmt.Fprintf(&b, " %v: %v", e.Fields["level"], e.Fields["message"])
		return b.String()
	}
	keys := make([]string, 0, len(e.Fields))
	for k := range e.Fields {
		if k != "stack" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%v", k, e.Fields[k])
	}
	return b.String()
}
