package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"maps"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/edgeplay/edgeplay/engine"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/engine/supervisor"
	"github.com/edgeplay/edgeplay/internal/gctune"
)

// runCmd is `edgeplay run NAME[/PATH][?QUERY]`: one request to one
// function through the real gateway on a private loopback port (with the
// local Storage and Auth, in a temporary data folder), like curl against
// `serve` without keeping a server up. The response body goes to stdout;
// the status line, headers and the function's events go to stderr. Then it
// waits for the function's background tasks (EdgeRuntime.waitUntil), as
// the platform keeps a worker alive for them, and shuts the worker down
// (its beforeunload listeners run).
//
// Exit status: 0, or 1 when the response is a 5xx, a background task
// failed or the request could not be made; 2 for bad arguments.
func runCmd(args []string, stdout, stderr io.Writer, stdin io.Reader) int {
	gcCtx, stopGC := context.WithCancel(context.Background())
	defer stopGC()
	gctune.Start(gcCtx)
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	functions := fs.String("functions", defaultFunctionsDir(), "folder of functions in the Supabase layout (<name>/index.ts)")
	envFile := fs.String("env-file", "", "dotenv file with the functions' environment")
	method := fs.String("method", "", "request method (default GET, or POST with a body)")
	fs.StringVar(method, "X", "", "shorthand for --method")
	var headers, hostMap multiFlag
	fs.Var(&headers, "header", "request header 'Name: value'; repeatable")
	fs.Var(&headers, "H", "shorthand for --header")
	body := fs.String("body", "", "request body")
	bodyFile := fs.String("body-file", "", "read the request body from this file (- for stdin)")
	eventsMode := fs.String("events", "text", "print events on stderr: json, text or off")
	noWait := fs.Bool("no-wait", false, "exit after the response, without waiting for background tasks")
	timeout := fs.Duration("timeout", 0, "give up waiting for the response and background tasks after this long (default: the worker's wall clock and 10 s)")
	fs.Var(&hostMap, "map-host", "send outbound requests for HOST to TARGET (HOST=http://127.0.0.1:PORT); repeatable")
	limitOpts := addLimitFlags(fs)
	target, code, ok := parseRunArgs(fs, args, stderr)
	if !ok {
		return code
	}
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "edgeplay run: "+format+"\n", a...)
		return code
	}
	lim, err := limitOpts.resolve()
	if err != nil {
		return fail(2, "%v", err)
	}
	if *timeout == 0 {
		*timeout = lim.WallClock + 10*time.Second
	}
	name, rest, _ := strings.Cut(target, "/")
	if i := strings.IndexByte(name, '?'); i >= 0 {
		name, rest = name[:i], name[i:]
	} else if rest != "" || strings.HasSuffix(target, "/") {
		rest = "/" + rest
	}
	names, err := supervisor.DirSource{Root: *functions}.Names()
	if err != nil {
		return fail(2, "functions folder %q: %v (pass --functions DIR with <name>/index.ts inside)", *functions, err)
	}
	if !slices.Contains(names, name) {
		return fail(2, "no function %q in %s (functions there: %s)", name, *functions, strings.Join(names, ", "))
	}
	printer, err := newPrinter(*eventsMode, stderr)
	if err != nil {
		return fail(2, "%v", err)
	}
	reqBody, size, err := runBody(*body, *bodyFile, stdin)
	if err != nil {
		return fail(2, "%v", err)
	}
	if *method == "" {
		*method = http.MethodGet
		if reqBody != nil {
			*method = http.MethodPost
		}
	}
	env, hosts, _, err := functionsConfig(*envFile, hostMap, *functions, stderr, "run")
	if err != nil {
		return fail(2, "%v", err)
	}
	dataDir, err := os.MkdirTemp("", "edgeplay-run-")
	if err != nil {
		return fail(1, "%v", err)
	}
	defer os.RemoveAll(dataDir)

	tasks := newTaskWatch(name)
	eng, err := engine.New(engine.Config{
		Source:  supervisor.DirSource{Root: *functions},
		Addr:    "127.0.0.1:0",
		Env:     env,
		Events:  events.SinkFunc(func(e events.Event) { tasks.Emit(e); printer.Emit(e) }),
		DataDir: dataDir,
		HostMap: hosts,
		Limits:  func(string) limits.Limits { return lim },
		Logf:    func(f string, a ...any) { fmt.Fprintf(stderr, f+"\n", a...) },
	})
	if err != nil {
		return fail(1, "%v", err)
	}
	if err := eng.Start(); err != nil {
		return fail(1, "%v", err)
	}
	defer eng.Close()

	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, *method, eng.URL()+"/functions/v1/"+name+rest, reqBody)
	if err != nil {
		return fail(2, "%v", err)
	}
	if size >= 0 {
		req.ContentLength = size // a file is sent with its length, as curl --data-binary does
	}
	for _, h := range headers {
		k, v, ok := strings.Cut(h, ":")
		if !ok || strings.TrimSpace(k) == "" {
			return fail(2, "--header %q: expected 'Name: value'", h)
		}
		req.Header.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return fail(1, "%v", err)
	}
	fmt.Fprintf(stderr, "< %s %s\n", resp.Proto, resp.Status)
	for _, k := range slices.Sorted(maps.Keys(resp.Header)) {
		for _, v := range resp.Header[k] {
			fmt.Fprintf(stderr, "< %s: %s\n", strings.ToLower(k), v)
		}
	}
	_, copyErr := io.Copy(stdout, resp.Body)
	resp.Body.Close()
	if copyErr != nil {
		return fail(1, "reading the response: %v", copyErr)
	}
	status := 0
	if resp.StatusCode >= 500 {
		status = 1
	}
	if *noWait {
		return status
	}
	if !tasks.wait(ctx) {
		return fail(1, "background tasks still running after --timeout %s", *timeout)
	}
	if n := tasks.failures(); n > 0 {
		fmt.Fprintf(stderr, "edgeplay run: %d background task(s) failed\n", n)
		status = 1
	}
	return status
}

