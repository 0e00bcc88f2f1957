// Package supastore keeps the local Supabase services' data in the bbolt
// store: NewStorageMeta is Storage's storage.Meta over the reserved
// buckets storage.buckets (bucket id → Bucket JSON) and storage.objects
// ("<bucket>/<name>" → Object JSON; the bytes stay on disk under the
// Storage folder), and NewAuthStore is Auth's auth.Store over auth.users
// (user id → User JSON plus its bcrypt hash) and auth.sessions (session id
// → Session JSON). Every change is one fsync'd transaction (a move's put
// and delete, an auth save's users and sessions commit together), so a
// nil error means it survives a crash. NewModuleCache is the bundler's
// cache of fetched https: modules over the store's modcache bucket.
//
// It lives apart from both sides so that neither imports the other: the
// engine only knows its interfaces (engine.Config's StorageMeta and
// AuthStore) and package store knows nothing of engine/supa; cmd/edgeplay
// and the app wire the two together.
//
// Password hashes are stored with their users (the file is 0600 in a
// 0700 folder, like the rest of the store) and never appear in errors.
package supastore
