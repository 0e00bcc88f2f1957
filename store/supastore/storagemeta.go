package supastore

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/edgeplay/edgeplay/engine/supa/storage"
	"github.com/edgeplay/edgeplay/store"
)

// storageMeta is storage.Meta over storage.buckets and storage.objects.
// Object keys are "<bucket>/<name>": bucket ids never contain "/", so a
// bucket's objects are exactly the keys with the prefix "<bucket>/", in
// name order.
type storageMeta struct {
	st      *store.Store
	buckets *store.KV
	objects *store.KV
}

// NewStorageMeta returns Storage's metadata kept in st.
func NewStorageMeta(st *store.Store) (storage.Meta, error) {
	buckets, err := st.KV("storage.buckets")
	if err != nil {
		return nil, fmt.Errorf("storage metadata: %w", err)
	}
	objects, err := st.KV("storage.objects")
	if err != nil {
		return nil, fmt.Errorf("storage metadata: %w", err)
	}
	return &storageMeta{st: st, buckets: buckets, objects: objects}, nil
}

var errBadName = errors.New("invalid name")

func checkBucket(id string) error {
	if id == "" || strings.Contains(id, "/") {
		return fmt.Errorf("bucket id %q: %w", id, errBadName)
	}
	return nil
}

func objectKey(bucket, name string) (string, error) {
	if err := checkBucket(bucket); err != nil {
		return "", err
	}
	if name == "" {
		return "", fmt.Errorf("object name in bucket %s: %w", bucket, errBadName)
	}
	return bucket + "/" + name, nil
}

func (m *storageMeta) Bucket(id string) (*storage.Bucket, error) {
	data, ok, err := m.buckets.Get(id)
	if err != nil {
		return nil, fmt.Errorf("read bucket %s: %w", id, err)
	}
	if !ok {
		return nil, fmt.Errorf("bucket %q: %w", id, storage.ErrNotFound)
	}
	var b storage.Bucket
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("bucket %s metadata: %w", id, err)
	}
	return &b, nil
}

func (m *storageMeta) Buckets() ([]*storage.Bucket, error) {
	out := []*storage.Bucket{}
	err := m.buckets.Scan("", func(id string, data []byte) error {
		var b storage.Bucket
		if err := json.Unmarshal(data, &b); err != nil {
			return fmt.Errorf("bucket %s metadata: %w", id, err)
		}
		out = append(out, &b)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list buckets: %w", err)
	}
	return out, nil
}

func (m *storageMeta) PutBucket(b *storage.Bucket) error {
	if err := checkBucket(b.ID); err != nil {
		return fmt.Errorf("save bucket: %w", err)
	}
	data, err := json.Marshal(b)
	if err != nil {
		return fmt.Errorf("encode bucket %s: %w", b.ID, err)
	}
	if err := m.buckets.Put(b.ID, data); err != nil {
		return fmt.Errorf("save bucket %s: %w", b.ID, err)
	}
	return nil
}

// DeleteBucket removes the bucket and its objects' metadata in one
// transaction.
func (m *storageMeta) DeleteBucket(id string) error {
	if err := checkBucket(id); err != nil {
		return fmt.Errorf("delete bucket: %w", err)
	}
	err := m.st.KVBatch(func(tx *store.KVTx) error {
		if _, err := tx.DeletePrefix(m.objects, id+"/"); err != nil {
			return err
		}
		return tx.Delete(m.buckets, id)
	})
	if err != nil {
		return fmt.Errorf("delete bucket %s: %w", id, err)
	}
	return nil
}

func (m *storageMeta) Object(bucket, name string) (*storage.Object, error) {
	key, err := objectKey(bucket, name)
	if err != nil {
		return nil, err
	}
	data, ok, err := m.objects.Get(key)
	if err != nil {
		return nil, fmt.Errorf("read object %s: %w", key, err)
	}
	if !ok {
		return nil, fmt.Errorf("object %s: %w", key, storage.ErrNotFound)
	}
	var o storage.Object
	if err := json.Unmarshal(data, &o); err != nil {
		return nil, fmt.Errorf("object %s metadata: %w", key, err)
	}
	return &o, nil
}

func encodeObject(o *storage.Object) (string, []byte, error) {
	key, err := objectKey(o.Bucket, o.Name)
	if err != nil {
		return "", nil, err
	}
	data, err := json.Marshal(o)
	if err != nil {
		return "", nil, fmt.Errorf("encode object %s: %w", key, err)
	}
	return key, data, nil
}

func (m *storageMeta) PutObject(o *storage.Object) error {
	key, data, err := encodeObject(o)
	if err != nil {
		return fmt.Errorf("save object: %w", err)
	}
	if err := m.objects.Put(key, data); err != nil {
		return fmt.Errorf("save object %s: %w", key, err)
	}
	return nil
}

func (m *storageMeta) DeleteObject(bucket, name string) error {
	key, err := objectKey(bucket, name)
	if err != nil {
		return fmt.Errorf("delete object: %w", err)
	}
	if err := m.objects.Delete(key); err != nil {
		return fmt.Errorf("delete object %s: %w", key, err)
	}
	return nil
}

// Objects scans "<bucket>/<prefix>" in one read transaction (fn runs
// inside it, hence Meta's rule that fn must not write).
func (m *storageMeta) Objects(bucket, prefix string, fn func(o *storage.Object) error) error {
	if err := checkBucket(bucket); err != nil {
		return fmt.Errorf("list objects: %w", err)
	}
	err := m.objects.Scan(bucket+"/"+prefix, func(key string, data []byte) error {
		var o storage.Object
		if err := json.Unmarshal(data, &o); err != nil {
			return fmt.Errorf("object %s metadata: %w", key, err)
		}
		return fn(&o)
	})
	if err != nil {
		return fmt.Errorf("list %s/%s: %w", bucket, prefix, err)
	}
	return nil
}

// MoveObject puts the new key and deletes the old one in one transaction.
func (m *storageMeta) MoveObject(fromBucket, fromName string, o *storage.Object) error {
	from, err := objectKey(fromBucket, fromName)
	if err != nil {
		return fmt.Errorf("move object: %w", err)
	}
	to, data, err := encodeObject(o)
	if err != nil {
		return fmt.Errorf("move object %s: %w", from, err)
	}
	err = m.st.KVBatch(func(tx *store.KVTx) error {
		if err := tx.Put(m.objects, to, data); err != nil {
			return err
		}
		if from == to {
			return nil
		}
		return tx.Delete(m.objects, from)
	})
	if err != nil {
		return fmt.Errorf("move object %s to %s: %w", from, to, err)
	}
	return nil
}

// EmptyBucket deletes every "<bucket>/…" key in one transaction.
func (m *storageMeta) EmptyBucket(bucket string) error {
	if err := checkBucket(bucket); err != nil {
		return fmt.Errorf("empty bucket: %w", err)
	}
	err := m.st.KVBatch(func(tx *store.KVTx) error {
		_, err := tx.DeletePrefix(m.objects, bucket+"/")
		return err
	})
	if err != nil {
		return fmt.Errorf("empty bucket %s: %w", bucket, err)
	}
	return nil
}
