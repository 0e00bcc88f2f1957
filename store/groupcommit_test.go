package store

import (
	"errors"
	"fmt"
	"sync"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// TestGroupCommit: concurrent puts all land (sharing commits), and a write
// that fails in a group fails alone.
func TestGroupCommit(t *testing.T) {
	s := openTest(t, t.TempDir(), Options{})
	kv, err := s.KV(ReservedBuckets[0])
	if err != nil {
		t.Fatal(err)
	}
	errBad := errors.New("bad write")
	const n = 200
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := fmt.Sprintf("k%03d", i)
			if i%50 == 7 {
				errs[i] = s.updateGrouped("bad", func(tx *bolt.Tx) error {
					if err := tx.Bucket(kv.name).Put([]byte(key), []byte("never")); err != nil {
						return err
					}
					return errBad
				})
				return
			}
			errs[i] = kv.Put(key, []byte(key))
		}(i)
	}
	wg.Wait()
	for i, err := range errs {
		key := fmt.Sprintf("k%03d", i)
		v, ok, gerr := kv.Get(key)
		switch {
		case gerr != nil:
			t.Fatal(gerr)
		case i%50 == 7:
			if !errors.Is(err, errBad) || ok {
				t.Errorf("%s: failing write: err %v, stored %v (%q)", key, err, ok, v)
			}
		case err != nil || string(v) != key:
			t.Errorf("%s: err %v, value %q", key, err, v)
		}
	}
}
