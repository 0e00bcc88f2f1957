// Web Crypto over Go's crypto packages (crypto.go): getRandomValues,
// randomUUID, and SubtleCrypto for digest and HMAC (import raw/jwk,
// export, generate, sign, verify).
(function (native) {
  "use strict";
  const domErr = (msg, name) => new DOMException(msg, name);
  const kKey = Symbol("key");
  const toBytes = (v, what) => {
    if (v instanceof ArrayBuffer) return new Uint8Array(v);
    if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    throw new TypeError(`${what}: expected an ArrayBuffer or ArrayBufferView`);
  };
  const normHash = (h) => {
    const name = (typeof h === "string" ? h : h && h.name || "").toUpperCase();
    const map = { "SHA-1": "SHA-1", "SHA-256": "SHA-256", "SHA-384": "SHA-384", "SHA-512": "SHA-512" };
    if (!map[name]) throw domErr(`Unrecognized hash algorithm: ${typeof h === "string" ? h : h && h.name}`, "NotSupportedError");
    return map[name];
  };
  const normAlg = (a) => {
    const name = typeof a === "string" ? a : a && a.name;
    if (typeof name !== "string") throw new TypeError("Algorithm: name is required");
    return { ...(typeof a === "object" ? a : {}), name: name.toUpperCase() === "HMAC" ? "HMAC" : name };
  };

  class CryptoKey {
    constructor(key) { if (key !== kKey) throw new TypeError("Illegal constructor"); }
    get [Symbol.toStringTag]() { return "CryptoKey"; }
  }
  const makeKey = (type, extractable, algorithm, usages, raw) => {
    const k = new CryptoKey(kKey);
    Object.defineProperties(k, {
      type: { value: type, enumerable: true },
      extractable: { value: !!extractable, enumerable: true },
      algorithm: { value: Object.freeze(algorithm), enumerable: true },
      usages: { value: Object.freeze(usages.slice()), enumerable: true },
      [kKey]: { value: raw },
    });
    return k;
  };
  const checkUsage = (key, usage) => {
    if (!(key instanceof CryptoKey)) throw new TypeError("Key is not a CryptoKey");
    if (!key.usages.includes(usage)) throw domErr(`Key does not support the '${usage}' operation`, "InvalidAccessError");
  };
  const hmacUsages = ["sign", "verify"];
  const checkUsages = (usages, allowed) => {
    for (const u of usages) if (!allowed.includes(u)) throw new SyntaxError(`Unsupported key usage for an HMAC key: ${u}`);
  };
  const b64url = (b) => btoa(String.fromCharCode(...b)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const fromB64url = (s) => new Uint8Array(Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0)));

  class SubtleCrypto {
    constructor(key) { if (key !== kKey) throw new TypeError("Illegal constructor"); }
    async digest(algorithm, data) {
      return native.digest(normHash(algorithm), toBytes(data, "digest"));
    }
    async importKey(format, keyData, algorithm, extractable, usages) {
      const alg = normAlg(algorithm);
      if (alg.name !== "HMAC") throw domErr(`Unrecognized or unsupported algorithm: ${alg.name}`, "NotSupportedError");
      checkUsages(usages, hmacUsages);
      const hash = normHash(alg.hash);
      let raw;
      if (format === "raw") raw = toBytes(keyData, "importKey").slice();
      else if (format === "jwk") {
        if (!keyData || keyData.kty !== "oct" || typeof keyData.k !== "string") throw domErr("Invalid JWK: an HMAC key needs kty \"oct\" and k", "DataError");
        raw = fromB64url(keyData.k);
      } else throw domErr(`Unsupported key format: ${format}`, "NotSupportedError");
      if (raw.length === 0) throw domErr("HMAC key data must not be empty", "DataError");
      return makeKey("secret", extractable, { name: "HMAC", hash: { name: hash }, length: alg.length ?? raw.length * 8 }, usages, raw);
    }
    async exportKey(format, key) {
      if (!(key instanceof CryptoKey)) throw new TypeError("Key is not a CryptoKey");
      if (!key.extractable) throw domErr("The key is not extractable", "InvalidAccessError");
      const raw = key[kKey];
      if (format === "raw") return raw.slice().buffer;
      if (format === "jwk") return { kty: "oct", k: b64url(raw), alg: "HS" + key.algorithm.hash.name.slice(4), key_ops: key.usages.slice(), ext: true };
      throw domErr(`Unsupported key format: ${format}`, "NotSupportedError");
    }
    async generateKey(algorithm, extractable, usages) {
      const alg = normAlg(algorithm);
      if (alg.name !== "HMAC") throw domErr(`Unrecognized or unsupported algorithm: ${alg.name}`, "NotSupportedError");
      checkUsages(usages, hmacUsages);
      const hash = normHash(alg.hash);
      const bits = alg.length ?? { "SHA-1": 512, "SHA-256": 512, "SHA-384": 1024, "SHA-512": 1024 }[hash];
      const raw = crypto.getRandomValues(new Uint8Array(Math.ceil(bits / 8)));
      return makeKey("secret", extractable, { name: "HMAC", hash: { name: hash }, length: bits }, usages, raw);
    }
    async sign(algorithm, key, data) {
      checkUsage(key, "sign");
      if (normAlg(algorithm).name !== key.algorithm.name) throw domErr("The key's algorithm does not match", "InvalidAccessError");
      return native.hmac(key.algorithm.hash.name, key[kKey], toBytes(data, "sign"));
    }
    async verify(algorithm, key, signature, data) {
      checkUsage(key, "verify");
      if (normAlg(algorithm).name !== key.algorithm.name) throw domErr("The key's algorithm does not match", "InvalidAccessError");
      return native.hmacVerify(key.algorithm.hash.name, key[kKey], toBytes(signature, "verify"), toBytes(data, "verify"));
    }
    async encrypt(algorithm) { throw domErr(`Unrecognized or unsupported algorithm: ${normAlg(algorithm).name}`, "NotSupportedError"); }
    async decrypt(algorithm) { throw domErr(`Unrecognized or unsupported algorithm: ${normAlg(algorithm).name}`, "NotSupportedError"); }
    async deriveBits(algorithm) { throw domErr(`Unrecognized or unsupported algorithm: ${normAlg(algorithm).name}`, "NotSupportedError"); }
    async deriveKey(algorithm) { throw domErr(`Unrecognized or unsupported algorithm: ${normAlg(algorithm).name}`, "NotSupportedError"); }
    async wrapKey() { throw domErr("wrapKey is not supported", "NotSupportedError"); }
    async unwrapKey() { throw domErr("unwrapKey is not supported", "NotSupportedError"); }
    get [Symbol.toStringTag]() { return "SubtleCrypto"; }
  }
  const subtle = new SubtleCrypto(kKey);
  class Crypto {
    constructor(key) { if (key !== kKey) throw new TypeError("Illegal constructor"); }
    get subtle() { return subtle; }
    getRandomValues(array) {
      if (!ArrayBuffer.isView(array) || array instanceof DataView || array instanceof Float32Array || array instanceof Float64Array) {
        throw domErr("The provided ArrayBufferView is not an integer array type", "TypeMismatchError");
      }
      if (array.byteLength > 65536) throw domErr(`The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, "QuotaExceededError");
      native.fill(array);
      return array;
    }
    randomUUID() { return native.uuid(); }
    get [Symbol.toStringTag]() { return "Crypto"; }
  }
  const def = (name, value) => Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable: false });
  def("crypto", new Crypto(kKey));
  def("Crypto", Crypto);
  def("CryptoKey", CryptoKey);
  def("SubtleCrypto", SubtleCrypto);
})
