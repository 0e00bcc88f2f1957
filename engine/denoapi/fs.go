package denoapi

import (
	_ "embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/sandbox"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
)

// FSOptions configure the file system family of one worker.
type FSOptions struct {
	Sandbox *sandbox.Sandbox
	// OnWrite and OnRemove report /tmp changes (tmp.write, tmp.remove).
	// They are called on the loop goroutine, in the async context of the
	// JS call that made the change.
	OnWrite  func(path string, written, size int64)
	OnRemove func(path string, size int64)
	// MaxReadFile caps readFile (default 512 MB): a goja string or buffer
	// that large would be a memory bomb anyway.
	MaxReadFile int64
}

// fsState is the per-runtime state of the fs family.
type fsState struct {
	opts     FSOptions
	sb       *sandbox.Sandbox
	initDone bool
	mu       sync.Mutex
	files    map[int64]*openFile
	nextRid  int64
}

const fsStateKey = "denoapi.fs"

// EndInit marks the end of module initialisation: sync file APIs throw
// from now on, as on the platform. Loop goroutine only.
func EndInit(r *jsrt.Runtime) {
	if st, ok := r.Internal(fsStateKey).(*fsState); ok {
		st.initDone = true
	}
}

// CloseFiles closes every file the function left open (worker shutdown).
func CloseFiles(r *jsrt.Runtime) {
	if st, ok := r.Internal(fsStateKey).(*fsState); ok {
		st.mu.Lock()
		for rid, f := range st.files {
			f.close()
			delete(st.files, rid)
		}
		st.mu.Unlock()
	}
}

//go:embed fs.js
var fsJS string

var fsScript = jsrt.NewScript("edgeplay:deno-fs", fsJS)

// InstallFS returns the installer for Deno's file APIs over the sandbox.
// It must run after Install (it extends the Deno object).
func InstallFS(opts FSOptions) jsrt.Installer {
	return func(r *jsrt.Runtime) error {
		if opts.MaxReadFile == 0 {
			opts.MaxReadFile = 512 << 20
		}
		st := &fsState{opts: opts, sb: opts.Sandbox, files: map[int64]*openFile{}}
		r.SetInternal(fsStateKey, st)
		_, err := fsScript.Call(r, st.natives(r))
		return err
	}
}

// openFile is an FsFile's Go side. Operations on one file are serialised.
type openFile struct {
	mu      sync.Mutex
	f       *os.File // nil for source files
	src     fs.File  // read-only source file
	virtual string
	size    int64 // tracked size for quota accounting
	written int64
	closed  bool
	append  bool
}

func (o *openFile) close() error {
	if o.closed {
		return nil
	}
	o.closed = true
	if o.f != nil {
		return o.f.Close()
	}
	if o.src != nil {
		return o.src.Close()
	}
	return nil
}

