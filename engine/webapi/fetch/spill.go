package fetch

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"os"
	"runtime"
	"sync"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// Disk-backed Blobs. Browsers keep big Blobs on disk, and code written
// for them relies on it: zip.js turns a ReadableStream into a Blob
// (`new Response(stream).blob()`) to get random access, so a 1 GB zip
// would otherwise be 1 GB of JS heap. A body read into a Blob spills to a
// file once it passes spillThreshold; the Blob's parts then refer to
// ranges of that file, slice() makes new ranges, and arrayBuffer(),
// stream() and uploads read from disk. Bodies handed to Go (fetch
// uploads, handler responses) read the file directly, never through JS.
//
// A spill file is unlinked as soon as it is created (on systems that
// allow it), so nothing is left behind if the process dies; it is closed
// when the last JS object referring to it is collected (runtime.AddCleanup
// on the handle goja wraps), or when the worker ends.

// spillThreshold is the body size above which blob() spills to disk.
const spillThreshold = 8 << 20

// spillFile is one spill file; JS holds it as an opaque handle.
type spillFile struct {
	mu   sync.Mutex
	f    *os.File
	size int64
	err  error // first write error: the Blob cannot be completed
}

// spills creates and tracks a worker's spill files.
type spills struct {
	dir   string
	done  <-chan struct{} // the worker's loop ended
	watch sync.Once
	mu    sync.Mutex
	open  map[*os.File]struct{}
}

func newSpills(dir string, done <-chan struct{}) *spills {
	return &spills{dir: dir, done: done, open: map[*os.File]struct{}{}}
}

func (s *spills) create() (*spillFile, error) {
	s.watch.Do(func() {
		go func() {
			<-s.done
			s.closeAll()
		}()
	})
	f, err := os.CreateTemp(s.dir, "edgeplay-blob-*")
	if err != nil {
		return nil, fmt.Errorf("creating a file for a large Blob: %w", err)
	}
	name := f.Name()
	removed := os.Remove(name) == nil // POSIX: the open file lives on, nameless
	s.mu.Lock()
	s.open[f] = struct{}{}
	s.mu.Unlock()
	sf := &spillFile{f: f}
	runtime.AddCleanup(sf, func(f *os.File) { s.close(f, name, removed) }, f)
	return sf, nil
}

func (s *spills) close(f *os.File, name string, removed bool) {
	s.mu.Lock()
	_, ok := s.open[f]
	delete(s.open, f)
	s.mu.Unlock()
	if ok {
		f.Close()
		if !removed {
			os.Remove(name)
		}
	}
}

// closeAll closes every spill file (the worker ended). Names not yet
// removed are left to the cleanups, which run when the handles are
// collected.
func (s *spills) closeAll() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for f := range s.open {
		f.Close()
		delete(s.open, f)
	}
}

func (sf *spillFile) write(b []byte) error {
	sf.mu.Lock()
	defer sf.mu.Unlock()
	if sf.err != nil {
		return sf.err
	}
	n, err := sf.f.WriteAt(b, sf.size)
	sf.size += int64(n)
	if err != nil {
		sf.err = fmt.Errorf("writing a large Blob to disk: %w", err)
	}
	return sf.err
}

func (sf *spillFile) readAt(off, n int64) ([]byte, error) {
	b := make([]byte, n)
	m, err := sf.f.ReadAt(b, off)
	if int64(m) == n {
		return b, nil
	}
	if err == nil || err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return nil, fmt.Errorf("reading a large Blob from disk: %w", err)
}

// section is a range of a spill file, as a reader for Go consumers. It
// holds sf, not just the file: the cleanup that closes the file runs
// when sf is unreachable, and a response body may still be reading it
// after JS has dropped the Blob.
func (sf *spillFile) section(off, n int64) io.Reader {
	return &spillSection{SectionReader: io.NewSectionReader(sf.f, off, n), sf: sf}
}

type spillSection struct {
	*io.SectionReader
	sf *spillFile
}

// spillNatives are the natives fetch.js uses for disk-backed Blobs.
func (f *fetcher) spillNatives(m map[string]any) {
	r := f.r
	m["spillThreshold"] = spillThreshold
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
