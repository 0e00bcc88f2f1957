package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"strings"

	"github.com/edgeplay/edgeplay/engine/bundle"
	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/limits"
	"github.com/edgeplay/edgeplay/engine/supa/auth"
	"github.com/edgeplay/edgeplay/engine/supa/storage"
	"github.com/edgeplay/edgeplay/store"
	"github.com/edgeplay/edgeplay/store/supastore"
)

// recorder is serve's link to the store (issue 7): the functions folder
// is imported into a project and watched, so every edit on disk becomes a
// version the app can restore; events go to the timeline; the project's
// env and host map fill in what the flags leave out. Serving itself still
// reads the folder (DirSource), so an edit is live on the next request
// rather than on the next sync.
type recorder struct {
	st          *store.Store
	storageMeta storage.Meta       // Storage's bucket and object metadata in the store
	modules     bundle.ModuleCache // fetched https: modules in the store
	authStore   auth.Store         // Auth's users and sessions in the store
	project     string
	cancel      context.CancelFunc
	done        chan struct{}
}

func openRecorder(dataDir, functions, project string, stderr io.Writer) (*recorder, error) {
	st, err := store.Open(dataDir, store.Options{})
	if err != nil {
		return nil, err
	}
	if project == "" {
		project = store.ProjectNameFor(functions)
	}
	rep, err := st.ImportFolder(project, functions)
	if err != nil {
		st.Close()
		return nil, err
	}
	if rep.Changed() {
		fmt.Fprintf(stderr, "store: project %q in %s: %s\n", project, st.Path(), rep)
	}
	meta, err := supastore.NewStorageMeta(st)
	if err != nil {
		st.Close()
		return nil, err
	}
	users, err := supastore.NewAuthStore(st)
	if err != nil {
		st.Close()
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &recorder{st: st, storageMeta: meta, authStore: users, modules: supastore.NewModuleCache(st), project: project, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(r.done)
		st.Watch(ctx, project, 0, func(rep store.SyncReport, err error) {
			if err != nil {
				fmt.Fprintln(stderr, "store: sync from disk:", err)
			}
		})
	}()
	return r, nil
}

// env returns the project's stored env with the env file's values on
// top; the file's values are also masked in the timeline, as Supabase
// treats every function env var as a secret.
func (r *recorder) env(fromFile map[string]string) map[string]string {
	out, err := r.st.Env(r.project)
	if err != nil || out == nil {
		out = map[string]string{}
	}
	maps.Copy(out, fromFile)
	r.st.Timeline().AddSecrets(secretLooking(fromFile))
	return out
}

// secretLooking picks the env file values worth masking: those whose
// names say they are secret, and long random-looking ones. Masking every
// value would hide ordinary words ("prod") everywhere in the timeline.
func secretLooking(env map[string]string) []string {
	var out []string
	for k, v := range env {
		name := strings.ToUpper(k)
		switch {
		case strings.Contains(name, "KEY"), strings.Contains(name, "SECRET"), strings.Contains(name, "TOKEN"),
			strings.Contains(name, "PASS"), strings.Contains(name, "JWT"), strings.Contains(name, "AUTH"):
			out = append(out, v)
		case len(v) >= 20 && !strings.ContainsAny(v, " /"):
			out = append(out, v)
		}
	}
	return out
}

func (r *recorder) hosts(fromFlags map[string]string) map[string]string {
	out, err := r.st.HostMap(r.project)
	if err != nil || out == nil {
		out = map[string]string{}
	}
	maps.Copy(out, fromFlags)
	return out
}

// sink sends events to the printer (masked like the timeline) and to
// the timeline.
func (r *recorder) sink(printer events.Sink, printing bool) events.Sink {
	tl := r.st.Timeline()
	if !printing {
		return tl
	}
	return events.SinkFunc(func(e events.Event) {
		tl.Emit(e)
		printer.Emit(tl.Redact(e))
	})
}

// close stops watching and flushes the timeline; call after the engine
// is closed so its last events are recorded.
func (r *recorder) close(stderr io.Writer) {
	r.cancel()
	<-r.done
	if err := r.st.Close(); err != nil {
		fmt.Fprintln(stderr, "edgeplay serve: closing the store:", err)
	}
}

// limits gives each function its limits saved in the store (the app's
// settings for it), or base.
func (r *recorder) limits(base limits.Limits) func(string) limits.Limits {
	return func(fn string) limits.Limits {
		if f, err := r.st.Function(r.project, fn); err == nil && f.Limits != nil {
			return *f.Limits
		}
		return base
	}
}