func (st *fsState) natives(r *jsrt.Runtime) map[string]any {
	vm := r.VM()
	// async runs op on a goroutine and settles a promise on the loop.
	async := func(op func() (any, error)) *goja.Promise {
		return r.Async(func() (func() (goja.Value, error), error) {
			v, err := op()
			if err != nil {
				return nil, err
			}
			return func() (goja.Value, error) { return toJS(r, v), nil }, nil
		})
	}
	// sync runs op now, only while the module initialises.
	sync := func(name string, op func() (any, error)) goja.Value {
		if st.initDone {
			r.Throw(jsrt.Errorf("Deno.errors.PermissionDenied",
				"Deno.%s is only allowed while the module initialises; use the async Deno.%s in handlers", name, strings.TrimSuffix(name, "Sync")))
		}
		v, err := op()
		if err != nil {
			r.Throw(err)
		}
		return toJS(r, v)
	}
	call := func(name string, isSync bool, op func() (any, error)) goja.Value {
		if isSync {
			return sync(name, op)
		}
		return vm.ToValue(async(op))
	}
	return map[string]any{
		"cwd": func() string { return st.sb.Cwd() },
		"readFile": func(p string, isSync bool) goja.Value {
			return call("readFileSync", isSync, func() (any, error) { return st.readFile(p) })
		},
		"writeFile": func(p string, data goja.Value, opts map[string]any, isSync bool) goja.Value {
			b, ok := r.Bytes(data)
			if !ok {
				r.ThrowTypeError("Deno.writeFile: data must be a Uint8Array or a ReadableStream")
			}
			b = append([]byte(nil), b...) // the JS buffer may change while we write
			return call("writeFileSync", isSync, func() (any, error) {
				return st.writeAll(p, opts, func(w io.Writer) (int64, error) {
					n, err := w.Write(b)
					return int64(n), err
				})
			})
		},
		"writeStream": func(p string, stream *goja.Object, opts map[string]any) goja.Value {
			rd, err := streams.ToReader(r, stream)
			if err != nil {
				r.Throw(err)
			}
			return vm.ToValue(async(func() (any, error) {
				defer rd.Close()
				return st.writeAll(p, opts, func(w io.Writer) (int64, error) {
					return io.CopyBuffer(w, rd, make([]byte, 256<<10))
				})
			}))
		},
		"open": func(p string, opts map[string]any, isSync bool) goja.Value {
			return call("openSync", isSync, func() (any, error) { return st.open(p, opts) })
		},
		"read": func(rid int64, buf goja.Value, isSync bool) goja.Value {
			b, ok := r.Bytes(buf)
			if !ok {
				r.ThrowTypeError("FsFile.read: buffer must be a Uint8Array")
			}
			tmp := make([]byte, len(b))
			return call("readSync", isSync, func() (any, error) {
				n, err := st.read(rid, tmp)
				if err != nil || n < 0 {
					return n, err
				}
				// copy back on the loop (the JS buffer belongs to the loop)
				return deferred(func() goja.Value { copy(b, tmp[:n]); return vm.ToValue(n) }), nil
			})
		},
		"write": func(rid int64, buf goja.Value, isSync bool) goja.Value {
			b, ok := r.Bytes(buf)
			if !ok {
				r.ThrowTypeError("FsFile.write: data must be a Uint8Array")
			}
			b = append([]byte(nil), b...)
			return call("writeSync", isSync, func() (any, error) { return st.write(rid, b) })
		},
		"seek": func(rid, offset int64, whence int, isSync bool) goja.Value {
			return call("seekSync", isSync, func() (any, error) { return st.seek(rid, offset, whence) })
		},
		"fstat": func(rid int64, isSync bool) goja.Value {
			return call("statSync", isSync, func() (any, error) { return st.fstat(rid) })
		},
		"ftruncate": func(rid, size int64, isSync bool) goja.Value {
			return call("truncateSync", isSync, func() (any, error) { return nil, st.ftruncate(rid, size) })
		},
		"close": func(rid int64) { st.closeFile(rid) },
		"readable": func(rid int64) goja.Value {
			rc := &fileReader{st: st, rid: rid, r: r}
			s, err := streams.FromReader(r, rc, 64<<10)
			if err != nil {
				r.Throw(err)
			}
			return s
		},
		"mkdir": func(p string, opts map[string]any, isSync bool) goja.Value {
			return call("mkdirSync", isSync, func() (any, error) { return nil, st.mkdir(p, opts) })
		},
		"remove": func(p string, opts map[string]any, isSync bool) goja.Value {
			return call("removeSync", isSync, func() (any, error) { return st.remove(p, opts) })
		},
		"stat": func(p string, lstat bool, isSync bool) goja.Value {
			return call("statSync", isSync, func() (any, error) { return st.stat(p, lstat) })
		},
		"realPath": func(p string, isSync bool) goja.Value {
			return call("realPathSync", isSync, func() (any, error) { return st.realPath(p) })
		},
		"readDir": func(p string, isSync bool) goja.Value {
			return call("readDirSync", isSync, func() (any, error) { return st.readDir(p) })
		},
		"makeTemp": func(opts map[string]any, dir bool, isSync bool) goja.Value {
			return call("makeTempSync", isSync, func() (any, error) { return st.makeTemp(opts, dir) })
		},
		"truncate": func(p string, size int64, isSync bool) goja.Value {
			return call("truncateSync", isSync, func() (any, error) { return nil, st.truncate(p, size) })
		},
		"copyFile": func(from, to string, isSync bool) goja.Value {
			return call("copyFileSync", isSync, func() (any, error) { return st.copyFile(from, to) })
		},
	}
}

// deferred is a result that must be produced on the loop.
type deferred func() goja.Value

