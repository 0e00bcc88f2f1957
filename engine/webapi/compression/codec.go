// Package compression installs CompressionStream and DecompressionStream
// for "gzip", "deflate" (zlib) and "deflate-raw". zip.js extracts through
// them, so they are the hot path of a zip upload.
//
// Native vs JS: the codecs are Go (compress/flate, gzip, zlib) behind a
// small synchronous API (Codec: Write a chunk, get its output; Close, get
// the rest), unit-tested on its own. compression.js is a thin wrapper on
// the global TransformStream (looked up at construction time): transform
// hands the chunk to Codec.Write on the loop and enqueues the output,
// flush calls Close. Errors (corrupt, truncated, junk after the end, a
// likely bomb) error the stream with a TypeError naming the problem.
//
// Go's decoders pull their input, so a decompressor runs its decoder on a
// goroutine (started by the first write) reading a pipe; Write feeds the
// pipe and collects what the decoder produced meanwhile. Output is
// checked while it expands: at most MaxOutputPerWrite per input chunk, and
// after RatioGuardAfter bytes no more than MaxRatio times the input, so a
// decompression bomb errors the stream instead of exhausting memory. The
// output of one write reaches JS as chunks of at most 1 MB, each on its
// own ArrayBuffer.
//
// Measured (BenchmarkInflateJS, 2-core EPYC): a 100 MB gzip stream fed in
// 64 KB chunks through DecompressionStream and read to the end runs at
// about 300-480 MB/s; klauspost/compress's gzip reader was only ~13%
// faster than compress/gzip on the same data, not worth a dependency.
//
// Known gaps: compression level is fixed (flate's default, as Deno's);
// concatenated gzip members are refused as junk after the end (as Deno
// does); "brotli" and "deflate64" are not formats here (nor in Deno).
package compression

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"iter"
)

// Codec turns input chunks into output chunks.
type Codec interface {
	// Write consumes a chunk and returns the output it produced (may be empty).
	Write(chunk []byte) ([]byte, error)
	// Close flushes and returns the remaining output; it fails on truncated input.
	Close() ([]byte, error)
}

// Formats are the supported format names.
var Formats = []string{"gzip", "deflate", "deflate-raw"}

// MaxOutputPerWrite bounds the output one input chunk may expand to.
const MaxOutputPerWrite = 64 << 20

// The ratio guard: once a stream has produced RatioGuardAfter bytes, its
// output may not exceed MaxRatio times its input. Deflate's own ceiling is
// about 1032:1 (long runs of one byte), so only degenerate data — a zip
// bomb, or 32 MB+ of a single repeated byte — trips it.
const (
	MaxRatio        = 1000
	RatioGuardAfter = 32 << 20
)

// NewCompressor returns a compressing codec.
func NewCompressor(format string) (Codec, error) {
	c := &compressor{}
	var err error
	switch format {
	case "gzip":
		c.w = gzip.NewWriter(&c.buf)
	case "deflate":
		c.w = zlib.NewWriter(&c.buf)
	case "deflate-raw":
		c.w, err = flate.NewWriter(&c.buf, flate.DefaultCompression)
	default:
		return nil, fmt.Errorf("unsupported compression format: %q (want gzip, deflate or deflate-raw)", format)
	}
	return c, err
}

type compressor struct {
	buf bytes.Buffer
	w   interface {
		io.WriteCloser
		Flush() error
	}
}

func (c *compressor) take() []byte {
	if c.buf.Len() == 0 {
		return nil
	}
	out := append([]byte(nil), c.buf.Bytes()...)
	c.buf.Reset()
	return out
}

// Write compresses p and flushes (a sync flush, as Deno does after every
// chunk), so a streamed response's chunks reach the client promptly.
func (c *compressor) Write(p []byte) ([]byte, error) {
	if len(p) == 0 {
		return nil, nil
	}
	if _, err := c.w.Write(p); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	if err := c.w.Flush(); err != nil {
		return nil, fmt.Errorf("compress: %w", err)
	}
	return c.take(), nil
}

func (c *compressor) Close() ([]byte, error) {
	if err := c.w.Close(); err != nil {
		return nil, err
	}
	return c.take(), nil
}

// NewDecompressor returns a decompressing codec. Go's decoders pull their
// input, so the decoder runs as a coroutine (iter.Pull) over a feed: Write
// puts the chunk in the feed and resumes the decoder until it has used
// every byte and asks for more, so everything the input so far can yield
// is returned by that Write (a streamed body decodes chunk by chunk), and
// a chunk that expands enormously is caught while it expands. A coroutine
// switch is a direct hand-off on the caller's thread: a goroutine with
// channels (the first version) made every chunk wait for the scheduler,
// which on a busy machine was most of an extraction's wall time.
func NewDecompressor(format string) (Codec, error) {
	switch format {
	case "gzip", "deflate", "deflate-raw":
	default:
		return nil, fmt.Errorf("unsupported compression format: %q (want gzip, deflate or deflate-raw)", format)
	}
	return &decompressor{format: format}, nil
}

type decompressor struct {
	format   string
	hold     func() (release func()) // keeps the caller's thread state while the coroutine lives
	release  func()
	started  bool // the decoder coroutine runs from the first Write or Close
	ended    bool // the decoder finished (err says how), or was aborted
	err      error
	in, outN int64 // bytes written and produced, for the ratio guard
	feed     feed
	pending  []byte // output of the current Write or Close
	next     func() (struct{}, bool)
	stop     func()
}

// feed is the decoder's input, read on the coroutine: when it has used
// every byte given so far it yields to the caller, which resumes it with
// the next chunk in cur (or eof set). yield returning false is an abort.
type feed struct {
	cur   []byte
	eof   bool
	yield func(struct{}) bool
}

