package storage

import "errors"

// ErrNotFound is wrapped by Meta's errors for a bucket or object that does
// not exist.
var ErrNotFound = errors.New("not found")

// Meta keeps Storage's metadata: buckets, and each object's row (name,
// size, content type, ETag, …). Object bytes are not Meta's business: the
// Service streams them to Dir/objects itself.
//
// The Service validates every name before it reaches Meta (a bucket id
// never contains "/", a key is slash-separated segments without "", "."
// or ".."), serialises bucket changes, and maps ErrNotFound to Storage's
// 404 bodies. FileMeta (JSON files, the default) and the bbolt store's
// adapter (package store/supastore) implement it; both pass the same
// conformance scenarios (package storage/metatest). Implementations must
// be safe for concurrent use.
type Meta interface {
	// Bucket returns the bucket id, or an error wrapping ErrNotFound.
	Bucket(id string) (*Bucket, error)
	// Buckets returns every bucket, ordered by id.
	Buckets() ([]*Bucket, error)
	// PutBucket creates or replaces the bucket b.ID.
	PutBucket(b *Bucket) error
	// DeleteBucket removes the bucket and any object metadata still in it;
	// a missing bucket is not an error.
	DeleteBucket(id string) error

	// Object returns bucket/key's metadata, or an error wrapping
	// ErrNotFound.
	Object(bucket, key string) (*Object, error)
	// PutObject creates or replaces the metadata of o.Bucket/o.Name.
	PutObject(o *Object) error
	// DeleteObject removes bucket/key's metadata; a missing object is not
	// an error.
	DeleteObject(bucket, key string) error
	// Objects calls fn for every object of bucket whose name starts with
	// prefix (plain string prefix: "a/" selects a folder, "a" also matches
	// "ab.txt"), in name order (bytewise). An error from fn stops the walk
	// and is returned (wrapped). fn must not call Meta's write methods.
	Objects(bucket, prefix string, fn func(o *Object) error) error
	// MoveObject stores o and removes fromBucket/fromKey as one change
	// (as far as the implementation can: see FileMeta). When the two name
	// the same object it is just PutObject.
	MoveObject(fromBucket, fromKey string, o *Object) error
	// EmptyBucket removes the metadata of every object in bucket; the
	// bucket itself stays.
	EmptyBucket(bucket string) error
}