// withEvent is a result whose event must be reported on the loop (so it is
// attributed to the request that made the call).
type withEvent struct {
	v    any
	emit func()
}

func toJS(r *jsrt.Runtime, v any) goja.Value {
	vm := r.VM()
	switch x := v.(type) {
	case nil:
		return goja.Undefined()
	case withEvent:
		if x.emit != nil {
			x.emit()
		}
		return toJS(r, x.v)
	case deferred:
		return x()
	case []byte:
		return r.NewUint8Array(x)
	case fileInfo:
		return x.toJS(vm)
	case []dirEntry:
		arr := make([]any, len(x))
		for i, e := range x {
			arr[i] = map[string]any{"name": e.name, "isFile": e.isFile, "isDirectory": e.isDir, "isSymlink": e.isSymlink}
		}
		return vm.ToValue(arr)
	case int:
		if x < 0 {
			return goja.Null()
		}
	}
	return vm.ToValue(v)
}

// --- errors, Deno style ---

// fsErr maps a Go file error to the Deno.errors class with Deno's wording:
// `No such file or directory (os error 2): open '/tmp/x'`.
func fsErr(op, virtual string, err error) error {
	if err == nil {
		return nil
	}
	var pe *sandbox.PathError
	if errors.As(err, &pe) {
		if errors.Is(err, sandbox.ErrPermission) {
			return jsrt.Errorf("Deno.errors.PermissionDenied", "Requires write access to %q: %s", pe.Path, pe.Why)
		}
		return jsrt.Errorf("TypeError", "%s", pe.Error())
	}
	if errors.Is(err, sandbox.ErrQuota) {
		return jsrt.Errorf("Error", "%s", err.Error())
	}
	var je *jsrt.Error
	if errors.As(err, &je) {
		return err
	}
	class, text := "Error", err.Error()
	var errno syscall.Errno
	switch {
	case errors.Is(err, fs.ErrNotExist):
		class, text = "Deno.errors.NotFound", "No such file or directory (os error 2)"
	case errors.Is(err, fs.ErrExist):
		class, text = "Deno.errors.AlreadyExists", "File exists (os error 17)"
	case errors.Is(err, fs.ErrPermission):
		class, text = "Deno.errors.PermissionDenied", "Permission denied (os error 13)"
	case errors.As(err, &errno) && errno == syscall.EISDIR:
		class, text = "Deno.errors.IsADirectory", "Is a directory (os error 21)"
	case errors.As(err, &errno) && errno == syscall.ENOTDIR:
		class, text = "Deno.errors.NotADirectory", "Not a directory (os error 20)"
	case errors.As(err, &errno) && errno == syscall.ENOTEMPTY:
		class, text = "Error", "Directory not empty (os error 39)"
	case errors.As(err, &errno) && errno == syscall.ELOOP:
		class, text = "Deno.errors.PermissionDenied", "symbolic links are not followed in /tmp"
	case strings.Contains(text, "path escapes from parent"):
		class, text = "Deno.errors.PermissionDenied", "path escapes /tmp"
	}
	return jsrt.Errorf(class, "%s: %s '%s'", text, op, virtual)
}

// --- operations (goroutine side) ---

func (st *fsState) mapTmp(op, p string) (sandbox.Mapped, error) {
	m, err := st.sb.Map(p)
	if err != nil {
		return m, fsErr(op, p, err)
	}
	if m.Area != sandbox.Tmp {
		return m, jsrt.Errorf("Deno.errors.PermissionDenied",
			"Requires write access to %q: the function's own folder is read-only; write under /tmp", m.Virtual)
	}
	return m, nil
}

func (st *fsState) mapAny(op, p string) (sandbox.Mapped, error) {
	m, err := st.sb.Map(p)
	if err != nil {
		var pe *sandbox.PathError
		if errors.As(err, &pe) && errors.Is(err, sandbox.ErrPermission) {
			return m, jsrt.Errorf("Deno.errors.PermissionDenied", "Requires read access to %q: %s", pe.Path, pe.Why)
		}
		return m, fsErr(op, p, err)
	}
	return m, nil
}

