// Package compression installs CompressionStream and DecompressionStream
// for "gzip", "deflate" (zlib) and "deflate-raw", with the codecs in Go
// (compress/flate, gzip, zlib). zip.js extracts through these, so they are
// the hot path of a zip upload: each chunk is handed to the Go codec
// synchronously on the loop and its output enqueued, with no goroutine per
// chunk.
//
// Decompression is fed through a pipe-less reader over the bytes written
// so far: Write appends input and drains whatever output the decoder can
// produce without blocking; output per Write is capped (MaxOutputPerWrite)
// and streamed in bounded pieces, so a decompression bomb errors the
// stream instead of growing memory without bound.
package compression

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
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
	w   io.WriteCloser
}

func (c *compressor) take() []byte {
	out := append([]byte(nil), c.buf.Bytes()...)
	c.buf.Reset()
	return out
}

func (c *compressor) Write(p []byte) ([]byte, error) {
	if _, err := c.w.Write(p); err != nil {
		return nil, err
	}
	return c.take(), nil
}

func (c *compressor) Close() ([]byte, error) {
	if err := c.w.Close(); err != nil {
		return nil, err
	}
	return c.take(), nil
}

// NewDecompressor returns a decompressing codec. Go's decoders pull
// their input, so the decoder runs on its own goroutine reading a pipe;
// Write feeds the pipe and collects the output produced meanwhile (so a
// chunk that expands enormously is caught while it expands).
func NewDecompressor(format string) (Codec, error) {
	switch format {
	case "gzip", "deflate", "deflate-raw":
	default:
		return nil, fmt.Errorf("unsupported compression format: %q (want gzip, deflate or deflate-raw)", format)
	}
	pr, pw := io.Pipe()
	d := &decompressor{pw: pw, out: make(chan []byte, 16), done: make(chan error, 1)}
	go d.run(format, pr)
	return d, nil
}

type decompressor struct {
	in, outN int64 // bytes written and produced, for the ratio guard
	pw       *io.PipeWriter
	out      chan []byte // decoded pieces; closed when the decoder ends
	done     chan error  // the decoder's final error
	ended    bool
	err      error
}

func (d *decompressor) run(format string, pr *io.PipeReader) {
	// One buffered reader for every format: the decoders use it as their
	// ByteReader, so bytes after the stream's end stay visible here.
	br := bufio.NewReaderSize(pr, 64<<10)
	var r io.Reader
	var err error
	switch format {
	case "gzip":
		var zr *gzip.Reader
		if zr, err = gzip.NewReader(br); err == nil {
			zr.Multistream(false)
			r = zr
		}
	case "deflate":
		r, err = zlib.NewReader(br)
	default:
		r = flate.NewReader(br)
	}
	if err == nil {
		for {
			buf := make([]byte, 64<<10)
			n, rerr := r.Read(buf)
			if n > 0 {
				d.out <- buf[:n]
			}
			if rerr == io.EOF {
				break
			}
			if rerr != nil {
				err = rerr
				break
			}
		}
	}
	if err == nil {
		// the stream ended: anything after it is junk
		if br.Buffered() > 0 {
			err = errJunk
		} else if _, rerr := br.ReadByte(); rerr == nil {
			err = errJunk
		}
	}
	pr.CloseWithError(errEnded)
	close(d.out)
	d.done <- err
}

var (
	errJunk  = errors.New("junk found after the end of the compressed data")
	errEnded = errors.New("decompression ended")
)

func corrupt(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), err == io.EOF:
		return errors.New("the compressed data ended before the stream was complete (truncated input)")
	case errors.Is(err, errJunk):
		return err
	}
	return fmt.Errorf("corrupt compressed data: %v", err)
}

// collect gathers output until wait fires, bounding the total.
func (d *decompressor) collect(wait <-chan error) ([]byte, error) {
	var out []byte
	for {
		select {
		case b, ok := <-d.out:
			if !ok {
				d.finish()
				if wait != nil {
					<-wait
				}
				return out, d.err
			}
			out = append(out, b...)
			if err := d.bomb(len(out)); err != nil {
				return nil, err
			}
		case err := <-wait:
			// input taken: pick up what is ready without waiting
			for {
				select {
				case b, ok := <-d.out:
					if !ok {
						d.finish()
						return out, d.err
					}
					out = append(out, b...)
					if err := d.bomb(len(out)); err != nil {
						return nil, err
					}
					continue
				default:
				}
				break
			}
			if err != nil && !errors.Is(err, errEnded) {
				return out, err
			}
			if errors.Is(err, errEnded) {
				d.finish()
				if d.err == nil {
					d.err = errJunk
				}
				return out, d.err
			}
			return out, nil
		}
	}
}

func (d *decompressor) finish() {
	if d.ended {
		return
	}
	d.ended = true
	if err := <-d.done; err != nil {
		d.err = corrupt(err)
	}
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
	wait := make(chan error, 1)
	go func() {
		_, err := d.pw.Write(p)
		wait <- err
	}()
	d.in += int64(len(p))
	return d.guard(d.collect(wait))
}

// bomb checks the output gathered so far for this write (pending bytes)
// against the per-write cap and the ratio guard, while it expands.
func (d *decompressor) bomb(pending int) error {
	total := d.outN + int64(pending)
	switch {
	case pending > MaxOutputPerWrite:
		d.pw.CloseWithError(errors.New("aborted"))
		return fmt.Errorf("decompressed output of one chunk passed %d MB: refusing a likely decompression bomb", MaxOutputPerWrite>>20)
	case total > RatioGuardAfter && total > MaxRatio*d.in:
		d.pw.CloseWithError(errors.New("aborted"))
		return fmt.Errorf("decompressed %d MB from %d KB (over %d:1): refusing a likely decompression bomb", total>>20, d.in>>10, MaxRatio)
	}
	return nil
}

// guard counts what a write or close produced.
func (d *decompressor) guard(out []byte, err error) ([]byte, error) {
	d.outN += int64(len(out))
	return out, err
}

func (d *decompressor) Close() ([]byte, error) {
	if d.ended {
		return nil, d.err
	}
	d.pw.Close()
	return d.guard(d.collect(nil))
}

// Abort stops a decompressor that will not be closed (a cancelled stream).
func Abort(c Codec) {
	if d, ok := c.(*decompressor); ok && !d.ended {
		d.pw.CloseWithError(errors.New("aborted"))
		go func() {
			for range d.out {
			}
		}()
	}
}