// more waits for input; false at the end of input.
func (f *feed) more() (bool, error) {
	for len(f.cur) == 0 {
		if f.eof {
			return false, nil
		}
		if !f.yield(struct{}{}) {
			return false, errAborted
		}
	}
	return true, nil
}

func (f *feed) Read(p []byte) (int, error) {
	if ok, err := f.more(); !ok {
		if err == nil {
			err = io.EOF
		}
		return 0, err
	}
	n := copy(p, f.cur)
	f.cur = f.cur[n:]
	return n, nil
}

// ReadByte makes the feed the decoders' io.ByteReader, so they read it
// directly (no bufio copy) and bytes after the stream's end stay in cur.
func (f *feed) ReadByte() (byte, error) {
	if ok, err := f.more(); !ok {
		if err == nil {
			err = io.EOF
		}
		return 0, err
	}
	b := f.cur[0]
	f.cur = f.cur[1:]
	return b, nil
}

// start makes the decoder coroutine (lazily, so a stream that is made but
// never used holds nothing).
func (d *decompressor) start() {
	if d.started {
		return
	}
	d.started = true
	if d.hold != nil {
		d.release = d.hold()
	}
	d.next, d.stop = iter.Pull(func(yield func(struct{}) bool) {
		d.feed.yield = yield
		err := d.decode()
		d.ended = true
		if err != nil && d.err == nil {
			d.err = corrupt(err)
		}
	})
}

// decode runs on the coroutine until the stream ends or fails.
func (d *decompressor) decode() error {
	var r io.Reader
	var err error
	switch d.format {
	case "gzip":
		var zr *gzip.Reader
		if zr, err = gzip.NewReader(&d.feed); err != nil {
			return err
		}
		zr.Multistream(false)
		r = zr
	case "deflate":
		if r, err = zlib.NewReader(&d.feed); err != nil {
			return err
		}
	default:
		r = flate.NewReader(&d.feed)
	}
	// Read suspends the coroutine when it needs input, and the caller
	// takes pending meanwhile: decode into a buffer of our own.
	buf := make([]byte, 32<<10)
	for {
		n, err := r.Read(buf)
		d.pending = append(d.pending, buf[:n]...)
		if berr := d.bomb(len(d.pending)); berr != nil {
			d.pending = nil
			d.err = berr
			return nil
		}
		if err == io.EOF {
			// the stream ended: anything after it is junk (wait for the
			// next chunk or the end of input to know)
			if ok, ferr := d.feed.more(); ferr != nil {
				return ferr
			} else if ok {
				return errJunk
			}
			return nil
		}
		if err != nil {
			return err
		}
	}
}

var (
	errJunk    = errors.New("junk found after the end of the compressed data")
	errAborted = errors.New("decompression aborted")
)

func corrupt(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), err == io.EOF:
		return errors.New("the compressed data ended before the stream was complete (truncated input)")
	case errors.Is(err, errJunk), errors.Is(err, errAborted):
		return err
	}
	return fmt.Errorf("corrupt compressed data: %v", err)
}

// bomb checks the output gathered so far for this write (pending bytes)
// against the per-write cap and the ratio guard, while it expands.
func (d *decompressor) bomb(pending int) error {
	total := d.outN + int64(pending)
	switch {
	case pending > MaxOutputPerWrite:
		return fmt.Errorf("decompressed output of one chunk passed %d MB: refusing a likely decompression bomb", MaxOutputPerWrite>>20)
	case total > RatioGuardAfter && total > MaxRatio*d.in:
		return fmt.Errorf("decompressed %d MB from %d KB (over %d:1): refusing a likely decompression bomb", total>>20, d.in>>10, MaxRatio)
	}
	return nil
}

// resume runs the decoder until it wants more input or ends, and hands
// over what it produced.
func (d *decompressor) resume() ([]byte, error) {
	d.next()
	out := d.pending
	d.pending = nil
	if d.ended {
		d.end()
		if d.err != nil {
			return nil, d.err
		}
	}
	d.outN += int64(len(out))
	return out, nil
}

func (d *decompressor) Write(p []byte) ([]byte, error) {
	if d.ended {
		if d.err != nil {
			return nil, d.err
		}
		if len(p) > 0 {
			return nil, errJunk
		}
		return nil, nil
	}
	if len(p) == 0 {
		return nil, nil
	}
	d.start()
	d.in += int64(len(p))
	d.feed.cur = p
	out, err := d.resume()
	d.feed.cur = nil // the caller owns p again (a decoder at its end may not have read all of it)
	return out, err
}

func (d *decompressor) Close() ([]byte, error) {
	if d.ended {
		return nil, d.err
	}
	d.start()
	d.feed.eof = true
	return d.resume()
}

// Abort stops a decompressor that will not be closed (a cancelled stream).
// It must not run while the codec's Write or Close does.
func Abort(c Codec) {
	if d, ok := c.(*decompressor); ok && d.started && !d.ended {
		d.ended, d.err = true, errAborted
		d.end()
	}
}

// end finishes the coroutine and lets the caller's thread state change again.
func (d *decompressor) end() {
	d.stop()
	if d.release != nil {
		d.release()
	}
}

// HoldThreadWhileDecoding makes a decompressor call hold as its coroutine
// starts and the function hold returns once it ends: Go kills the process
// when a coroutine is resumed under other OS-thread locking than it was
// made under, and the runtime's loop locks and unlocks its thread (see
// jsrt.Runtime.HoldThread). Other codecs are left as they are.
func HoldThreadWhileDecoding(c Codec, hold func() (release func())) {
	if d, ok := c.(*decompressor); ok {
		d.hold = hold
	}
}
