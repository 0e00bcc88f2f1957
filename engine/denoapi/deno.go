// Package denoapi installs the `Deno` and `EdgeRuntime` globals a Supabase
// edge function expects: Deno.serve (every overload), Deno.env,
// Deno.version/build, Deno.errors.*, Deno.inspect, EdgeRuntime.waitUntil,
// and clear NotSupported errors for what the platform forbids (run,
// Command, listen, ffi, cron, …). Deno.exit and Deno.kill are no-ops, as on
// the platform.
//
// The globals are a thin JS layer (deno.js) over natives; state (env,
// the registered handler) is per runtime, kept in a *State stored with
// r.SetInternal, so many workers share a process without sharing anything.
// The file system family (Deno.readFile, open, …) belongs to the edge
// semantics work and is installed separately.
package denoapi

import (
	_ "embed"
	"os"
	"runtime"
	"sort"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// Version is what Deno.version and navigator.userAgent report: the Deno
// release Supabase's edge runtime is built on.
var Version = struct{ Deno, V8, TypeScript string }{"2.1.4", "13.0.245.12-rusty", "5.6.2"}

// ErrorNames are the Deno.errors classes.
var ErrorNames = []string{
	"NotFound", "PermissionDenied", "ConnectionRefused", "ConnectionReset", "ConnectionAborted",
	"NotConnected", "AddrInUse", "AddrNotAvailable", "BrokenPipe", "AlreadyExists", "InvalidData",
	"TimedOut", "Interrupted", "WriteZero", "WouldBlock", "UnexpectedEof", "BadResource", "Http",
	"Busy", "NotSupported", "FilesystemLoop", "IsADirectory", "NetworkUnreachable", "NotADirectory",
	"NotCapable",
}

// Options configure the globals of one worker.
type Options struct {
	// Env seeds Deno.env (copied; writes stay inside the worker).
	Env map[string]string
	// Hostname and Port are what Deno.serve's onListen and addr report.
	Hostname string
	Port     int
	// MainModule is Deno.mainModule (a file: URL of the entry).
	MainModule string
	// OnWaitUntil is told of each EdgeRuntime.waitUntil promise.
	OnWaitUntil func(p *goja.Promise)
	// MemoryUsage reports Deno.memoryUsage(); nil reports the Go heap.
	MemoryUsage func() map[string]int64
}

// Server is what Deno.serve registered.
type Server struct {
	Handler goja.Value    // the handler function (the worker calls it from JS)
	OnError goja.Callable // nil when not given
	finish  func()
}

// Finish resolves the server's `finished` promise. Loop goroutine only.
func (s *Server) Finish() {
	if s.finish != nil {
		s.finish()
	}
}

// State is the per-runtime state behind the globals.
type State struct {
	env    map[string]string
	server *Server
}

const stateKey = "denoapi.state"

// Served returns the handler registered with Deno.serve, or nil.
// Loop goroutine only.
func Served(r *jsrt.Runtime) *Server {
	if st, ok := r.Internal(stateKey).(*State); ok {
		return st.server
	}
	return nil
}

//go:embed deno.js
var denoJS string

var script = jsrt.NewScript("edgeplay:deno", denoJS)

// Install returns the installer for the Deno and EdgeRuntime globals.
func Install(opts Options) jsrt.Installer {
	return func(r *jsrt.Runtime) error {
		vm := r.VM()
		st := &State{env: map[string]string{}}
		for k, v := range opts.Env {
			st.env[k] = v
		}
		r.SetInternal(stateKey, st)
		mem := opts.MemoryUsage
		if mem == nil {
			mem = goHeapUsage
		}
		native := map[string]any{
			"errorNames": ErrorNames,
			"version":    map[string]string{"deno": Version.Deno, "v8": Version.V8, "typescript": Version.TypeScript},
			"build":      map[string]string{"target": goTarget(), "arch": goArch(), "os": runtime.GOOS},
			"pid":        os.Getpid(),
			"hostname":   orDefault(opts.Hostname, "127.0.0.1"),
			"port":       opts.Port,
			"mainModule": orDefault(opts.MainModule, "file:///index.ts"),
			"envGet": func(k string) goja.Value {
				if v, ok := st.env[k]; ok {
					return vm.ToValue(v)
				}
				return goja.Undefined()
			},
			"envSet":    func(k, v string) { st.env[k] = v },
			"envDelete": func(k string) { delete(st.env, k) },
			"envObject": func() *goja.Object {
				o := vm.NewObject()
				keys := make([]string, 0, len(st.env))
				for k := range st.env {
					keys = append(keys, k)
				}
				sort.Strings(keys)
				for _, k := range keys {
					_ = o.Set(k, st.env[k])
				}
				return o
			},
			"register": func(handler, onError, finish goja.Value) {
				s := &Server{Handler: handler}
				if f, ok := goja.AssertFunction(onError); ok {
					s.OnError = f
				}
				if f, ok := goja.AssertFunction(finish); ok {
					s.finish = func() { _, _ = f(goja.Undefined()) }
				}
				st.server = s
			},
			"unregister": func() { st.server = nil },
			"waitUntil": func(p *goja.Promise) {
				if opts.OnWaitUntil != nil {
					opts.OnWaitUntil(p)
				}
			},
			"refTimer":    func(id int64, ref bool) { r.RefTimer(id, ref) },
			"memoryUsage": func() map[string]int64 { return mem() },
		}
		_, err := script.Call(r, native)
		return err
	}
}

func goHeapUsage() map[string]int64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return map[string]int64{
		"rss":       int64(ms.Sys),
		"heapTotal": int64(ms.HeapSys),
		"heapUsed":  int64(ms.HeapAlloc),
		"external":  0,
	}
}

func goArch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x86_64"
	case "arm64":
		return "aarch64"
	}
	return runtime.GOARCH
}

func goTarget() string {
	switch runtime.GOOS {
	case "darwin":
		return goArch() + "-apple-darwin"
	case "windows":
		return goArch() + "-pc-windows-msvc"
	}
	return goArch() + "-unknown-" + runtime.GOOS + "-gnu"
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}
