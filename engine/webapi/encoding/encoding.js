// TextEncoder/TextDecoder (+ streams), atob, btoa over natives (encoding.go).
(function (native) {
  "use strict";
  const def = (name, value) =>
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });

  class TextEncoder {
    get encoding() { return "utf-8"; }
    encode(input = "") { return native.encode(String(input)); }
    encodeInto(source, destination) {
      if (!(destination instanceof Uint8Array)) throw new TypeError("Failed to execute 'encodeInto' on 'TextEncoder': parameter 2 is not of type 'Uint8Array'.");
      return native.encodeInto(String(source), destination);
    }
    get [Symbol.toStringTag]() { return "TextEncoder"; }
  }

  class TextDecoder {
    #encoding;
    #fatal;
    #ignoreBOM;
    #carry = null; // bytes of an incomplete sequence from the last stream call
    #bomSeen = false;
    constructor(label = "utf-8", options = {}) {
      const enc = native.normalize(String(label));
      if (enc === undefined || enc === "replacement") throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
      this.#encoding = enc;
      this.#fatal = !!(options && options.fatal);
      this.#ignoreBOM = !!(options && options.ignoreBOM);
    }
    get encoding() { return this.#encoding; }
    get fatal() { return this.#fatal; }
    get ignoreBOM() { return this.#ignoreBOM; }
    decode(input, options = {}) {
      const stream = !!(options && options.stream);
      let bytes;
      if (input === undefined) bytes = new Uint8Array(0);
      else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
      else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      else if (typeof SharedArrayBuffer === "function" && input instanceof SharedArrayBuffer) bytes = new Uint8Array(input);
      else throw new TypeError("Failed to execute 'decode' on 'TextDecoder': The provided value is not of type '(ArrayBuffer or ArrayBufferView)'.");
      if (this.#carry) {
        const joined = new Uint8Array(this.#carry.length + bytes.length);
        joined.set(this.#carry);
        joined.set(bytes, this.#carry.length);
        bytes = joined;
        this.#carry = null;
      }
      const [text, carry] = native.decode(this.#encoding, bytes, this.#fatal, stream);
      if (carry > 0) this.#carry = bytes.slice(bytes.length - carry);
      let out = text;
      if (!this.#ignoreBOM && !this.#bomSeen && out.length > 0) {
        if (out.charCodeAt(0) === 0xFEFF) out = out.slice(1);
        this.#bomSeen = true;
      }
      if (!stream) { this.#bomSeen = false; }
      return out;
    }
    get [Symbol.toStringTag]() { return "TextDecoder"; }
  }

  class TextEncoderStream {
    #ts;
    constructor() {
      const enc = new TextEncoder();
      let pending = ""; // a lone high surrogate at a chunk's end
      this.#ts = new TransformStream({
        transform(chunk, c) {
          let s = pending + String(chunk);
          pending = "";
          const last = s.charCodeAt(s.length - 1);
          if (last >= 0xD800 && last <= 0xDBFF) { pending = s.slice(-1); s = s.slice(0, -1); }
          if (s.length > 0) c.enqueue(enc.encode(s));
        },
        flush(c) { if (pending) c.enqueue(enc.encode("\uFFFD")); },
      });
    }
    get encoding() { return "utf-8"; }
    get readable() { return this.#ts.readable; }
    get writable() { return this.#ts.writable; }
    get [Symbol.toStringTag]() { return "TextEncoderStream"; }
  }

  class TextDecoderStream {
    #ts;
    #dec;
    constructor(label = "utf-8", options = {}) {
      const dec = this.#dec = new TextDecoder(label, options);
      this.#ts = new TransformStream({
        transform(chunk, c) {
          const s = dec.decode(chunk, { stream: true });
          if (s) c.enqueue(s);
        },
        flush(c) {
          const s = dec.decode();
          if (s) c.enqueue(s);
        },
      });
    }
    get encoding() { return this.#dec.encoding; }
    get fatal() { return this.#dec.fatal; }
    get ignoreBOM() { return this.#dec.ignoreBOM; }
    get readable() { return this.#ts.readable; }
    get writable() { return this.#ts.writable; }
    get [Symbol.toStringTag]() { return "TextDecoderStream"; }
  }

  def("TextEncoder", TextEncoder);
  def("TextDecoder", TextDecoder);
  def("TextEncoderStream", TextEncoderStream);
  def("TextDecoderStream", TextDecoderStream);
  def("atob", function atob(data) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'atob' on 'Window': 1 argument required, but only 0 present.");
    return native.atob(String(data));
  });
  def("btoa", function btoa(data) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'btoa' on 'Window': 1 argument required, but only 0 present.");
    return native.btoa(String(data));
  });
})
