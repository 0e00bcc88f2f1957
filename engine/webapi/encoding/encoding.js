// TextEncoder/TextDecoder (+ streams), atob, btoa over natives (encoding.go).
(function (native) {
  "use strict";
  const def = (name, value) =>
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });

  // WebIDL shape: prototype members are enumerable, toStringTag is not.
  const webidl = (C, name) => {
    for (const k of Object.getOwnPropertyNames(C.prototype)) {
      if (k === "constructor") continue;
      Object.defineProperty(C.prototype, k, { ...Object.getOwnPropertyDescriptor(C.prototype, k), enumerable: true });
    }
    Object.defineProperty(C.prototype, Symbol.toStringTag, { value: name, configurable: true });
  };
  const illegal = () => new TypeError("Illegal invocation");
  // TransformStream may be installed after this package: look it up late.
  const transformStream = () => {
    if (typeof globalThis.TransformStream !== "function") throw new TypeError("TransformStream is not available in this runtime");
    return globalThis.TransformStream;
  };

  class TextEncoder {
    #brand = true;
    static #check(o) { if (!(o !== null && typeof o === "object" && #brand in o)) throw illegal(); }
    get encoding() { TextEncoder.#check(this); return "utf-8"; }
    encode(input = "") { TextEncoder.#check(this); return native.encode(String(input)); }
    encodeInto(source, destination) {
      TextEncoder.#check(this);
      if (!(destination instanceof Uint8Array)) throw new TypeError("Failed to execute 'encodeInto' on 'TextEncoder': Argument 2 is not an Uint8Array object");
      return native.encodeInto(String(source), destination);
    }
  }
  webidl(TextEncoder, "TextEncoder");

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
    static #check(o) { if (!(o !== null && typeof o === "object" && #encoding in o)) throw illegal(); }
    get encoding() { TextDecoder.#check(this); return this.#encoding; }
    get fatal() { TextDecoder.#check(this); return this.#fatal; }
    get ignoreBOM() { TextDecoder.#check(this); return this.#ignoreBOM; }
    decode(input = undefined, options = {}) {
      TextDecoder.#check(this);
      const stream = !!(options && options.stream);
      let bytes;
      if (input === undefined) bytes = new Uint8Array(0);
      else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
      else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      else if (typeof SharedArrayBuffer === "function" && input instanceof SharedArrayBuffer) bytes = new Uint8Array(input);
      else throw new TypeError("Failed to execute 'decode' on 'TextDecoder': Argument 1 is not an ArrayBuffer, SharedArrayBuffer, or a view on one");
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
  }
  webidl(TextDecoder, "TextDecoder");

  class TextEncoderStream {
    #ts;
    constructor() {
      const enc = new TextEncoder();
      let pending = ""; // a lone high surrogate at a chunk's end
      this.#ts = new (transformStream())({
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
    static #check(o) { if (!(o !== null && typeof o === "object" && #ts in o)) throw illegal(); }
    get encoding() { TextEncoderStream.#check(this); return "utf-8"; }
    get readable() { TextEncoderStream.#check(this); return this.#ts.readable; }
    get writable() { TextEncoderStream.#check(this); return this.#ts.writable; }
  }
  webidl(TextEncoderStream, "TextEncoderStream");

  class TextDecoderStream {
    #ts;
    #dec;
    constructor(label = "utf-8", options = {}) {
      const dec = this.#dec = new TextDecoder(label, options);
      this.#ts = new (transformStream())({
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
    static #check(o) { if (!(o !== null && typeof o === "object" && #ts in o)) throw illegal(); }
    get encoding() { TextDecoderStream.#check(this); return this.#dec.encoding; }
    get fatal() { TextDecoderStream.#check(this); return this.#dec.fatal; }
    get ignoreBOM() { TextDecoderStream.#check(this); return this.#dec.ignoreBOM; }
    get readable() { TextDecoderStream.#check(this); return this.#ts.readable; }
    get writable() { TextDecoderStream.#check(this); return this.#ts.writable; }
  }
  webidl(TextDecoderStream, "TextDecoderStream");

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