func (st *fsState) readFile(p string) ([]byte, error) {
	m, err := st.mapAny("readfile", p)
	if err != nil {
		return nil, err
	}
	var f fs.File
	if m.Area == sandbox.Source {
		f, err = st.sb.Source().Open(m.Rel)
	} else {
		f, err = st.sb.Root().Open(m.Rel)
	}
	if err != nil {
		return nil, fsErr("readfile", m.Virtual, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fsErr("readfile", m.Virtual, err)
	}
	if info.IsDir() {
		return nil, jsrt.Errorf("Deno.errors.IsADirectory", "Is a directory (os error 21): readfile '%s'", m.Virtual)
	}
	if info.Size() > st.opts.MaxReadFile {
		return nil, jsrt.Errorf("RangeError", "readFile %s: %d bytes is over the %d MB limit for one buffer; stream it with Deno.open(...).readable",
			m.Virtual, info.Size(), st.opts.MaxReadFile>>20)
	}
	b, err := io.ReadAll(io.LimitReader(f, st.opts.MaxReadFile+1))
	if err != nil {
		return nil, fsErr("readfile", m.Virtual, err)
	}
	return b, nil
}

func optBool(opts map[string]any, k string, def bool) bool {
	if v, ok := opts[k].(bool); ok {
		return v
	}
	return def
}

// writeAll opens p per writeFile's options and lets fill write the data,
// accounting the quota as bytes arrive.
func (st *fsState) writeAll(p string, opts map[string]any, fill func(io.Writer) (int64, error)) (any, error) {
	m, err := st.mapTmp("open", p)
	if err != nil {
		return nil, err
	}
	flag := os.O_WRONLY
	appendMode := optBool(opts, "append", false)
	if appendMode {
		flag |= os.O_APPEND
	} else {
		flag |= os.O_TRUNC
	}
	if optBool(opts, "createNew", false) {
		flag |= os.O_CREATE | os.O_EXCL
	} else if optBool(opts, "create", true) {
		flag |= os.O_CREATE
	}
	f, before, err := st.openTmp(m, flag)
	if err != nil {
		return nil, err
	}
	if !appendMode && before > 0 {
		_ = st.sb.Grow(-before)
		before = 0
	}
	qw := &quotaWriter{w: f, sb: st.sb}
	n, werr := fill(qw)
	cerr := f.Close()
	if werr == nil {
		werr = cerr
	}
	if werr != nil {
		if n > 0 && st.opts.OnWrite != nil {
			// the partial file stays; report it (the error follows)
			st.opts.OnWrite(m.Virtual, n, before+n)
		}
		var je *jsrt.Error
		if errors.As(werr, &je) {
			return nil, werr
		}
		if errors.Is(werr, sandbox.ErrQuota) {
			return nil, fsErr("write", m.Virtual, werr)
		}
		return nil, fsErr("write", m.Virtual, werr)
	}
	return withEvent{emit: func() {
		if st.opts.OnWrite != nil {
			st.opts.OnWrite(m.Virtual, n, before+n)
		}
	}}, nil
}

// openTmp opens a /tmp file and reports its size before the open (what the
// quota already counts for it).
func (st *fsState) openTmp(m sandbox.Mapped, flag int) (*os.File, int64, error) {
	var before int64
	if info, err := st.sb.Root().Stat(m.Rel); err == nil {
		before = info.Size()
	}
	f, err := st.sb.Root().OpenFile(m.Rel, flag, 0o644)
	if err != nil {
		return nil, 0, fsErr("open", m.Virtual, err)
	}
	return f, before, nil
}

// quotaWriter charges every byte to the sandbox quota before writing it.
type quotaWriter struct {
	w  io.Writer
	sb *sandbox.Sandbox
}

func (q *quotaWriter) Write(p []byte) (int, error) {
	if err := q.sb.Grow(int64(len(p))); err != nil {
		return 0, err
	}
	n, err := q.w.Write(p)
	if n < len(p) {
		_ = q.sb.Grow(int64(n - len(p)))
	}
	return n, err
}

func (st *fsState) open(p string, opts map[string]any) (int64, error) {
	read := optBool(opts, "read", true)
	write := optBool(opts, "write", false)
	appendMode := optBool(opts, "append", false)
	truncate := optBool(opts, "truncate", false)
	create := optBool(opts, "create", false)
	createNew := optBool(opts, "createNew", false)
	if appendMode {
		write = true
	}
	if (create || createNew || truncate) && !write {
		return 0, jsrt.Errorf("Deno.errors.PermissionDenied", "'create', 'createNew' and 'truncate' need 'write' or 'append'")
	}
	var m sandbox.Mapped
	var err error
	if write {
		m, err = st.mapTmp("open", p)
	} else {
		m, err = st.mapAny("open", p)
	}
	if err != nil {
		return 0, err
	}
	of := &openFile{virtual: m.Virtual, append: appendMode}
	if m.Area == sandbox.Source {
		src, err := st.sb.Source().Open(m.Rel)
		if err != nil {
			return 0, fsErr("open", m.Virtual, err)
		}
		of.src = src
	} else {
		flag := os.O_RDONLY
		switch {
		case read && write:
			flag = os.O_RDWR
		case write:
			flag = os.O_WRONLY
		}
		if appendMode {
			flag |= os.O_APPEND
		}
		if truncate {
			flag |= os.O_TRUNC
		}
		if createNew {
			flag |= os.O_CREATE | os.O_EXCL
		} else if create {
			flag |= os.O_CREATE
		}
		f, before, err := st.openTmp(m, flag)
		if err != nil {
			return 0, err
		}
		of.f = f
		of.size = before
		if truncate && before > 0 {
			_ = st.sb.Grow(-before)
			of.size = 0
		}
	}
	st.mu.Lock()
	st.nextRid++
	rid := st.nextRid
	st.files[rid] = of
	st.mu.Unlock()
	return rid, nil
}

// locked finds an open file and returns it locked, with its unlock.
func (st *fsState) locked(rid int64) (*openFile, func(), error) {
	st.mu.Lock()
	f, ok := st.files[rid]
	st.mu.Unlock()
	if !ok || f.closed {
		return nil, nil, jsrt.Errorf("Deno.errors.BadResource", "Bad resource ID")
	}
	f.mu.Lock()
	return f, f.mu.Unlock, nil
}

func (st *fsState) read(rid int64, buf []byte) (int, error) {
	f, unlock, err := st.locked(rid)
	if err != nil {
		return 0, err
	}
	defer unlock()
	var n int
	if f.f != nil {
		n, err = f.f.Read(buf)
	} else {
		n, err = f.src.Read(buf)
	}
	if n == 0 && err == io.EOF {
		return -1, nil // null: end of file
	}
	if err != nil && err != io.EOF {
		return 0, fsErr("read", f.virtual, err)
	}
	return n, nil
}

func (st *fsState) write(rid int64, b []byte) (int, error) {
	f, unlock, err := st.locked(rid)
	if err != nil {
		return 0, err
	}
	defer unlock()
	if f.f == nil {
		return 0, jsrt.Errorf("Deno.errors.PermissionDenied", "%s is read-only", f.virtual)
	}
	pos := f.size
	if !f.append {
		if p, err := f.f.Seek(0, io.SeekCurrent); err == nil {
			pos = p
		}
	}
	growth := pos + int64(len(b)) - f.size
	if growth > 0 {
		if err := st.sb.Grow(growth); err != nil {
			return 0, err
		}
	}
	n, err := f.f.Write(b)
	if growth > 0 && n < len(b) {
		_ = st.sb.Grow(int64(n - len(b)))
	}
	if end := pos + int64(n); end > f.size {
		f.size = end
	}
	f.written += int64(n)
	if err != nil {
		return n, fsErr("write", f.virtual, err)
	}
	return n, nil
}

func (st *fsState) seek(rid, offset int64, whence int) (int64, error) {
	f, unlock, err := st.locked(rid)
	if err != nil {
		return 0, err
	}
	defer unlock()
	if whence < 0 || whence > 2 {
		return 0, jsrt.TypeErrorf("Invalid seek mode: %d", whence)
	}
	var s io.Seeker
	if f.f != nil {
		s = f.f
	} else if sk, ok := f.src.(io.Seeker); ok {
		s = sk
	} else {
		return 0, jsrt.Errorf("Deno.errors.NotSupported", "%s cannot seek", f.virtual)
	}
	pos, err := s.Seek(offset, whence)
	if err != nil {
		return 0, fsErr("seek", f.virtual, err)
	}
	return pos, nil
}

func (st *fsState) fstat(rid int64) (fileInfo, error) {
	f, unlock, err := st.locked(rid)
	if err != nil {
		return fileInfo{}, err
	}
	defer unlock()
	var info fs.FileInfo
	if f.f != nil {
		info, err = f.f.Stat()
	} else {
		info, err = f.src.Stat()
	}
	if err != nil {
		return fileInfo{}, fsErr("fstat", f.virtual, err)
	}
	return newFileInfo(info), nil
}

func (st *fsState) ftruncate(rid, size int64) error {
	f, unlock, err := st.locked(rid)
	if err != nil {
		return err
	}
	defer unlock()
	if f.f == nil {
		return jsrt.Errorf("Deno.errors.PermissionDenied", "%s is read-only", f.virtual)
	}
	if size > f.size {
		if err := st.sb.Grow(size - f.size); err != nil {
			return err
		}
	} else {
		_ = st.sb.Grow(size - f.size)
	}
	if err := f.f.Truncate(size); err != nil {
		return fsErr("ftruncate", f.virtual, err)
	}
	f.size = size
	return nil
}

func (st *fsState) closeFile(rid int64) {
	st.mu.Lock()
	f, ok := st.files[rid]
	delete(st.files, rid)
	st.mu.Unlock()
	if !ok {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	f.close()
	if f.written > 0 && st.opts.OnWrite != nil {
		st.opts.OnWrite(f.virtual, f.written, f.size)
	}
}

// fileReader feeds FsFile.readable (read on the stream's goroutine).
type fileReader struct {
	st  *fsState
	rid int64
	r   *jsrt.Runtime
}

func (fr *fileReader) Read(p []byte) (int, error) {
	n, err := fr.st.read(fr.rid, p)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Close hands the close to the loop: closing reports tmp.write events,
// which belong to the loop's async context.
func (fr *fileReader) Close() error {
	fr.r.Enqueue(func() error { fr.st.closeFile(fr.rid); return nil })
	return nil
}

func (st *fsState) mkdir(p string, opts map[string]any) error {
	m, err := st.mapTmp("mkdir", p)
	if err != nil {
		return err
	}
	if optBool(opts, "recursive", false) {
		err = st.sb.Root().MkdirAll(m.Rel, 0o755)
	} else {
		err = st.sb.Root().Mkdir(m.Rel, 0o755)
	}
	return fsErr("mkdir", m.Virtual, err)
}

func (st *fsState) remove(p string, opts map[string]any) (any, error) {
	m, err := st.mapTmp("remove", p)
	if err != nil {
		return nil, err
	}
	if m.Rel == "." {
		return nil, jsrt.Errorf("Deno.errors.PermissionDenied", "Requires write access to \"/tmp\": /tmp itself cannot be removed")
	}
	info, err := st.sb.Root().Lstat(m.Rel)
	if err != nil {
		return nil, fsErr("remove", m.Virtual, err)
	}
	size := info.Size()
	if info.IsDir() {
		size = 0
		_ = fs.WalkDir(st.sb.Root().FS(), m.Rel, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if i, err := d.Info(); err == nil {
					size += i.Size()
				}
			}
			return nil
		})
		if optBool(opts, "recursive", false) {
			err = st.sb.Root().RemoveAll(m.Rel)
		} else {
			err = st.sb.Root().Remove(m.Rel)
		}
	} else {
		err = st.sb.Root().Remove(m.Rel)
	}
	if err != nil {
		return nil, fsErr("remove", m.Virtual, err)
	}
	_ = st.sb.Grow(-size)
	return withEvent{emit: func() {
		if st.opts.OnRemove != nil {
			st.opts.OnRemove(m.Virtual, size)
		}
	}}, nil
}

func (st *fsState) stat(p string, lstat bool) (fileInfo, error) {
	m, err := st.mapAny("stat", p)
	if err != nil {
		return fileInfo{}, err
	}
	var info fs.FileInfo
	switch {
	case m.Area == sandbox.Source:
		info, err = fs.Stat(st.sb.Source(), m.Rel)
	case lstat:
		info, err = st.sb.Root().Lstat(m.Rel)
	default:
		info, err = st.sb.Root().Stat(m.Rel)
	}
	if err != nil {
		return fileInfo{}, fsErr(map[bool]string{true: "lstat", false: "stat"}[lstat], m.Virtual, err)
	}
	return newFileInfo(info), nil
}

func (st *fsState) realPath(p string) (string, error) {
	if _, err := st.stat(p, false); err != nil {
		return "", err
	}
	m, _ := st.sb.Map(p)
	return m.Virtual, nil
}

type dirEntry struct {
	name                     string
	isFile, isDir, isSymlink bool
}

func (st *fsState) readDir(p string) ([]dirEntry, error) {
	m, err := st.mapAny("readdir", p)
	if err != nil {
		return nil, err
	}
	var list []fs.DirEntry
	if m.Area == sandbox.Source {
		list, err = fs.ReadDir(st.sb.Source(), m.Rel)
	} else {
		list, err = fs.ReadDir(st.sb.Root().FS(), m.Rel)
	}
	if err != nil {
		return nil, fsErr("readdir", m.Virtual, err)
	}
	out := make([]dirEntry, len(list))
	for i, e := range list {
		t := e.Type()
		out[i] = dirEntry{name: e.Name(), isFile: t.IsRegular(), isDir: t.IsDir(), isSymlink: t&fs.ModeSymlink != 0}
	}
	return out, nil
}

func (st *fsState) makeTemp(opts map[string]any, dir bool) (string, error) {
	base := sandbox.TmpDir
	if d, ok := opts["dir"].(string); ok && d != "" {
		base = d
	}
	m, err := st.mapTmp("mkdtemp", base)
	if err != nil {
		return "", err
	}
	prefix, _ := opts["prefix"].(string)
	suffix, _ := opts["suffix"].(string)
	if strings.ContainsAny(prefix+suffix, "/\\\x00") {
		return "", jsrt.TypeErrorf("prefix and suffix must not contain path separators")
	}
	for i := 0; i < 100; i++ {
		name := path.Join(m.Rel, prefix+randName()+suffix)
		if dir {
			err = st.sb.Root().Mkdir(name, 0o700)
		} else {
			var f *os.File
			f, err = st.sb.Root().OpenFile(name, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
			if err == nil {
				f.Close()
			}
		}
		if err == nil {
			return path.Join(sandbox.TmpDir, name), nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", fsErr("mkdtemp", m.Virtual, err)
		}
	}
	return "", fsErr("mkdtemp", m.Virtual, err)
}

func randName() string {
	return fmt.Sprintf("%06x", time.Now().UnixNano()&0xffffff^int64(os.Getpid()))
}

func (st *fsState) truncate(p string, size int64) error {
	rid, err := st.open(p, map[string]any{"write": true, "read": false})
	if err != nil {
		return err
	}
	defer st.closeFile(rid)
	return st.ftruncate(rid, size)
}

func (st *fsState) copyFile(from, to string) (any, error) {
	data, err := st.readFile(from)
	if err != nil {
		return nil, err
	}
	return st.writeAll(to, nil, func(w io.Writer) (int64, error) {
		n, err := w.Write(data)
		return int64(n), err
	})
}

// fileInfo is Deno.FileInfo.
type fileInfo struct {
	isFile, isDir, isSymlink bool
	size                     int64
	mtime                    time.Time
	mode                     uint32
}

func newFileInfo(info fs.FileInfo) fileInfo {
	return fileInfo{
		isFile: info.Mode().IsRegular(), isDir: info.IsDir(), isSymlink: info.Mode()&fs.ModeSymlink != 0,
		size: info.Size(), mtime: info.ModTime(), mode: uint32(info.Mode().Perm()),
	}
}

func (fi fileInfo) toJS(vm *goja.Runtime) goja.Value {
	date := func(t time.Time) goja.Value {
		if t.IsZero() {
			return goja.Null()
		}
		v, _ := vm.New(vm.Get("Date"), vm.ToValue(t.UnixMilli()))
		return v
	}
	return vm.ToValue(map[string]any{
		"isFile": fi.isFile, "isDirectory": fi.isDir, "isSymlink": fi.isSymlink,
		"size": fi.size, "mtime": date(fi.mtime), "atime": date(fi.mtime), "birthtime": date(fi.mtime),
		"ctime": date(fi.mtime), "mode": fi.mode, "dev": 0, "ino": nil, "nlink": nil, "uid": nil, "gid": nil,
		"rdev": nil, "blksize": nil, "blocks": nil, "isBlockDevice": false, "isCharDevice": false,
		"isFifo": false, "isSocket": false,
	})
}
