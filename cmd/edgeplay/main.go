// Command edgeplay is the headless Edgeplay: the same engine the desktop
// app embeds, driven from a terminal (DESIGN §6).
//
//	edgeplay serve [--functions DIR] [--addr 127.0.0.1:54321] [--env-file FILE]
//	               [--no-verify-jwt] [--events json|text|off] [--data DIR]
//	               [--map-host HOST=TARGET]...
//	edgeplay run [--functions DIR] [-X METHOD] [-H 'Name: value']...
//	             [--body STRING | --body-file FILE] [--no-wait] NAME[/PATH][?QUERY]
//	edgeplay timeline [--data DIR] [--function NAME] [--type TYPE] [--last N] [--json]
//	edgeplay export [--data DIR] (--out DIR | --zip FILE)
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"strings"
	"syscall"

	"github.com/dop251/goja"
)

func main() {
	// EDGEPLAY_JSPROFILE=FILE profiles the JavaScript (goja's profiler).
	if path := os.Getenv("EDGEPLAY_JSPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil && goja.StartProfile(f) == nil {
			code := run(os.Args[1:], os.Stdout, os.Stderr)
			goja.StopProfile()
			f.Close()
			os.Exit(code)
		}
	}
	// EDGEPLAY_CPUPROFILE=FILE profiles the whole run (for bench/ work).
	if path := os.Getenv("EDGEPLAY_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			if pprof.StartCPUProfile(f) == nil {
				code := run(os.Args[1:], os.Stdout, os.Stderr)
				pprof.StopCPUProfile()
				f.Close()
				os.Exit(code)
			}
		}
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `edgeplay — a playground for Supabase/Deno edge functions

Usage:
  edgeplay serve [flags]     serve functions on the local gateway
  edgeplay run [flags] NAME[/PATH][?QUERY]
                             send one request to a function, print the
                             response, wait for its background tasks
  edgeplay timeline [flags]  print recorded events (the store in --data)
  edgeplay export [flags]    write a stored project in the Supabase layout
  edgeplay version           print the version

Run 'edgeplay COMMAND --help' for the flags.
`

// Version is set at build time (-ldflags "-X main.Version=...").
var Version = "dev"

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "serve":
		return serve(args[1:], stdout, stderr, waitForSignal)
	case "run":
		return runCmd(args[1:], stdout, stderr, os.Stdin)
	case "export":
		return exportCmd(args[1:], stdout, stderr)
	case "timeline":
		return timelineCmd(args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintln(stdout, "edgeplay", Version)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "edgeplay: unknown command %q\n\n%s", args[0], usage)
	return 2
}

func waitForSignal() {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	<-ch
	signal.Stop(ch)
}

// multiFlag collects a repeatable flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// parseFlags parses fs, mapping -h to a clean exit.
func parseFlags(fs *flag.FlagSet, args []string, stderr io.Writer) (int, bool) {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0, false
		}
		return 2, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "edgeplay %s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		return 2, false
	}
	return 0, true
}
