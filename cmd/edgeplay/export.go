package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/edgeplay/edgeplay/store"
)

// exportCmd writes a project from the store in the Supabase layout
// (DESIGN §6), ready for `supabase functions deploy` or `deno run`:
//
//	edgeplay export [--data DIR] [--project NAME] --out DIR [--timeline]
//	edgeplay export [--data DIR] [--project NAME] --zip FILE [--timeline]
//
// Secret values never leave the store: .env.example lists names only.
func exportCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	data := fs.String("data", "", "data folder (default: the per-user config folder)")
	project := fs.String("project", "", "project to export (default: the only one)")
	out := fs.String("out", "", "write the project's files into this folder")
	zipOut := fs.String("zip", "", "write the project as one zip archive instead")
	timeline := fs.Bool("timeline", false, "include the project's recorded events (edgeplay/timeline.jsonl)")
	if code, ok := parseFlags(fs, args, stderr); !ok {
		return code
	}
	if (*out == "") == (*zipOut == "") {
		fmt.Fprintln(stderr, "edgeplay export: pass one of --out DIR or --zip FILE")
		return 2
	}
	st, err := store.Open(*data, store.Options{ReadOnly: true, Timeout: 500 * time.Millisecond})
	if err != nil {
		fmt.Fprintln(stderr, "edgeplay export:", err)
		return 1
	}
	defer st.Close()
	name, err := pickProject(st, *project)
	if err != nil {
		fmt.Fprintln(stderr, "edgeplay export:", err)
		return 1
	}
	opts := store.ExportOptions{Timeline: *timeline}
	if *out != "" {
		err = exportDir(st, name, *out, opts)
	} else {
		err = exportZip(st, name, *zipOut, opts)
	}
	if err != nil {
		fmt.Fprintln(stderr, "edgeplay export:", err)
		return 1
	}
	fmt.Fprintf(stdout, "exported %s to %s\n", name, *out+*zipOut)
	return 0
}

func pickProject(st *store.Store, name string) (string, error) {
	ps, err := st.Projects()
	if err != nil {
		return "", err
	}
	var names []string
	for _, p := range ps {
		if p.Name == name {
			return name, nil
		}
		names = append(names, p.Name)
	}
	switch {
	case name != "":
		return "", fmt.Errorf("no project %q in %s (projects: %s)", name, st.Path(), strings.Join(names, ", "))
	case len(names) == 1:
		return names[0], nil
	case len(names) == 0:
		return "", fmt.Errorf("no projects in %s yet (serve a folder with --data first)", st.Path())
	}
	return "", fmt.Errorf("%d projects in %s: pass --project (one of %s)", len(names), st.Path(), strings.Join(names, ", "))
}

// exportDir refuses a folder that already has a supabase/ tree, so an
// export never mixes with (or overwrites) someone's project.
func exportDir(st *store.Store, project, dir string, o store.ExportOptions) error {
	if _, err := os.Stat(filepath.Join(dir, "supabase")); err == nil {
		return fmt.Errorf("%s already has a supabase folder; export into an empty folder", dir)
	}
	return st.ExportDir(project, dir, o)
}

// exportZip writes the archive next to its final name and renames it, so
// a failed export leaves no half-written zip.
func exportZip(st *store.Store, project, file string, o store.ExportOptions) error {
	tmp, err := os.CreateTemp(filepath.Dir(file), ".edgeplay-export-*")
	if err != nil {
		return fmt.Errorf("export to %s: %w", file, err)
	}
	err = st.ExportArchive(project, tmp, o)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), file)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return errors.Join(fmt.Errorf("export to %s", file), err)
	}
	return nil
}
