package store

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/limits"
)

// A project archive is a zip that is also a Supabase project:
//
//	supabase/functions/<fn>/…       every folder's current files
//	supabase/functions/<file>       RootFolder files (import_map.json)
//	supabase/config.toml            [functions.<fn>] verify_jwt
//	.env.example                    variable names only (no values)
//	edgeplay/project.json           settings, plain env values, secret
//	                                names, host map, limits per function
//	edgeplay/requests.json          saved requests and collections
//	edgeplay/timeline.jsonl         optional: the project's events
//
// Secret values are never written; importing creates them empty.
// Version history is not exported (only the current files).

// ArchiveFormat is the edgeplay/project.json format number.
const ArchiveFormat = 1

// Import bounds, against zip bombs.
const (
	MaxArchiveFiles = 20000
	MaxArchiveSize  = 1 << 30
)

// ExportOptions choose what an export holds.
type ExportOptions struct {
	// Timeline adds edgeplay/timeline.jsonl with the events of the
	// project's functions (at most TimelineMax, newest kept; default
	// 100,000).
	Timeline    bool
	TimelineMax int
}

type archiveProject struct {
	Format    int                        `json:"format"`
	Name      string                     `json:"name"`
	Settings  map[string]string          `json:"settings,omitempty"`
	Env       []EnvVar                   `json:"env,omitempty"`
	HostMap   map[string]string          `json:"hostMap,omitempty"`
	Functions map[string]archiveFnConfig `json:"functions,omitempty"`
}

type archiveFnConfig struct {
	VerifyJWT *bool          `json:"verifyJwt,omitempty"`
	Limits    *limits.Limits `json:"limits,omitempty"`
}

type archiveRequests struct {
	Collections []Collection   `json:"collections"`
	Requests    []SavedRequest `json:"requests"`
}

// ExportArchive writes the project as a zip to w.
func (s *Store) ExportArchive(project string, w io.Writer, o ExportOptions) error {
	zw := zip.NewWriter(w)
	err := s.export(project, o, func(name string, data []byte) error {
		f, err := zw.Create(name)
		if err != nil {
			return err
		}
		_, err = f.Write(data)
		return err
	})
	if cerr := zw.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", project, err)
	}
	return nil
}

// ExportDir writes the same tree as ExportArchive into dir (what
// `edgeplay export --out DIR` writes).
func (s *Store) ExportDir(project, dir string, o ExportOptions) error {
	err := s.export(project, o, func(name string, data []byte) error {
		return writeAtomic(filepath.Join(dir, filepath.FromSlash(name)), data)
	})
	if err != nil {
		return fmt.Errorf("export %s to %s: %w", project, dir, err)
	}
	return nil
}

