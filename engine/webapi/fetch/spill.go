package fetch

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// Disk-backed Blobs. Browsers keep big Blobs on disk, and code written
// for them relies on it: zip.js turns a ReadableStream into a Blob
// (`new Response(stream).blob()`) to get random access, so a 1 GB zip
// would otherwise be 1 GB of JS heap. A body read into a Blob spills to a
// file once it passes spillThreshold (or pressureThreshold while the
// worker holds over half its memory limit, as Chrome pages blobs out past
// its in-memory quota: 10,000 entries of a zip extracted at once with
// Promise.all must not all sit in the heap); the Blob's parts then refer
// to ranges of that file, slice() makes new ranges, and arrayBuffer(),
// stream() and uploads read from disk. Bodies handed to Go (fetch
// uploads, handler responses) read the file directly, never through JS.
//
// Spill files live in a private folder per worker (removed when the
// worker ends; the engine clears stale ones at start). A file is open
// only while it is being written or read, so ten thousand spilled Blobs
// do not hold ten thousand descriptors; it is deleted when the last JS
// object referring to it is collected (runtime.AddCleanup on the handle
// goja wraps).

const (
	// spillThreshold is the body size above which blob() spills to disk.
	spillThreshold = 8 << 20
	// pressureThreshold replaces it while the worker is near its limit.
	pressureThreshold = 64 << 10
	// packSegmentSize bounds the shared files that Blobs under
	// pressureThreshold go to while the worker is near its limit.
	packSegmentSize = 64 << 20
)

// spillFile is one spill file; JS holds it as an opaque handle.
type spillFile struct {
	mu   sync.Mutex
	name string
	w    *os.File // open while being written; nil once sealed
	size int64
	err  error // first write error: the Blob cannot be completed
}

// spills creates and tracks a worker's spill files.
//
// Small Blobs completed while the worker is near its memory limit are
// packed one after another into a shared segment file (pack), not one
// file each: ten thousand 50 KB entries of a zip would otherwise be ten
// thousand files to create and delete. A segment is deleted, like any
// spill file, once no Blob refers to it and a newer one took its place.
type spills struct {
	parent string
	done   <-chan struct{} // the worker's loop ended
	mu     sync.Mutex
	dir    string // made on first use
	n      int
	packTo *spillFile // the segment small Blobs go to; nil until needed
}

func newSpills(parent string, done <-chan struct{}) *spills {
	return &spills{parent: parent, done: done}
}

// SpillDirPrefix names the per-worker spill folders (for the engine's
// cleanup of stale ones after a crash).
const SpillDirPrefix = "blobs-"

func (s *spills) create() (*spillFile, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.dir == "" {
		dir, err := os.MkdirTemp(s.parent, SpillDirPrefix+"*")
		if err != nil {
			return nil, fmt.Errorf("creating a folder for large Blobs: %w", err)
		}
		s.dir = dir
		go func() {
			<-s.done
			os.RemoveAll(dir)
		}()
	}
	s.n++
	sf := &spillFile{name: filepath.Join(s.dir, fmt.Sprintf("%d.blob", s.n))}
	f, err := os.OpenFile(sf.name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return nil, fmt.Errorf("creating a file for a large Blob: %w", err)
	}
	sf.w = f
	runtime.AddCleanup(sf, func(c spillCleanup) {
		if c.w != nil {
			c.w.Close()
		}
		os.Remove(c.name)
	}, spillCleanup{name: sf.name, w: f})
	return sf, nil
}

// pack appends a small Blob's chunks to the current segment and returns
// where they are; a segment past packSegmentSize is sealed and a new one
// started.
func (s *spills) pack(chunks [][]byte) (*spillFile, int64, error) {
	if s.packTo == nil || s.packTo.size >= packSegmentSize {
		if s.packTo != nil {
			s.packTo.seal()
		}
		sf, err := s.create()
		if err != nil {
			return nil, 0, err
		}
		s.packTo = sf
	}
	sf := s.packTo
	off := sf.size
	for _, b := range chunks {
		if err := sf.write(b); err != nil {
			s.packTo = nil // a failed segment takes no more Blobs
			return nil, 0, err
		}
	}
	return sf, off, nil
}

type spillCleanup struct {
	name string
	w    *os.File
}

