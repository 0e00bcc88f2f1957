// Package store owns everything Edgeplay persists: the user's projects,
// functions (with a version history of every save), env and secrets,
// limits, host maps, saved requests, WebSocket transcripts, the module
// cache, and the timeline of engine events — one bbolt file,
// <data>/edgeplay.db, where <data> is os.UserConfigDir()/edgeplay unless
// --data DIR says otherwise (DESIGN §1, §5, §6; issue 7).
//
// All of it is Go: there is no JavaScript here. The engine never imports
// this package; it gets an events.Sink (Store.Timeline) and a
// supervisor.Source (package store/storefs) from cmd/edgeplay or the app.
//
// # Schema (SchemaVersion 2)
//
//	meta                 schema (u64), created, tl.count, tl.bytes
//	settings             app-wide key → value
//	projects/<name>/     one bucket per project:
//	  info               Project JSON (name, linked folder, times)
//	  folders/<fn>/      a function, _shared, or RootFolder ("."):
//	    info             Function JSON (head version, verify_jwt, limits, deleted)
//	    files/<path>     FileInfo JSON of the current version
//	    versions/<n>     Version JSON: every save's full file list
//	    blobs/<sha256>   contents, shared by all versions
//	  env/<NAME>         plain values
//	  secrets/<NAME>     secret values (see Secrets)
//	  hostmap/<host>     outbound host → target
//	  settings/<key>     project settings (verify_jwt default, …)
//	  requests/<id>      SavedRequest JSON
//	  collections/<id>   Collection JSON
//	  sockets/<id>/      info (SocketSession JSON), msgs/<n> (SocketMessage JSON)
//	modcache/<url>       Module JSON (fetched https: modules; supastore.NewModuleCache)
//	tl                   events: key = UnixNano ‖ seq (16 bytes, big-endian)
//	tl.fn, tl.worker,    secondary indexes: key = value ‖ 0x00 ‖ event key
//	tl.req, tl.type
//	storage.buckets      reserved for engine/supa Storage: bucket id → Bucket JSON
//	storage.objects      reserved: "<bucket>/<name>" → Object JSON (bytes stay on disk)
//	auth.users           reserved for engine/supa Auth: user id → User JSON (+ hash)
//	auth.sessions        reserved: session id → Session JSON
//
// The reserved buckets are created empty; the adapters in store/supastore
// (storage.Meta and auth.Store, used by `serve --data` and the app) reach
// them through Store.KV (Get, Put, Delete, Scan, Replace) and
// Store.KVBatch (several keys and buckets in one transaction: a move, an
// Auth save of users and sessions). Migrations (migrate.go) run
// one transaction per step with the version bump; schema 1 → 2 added the
// worker and type indexes and the event counters, built from the stored
// events. A file with a newer schema is refused (ErrNewerSchema), never
// downgraded.
//
// # Durability and robustness
//
// Every save, setting and edit is one bbolt transaction, fsync'd before
// the call returns: a nil error means it survives SIGKILL and power loss
// (the crash test kills a writing child 50 times and checks every
// acknowledged save). A damaged or foreign file fails Open with
// ErrCorrupt naming the path and the way out (an mv command);
// Options.MoveAsideCorrupt (for a --reset-data flag or the app's "start
// fresh" button) renames it to edgeplay.db.broken-<time> and starts
// fresh. bbolt maps the file and trusts its header, so a file cut short
// would fault (SIGBUS) on the first read past its end: Open first checks
// the newest valid meta page against the file size (precheck.go), and
// turns bbolt's panics and memory faults at open and migration into
// ErrCorrupt (a page damaged in a way only a later read notices can still
// crash the process). A
// second process on the same data folder gets ErrLocked after
// Options.Timeout (1 s) instead of hanging. A full disk (or
// Options.MaxSize) fails the write with ErrFull and loses nothing already
// stored; the timeline keeps a failed batch in memory (up to a queue's
// worth) and retries it.
//
// # Timeline
//
// Timeline is an events.Sink. Emit never blocks: events queue (65,536 by
// default; beyond that they are dropped and counted) for a writer
// goroutine that commits a batch every 50 ms or 1,000 events in one
// transaction, with four indexes (function, worker, request, type), then
// pushes the committed records to live subscribers. A subscriber whose
// buffer is full is dropped with Gap() = true ("gap, reload": query After
// its last cursor and subscribe again). Queries are cursor walks: a time
// window, pages forward or backward from a Cursor, filters served by the
// most selective index, Last(filter, n), and Story(request): the events
// tagged with the request plus its worker's untagged events during it,
// the boot right before it and the beforeunload/shutdown right after it.
// Retention bounds age, event count and record bytes (DefaultRetention:
// 14 days, 1,000,000 events, 512 MiB); past a count or size bound the
// oldest events are deleted down to 90% in chunks of 5,000 per
// transaction. bbolt reuses freed pages but never shrinks the file:
// Compact(dir) rewrites it while the store is closed.
//
// # Secrets
//
// Secret values are returned only by Store.Env (for the engine's
// workers). EnvVars, exports and archives carry their names only, errors
// never include values, and the timeline replaces any secret value (4
// bytes or longer) found in an event's string fields with "[secret]"
// before storing or pushing it (Timeline.Redact does the same for other
// printers). Values are stored unencrypted in the database file, which is
// created 0600 in a 0700 folder.
//
// # Files on disk and in the store (the folder-sync rule)
//
// The app edits functions in the store. A project may be linked to a
// Supabase-layout folder (ImportFolder; `edgeplay serve --functions DIR
// --data D` links and imports DIR). Every change on either side becomes a
// version in the store, so nothing is ever lost: a save in the store is
// committed first and then written through to the folder (atomic rename
// per file); SyncFromDisk (at link time, and every 500 ms under Watch)
// imports each folder whose files differ from the store's current version
// as a version noted "disk", and deletes (restorably) folders gone from
// disk. When both sides changed between two syncs the disk wins for the
// current files and the app's edit stays in the history. Dot-files,
// dot-folders and node_modules are never synced, symlinks are not
// followed, and top-level files (import_map.json) live in RootFolder.
//
// # Export and import
//
// ExportArchive writes a zip that is also a Supabase project
// (supabase/functions/…, supabase/config.toml with verify_jwt,
// .env.example with names only) plus edgeplay/project.json (settings,
// plain env, secret names, host map, limits), edgeplay/requests.json and,
// optionally, edgeplay/timeline.jsonl; ImportArchive reads it back (or
// any zip with supabase/functions/), creating secrets empty. ExportDir
// writes the same tree to a folder.
//
// # Known gaps
//
//   - bbolt's lock is exclusive for a writer, so `edgeplay timeline`
//     cannot read while serve or the app holds the same data folder (it
//     says so); a running process would have to serve the timeline itself.
//   - The timeline is one per data folder, not per project; events carry
//     only the function name, so two projects with a function of the same
//     name share its history (Story and filters still work by name).
//   - Events with the same time and seq (two buses in one nanosecond) get
//     their stored seq bumped to stay unique.
//   - Story's lookups are bounded: at most 10,000 tagged events
//     (ErrStoryTooLong) and 64 untagged worker events.
//   - Version history and blobs are never pruned; big vendored folders
//     saved often grow the file. Secrets are not encrypted at rest.
//   - Folder sync polls (Watch) rather than using inotify; the stat cache
//     re-reads files modified in the last 2 s on every poll.
//   - Storage and Auth data written by an older `serve` without the store
//     (JSON files under <data>/storage/meta and <data>/auth) is not
//     imported into the reserved buckets; the object bytes stay where
//     they are.
//   - Compact needs the store closed (run it at startup or from a
//     maintenance command).
package store
