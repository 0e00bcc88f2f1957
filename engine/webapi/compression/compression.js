// CompressionStream and DecompressionStream: thin wrappers that hand each
// chunk to the Go codec (codec.go) synchronously and enqueue its output.
// TransformStream is looked up when a stream is constructed (the streams
// package installs it).
(function (native) {
  "use strict";
  const FORMATS = ["gzip", "deflate", "deflate-raw"];
  // CRC-32 in Go for the vendored zip.js (its Crc32.append is patched to
  // use this when present; see engine/bundle/vendor/update.sh): the JS
  // table loop was most of an extraction's CPU.
  Object.defineProperty(globalThis, Symbol.for("edgeplay.crc32"), { value: native.crc32 });
  const toBytes = (chunk, name) => {
    if (chunk instanceof Uint8Array) return chunk;
    if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (chunk instanceof ArrayBuffer || (typeof SharedArrayBuffer === "function" && chunk instanceof SharedArrayBuffer)) return new Uint8Array(chunk);
    throw new TypeError(`Failed to write to '${name}': chunk is not an ArrayBuffer or a view on one (got ${chunk === null ? "null" : typeof chunk})`);
  };
  const streams = new WeakMap(); // instance → TransformStream

  const open = (self, name, format, decompress, argc) => {
    if (argc < 1) throw new TypeError(`Failed to construct '${name}': 1 argument required, but only 0 present.`);
    format = String(format);
    if (!FORMATS.includes(format)) {
      throw new TypeError(`Failed to construct '${name}': The provided value '${format}' is not a valid enum value of type CompressionFormat`);
    }
    const TS = globalThis.TransformStream;
    if (typeof TS !== "function") throw new TypeError(`Failed to construct '${name}': TransformStream is not available`);
    const id = native.open(format, decompress);
    // out is null or an array of Uint8Arrays of at most 1 MB each, each on
    // its own ArrayBuffer (a consumer may transfer one).
    const push = (c, out) => { if (out !== null) for (let i = 0; i < out.length; i++) c.enqueue(out[i]); };
    streams.set(self, new TS({
      transform(chunk, c) { push(c, native.write(id, toBytes(chunk, name))); },
      flush(c) { push(c, native.close(id)); },
      cancel() { native.abort(id); },
    }));
  };
  const ts = (self) => {
    const t = self !== null && typeof self === "object" ? streams.get(self) : undefined;
    if (t === undefined) throw new TypeError("Illegal invocation");
    return t;
  };

  class CompressionStream {
    constructor(format) { open(this, "CompressionStream", format, false, arguments.length); }
    get readable() { return ts(this).readable; }
    get writable() { return ts(this).writable; }
  }
  class DecompressionStream {
    constructor(format) { open(this, "DecompressionStream", format, true, arguments.length); }
    get readable() { return ts(this).readable; }
    get writable() { return ts(this).writable; }
  }
  for (const C of [CompressionStream, DecompressionStream]) {
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
    Object.defineProperty(globalThis, C.name, { value: C, writable: true, configurable: true, enumerable: false });
  }
})
