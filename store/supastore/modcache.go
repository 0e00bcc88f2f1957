package supastore

import (
	"time"

	"github.com/edgeplay/edgeplay/engine/bundle"
	"github.com/edgeplay/edgeplay/store"
)

// moduleCache is the bundler's cache of fetched https: modules, kept in
// the store's modcache bucket (one record per imported URL).
type moduleCache struct{ st *store.Store }

// NewModuleCache returns a bundle.ModuleCache over st.
func NewModuleCache(st *store.Store) bundle.ModuleCache { return moduleCache{st} }

func (c moduleCache) Get(url string) (bundle.RemoteModule, bool, error) {
	m, ok, err := c.st.GetModule(url)
	if err != nil || !ok {
		return bundle.RemoteModule{}, false, err
	}
	return bundle.RemoteModule{URL: m.FinalURL, ContentType: m.ContentType, Source: m.Source}, true, nil
}

func (c moduleCache) Put(url string, m bundle.RemoteModule) error {
	return c.st.PutModule(store.Module{URL: url, FinalURL: m.URL, ContentType: m.ContentType, Source: m.Source, Fetched: time.Now().UTC()})
}