func (sf *spillFile) write(b []byte) error {
	sf.mu.Lock()
	defer sf.mu.Unlock()
	if sf.err != nil {
		return sf.err
	}
	if sf.w == nil {
		sf.err = errors.New("writing a large Blob: it is already complete")
		return sf.err
	}
	n, err := sf.w.Write(b)
	sf.size += int64(n)
	if err != nil {
		sf.err = fmt.Errorf("writing a large Blob to disk: %w", err)
	}
	return sf.err
}

// seal closes the file for writing: it is complete.
func (sf *spillFile) seal() error {
	sf.mu.Lock()
	defer sf.mu.Unlock()
	if sf.w != nil {
		if err := sf.w.Close(); err != nil && sf.err == nil {
			sf.err = fmt.Errorf("writing a large Blob to disk: %w", err)
		}
		sf.w = nil
	}
	return sf.err
}

func (sf *spillFile) readAt(off, n int64) ([]byte, error) {
	f, err := os.Open(sf.name)
	if err != nil {
		return nil, fmt.Errorf("reading a large Blob from disk: %w", err)
	}
	defer f.Close()
	b := make([]byte, n)
	m, err := f.ReadAt(b, off)
	if int64(m) == n {
		return b, nil
	}
	if err == nil || err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return nil, fmt.Errorf("reading a large Blob from disk: %w", err)
}

// section is a range of a spill file, as a reader for Go consumers. It
// opens the file on the first Read and closes it at the end, and it
// holds sf: the cleanup that deletes the file runs when sf is
// unreachable, and a response body may still be reading it after JS has
// dropped the Blob.
func (sf *spillFile) section(off, n int64) io.Reader { return &spillSection{sf: sf, off: off, left: n} }

type spillSection struct {
	sf        *spillFile
	f         *os.File
	off, left int64
}

func (s *spillSection) Read(p []byte) (int, error) {
	if s.left <= 0 {
		s.close()
		return 0, io.EOF
	}
	if s.f == nil {
		f, err := os.Open(s.sf.name)
		if err != nil {
			return 0, fmt.Errorf("reading a large Blob from disk: %w", err)
		}
		s.f = f
	}
	if int64(len(p)) > s.left {
		p = p[:s.left]
	}
	n, err := s.f.ReadAt(p, s.off)
	s.off += int64(n)
	s.left -= int64(n)
	if err == io.EOF && s.left > 0 {
		err = io.ErrUnexpectedEOF
	}
	if s.left <= 0 {
		s.close()
		if err == nil {
			err = io.EOF
		}
	}
	if err != nil && err != io.EOF {
		s.close()
		err = fmt.Errorf("reading a large Blob from disk: %w", err)
	}
	return n, err
}

func (s *spillSection) close() {
	if s.f != nil {
		s.f.Close()
		s.f = nil
	}
}

// spillNatives are the natives fetch.js uses for disk-backed Blobs.
func (f *fetcher) spillNatives(m map[string]any) {
	r := f.r
	// The size past which a body read into a Blob goes to disk.
	m["spillLimit"] = func() int {
		if f.opts.MemoryPressure != nil && f.opts.MemoryPressure() {
			return pressureThreshold
		}
		return spillThreshold
	}
	m["spillFloor"] = pressureThreshold
	m["spillSeal"] = func(sf *spillFile) {
		if err := sf.seal(); err != nil {
			r.ThrowTypeError("%v", err)
		}
	}
	m["spillCreate"] = func() *spillFile {
		sf, err := f.spills.create()
		if err != nil {
			r.ThrowTypeError("%v", err)
		}
		return sf
	}
	m["spillWrite"] = func(sf *spillFile, v goja.Value) {
		b, ok := r.Bytes(v)
		if !ok {
			r.ThrowTypeError("spillWrite: not bytes")
		}
		if err := sf.write(b); err != nil {
			r.ThrowTypeError("%v", err)
		}
	}
	// spillPack moves a complete small body (its chunks) to disk while
	// the worker is near its memory limit: [handle, offset], or null
	// when memory is fine (or the disk is not) and the bytes stay where
	// they are.
	m["spillPack"] = func(chunks []goja.Value) goja.Value {
		if f.opts.MemoryPressure == nil || !f.opts.MemoryPressure() {
			return goja.Null()
		}
		bs := make([][]byte, len(chunks))
		for i, c := range chunks {
			b, ok := r.Bytes(c)
			if !ok {
				r.ThrowTypeError("spillPack: not bytes")
			}
			bs[i] = b
		}
		sf, off, err := f.spills.pack(bs)
		if err != nil {
			return goja.Null() // no room on disk: the bytes stay in memory (the limit still applies)
		}
		return r.VM().NewArray(sf, off)
	}
	m["spillRead"] = func(sf *spillFile, off, n int64) goja.Value {
		b, err := sf.readAt(off, n)
		if err != nil {
			r.ThrowTypeError("%v", err)
		}
		return r.NewUint8Array(b)
	}
	m["parseMultipartParts"] = func(parts goja.Value, boundary string) []any {
		rd, _, err := partsReader(r, parts)
		if err != nil {
			r.ThrowTypeError("Unable to parse body as form data: %v", err)
		}
		out, err := f.parseMultipartStream(rd, boundary)
		if errors.Is(err, errFormTooLarge) {
			r.ThrowTypeError("Unable to parse body as form data: %v", err)
		} else if err != nil {
			r.ThrowTypeError("Unable to parse body as form data") // Deno's words
		}
		return out
	}
}

