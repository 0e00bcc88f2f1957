package compression

import (
	_ "embed"
	"fmt"
	"hash/crc32"
	"sync"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

//go:embed compression.js
var compressionJS string

var script = jsrt.NewScript("edgeplay:compression", compressionJS)

// maxPiece bounds one chunk the JS side enqueues: a write whose output is
// larger is handed over as several chunks.
const maxPiece = 1 << 20

// Install adds CompressionStream and DecompressionStream.
func Install(r *jsrt.Runtime) error {
	// Open codecs by id. A stream that is neither closed nor cancelled
	// keeps its codec until the runtime stops (decoders start their
	// coroutine on the first write, so an unused stream costs nothing).
	// The loop runs every codec, so codecs are only touched there: a
	// coroutine must be resumed and ended under the thread locking it was
	// made under, which the loop keeps while a decoder lives.
	var mu sync.Mutex
	codecs := map[int64]Codec{}
	var next int64
	get := func(id int64) Codec {
		mu.Lock()
		defer mu.Unlock()
		c := codecs[id]
		if c == nil {
			r.ThrowTypeError("the compression stream is closed")
		}
		return c
	}
	take := func(id int64) Codec {
		mu.Lock()
		defer mu.Unlock()
		c := codecs[id]
		delete(codecs, id)
		return c
	}
	r.AtExit(func() {
		mu.Lock()
		defer mu.Unlock()
		for id, c := range codecs {
			Abort(c)
			delete(codecs, id)
		}
	})
	vm := r.VM()
	out := func(b []byte) goja.Value {
		if len(b) == 0 {
			return goja.Null()
		}
		pieces := make([]any, 0, (len(b)+maxPiece-1)/maxPiece)
		for len(b) > 0 {
			n := min(len(b), maxPiece)
			pieces = append(pieces, r.NewUint8Array(b[:n:n]))
			b = b[n:]
		}
		return vm.NewArray(pieces...)
	}
	_, err := script.Call(r, map[string]any{
		// crc32(state, bytes) continues zip.js's CRC state (the
		// complemented running CRC, as its Crc32 keeps it).
		"crc32": func(state int32, data goja.Value) int32 {
			b, ok := r.Bytes(data)
			if !ok {
				r.ThrowTypeError("crc32: not bytes")
			}
			return int32(^crc32.Update(^uint32(state), crc32.IEEETable, b))
		},
		"open": func(format string, decompress bool) int64 {
			var c Codec
			var err error
			if decompress {
				c, err = NewDecompressor(format)
				HoldThreadWhileDecoding(c, r.HoldThread)
			} else {
				c, err = NewCompressor(format)
			}
			if err != nil {
				r.ThrowTypeError("%v", err)
			}
			mu.Lock()
			next++
			id := next
			codecs[id] = c
			mu.Unlock()
			return id
		},
		"write": func(id int64, chunk goja.Value) goja.Value {
			b, ok := r.Bytes(chunk)
			if !ok {
				r.ThrowTypeError("chunk is not an ArrayBuffer or a view on one")
			}
			res, err := get(id).Write(b)
			if err != nil {
				if c := take(id); c != nil {
					Abort(c)
				}
				r.ThrowTypeError("%v", err)
			}
			return out(res)
		},
		"close": func(id int64) goja.Value {
			c := take(id)
			if c == nil {
				r.ThrowTypeError("the compression stream is closed")
			}
			res, err := c.Close()
			if err != nil {
				r.ThrowTypeError("%v", err)
			}
			return out(res)
		},
		"abort": func(id int64) {
			if c := take(id); c != nil {
				Abort(c)
			}
		},
	})
	if err != nil {
		return fmt.Errorf("compression: %w", err)
	}
	return nil
}
