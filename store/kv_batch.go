package store

import (
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// KVTx is one write transaction over the reserved buckets, handed to the
// function given to Store.KVBatch. It is for adapters whose one change
// spans several keys or buckets: a Storage move is a put and a delete,
// an auth save replaces users and sessions together. Its methods are only
// valid during that function.
type KVTx struct {
	s  *Store
	tx *bolt.Tx
}

// KVBatch runs fn in one write transaction over the reserved buckets:
// when it returns nil every change fn made is on disk (fsync'd); when fn
// or the commit fails, none of them is.
func (s *Store) KVBatch(fn func(tx *KVTx) error) error {
	return s.update("kv batch", func(tx *bolt.Tx) error {
		return fn(&KVTx{s: s, tx: tx})
	})
}

func (t *KVTx) bucket(kv *KV) (*bolt.Bucket, error) {
	if kv == nil || kv.s != t.s {
		return nil, fmt.Errorf("%w: the KV does not belong to this store", ErrInvalid)
	}
	b := t.tx.Bucket(kv.name)
	if b == nil {
		return nil, fmt.Errorf("%w: bucket %s is missing", ErrCorrupt, kv.name)
	}
	return b, nil
}

// Put stores key=value in kv.
func (t *KVTx) Put(kv *KV, key string, value []byte) error {
	b, err := t.bucket(kv)
	if err != nil {
		return err
	}
	if err := b.Put([]byte(key), value); err != nil {
		return fmt.Errorf("put %s: %w", kv.name, err)
	}
	return nil
}

// Delete removes key from kv (absent is not an error).
func (t *KVTx) Delete(kv *KV, key string) error {
	b, err := t.bucket(kv)
	if err != nil {
		return err
	}
	if err := b.Delete([]byte(key)); err != nil {
		return fmt.Errorf("delete %s: %w", kv.name, err)
	}
	return nil
}

// DeletePrefix removes every key of kv that starts with prefix and says
// how many went.
func (t *KVTx) DeletePrefix(kv *KV, prefix string) (int, error) {
	b, err := t.bucket(kv)
	if err != nil {
		return 0, err
	}
	// collect first: deleting under a cursor can make Next skip a key
	var keys [][]byte
	c := b.Cursor()
	p := []byte(prefix)
	for k, _ := c.Seek(p); k != nil && hasPrefix(k, p); k, _ = c.Next() {
		keys = append(keys, append([]byte(nil), k...))
	}
	for _, k := range keys {
		if err := b.Delete(k); err != nil {
			return 0, fmt.Errorf("delete %s: %w", kv.name, err)
		}
	}
	return len(keys), nil
}

// Replace makes m the whole content of kv.
func (t *KVTx) Replace(kv *KV, m map[string][]byte) error {
	if _, err := t.bucket(kv); err != nil {
		return err
	}
	if err := t.tx.DeleteBucket(kv.name); err != nil {
		return fmt.Errorf("replace %s: %w", kv.name, err)
	}
	b, err := t.tx.CreateBucket(kv.name)
	if err != nil {
		return fmt.Errorf("replace %s: %w", kv.name, err)
	}
	for k, v := range m {
		if err := b.Put([]byte(k), v); err != nil {
			return fmt.Errorf("replace %s: %w", kv.name, err)
		}
	}
	return nil
}