// parseRunArgs takes the one positional argument (the target) from
// anywhere among the flags.
func parseRunArgs(fs *flag.FlagSet, args []string, stderr io.Writer) (string, int, bool) {
	fs.SetOutput(stderr)
	var target string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return "", 0, false
			}
			return "", 2, false
		}
		if fs.NArg() == 0 {
			break
		}
		if target != "" {
			fmt.Fprintf(stderr, "edgeplay run: unexpected argument %q\n", fs.Arg(0))
			return "", 2, false
		}
		target, args = fs.Arg(0), fs.Args()[1:]
	}
	if target == "" {
		fmt.Fprintln(stderr, "usage: edgeplay run [flags] NAME[/PATH][?QUERY]")
		return "", 2, false
	}
	return target, 0, true
}

// runBody is the request body from --body or --body-file (nil for none)
// and its size (-1 when unknown: stdin goes chunked).
func runBody(body, file string, stdin io.Reader) (io.Reader, int64, error) {
	switch {
	case body != "" && file != "":
		return nil, -1, fmt.Errorf("--body and --body-file: give one")
	case body != "":
		return strings.NewReader(body), int64(len(body)), nil
	case file == "-":
		return stdin, -1, nil
	case file != "":
		f, err := os.Open(file)
		if err != nil {
			return nil, -1, fmt.Errorf("--body-file: %w", err)
		}
		st, err := f.Stat()
		if err != nil || !st.Mode().IsRegular() {
			return f, -1, nil // a pipe or device: chunked
		}
		return f, st.Size(), nil // the transport closes it once sent
	}
	return nil, -1, nil
}

// taskWatch follows one function's background tasks through its events.
type taskWatch struct {
	name    string
	mu      sync.Mutex
	running int
	failed  int
	ended   bool // the request answered (request.end)
	stopped bool // the worker shut down
	changed chan struct{}
}

func newTaskWatch(name string) *taskWatch {
	return &taskWatch{name: name, changed: make(chan struct{}, 1)}
}

func (t *taskWatch) Emit(e events.Event) {
	if e.Function != t.name {
		return
	}
	t.mu.Lock()
	switch e.Type {
	case events.TaskStart:
		t.running++
	case events.TaskEnd:
		t.running--
		if ok, _ := e.Fields["ok"].(bool); !ok {
			t.failed++
		}
	case events.RequestEnd:
		t.ended = true
	case events.WorkerShutdown:
		t.stopped = true
	}
	t.mu.Unlock()
	select {
	case t.changed <- struct{}{}:
	default:
	}
}

// wait returns once the request has ended and no task runs (or the worker
// stopped); false if ctx ends first.
func (t *taskWatch) wait(ctx context.Context) bool {
	for {
		t.mu.Lock()
		done := t.stopped || (t.ended && t.running <= 0)
		t.mu.Unlock()
		if done {
			return true
		}
		select {
		case <-t.changed:
		case <-ctx.Done():
			return false
		}
	}
}

func (t *taskWatch) failures() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.failed
}
