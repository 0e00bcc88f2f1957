package store

import (
	"errors"
	"maps"
	"testing"
)

// kvContents reads a whole KV.
func kvContents(t *testing.T, kv *KV) map[string]string {
	t.Helper()
	out := map[string]string{}
	if err := kv.Scan("", func(k string, v []byte) error {
		out[k] = string(v)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestKVBatch(t *testing.T) {
	boom := errors.New("boom")
	seed := map[string]string{"b/1": "one", "b/2": "two", "bb/1": "other", "c/1": "three"}
	cases := []struct {
		name        string
		batch       func(tx *KVTx, objects, buckets *KV) error
		wantErr     error
		wantObjects map[string]string // nil: unchanged
		wantBuckets map[string]string
	}{
		{
			name: "move is a put and a delete",
			batch: func(tx *KVTx, objects, _ *KV) error {
				if err := tx.Put(objects, "c/moved", []byte("one")); err != nil {
					return err
				}
				return tx.Delete(objects, "b/1")
			},
			wantObjects: map[string]string{"b/2": "two", "bb/1": "other", "c/1": "three", "c/moved": "one"},
		},
		{
			name: "delete prefix across two buckets",
			batch: func(tx *KVTx, objects, buckets *KV) error {
				n, err := tx.DeletePrefix(objects, "b/")
				if err != nil {
					return err
				}
				if n != 2 {
					t.Errorf("DeletePrefix removed %d keys, want 2", n)
				}
				return tx.Delete(buckets, "b")
			},
			wantObjects: map[string]string{"bb/1": "other", "c/1": "three"},
			wantBuckets: map[string]string{"c": "bucket c"},
		},
		{
			name: "replace",
			batch: func(tx *KVTx, objects, buckets *KV) error {
				if err := tx.Replace(objects, map[string][]byte{"x": []byte("y")}); err != nil {
					return err
				}
				return tx.Replace(buckets, nil)
			},
			wantObjects: map[string]string{"x": "y"},
			wantBuckets: map[string]string{},
		},
		{
			name: "an error rolls everything back",
			batch: func(tx *KVTx, objects, buckets *KV) error {
				if _, err := tx.DeletePrefix(objects, ""); err != nil {
					return err
				}
				if err := tx.Put(buckets, "new", []byte("x")); err != nil {
					return err
				}
				return boom
			},
			wantErr: boom,
		},
		{
			name: "a KV of another store is refused",
			batch: func(tx *KVTx, _, _ *KV) error {
				other, err := openTest(t, "", Options{}).KV("storage.objects")
				if err != nil {
					return err
				}
				return tx.Put(other, "k", []byte("v"))
			},
			wantErr: ErrInvalid,
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := openTest(t, "", Options{})
			objects, err := s.KV("storage.objects")
			if err != nil {
				t.Fatal(err)
			}
			buckets, err := s.KV("storage.buckets")
			if err != nil {
				t.Fatal(err)
			}
			for k, v := range seed {
				if err := objects.Put(k, []byte(v)); err != nil {
					t.Fatal(err)
				}
			}
			for _, id := range []string{"b", "c"} {
				if err := buckets.Put(id, []byte("bucket "+id)); err != nil {
					t.Fatal(err)
				}
			}
			wantObjects, wantBuckets := tc.wantObjects, tc.wantBuckets
			if wantObjects == nil {
				wantObjects = seed
			}
			if wantBuckets == nil {
				wantBuckets = map[string]string{"b": "bucket b", "c": "bucket c"}
			}
			err = s.KVBatch(func(tx *KVTx) error { return tc.batch(tx, objects, buckets) })
			if !errors.Is(err, tc.wantErr) || (tc.wantErr == nil && err != nil) {
				t.Fatalf("KVBatch: %v, want %v", err, tc.wantErr)
			}
			if got := kvContents(t, objects); !maps.Equal(got, wantObjects) {
				t.Errorf("objects %v, want %v", got, wantObjects)
			}
			if got := kvContents(t, buckets); !maps.Equal(got, wantBuckets) {
				t.Errorf("buckets %v, want %v", got, wantBuckets)
			}
		})
	}
}

func TestKVBatchDurableAndClosed(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, Options{Timeout: -1})
	if err != nil {
		t.Fatal(err)
	}
	users, _ := s.KV("auth.users")
	sessions, _ := s.KV("auth.sessions")
	if err := s.KVBatch(func(tx *KVTx) error {
		if err := tx.Replace(users, map[string][]byte{"u1": []byte("ada")}); err != nil {
			return err
		}
		return tx.Replace(sessions, map[string][]byte{"s1": []byte("u1")})
	}); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.KVBatch(func(*KVTx) error { return nil }); !errors.Is(err, ErrClosed) {
		t.Fatalf("KVBatch on a closed store: %v, want ErrClosed", err)
	}
	s = openTest(t, dir, Options{})
	users, _ = s.KV("auth.users")
	sessions, _ = s.KV("auth.sessions")
	if got := kvContents(t, users); !maps.Equal(got, map[string]string{"u1": "ada"}) {
		t.Errorf("users after reopen: %v", got)
	}
	if got := kvContents(t, sessions); !maps.Equal(got, map[string]string{"s1": "u1"}) {
		t.Errorf("sessions after reopen: %v", got)
	}
}
