package bundle

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"

	"github.com/evanw/esbuild/pkg/api"

	"github.com/edgeplay/edgeplay/internal/atomicfile"
)

// RemoteModule is a fetched https: module.
type RemoteModule struct {
	URL         string `json:"url"` // final URL after redirects
	ContentType string `json:"contentType"`
	Source      string `json:"-"`
}

// ModuleCache keeps fetched https: modules, so that after the first build
// a function works offline (as Deno's DENO_DIR does). Entries are never
// refreshed. DirCache is the default; the app keeps them in its store.
type ModuleCache interface {
	// Get returns the module imported as url, ok=false if absent.
	Get(url string) (m RemoteModule, ok bool, err error)
	// Put stores m under url (called for the imported and the final URL).
	Put(url string, m RemoteModule) error
}

// DirCache is a ModuleCache in a folder, content-addressed by URL:
// <hash>.src plus <hash>.json (final URL and content type).
type DirCache struct{ Dir string }

func (c DirCache) paths(u string) (dir, src, meta string) {
	key := hashOf([]byte(u))
	dir = filepath.Join(c.Dir, key[:2])
	return dir, filepath.Join(dir, key+".src"), filepath.Join(dir, key+".json")
}

// Get implements ModuleCache.
func (c DirCache) Get(u string) (RemoteModule, bool, error) {
	_, srcPath, metaPath := c.paths(u)
	var m RemoteModule
	meta, err := os.ReadFile(metaPath)
	if err != nil || json.Unmarshal(meta, &m) != nil {
		return m, false, nil
	}
	src, err := os.ReadFile(srcPath)
	if err != nil {
		return m, false, nil
	}
	m.Source = string(src)
	return m, true, nil
}

// Put implements ModuleCache. The source is written first: a meta file
// means a complete entry.
func (c DirCache) Put(u string, m RemoteModule) error {
	dir, srcPath, metaPath := c.paths(u)
	meta, _ := json.Marshal(m)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := atomicfile.Write(srcPath, []byte(m.Source), 0o644); err != nil {
		return err
	}
	return atomicfile.Write(metaPath, meta, 0o644)
}

// maxModule bounds one fetched module.
const maxModule = 16 << 20

var errNoCache = errors.New("no module cache is configured")

// fetch is one in-flight download, shared by concurrent importers.
type fetch struct {
	done chan struct{}
	mod  *RemoteModule
	err  error
}

// fetchModule returns a remote module from the cache, fetching it once
// and caching it under both the requested and the final URL.
func (b *Builder) fetchModule(ctx context.Context, u string) (*RemoteModule, error) {
	if b.modules == nil {
		return nil, fmt.Errorf("cannot import %s: %w (remote imports need a data folder; vendored modules work without one)", u, errNoCache)
	}
	b.mu.Lock()
	f := b.fetches[u]
	if f == nil {
		f = &fetch{done: make(chan struct{})}
		b.fetches[u] = f
		b.mu.Unlock()
		f.mod, f.err = b.loadOrFetch(ctx, u)
		close(f.done)
		b.mu.Lock()
		delete(b.fetches, u)
		b.mu.Unlock()
	} else {
		b.mu.Unlock()
		select {
		case <-f.done:
		case <-ctx.Done():
			return nil, fmt.Errorf("import %s: %w", u, ctx.Err())
		}
	}
	return f.mod, f.err
}

func (b *Builder) loadOrFetch(ctx context.Context, u string) (*RemoteModule, error) {
	if m, ok, err := b.modules.Get(u); err != nil {
		return nil, fmt.Errorf("import %s: module cache: %w", u, err)
	} else if ok {
		return &m, nil
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", u, err)
	}
	req.Header.Set("Accept", "application/typescript, application/javascript, text/javascript, */*;q=0.8")
	req.Header.Set("User-Agent", "Deno/2.1 (Edgeplay)")
	resp, err := b.cfg.Client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("import %s: not in the module cache and it could not be fetched: %v", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("import %s: the server answered %s", u, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxModule+1))
	if err != nil {
		return nil, fmt.Errorf("import %s: reading the module: %w", u, err)
	}
	if len(body) > maxModule {
		return nil, fmt.Errorf("import %s: the module is over %d MB", u, maxModule>>20)
	}
	m := &RemoteModule{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Source: string(body)}
	keys := []string{u}
	if m.URL != u {
		keys = append(keys, m.URL)
	}
	for _, k := range keys {
		if err := b.modules.Put(k, *m); err != nil {
			return nil, fmt.Errorf("import %s: module cache: %w", u, err)
		}
	}
	return m, nil
}

// prepared is a vendored module ready for esbuild (import.meta replaced),
// computed once per Builder: vendored files are large and never change.
type prepared struct {
	src, key, url string
}

func (b *Builder) vendored(rs *resolver, id string) (prepared, error) {
	b.mu.Lock()
	p, ok := b.vendor[id]
	b.mu.Unlock()
	if ok {
		return p, nil
	}
	src, err := b.cfg.Registry.source(id)
	if err != nil {
		return prepared{}, err
	}
	p = prepared{url: "file:///vendor/" + id + "@" + b.cfg.Registry.version(id) + ".js"}
	// A throwaway resolver: vendored code sees no import map or JSX options.
	tmp := &resolver{opts: &api.BuildOptions{}, metas: map[string]meta{}}
	p.src, _ = tmp.prepare(src, api.LoaderJS, p.url, false, "vendor:"+id)
	for k := range tmp.metas {
		p.key = k
	}
	b.mu.Lock()
	b.vendor[id] = p
	b.mu.Unlock()
	return p, nil
}
