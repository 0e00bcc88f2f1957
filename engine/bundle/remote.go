package bundle

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
)

// remoteModule is a fetched https: module as cached on disk.
type remoteModule struct {
	URL         string `json:"url"` // final URL after redirects
	ContentType string `json:"contentType"`
	Source      string `json:"-"`
}

// maxModule bounds one fetched module.
const maxModule = 16 << 20

// fetchModule returns a remote module from the cache, fetching it once.
// The cache is content-addressed by the requested URL: <hash>.js plus
// <hash>.json with the final URL and content type.
func (b *Builder) fetchModule(ctx context.Context, u string) (*remoteModule, error) {
	if b.cfg.CacheDir == "" {
		return nil, fmt.Errorf("cannot import %s: %w (remote imports need a data folder)", u, errNoCache)
	}
	key := hashOf([]byte(u))
	dir := filepath.Join(b.cfg.CacheDir, key[:2])
	srcPath, metaPath := filepath.Join(dir, key+".src"), filepath.Join(dir, key+".json")
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
	req.Header.Set("Accept", "application/typescript, application/javascript, text/javascript, */*")
	resp, err := b.cfg.Client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("import %s: not in the module cache and could not be fetched: %v", u, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("import %s: the server answered %s", u, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxModule+1))
	if err != nil {
		return nil, fmt.Errorf("import %s: %w", u, err)
	}
	if len(body) > maxModule {
		return nil, fmt.Errorf("import %s: module is over %d MB", u, maxModule>>20)
	}
	m := remoteModule{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Source: string(body)}
	if err := os.MkdirAll(dir, 0o755); err == nil {
		meta, _ := json.Marshal(m)
		// write the source first: a meta file means a complete entry
		if writeAtomic(srcPath, body) == nil {
			_ = writeAtomic(metaPath, meta)
		}
	}
	return &m, nil
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