// partsReader reads a Blob's parts (Uint8Arrays and spill ranges
// {h, off, byteLength}) as one stream, without copying them. Blob parts
// are never mutated, so Go may read them off the loop.
func partsReader(r *jsrt.Runtime, v goja.Value) (io.Reader, int64, error) {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil, 0, fmt.Errorf("blob parts: not a list")
	}
	n := obj.Get("length").ToInteger()
	readers := make([]io.Reader, 0, n)
	var size int64
	for i := int64(0); i < n; i++ {
		pv := obj.Get(fmt.Sprint(i))
		if b, ok := r.Bytes(pv); ok {
			readers = append(readers, bytes.NewReader(b))
			size += int64(len(b))
			continue
		}
		po, ok := pv.(*goja.Object)
		if !ok {
			return nil, 0, fmt.Errorf("blob part %d: not bytes", i)
		}
		sf, ok := po.Get("h").Export().(*spillFile)
		if !ok {
			return nil, 0, fmt.Errorf("blob part %d: not bytes", i)
		}
		off, ln := po.Get("off").ToInteger(), po.Get("byteLength").ToInteger()
		readers = append(readers, sf.section(off, ln))
		size += ln
	}
	return io.MultiReader(readers...), size, nil
}

// parseMultipartStream parses a form from rd. File parts larger than
// spillThreshold go to spill files; the rest stay in memory, at most
// maxMultipart bytes in all.
func (f *fetcher) parseMultipartStream(rd io.Reader, boundary string) ([]any, error) {
	mr := multipart.NewReader(rd, boundary)
	var out []any
	var inMemory int64
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		m := map[string]any{"name": p.FormName()}
		typ := p.Header.Get("Content-Type")
		if _, params, err := mime.ParseMediaType(p.Header.Get("Content-Disposition")); err == nil {
			if fn, ok := params["filename"]; ok {
				m["filename"] = fn
				if typ == "" {
					typ = "application/octet-stream"
				}
			}
		}
		m["type"] = typ
		head, err := io.ReadAll(io.LimitReader(p, spillThreshold+1))
		if err != nil {
			return nil, err
		}
		if len(head) <= spillThreshold || m["filename"] == nil {
			if len(head) > spillThreshold { // a text field over 8 MB: keep reading, bounded
				rest, err := io.ReadAll(io.LimitReader(p, maxMultipart))
				if err != nil {
					return nil, err
				}
				head = append(head, rest...)
			}
			inMemory += int64(len(head))
			if inMemory > maxMultipart {
				return nil, errFormTooLarge
			}
			m["data"] = f.r.NewUint8Array(head)
			out = append(out, m)
			continue
		}
		sf, err := f.spills.create()
		if err != nil {
			return nil, err
		}
		if err := sf.write(head); err != nil {
			return nil, err
		}
		if _, err := io.Copy(spillWriter{sf}, p); err != nil {
			return nil, err
		}
		if err := sf.seal(); err != nil {
			return nil, err
		}
		m["spill"] = sf
		m["size"] = sf.size
		out = append(out, m)
	}
}

type spillWriter struct{ sf *spillFile }

func (w spillWriter) Write(b []byte) (int, error) {
	if err := w.sf.write(b); err != nil {
		return 0, err
	}
	return len(b), nil
}
