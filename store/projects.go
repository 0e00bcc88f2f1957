package store

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"regexp"
	"sort"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/edgeplay/edgeplay/engine/limits"
)

// Limits on what one save may hold: big enough for vendored modules, small
// enough that a runaway import cannot fill the disk through the store.
const (
	MaxFileSize  = 32 << 20
	MaxSaveSize  = 128 << 20
	MaxSaveFiles = 5000
)

// RootFolder holds a project's top-level files (supabase/functions/
// import_map.json, deno.json) next to the function folders.
const RootFolder = "."

var (
	projectRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9 _.-]{0,63}$`)
	folderRe  = regexp.MustCompile(`^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$`)
	fnRe      = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`) // supervisor.ValidName
	envRe     = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	entries   = []string{"index.ts", "index.js", "index.tsx", "index.mjs", "index.jsx"}
)

// Bucket names inside a project bucket.
var (
	kInfo        = []byte("info")
	bFolders     = []byte("folders")
	bFiles       = []byte("files")
	bVersions    = []byte("versions")
	bBlobs       = []byte("blobs")
	bEnv         = []byte("env")
	bSecrets     = []byte("secrets")
	bHostMap     = []byte("hostmap")
	bPSettings   = []byte("settings")
	bRequests    = []byte("requests")
	bCollections = []byte("collections")
	bSockets     = []byte("sockets")
	projectSubs  = [][]byte{bFolders, bEnv, bSecrets, bHostMap, bPSettings, bRequests, bCollections, bSockets}
)

