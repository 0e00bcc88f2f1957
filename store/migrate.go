package store

import (
	"errors"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Top-level buckets (the schema is described in doc.go).
var (
	bMeta     = []byte("meta")
	bSettings = []byte("settings")
	bProjects = []byte("projects")
	bModules  = []byte("modcache")
	bTL       = []byte("tl")
	bTLFn     = []byte("tl.fn")
	bTLReq    = []byte("tl.req")
	bTLWorker = []byte("tl.worker")
	bTLType   = []byte("tl.type")
)

// ReservedBuckets are created empty for the local Supabase services'
// adapters (engine/supa), reachable through Store.KV.
var ReservedBuckets = []string{"storage.buckets", "storage.objects", "auth.users", "auth.sessions"}

var (
	kSchema  = []byte("schema")
	kCreated = []byte("created")
	kTLCount = []byte("tl.count")
	kTLBytes = []byte("tl.bytes")
)

// ErrNewerSchema: the database was written by a newer Edgeplay.
var ErrNewerSchema = errors.New("database was written by a newer Edgeplay")

// migrations[i] takes a database from schema i to i+1, inside one
// transaction together with the version bump, so a crash mid-migration
// leaves the old version intact.
var migrations = []func(tx *bolt.Tx) error{
	// 0 → 1: the first layout.
	func(tx *bolt.Tx) error {
		names := [][]byte{bSettings, bProjects, bModules, bTL, bTLFn, bTLReq}
		for _, r := range ReservedBuckets {
			names = append(names, []byte(r))
		}
		for _, n := range names {
			if _, err := tx.CreateBucketIfNotExists(n); err != nil {
				return fmt.Errorf("create bucket %s: %w", n, err)
			}
		}
		return nil
	},
	// 1 → 2: worker and type indexes for the timeline, and the event
	// count/bytes counters retention uses; built from the stored events.
	func(tx *bolt.Tx) error {
		w, err := tx.CreateBucketIfNotExists(bTLWorker)
		if err != nil {
			return err
		}
		ty, err := tx.CreateBucketIfNotExists(bTLType)
		if err != nil {
			return err
		}
		var n, size uint64
		c := tx.Bucket(bTL).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			h, err := decodeHead(v)
			if err != nil {
				return fmt.Errorf("reindex event %x: %w", k, err)
			}
			if h.Worker != "" {
				if err := w.Put(indexKey(h.Worker, k), nil); err != nil {
					return err
				}
			}
			if err := ty.Put(indexKey(string(h.Type), k), nil); err != nil {
				return err
			}
			n++
			size += uint64(len(k) + len(v))
		}
		meta := tx.Bucket(bMeta)
		if err := meta.Put(kTLCount, u64(n)); err != nil {
			return err
		}
		return meta.Put(kTLBytes, u64(size))
	},
}

func init() {
	if len(migrations) != SchemaVersion {
		panic("store: SchemaVersion does not match the migrations")
	}
}

// migrate brings the database up to SchemaVersion.
func (s *Store) migrate() error { return s.migrateTo(SchemaVersion) }

// migrateTo runs migrations up to target (tests build old files with it).
func (s *Store) migrateTo(target int) error {
	var from int
	err := s.db.Update(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bMeta)
		if meta == nil {
			foreign := false
			_ = tx.ForEach(func(name []byte, _ *bolt.Bucket) error {
				foreign = true
				return nil
			})
			if foreign {
				return corruptErr(s.path, errors.New("a bbolt database, but not Edgeplay's (no meta bucket)"))
			}
			m, err := tx.CreateBucket(bMeta)
			if err != nil {
				return err
			}
			if err := m.Put(kCreated, []byte(time.Now().UTC().Format(time.RFC3339Nano))); err != nil {
				return err
			}
			meta = m
		}
		from = int(getU64(meta.Get(kSchema)))
		return nil
	})
	if err != nil {
		if errors.Is(err, ErrCorrupt) {
			return err
		}
		return fmt.Errorf("open %s: %w", s.path, err)
	}
	if from > SchemaVersion {
		return fmt.Errorf("%w: %s has schema %d, this build reads up to %d (update Edgeplay, or pass another --data DIR)", ErrNewerSchema, s.path, from, SchemaVersion)
	}
	for v := from; v < target; v++ {
		err := s.db.Update(func(tx *bolt.Tx) error {
			if err := migrations[v](tx); err != nil {
				return err
			}
			return tx.Bucket(bMeta).Put(kSchema, u64(uint64(v+1)))
		})
		if err != nil {
			return fmt.Errorf("migrate %s from schema %d to %d: %w", s.path, v, v+1, err)
		}
	}
	return nil
}

// checkSchema verifies a read-only database is at SchemaVersion.
func (s *Store) checkSchema() error {
	var v int
	err := s.db.View(func(tx *bolt.Tx) error {
		meta := tx.Bucket(bMeta)
		if meta == nil {
			return corruptErr(s.path, errors.New("not an Edgeplay database (no meta bucket)"))
		}
		v = int(getU64(meta.Get(kSchema)))
		return nil
	})
	switch {
	case err != nil:
		return err
	case v > SchemaVersion:
		return fmt.Errorf("%w: %s has schema %d, this build reads up to %d", ErrNewerSchema, s.path, v, SchemaVersion)
	case v < SchemaVersion:
		return fmt.Errorf("open %s: schema %d is older than %d; open it once with edgeplay serve --data to upgrade it", s.path, v, SchemaVersion)
	}
	return nil
}

// Schema returns the database's schema version.
func (s *Store) Schema() (int, error) {
	var v int
	err := s.view("read schema", func(tx *bolt.Tx) error {
		v = int(getU64(tx.Bucket(bMeta).Get(kSchema)))
		return nil
	})
	return v, err
}
