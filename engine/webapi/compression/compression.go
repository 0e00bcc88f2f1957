package compression

import (
	"sync"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

var script = jsrt.NewScript("edgeplay:compression", `(function (native) {
  "use strict";
  const toBytes = (chunk) => {
    if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
    if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    throw new TypeError("Chunk must be a BufferSource (ArrayBuffer or ArrayBufferView)");
  };
  const make = (name, decompress) => class {
    #ts;
    constructor(format) {
      if (arguments.length === 0) throw new TypeError("Failed to construct '" + name + "': 1 argument required, but only 0 present.");
      format = String(format);
      if (!["gzip", "deflate", "deflate-raw"].includes(format)) {
        throw new TypeError("Unsupported compression format: '" + format + "'");
      }
      const id = native.open(format, decompress);
      const push = (c, out) => { if (out !== null) c.enqueue(out); };
      this.#ts = new TransformStream({
        transform(chunk, c) { push(c, native.write(id, toBytes(chunk))); },
        flush(c) { push(c, native.close(id)); },
        cancel() { native.abort(id); },
      });
    }
    get readable() { return this.#ts.readable; }
    get writable() { return this.#ts.writable; }
    get [Symbol.toStringTag]() { return name; }
  };
  for (const [name, d] of [["CompressionStream", false], ["DecompressionStream", true]]) {
    Object.defineProperty(globalThis, name, { value: make(name, d), writable: true, configurable: true, enumerable: false });
  }
})`)

// Install adds CompressionStream and DecompressionStream.
func Install(r *jsrt.Runtime) error {
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
	drop := func(id int64) {
		mu.Lock()
		delete(codecs, id)
		mu.Unlock()
	}
	go func() {
		<-r.Done()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range codecs {
			Abort(c)
		}
	}()
	out := func(b []byte) goja.Value {
		if len(b) == 0 {
			return goja.Null()
		}
		return r.NewUint8Array(b)
	}
	_, err := script.Call(r, map[string]any{
		"open": func(format string, decompress bool) int64 {
			var c Codec
			var err error
			if decompress {
				c, err = NewDecompressor(format)
			} else {
				c, err = NewCompressor(format)
			}
			if err != nil {
				r.ThrowTypeError("%v", err)
			}
			mu.Lock()
			next++
			codecs[next] = c
			id := next
			mu.Unlock()
			return id
		},
		"write": func(id int64, chunk goja.Value) goja.Value {
			b, _ := r.Bytes(chunk)
			res, err := get(id).Write(b)
			if err != nil {
				drop(id)
				r.ThrowTypeError("%v", err)
			}
			return out(res)
		},
		"close": func(id int64) goja.Value {
			c := get(id)
			drop(id)
			res, err := c.Close()
			if err != nil {
				r.ThrowTypeError("%v", err)
			}
			return out(res)
		},
		"abort": func(id int64) {
			mu.Lock()
			c := codecs[id]
			delete(codecs, id)
			mu.Unlock()
			if c != nil {
				Abort(c)
			}
		},
	})
	return err
}