// Project is a set of functions with shared env and settings.
type Project struct {
	Name string `json:"name"`
	// Dir is the linked folder on disk (Supabase layout: <dir>/<fn>/
	// index.ts), or "". See the folder-sync rule in doc.go.
	Dir     string    `json:"dir,omitempty"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
}

// Function is one folder of a project: a function (a runnable folder
// with an index.ts) or a shared folder such as _shared.
type Function struct {
	Name     string    `json:"name"`
	Head     uint64    `json:"head"` // current version
	Created  time.Time `json:"created"`
	Updated  time.Time `json:"updated"`
	Deleted  bool      `json:"deleted,omitempty"`
	Runnable bool      `json:"runnable"` // a valid function name with an entry file
	// VerifyJWT overrides the gateway's default (config.toml verify_jwt).
	VerifyJWT *bool `json:"verifyJwt,omitempty"`
	// Limits and policy; nil: the default preset.
	Limits *limits.Limits `json:"limits,omitempty"`
}

// FileInfo describes a stored file.
type FileInfo struct {
	Path    string    `json:"path"`
	Size    int64     `json:"size"`
	Hash    string    `json:"hash"` // sha256 hex
	ModTime time.Time `json:"modTime"`
}

// FileRef is a file as a version lists it.
type FileRef struct {
	Hash string `json:"hash"`
	Size int64  `json:"size"`
}

// Version is one save of a function's files. History is linear:
// restoring version n saves a new version with n's files.
type Version struct {
	N     uint64             `json:"n"`
	Time  time.Time          `json:"time"`
	Note  string             `json:"note,omitempty"` // "app", "disk", "import", "restore 3", …
	Files map[string]FileRef `json:"files"`
}

func validProject(name string) error {
	if !projectRe.MatchString(name) {
		return fmt.Errorf("%w: project name %q (letters, digits, space, _ . -; at most 64)", ErrInvalid, name)
	}
	return nil
}

func validFolder(name string) error {
	if name == RootFolder {
		return nil
	}
	if !folderRe.MatchString(name) || strings.Contains(name, "..") {
		return fmt.Errorf("%w: function folder name %q (letters, digits, _ . -; no leading . or -)", ErrInvalid, name)
	}
	return nil
}

func validPath(p string) error {
	if p == "." || !fs.ValidPath(p) || len(p) > 1024 {
		return fmt.Errorf("%w: file path %q (relative, slash-separated, no . or .. elements)", ErrInvalid, p)
	}
	return nil
}

// isFunction reports whether a folder is runnable, as DirSource decides.
func isFunction(name string, has func(string) bool) bool {
	if !fnRe.MatchString(name) {
		return false
	}
	for _, e := range entries {
		if has(e) {
			return true
		}
	}
	return false
}

func hashOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

// ---- bucket helpers ----

func projectBucket(tx *bolt.Tx, name string) (*bolt.Bucket, error) {
	b := tx.Bucket(bProjects).Bucket([]byte(name))
	if b == nil {
		return nil, fmt.Errorf("project %q: %w", name, ErrNotFound)
	}
	return b, nil
}

func folderBucket(tx *bolt.Tx, project, fn string) (*bolt.Bucket, error) {
	p, err := projectBucket(tx, project)
	if err != nil {
		return nil, err
	}
	f := p.Bucket(bFolders).Bucket([]byte(fn))
	if f == nil {
		return nil, fmt.Errorf("function %q in project %q: %w", fn, project, ErrNotFound)
	}
	return f, nil
}

// ---- projects ----

// EnsureProject returns the project, creating it if needed.
func (s *Store) EnsureProject(name string) (Project, error) {
	if err := validProject(name); err != nil {
		return Project{}, err
	}
	var p Project
	err := s.update("create project "+name, func(tx *bolt.Tx) error {
		pb, err := tx.Bucket(bProjects).CreateBucketIfNotExists([]byte(name))
		if err != nil {
			return err
		}
		if ok, err := getJSON(pb, string(kInfo), &p); ok || err != nil {
			return err
		}
		now := time.Now().UTC()
		p = Project{Name: name, Created: now, Updated: now}
		for _, sub := range projectSubs {
			if _, err := pb.CreateBucketIfNotExists(sub); err != nil {
				return err
			}
		}
		return putJSON(pb, string(kInfo), p)
	})
	return p, err
}

// Project returns one project.
func (s *Store) Project(name string) (Project, error) {
	var p Project
	err := s.view("read project "+name, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, name)
		if err != nil {
			return err
		}
		_, err = getJSON(pb, string(kInfo), &p)
		return err
	})
	return p, err
}

// Projects lists every project by name.
func (s *Store) Projects() ([]Project, error) {
	var out []Project
	err := s.view("list projects", func(tx *bolt.Tx) error {
		return tx.Bucket(bProjects).ForEachBucket(func(k []byte) error {
			var p Project
			if _, err := getJSON(tx.Bucket(bProjects).Bucket(k), string(kInfo), &p); err != nil {
				return err
			}
			out = append(out, p)
			return nil
		})
	})
	return out, err
}

// DeleteProject removes a project and everything in it (not the linked
// folder on disk).
func (s *Store) DeleteProject(name string) error {
	err := s.update("delete project "+name, func(tx *bolt.Tx) error {
		if _, err := projectBucket(tx, name); err != nil {
			return err
		}
		return tx.Bucket(bProjects).DeleteBucket([]byte(name))
	})
	if err == nil {
		err = s.refreshSecrets(s.tl)
	}
	return err
}

// LinkProject links the project to a folder on disk ("" unlinks); see
// SyncFromDisk for the rule.
func (s *Store) LinkProject(name, dir string) error {
	return s.updateProject(name, func(p *Project) { p.Dir = dir })
}

func (s *Store) updateProject(name string, fn func(p *Project)) error {
	return s.update("update project "+name, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, name)
		if err != nil {
			return err
		}
		var p Project
		if _, err := getJSON(pb, string(kInfo), &p); err != nil {
			return err
		}
		fn(&p)
		p.Updated = time.Now().UTC()
		return putJSON(pb, string(kInfo), p)
	})
}

// ---- project-level maps: settings, env, secrets, host map ----

func (s *Store) putIn(what, project string, sub []byte, key string, value []byte) error {
	return s.update(what, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		if value == nil {
			return pb.Bucket(sub).Delete([]byte(key))
		}
		return pb.Bucket(sub).Put([]byte(key), value)
	})
}

func (s *Store) mapOf(what, project string, sub []byte) (map[string]string, error) {
	out := map[string]string{}
	err := s.view(what, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		return pb.Bucket(sub).ForEach(func(k, v []byte) error {
			out[string(k)] = string(v)
			return nil
		})
	})
	return out, err
}

// SetProjectSetting stores one project setting (durable on return).
// Well-known keys: "verify_jwt" ("true"/"false", the gateway default).
func (s *Store) SetProjectSetting(project, key, value string) error {
	if key == "" {
		return fmt.Errorf("set project setting: %w: empty key", ErrInvalid)
	}
	return s.putIn("set setting "+key+" of "+project, project, bPSettings, key, []byte(value))
}

// ProjectSettings returns the project's settings.
func (s *Store) ProjectSettings(project string) (map[string]string, error) {
	return s.mapOf("read settings of "+project, project, bPSettings)
}

// EnvVar is one environment variable as the UI and exports see it: a
// secret's Value is always "".
type EnvVar struct {
	Name   string `json:"name"`
	Value  string `json:"value"`
	Secret bool   `json:"secret"`
}

// SetEnv sets a variable; secret ones never leave the store except
// through Env (for the engine) and are masked in the timeline.
func (s *Store) SetEnv(project, name, value string, secret bool) error {
	if !envRe.MatchString(name) {
		return fmt.Errorf("%w: env name %q", ErrInvalid, name)
	}
	// The error names the variable, never the value.
	err := s.update("set env "+name+" of "+project, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		put, del := pb.Bucket(bEnv), pb.Bucket(bSecrets)
		if secret {
			put, del = del, put
		}
		if err := del.Delete([]byte(name)); err != nil {
			return err
		}
		return put.Put([]byte(name), []byte(value))
	})
	if err == nil && secret {
		err = s.refreshSecrets(s.tl)
	}
	return err
}

// DeleteEnv removes a variable (plain or secret).
func (s *Store) DeleteEnv(project, name string) error {
	err := s.update("delete env "+name+" of "+project, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		if err := pb.Bucket(bEnv).Delete([]byte(name)); err != nil {
			return err
		}
		return pb.Bucket(bSecrets).Delete([]byte(name))
	})
	if err == nil {
		err = s.refreshSecrets(s.tl)
	}
	return err
}

// Env returns every variable with its value, secrets included: for the
// engine's workers only.
func (s *Store) Env(project string) (map[string]string, error) {
	out := map[string]string{}
	err := s.view("read env of "+project, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		for _, sub := range [][]byte{bEnv, bSecrets} {
			_ = pb.Bucket(sub).ForEach(func(k, v []byte) error {
				out[string(k)] = string(v)
				return nil
			})
		}
		return nil
	})
	return out, err
}

// EnvVars lists the variables for display and export, secrets masked.
func (s *Store) EnvVars(project string) ([]EnvVar, error) {
	var out []EnvVar
	err := s.view("list env of "+project, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		_ = pb.Bucket(bEnv).ForEach(func(k, v []byte) error {
			out = append(out, EnvVar{Name: string(k), Value: string(v)})
			return nil
		})
		_ = pb.Bucket(bSecrets).ForEach(func(k, _ []byte) error {
			out = append(out, EnvVar{Name: string(k), Secret: true})
			return nil
		})
		return nil
	})
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, err
}

// refreshSecrets hands every project's secret values to the timeline's
// redactor.
func (s *Store) refreshSecrets(t *Timeline) error {
	if t == nil {
		return nil
	}
	var vals []string
	err := s.view("read secrets", func(tx *bolt.Tx) error {
		return tx.Bucket(bProjects).ForEachBucket(func(k []byte) error {
			if sb := tx.Bucket(bProjects).Bucket(k).Bucket(bSecrets); sb != nil {
				_ = sb.ForEach(func(_, v []byte) error {
					vals = append(vals, string(v))
					return nil
				})
			}
			return nil
		})
	})
	if err == nil {
		t.SetSecrets(vals)
	}
	return err
}

// SetHostMap replaces the project's outbound host map (host → target URL
// or mock:NAME).
func (s *Store) SetHostMap(project string, m map[string]string) error {
	for h, t := range m {
		if h == "" || t == "" {
			return fmt.Errorf("%w: host map entry %q=%q", ErrInvalid, h, t)
		}
	}
	return s.update("set host map of "+project, func(tx *bolt.Tx) error {
		pb, err := projectBucket(tx, project)
		if err != nil {
			return err
		}
		if err := pb.DeleteBucket(bHostMap); err != nil {
			return err
		}
		b, err := pb.CreateBucket(bHostMap)
		if err != nil {
			return err
		}
		for h, t := range m {
			if err := b.Put([]byte(h), []byte(t)); err != nil {
				return err
			}
		}
		return nil
	})
}

// HostMap returns the project's outbound host map.
func (s *Store) HostMap(project string) (map[string]string, error) {
	return s.mapOf("read host map of "+project, project, bHostMap)
}