func (s *Store) export(project string, o ExportOptions, put func(name string, data []byte) error) error {
	fns, err := s.Functions(project)
	if err != nil {
		return err
	}
	meta := archiveProject{Format: ArchiveFormat, Name: project, Functions: map[string]archiveFnConfig{}}
	var toml strings.Builder
	toml.WriteString("# Written by Edgeplay.\n")
	sharedMap := false
	for _, f := range fns {
		if f.Name == RootFolder {
			for _, name := range []string{"import_map.json", "deno.json", "deno.jsonc"} {
				if _, _, err := s.ReadFile(project, RootFolder, name); err == nil {
					sharedMap = true
				}
			}
		}
	}
	for _, f := range fns {
		files, err := s.VersionFiles(project, f.Name, f.Head)
		if err != nil {
			return err
		}
		base := "supabase/functions/"
		if f.Name != RootFolder {
			base += f.Name + "/"
		}
		for _, p := range sortedKeys(files) {
			if err := put(base+p, files[p]); err != nil {
				return err
			}
		}
		if f.Runnable && files["deno.json"] == nil && files["deno.jsonc"] == nil && !sharedMap {
			// Supabase deploys each function with its own deno.json
			// (import map and compiler options); an empty one keeps the
			// layout the CLI expects without changing resolution. (Not
			// when the project has a shared import map: a function's
			// deno.json would shadow it.)
			if err := put(base+"deno.json", []byte("{\n  \"imports\": {}\n}\n")); err != nil {
				return err
			}
		}
		if f.Runnable {
			verify := f.VerifyJWT == nil || *f.VerifyJWT
			fmt.Fprintf(&toml, "\n[functions.%s]\nverify_jwt = %v\n", f.Name, verify)
		}
		if f.VerifyJWT != nil || f.Limits != nil {
			meta.Functions[f.Name] = archiveFnConfig{VerifyJWT: f.VerifyJWT, Limits: f.Limits}
		}
	}
	if err := put("supabase/config.toml", []byte(toml.String())); err != nil {
		return err
	}
	if meta.Settings, err = s.ProjectSettings(project); err != nil {
		return err
	}
	if meta.Env, err = s.EnvVars(project); err != nil { // secrets masked
		return err
	}
	if meta.HostMap, err = s.HostMap(project); err != nil {
		return err
	}
	var env strings.Builder
	env.WriteString("# Environment of " + project + " (names only; fill in the values).\n")
	for _, v := range meta.Env {
		env.WriteString(v.Name + "=\n")
	}
	if err := put(".env.example", []byte(env.String())); err != nil {
		return err
	}
	if err := putJSONFile(put, "edgeplay/project.json", meta); err != nil {
		return err
	}
	var reqs archiveRequests
	if reqs.Collections, err = s.Collections(project); err != nil {
		return err
	}
	if reqs.Requests, err = s.Requests(project); err != nil {
		return err
	}
	if err := putJSONFile(put, "edgeplay/requests.json", reqs); err != nil {
		return err
	}
	if o.Timeline && s.tl != nil {
		var buf bytes.Buffer
		if err := s.exportTimeline(fns, o.TimelineMax, &buf); err != nil {
			return err
		}
		if err := put("edgeplay/timeline.jsonl", buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

func putJSONFile(put func(string, []byte) error, name string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", name, err)
	}
	return put(name, append(b, '\n'))
}

// exportTimeline writes the newest max events of the functions as JSON
// lines, oldest first (already redacted when stored).
func (s *Store) exportTimeline(fns []Function, max int, w io.Writer) error {
	if max <= 0 {
		max = 100_000
	}
	var all []Record
	for _, f := range fns {
		if !f.Runnable {
			continue
		}
		var before Cursor
		for n := 0; n < max; {
			p, err := s.tl.Query(Query{Filter: Filter{Function: f.Name}, Reverse: true, Before: before, Limit: min(MaxPage, max-n)})
			if err != nil {
				return err
			}
			all = append(all, p.Records...)
			n += len(p.Records)
			if !p.More || len(p.Records) == 0 {
				break
			}
			before = p.Records[len(p.Records)-1].Cursor
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].Cursor < all[j].Cursor })
	if len(all) > max {
		all = all[len(all)-max:]
	}
	bw := bufio.NewWriter(w)
	for _, r := range all {
		b, err := json.Marshal(r.Event)
		if err != nil {
			return err
		}
		bw.Write(b)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// ImportReport says what ImportArchive did.
type ImportReport struct {
	Project   string   `json:"project"`
	Functions []string `json:"functions"`
	Requests  int      `json:"requests"`
	Events    int      `json:"events"`
	// EmptySecrets are secrets created without a value (archives never
	// carry secret values): set them before running the functions.
	EmptySecrets []string `json:"emptySecrets,omitempty"`
}

// ImportArchive reads a project archive (ExportArchive's format, or any
// zip holding supabase/functions/…) into project (created if needed;
// existing folders get a new version noted "import"). Events in
// edgeplay/timeline.jsonl go to the timeline when timeline is true.
func (s *Store) ImportArchive(project string, r io.ReaderAt, size int64, timeline bool) (ImportReport, error) {
	rep := ImportReport{Project: project}
	fail := func(err error) (ImportReport, error) {
		return rep, fmt.Errorf("import archive into %s: %w", project, err)
	}
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return fail(err)
	}
	if len(zr.File) > MaxArchiveFiles {
		return fail(fmt.Errorf("%w: %d entries (at most %d)", ErrInvalid, len(zr.File), MaxArchiveFiles))
	}
	folders := map[string]map[string][]byte{}
	var meta *archiveProject
	var reqs *archiveRequests
	var tlData []byte
	var total int64
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		name := strings.TrimPrefix(path.Clean("/"+f.Name), "/")
		if name != f.Name || !strings.HasPrefix(name, "supabase/functions/") && !strings.HasPrefix(name, "edgeplay/") {
			continue // other files of a Supabase project, or odd names
		}
		if f.UncompressedSize64 > MaxFileSize && name != "edgeplay/timeline.jsonl" {
			return fail(fmt.Errorf("%w: %s is over %d bytes", ErrInvalid, name, MaxFileSize))
		}
		data, err := readZip(f, MaxArchiveSize-total)
		if err != nil {
			return fail(err)
		}
		total += int64(len(data))
		switch name {
		case "edgeplay/project.json":
			meta = &archiveProject{}
			if err := json.Unmarshal(data, meta); err != nil {
				return fail(fmt.Errorf("%s: %w", name, err))
			}
			if meta.Format > ArchiveFormat {
				return fail(fmt.Errorf("%s: format %d is newer than this Edgeplay reads (%d)", name, meta.Format, ArchiveFormat))
			}
			continue
		case "edgeplay/requests.json":
			reqs = &archiveRequests{}
			if err := json.Unmarshal(data, reqs); err != nil {
				return fail(fmt.Errorf("%s: %w", name, err))
			}
			continue
		case "edgeplay/timeline.jsonl":
			tlData = data
			continue
		}
		rel, ok := strings.CutPrefix(name, "supabase/functions/")
		if !ok {
			continue
		}
		folder, p, nested := strings.Cut(rel, "/")
		if !nested {
			folder, p = RootFolder, rel
		}
		if skipName(folder) && folder != RootFolder || validFolder(folder) != nil || validPath(p) != nil {
			continue
		}
		if folders[folder] == nil {
			folders[folder] = map[string][]byte{}
		}
		folders[folder][p] = data
	}
	if len(folders) == 0 {
		return fail(fmt.Errorf("%w: no supabase/functions/ folder in the archive", ErrInvalid))
	}
	if _, err := s.EnsureProject(project); err != nil {
		return fail(err)
	}
	for _, name := range sortedKeys(folders) {
		if _, _, err := s.SaveFiles(project, name, folders[name], "import"); err != nil {
			return fail(err)
		}
		rep.Functions = append(rep.Functions, name)
	}
	if meta != nil {
		for k, v := range meta.Settings {
			if err := s.SetProjectSetting(project, k, v); err != nil {
				return fail(err)
			}
		}
		for _, v := range meta.Env {
			if v.Secret {
				if env, _ := s.Env(project); env[v.Name] != "" {
					continue // keep a secret the user already set
				}
				rep.EmptySecrets = append(rep.EmptySecrets, v.Name)
				v.Value = ""
			}
			if err := s.SetEnv(project, v.Name, v.Value, v.Secret); err != nil {
				return fail(err)
			}
		}
		if len(meta.HostMap) > 0 {
			if err := s.SetHostMap(project, meta.HostMap); err != nil {
				return fail(err)
			}
		}
		for name, c := range meta.Functions {
			if folders[name] == nil {
				continue
			}
			if err := s.SetFunctionConfig(project, name, FunctionConfig{VerifyJWT: c.VerifyJWT, Limits: c.Limits}); err != nil {
				return fail(err)
			}
		}
	}
	if reqs != nil {
		for _, c := range reqs.Collections {
			if _, err := s.SaveCollection(project, c); err != nil {
				return fail(err)
			}
		}
		for _, r := range reqs.Requests {
			if _, err := s.SaveRequest(project, r); err != nil {
				return fail(err)
			}
			rep.Requests++
		}
	}
	if timeline && tlData != nil && s.tl != nil {
		sc := bufio.NewScanner(bytes.NewReader(tlData))
		sc.Buffer(make([]byte, 64<<10), 16<<20)
		for sc.Scan() {
			var e events.Event
			if json.Unmarshal(sc.Bytes(), &e) == nil {
				s.tl.Emit(e)
				rep.Events++
			}
		}
		if err := s.tl.Flush(); err != nil {
			return fail(err)
		}
	}
	return rep, nil
}

// ImportArchiveFile is ImportArchive for a file on disk.
func (s *Store) ImportArchiveFile(project, file string, timeline bool) (ImportReport, error) {
	f, err := os.Open(file)
	if err != nil {
		return ImportReport{}, fmt.Errorf("import archive: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return ImportReport{}, fmt.Errorf("import archive: %w", err)
	}
	return s.ImportArchive(project, f, st.Size(), timeline)
}

var errTooBig = errors.New("archive is too big once unpacked")

// readZip reads one entry, refusing more than max bytes whatever its
// header claims.
func readZip(f *zip.File, max int64) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.Name, err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w (at %s)", errTooBig, f.Name)
	}
	return data, nil
}
