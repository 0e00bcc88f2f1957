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
)

// remoteModule is a fetched https: module as cached on disk.
type remoteModule struct {
	URL         string `json:"url"` // final URL after redirects
	ContentType string `json:"contentType"`
	Source      string `json:"-"`
}

// maxModule bounds one fetched module.
const maxModule = 16 << 20

var errNoCache = errors.New("no module cache is configured")

// fetch is one in-flight download, shared by concurrent importers.
type fetch struct {
	done chan struct{}
	mod  *remoteModule
	err  error
}

// fetchModule returns a remote module from the cache, fetching it once.
// The cache is content-addressed by URL: <hash>.src plus <hash>.json (the
// final URL after redirects and the content type), written under both
// the requested and the final URL. Entries are never refreshed: after the
// first build a function works offline, as Deno's DENO_DIR does.
func (b *Builder) fetchModule(ctx context.Context, u string) (*remoteModule, error) {
	if b.cfg.CacheDir == "" {
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

func (b *Builder) cachePaths(u string) (dir, src, meta string) {
	key := hashOf([]byte(u))
	dir = filepath.Join(b.cfg.CacheDir, key[:2])
	return dir, filepath.Join(dir, key+".src"), filepath.Join(dir, key+".json")
}

func (b *Builder) loadOrFetch(ctx context.Context, u string) (*remoteModule, error) {
	_, srcPath, metaPath := b.cachePaths(u)
	if meta, err := os.ReadFile(metaPath); err == nil {
		var m remoteModule
		if json.Unmarshal(meta, &m) == nil {
			if src, err := os.ReadFile(srcPath); err == nil {
				m.Source = string(src)
				return &m, nil
			}
		}
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
	m := &remoteModule{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Source: string(body)}
	meta, _ := json.Marshal(m)
	keys := []string{u}
	if m.URL != u {
		keys = append(keys, m.URL)
	}
	for _, k := range keys {
		dir, srcPath, metaPath := b.cachePaths(k)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("import %s: module cache: %w", u, err)
		}
		// The source first: a meta file means a complete entry.
		if err := writeAtomic(srcPath, body); err != nil {
			return nil, fmt.Errorf("import %s: module cache: %w", u, err)
		}
		if err := writeAtomic(metaPath, meta); err != nil {
			return nil, fmt.Errorf("import %s: module cache: %w", u, err)
		}
	}
	return m, nil
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
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
