// Web Crypto's API shape over Go's crypto packages (crypto.go, keys.go,
// ops.go): argument checks, algorithm normalization, key usages, JWK
// checks, and the operations composed from primitives (deriveKey, wrapKey,
// unwrapKey). Key material stays in Go; a CryptoKey maps to its Go handle
// through a WeakMap.
(function (native) {
  "use strict";

  const token = Symbol("crypto internal");
  const keys = new WeakMap(); // CryptoKey → { handle, type, extractable, algorithm, usages }

  const domErr = (message, name) => {
    const C = globalThis.DOMException;
    if (typeof C === "function") return new C(message, name);
    const e = new Error(message);
    e.name = name;
    return e;
  };
  const fail = (method, what) => new TypeError(`Failed to execute '${method}' on 'SubtleCrypto': ${what}`);

  const isBufferSource = (v) => v instanceof ArrayBuffer || ArrayBuffer.isView(v) ||
    (typeof SharedArrayBuffer === "function" && v instanceof SharedArrayBuffer);
  // Buffers go to Go as a Uint8Array over the same memory: the runtime's
  // byte access (Runtime.Bytes) takes only ArrayBuffers and Uint8Arrays.
  const u8 = (v) => (v instanceof Uint8Array ? v : ArrayBuffer.isView(v) ? new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v));
  const buffer = (method, v, what) => {
    if (!isBufferSource(v)) throw fail(method, `${what} can not be converted to a BufferSource`);
    return u8(v);
  };

  // Registered algorithms per operation and the dictionary each takes.
  const SHA = { "SHA-1": null, "SHA-256": null, "SHA-384": null, "SHA-512": null };
  const SIGN = { "RSASSA-PKCS1-v1_5": null, "RSA-PSS": "RsaPssParams", "ECDSA": "EcdsaParams", "HMAC": null, "Ed25519": null };
  const CIPHER = { "RSA-OAEP": "RsaOaepParams", "AES-CTR": "AesCtrParams", "AES-CBC": "AesCbcParams", "AES-GCM": "AesGcmParams" };
  const OPS = {
    digest: SHA,
    generateKey: {
      "RSASSA-PKCS1-v1_5": "RsaHashedKeyGenParams", "RSA-PSS": "RsaHashedKeyGenParams", "RSA-OAEP": "RsaHashedKeyGenParams",
      "ECDSA": "EcKeyGenParams", "ECDH": "EcKeyGenParams",
      "AES-CTR": "AesKeyGenParams", "AES-CBC": "AesKeyGenParams", "AES-GCM": "AesKeyGenParams", "AES-KW": "AesKeyGenParams",
      "HMAC": "HmacKeyGenParams", "Ed25519": null, "X25519": null,
    },
    importKey: {
      "RSASSA-PKCS1-v1_5": "RsaHashedImportParams", "RSA-PSS": "RsaHashedImportParams", "RSA-OAEP": "RsaHashedImportParams",
      "ECDSA": "EcKeyImportParams", "ECDH": "EcKeyImportParams", "HMAC": "HmacImportParams",
      "AES-CTR": null, "AES-CBC": null, "AES-GCM": null, "AES-KW": null,
      "HKDF": null, "PBKDF2": null, "Ed25519": null, "X25519": null,
    },
    sign: SIGN,
    verify: SIGN,
    encrypt: CIPHER,
    decrypt: CIPHER,
    deriveBits: { "HKDF": "HkdfParams", "PBKDF2": "Pbkdf2Params", "ECDH": "EcdhKeyDeriveParams", "X25519": "EcdhKeyDeriveParams" },
    keyLength: {
      "AES-CTR": "AesDerivedKeyParams", "AES-CBC": "AesDerivedKeyParams", "AES-GCM": "AesDerivedKeyParams", "AES-KW": "AesDerivedKeyParams",
      "HMAC": "HmacImportParams", "HKDF": null, "PBKDF2": null,
    },
    wrapKey: { "AES-KW": null },
  };
  // member, type, required
  const DICTS = {
    RsaHashedKeyGenParams: [["modulusLength", "ulong", true], ["publicExponent", "bigint", true], ["hash", "hash", true]],
    RsaHashedImportParams: [["hash", "hash", true]],
    RsaPssParams: [["saltLength", "ulong", true]],
    RsaOaepParams: [["label", "buffer", false]],
    EcKeyGenParams: [["namedCurve", "string", true]],
    EcKeyImportParams: [["namedCurve", "string", true]],
    EcdsaParams: [["hash", "hash", true]],
    EcdhKeyDeriveParams: [["public", "key", true]],
    AesKeyGenParams: [["length", "ushort", true]],
    AesDerivedKeyParams: [["length", "ushort", true]],
    AesCbcParams: [["iv", "buffer", true]],
    AesCtrParams: [["counter", "buffer", true], ["length", "octet", true]],
    AesGcmParams: [["iv", "buffer", true], ["additionalData", "buffer", false], ["tagLength", "octet", false]],
    HmacKeyGenParams: [["hash", "hash", true], ["length", "ulong", false]],
    HmacImportParams: [["hash", "hash", true], ["length", "ulong", false]],
    HkdfParams: [["hash", "hash", true], ["salt", "buffer", true], ["info", "buffer", true]],
    Pbkdf2Params: [["hash", "hash", true], ["salt", "buffer", true], ["iterations", "ulong", true]],
  };

  const integer = (method, v, member, max) => {
    const n = Math.trunc(Number(v));
    if (!Number.isFinite(n) || n < 0 || n > max) throw fail(method, `'${member}' must be an integer from 0 to ${max}, not ${String(v)}`);
    return n;
  };

  // normalize follows WebCrypto's "normalize an algorithm": the name is
  // matched case-insensitively, members are converted and copied.
  const normalize = (method, op, alg) => {
    if (typeof alg === "string") alg = { name: alg };
    else if (alg === null || typeof alg !== "object") throw fail(method, "Algorithm must be a string or an object with a 'name'");
    if (alg.name === undefined) throw fail(method, "Algorithm: required member 'name' is undefined");
    const given = String(alg.name);
    const table = OPS[op];
    const upper = given.toUpperCase();
    const name = Object.keys(table).find((n) => n.toUpperCase() === upper);
    if (name === undefined) {
      const known = Object.keys(OPS).some((o) => Object.keys(OPS[o]).some((n) => n.toUpperCase() === upper));
      throw domErr(known ? `Algorithm '${given}' is not supported for ${op}` : `Algorithm '${given}' is not supported`, "NotSupportedError");
    }
    const out = { name };
    const dict = table[name];
    if (dict === null) return out;
    for (const [member, type, required] of DICTS[dict]) {
      const v = alg[member];
      if (v === undefined) {
        if (required) throw fail(method, `${dict}: required dictionary member '${member}' is missing`);
        continue;
      }
      switch (type) {
        case "hash": out.hash = normalize(method, "digest", v).name; break;
        case "string": out[member] = String(v); break;
        case "ulong": out[member] = integer(method, v, member, 4294967295); break;
        case "ushort": out[member] = integer(method, v, member, 65535); break;
        case "octet": out[member] = integer(method, v, member, 255); break;
        case "buffer": out[member] = buffer(method, v, `${dict}.${member}`); break;
        case "bigint":
          if (!(v instanceof Uint8Array)) throw fail(method, `${dict}.${member} must be a Uint8Array`);
          out[member] = v;
          break;
        case "key": out[member] = slot(method, v, `${dict}.${member}`).handle; break;
      }
    }
    return out;
  };

  // Usages each algorithm allows, per key type.
  const SIG = { public: ["verify"], private: ["sign"] };
  const AES = { secret: ["encrypt", "decrypt", "wrapKey", "unwrapKey"] };
  const DH = { public: [], private: ["deriveKey", "deriveBits"] };
  const KDF = { secret: ["deriveKey", "deriveBits"] };
  const USAGES = {
    "RSASSA-PKCS1-v1_5": SIG, "RSA-PSS": SIG, "ECDSA": SIG, "Ed25519": SIG,
    "RSA-OAEP": { public: ["encrypt", "wrapKey"], private: ["decrypt", "unwrapKey"] },
    "ECDH": DH, "X25519": DH,
    "HMAC": { secret: ["sign", "verify"] },
    "AES-CTR": AES, "AES-CBC": AES, "AES-GCM": AES,
    "AES-KW": { secret: ["wrapKey", "unwrapKey"] },
    "HKDF": KDF, "PBKDF2": KDF,
  };
  // JWK "use" each algorithm's keys must carry, when present.
  const USE = { "RSA-OAEP": "enc", "ECDH": "enc", "X25519": "enc", "AES-CTR": "enc", "AES-CBC": "enc", "AES-GCM": "enc", "AES-KW": "enc" };
  const ALL_USAGES = ["encrypt", "decrypt", "sign", "verify", "deriveKey", "deriveBits", "wrapKey", "unwrapKey"];
  const FORMATS = ["raw", "spki", "pkcs8", "jwk"];

  const usageList = (method, usages) => {
    if (usages === null || typeof usages !== "object" || typeof usages[Symbol.iterator] !== "function") {
      throw fail(method, "keyUsages must be a sequence of strings");
    }
    const list = [];
    for (const u of usages) {
      const s = String(u);
      if (!ALL_USAGES.includes(s)) throw domErr("Invalid key usage", "SyntaxError");
      if (!list.includes(s)) list.push(s);
    }
    return list;
  };
  const format = (method, f) => {
    const s = String(f);
    if (!FORMATS.includes(s)) throw fail(method, `The provided value '${s}' is not a valid enum value of type KeyFormat`);
    return s;
  };
  const args = (method, got, want) => {
    if (got < want) throw fail(method, `${want} argument${want === 1 ? "" : "s"} required, but only ${got} present`);
  };

  class CryptoKey {
    constructor(t) { if (t !== token) throw new TypeError("Illegal constructor"); }
    get type() { return slot("type", this, "this").type; }
    get extractable() { return slot("extractable", this, "this").extractable; }
    get algorithm() { return slot("algorithm", this, "this").algorithm; }
    get usages() { return slot("usages", this, "this").usages; }
  }
  Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: "CryptoKey", configurable: true });
  Object.defineProperty(CryptoKey.prototype, Symbol.for("Deno.privateCustomInspect"), {
    value(inspect, options) {
      const s = keys.get(this);
      if (!s) return "CryptoKey {}";
      return "CryptoKey " + inspect({ type: s.type, extractable: s.extractable, algorithm: s.algorithm, usages: s.usages }, options);
    },
  });

  function slot(method, key, what) {
    const s = key !== null && typeof key === "object" ? keys.get(key) : undefined;
    if (!s) throw fail(method, `${what} can not be converted to a CryptoKey`);
    return s;
  }
  const makeKey = (desc, extractable, usages) => {
    const k = new CryptoKey(token);
    const algorithm = desc.algorithm;
    keys.set(k, { handle: desc.handle, type: desc.type, extractable: !!extractable, algorithm, usages });
    return k;
  };
  // Usage a key needs for an operation, with Deno's messages.
  const need = (s, usage) => {
    if (!s.usages.includes(usage)) throw domErr("The requested operation is not valid for the provided key", "InvalidAccessError");
  };
  const matches = (what, alg, s) => {
    if (alg.name !== s.algorithm.name) throw domErr(`${what} algorithm '${alg.name}' does not match key algorithm`, "InvalidAccessError");
  };

  const utf8 = (s) => {
    const bin = unescape(encodeURIComponent(s));
    const b = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) b[i] = bin.charCodeAt(i);
    return b;
  };
  const fromUtf8 = (buf) => {
    const b = new Uint8Array(buf);
    let bin = "";
    for (let i = 0; i < b.length; i += 8192) bin += String.fromCharCode.apply(null, b.subarray(i, i + 8192));
    try { return decodeURIComponent(escape(bin)); } catch { throw domErr("The unwrapped JWK is not valid UTF-8", "DataError"); }
  };

  const JWK_MEMBERS = ["kty", "crv", "alg", "k", "n", "e", "d", "p", "q", "dp", "dq", "qi", "x", "y", "oth"];

  // importKey's common part: usages, JWK use/ext/key_ops, then Go.
  async function importKey(method, fmt, keyData, alg, extractable, usages) {
    const list = USAGES[alg.name];
    const allowed = [...(list.secret || []), ...(list.public || []), ...(list.private || [])];
    if (usages.some((u) => !allowed.includes(u))) throw domErr("Invalid key usage", "SyntaxError");
    if ((alg.name === "HKDF" || alg.name === "PBKDF2") && fmt !== "raw") {
      throw domErr(`${alg.name} keys can only be imported in the 'raw' format`, "NotSupportedError");
    }
    let json = "";
    if (fmt === "jwk") {
      if (keyData === null || typeof keyData !== "object" || isBufferSource(keyData)) throw fail(method, "keyData must be a JsonWebKey object for the 'jwk' format");
      if (typeof keyData.kty !== "string") throw fail(method, "JsonWebKey: required member 'kty' is missing");
      const use = USE[alg.name] || "sig";
      if (keyData.use !== undefined && keyData.use !== use) throw domErr(`'use' property of JsonWebKey must be '${use}'`, "DataError");
      if (keyData.ext === false && extractable) throw domErr("'ext' property of JsonWebKey must not be false if extractable is true", "DataError");
      if (keyData.key_ops !== undefined) {
        const ops = Array.isArray(keyData.key_ops) ? keyData.key_ops.map(String) : null;
        if (!ops || usages.some((u) => !ops.includes(u))) throw domErr("'key_ops' property of JsonWebKey is invalid", "DataError");
      }
      const plain = {};
      for (const m of JWK_MEMBERS) {
        const v = keyData[m];
        if (v === undefined) continue;
        if (m !== "oth" && typeof v !== "string") throw domErr(`'${m}' property of JsonWebKey must be a string`, "DataError");
        plain[m] = v;
      }
      json = JSON.stringify(plain);
    } else {
      keyData = buffer(method, keyData, "keyData");
    }
    const desc = await native.importKey(fmt, keyData, json, alg);
    const ok = list[desc.type] || [];
    if (usages.some((u) => !ok.includes(u))) throw domErr("Invalid key usage", "SyntaxError");
    if (desc.type !== "public" && usages.length === 0) throw domErr("Invalid key usage", "SyntaxError");
    return makeKey(desc, extractable, usages);
  }

  async function exportKey(fmt, s) {
    if (!s.extractable) throw domErr("Key is not extractable", "InvalidAccessError");
    if (fmt === "raw" && s.type === "private") throw domErr("Key is not a public key", "InvalidAccessError");
    if (fmt === "spki" && s.type !== "public") throw domErr("Key is not a public key", "InvalidAccessError");
    if (fmt === "pkcs8" && s.type !== "private") throw domErr("Key is not a private key", "InvalidAccessError");
    const out = await native.exportKey(fmt, s.handle);
    if (fmt !== "jwk") return out;
    const j = JSON.parse(out);
    j.key_ops = s.usages.slice();
    j.ext = s.extractable;
    return j;
  }

  // The length deriveKey asks deriveBits for ("get key length").
  const keyLength = (alg) => {
    switch (alg.name) {
      case "AES-CTR": case "AES-CBC": case "AES-GCM": case "AES-KW":
        if (![128, 192, 256].includes(alg.length)) throw domErr(`Invalid AES key length: ${alg.length}`, "OperationError");
        return alg.length;
      case "HMAC":
        if (alg.length === undefined) return alg.hash === "SHA-384" || alg.hash === "SHA-512" ? 1024 : 512;
        if (alg.length === 0) throw fail("deriveKey", "HMAC length must not be 0");
        return alg.length;
    }
    return null; // HKDF, PBKDF2: deriveBits then fails, as in Deno
  };

  // Brand check for SubtleCrypto methods.
  const self = (t) => { if (t !== subtle) throw new TypeError("Illegal invocation: expected SubtleCrypto"); };

  class SubtleCrypto {
    constructor(t) { if (t !== token) throw new TypeError("Illegal constructor"); }

    async digest(algorithm, data) {
      self(this);
      args("digest", arguments.length, 2);
      const alg = normalize("digest", "digest", algorithm);
      return native.digest(alg.name, buffer("digest", data, "Argument 2"));
    }

    async generateKey(algorithm, extractable, keyUsages) {
      self(this);
      args("generateKey", arguments.length, 3);
      const alg = normalize("generateKey", "generateKey", algorithm);
      const usages = usageList("generateKey", keyUsages);
      const list = USAGES[alg.name];
      const allowed = [...(list.secret || []), ...(list.public || []), ...(list.private || [])];
      if (usages.some((u) => !allowed.includes(u))) throw domErr("Invalid key usage", "SyntaxError");
      const res = await native.generateKey(alg);
      if (res.handle) {
        if (usages.length === 0) throw domErr("Usages cannot be empty", "SyntaxError");
        return makeKey(res, extractable, usages);
      }
      const pub = usages.filter((u) => list.public.includes(u));
      const priv = usages.filter((u) => list.private.includes(u));
      if (priv.length === 0) throw domErr("Usages cannot be empty", "SyntaxError");
      return { publicKey: makeKey(res.publicKey, true, pub), privateKey: makeKey(res.privateKey, extractable, priv) };
    }

    async importKey(fmt, keyData, algorithm, extractable, keyUsages) {
      self(this);
      args("importKey", arguments.length, 5);
      fmt = format("importKey", fmt);
      const alg = normalize("importKey", "importKey", algorithm);
      return importKey("importKey", fmt, keyData, alg, !!extractable, usageList("importKey", keyUsages));
    }

    async exportKey(fmt, key) {
      self(this);
      args("exportKey", arguments.length, 2);
      fmt = format("exportKey", fmt);
      return exportKey(fmt, slot("exportKey", key, "Argument 2"));
    }

    async sign(algorithm, key, data) {
      self(this);
      args("sign", arguments.length, 3);
      const alg = normalize("sign", "sign", algorithm);
      const s = slot("sign", key, "Argument 2");
      data = buffer("sign", data, "Argument 3");
      matches("Signing", alg, s);
      need(s, "sign");
      return native.sign(alg, s.handle, data);
    }

    async verify(algorithm, key, signature, data) {
      self(this);
      args("verify", arguments.length, 4);
      const alg = normalize("verify", "verify", algorithm);
      const s = slot("verify", key, "Argument 2");
      signature = buffer("verify", signature, "Argument 3");
      data = buffer("verify", data, "Argument 4");
      matches("Verifying", alg, s);
      need(s, "verify");
      return native.verify(alg, s.handle, signature, data);
    }

    async encrypt(algorithm, key, data) {
      self(this);
      args("encrypt", arguments.length, 3);
      const alg = normalize("encrypt", "encrypt", algorithm);
      const s = slot("encrypt", key, "Argument 2");
      data = buffer("encrypt", data, "Argument 3");
      matches("Encryption", alg, s);
      need(s, "encrypt");
      return native.encrypt(alg, s.handle, data);
    }

    async decrypt(algorithm, key, data) {
      self(this);
      args("decrypt", arguments.length, 3);
      const alg = normalize("decrypt", "decrypt", algorithm);
      const s = slot("decrypt", key, "Argument 2");
      data = buffer("decrypt", data, "Argument 3");
      matches("Decryption", alg, s);
      need(s, "decrypt");
      return native.decrypt(alg, s.handle, data);
    }

    async deriveBits(algorithm, baseKey, length = null) {
      self(this);
      args("deriveBits", arguments.length, 2);
      const alg = normalize("deriveBits", "deriveBits", algorithm);
      const s = slot("deriveBits", baseKey, "Argument 2");
      const n = length === null || length === undefined ? -1 : integer("deriveBits", length, "length", 4294967295);
      matches("Deriving", alg, s);
      if (!s.usages.includes("deriveBits")) throw domErr("'baseKey' usages does not contain 'deriveBits'", "InvalidAccessError");
      if (alg.name === "PBKDF2" && alg.iterations === 0) throw domErr("iterations must not be zero", "OperationError");
      if ((alg.name === "HKDF" || alg.name === "PBKDF2") && (n < 0 || n % 8 !== 0)) throw domErr("Invalid length", "OperationError");
      return native.deriveBits(alg, s.handle, n);
    }

    async deriveKey(algorithm, baseKey, derivedKeyType, extractable, keyUsages) {
      self(this);
      args("deriveKey", arguments.length, 5);
      const alg = normalize("deriveKey", "deriveBits", algorithm);
      const s = slot("deriveKey", baseKey, "Argument 2");
      const type = normalize("deriveKey", "importKey", derivedKeyType);
      const length = keyLength(normalize("deriveKey", "keyLength", derivedKeyType));
      const usages = usageList("deriveKey", keyUsages);
      matches("Deriving", alg, s);
      if (!s.usages.includes("deriveKey")) throw domErr("'baseKey' usages does not contain 'deriveKey'", "InvalidAccessError");
      if (alg.name === "PBKDF2" && alg.iterations === 0) throw domErr("iterations must not be zero", "OperationError");
      if ((alg.name === "HKDF" || alg.name === "PBKDF2") && length === null) throw domErr("Invalid length", "OperationError");
      const bits = await native.deriveBits(alg, s.handle, length === null ? -1 : length);
      return importKey("deriveKey", "raw", bits, type, !!extractable, usages);
    }

    async wrapKey(fmt, key, wrappingKey, wrapAlgorithm) {
      self(this);
      args("wrapKey", arguments.length, 4);
      fmt = format("wrapKey", fmt);
      const k = slot("wrapKey", key, "Argument 2");
      const w = slot("wrapKey", wrappingKey, "Argument 3");
      let alg;
      try { alg = normalize("wrapKey", "wrapKey", wrapAlgorithm); } catch (e) {
        if (e.name !== "NotSupportedError") throw e;
        alg = normalize("wrapKey", "encrypt", wrapAlgorithm);
      }
      matches("Wrapping", alg, w);
      need(w, "wrapKey");
      const exported = await exportKey(fmt, k);
      let bytes = exported;
      if (fmt === "jwk") {
        let text = JSON.stringify(exported);
        // AES-KW wraps whole 8-byte blocks: pad the JSON with spaces
        if (alg.name === "AES-KW") text += " ".repeat((8 - (text.length % 8)) % 8);
        bytes = utf8(text);
      }
      if (alg.name === "AES-KW") return native.wrapKW(w.handle, bytes);
      return native.encrypt(alg, w.handle, bytes);
    }

    async unwrapKey(fmt, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, keyUsages) {
      self(this);
      args("unwrapKey", arguments.length, 7);
      fmt = format("unwrapKey", fmt);
      wrappedKey = buffer("unwrapKey", wrappedKey, "Argument 2");
      const w = slot("unwrapKey", unwrappingKey, "Argument 3");
      let alg;
      try { alg = normalize("unwrapKey", "wrapKey", unwrapAlgorithm); } catch (e) {
        if (e.name !== "NotSupportedError") throw e;
        alg = normalize("unwrapKey", "decrypt", unwrapAlgorithm);
      }
      const type = normalize("unwrapKey", "importKey", unwrappedKeyAlgorithm);
      const usages = usageList("unwrapKey", keyUsages);
      matches("Unwrapping", alg, w);
      need(w, "unwrapKey");
      const bytes = alg.name === "AES-KW" ? await native.unwrapKW(w.handle, wrappedKey) : await native.decrypt(alg, w.handle, wrappedKey);
      let data = bytes;
      if (fmt === "jwk") {
        try { data = JSON.parse(fromUtf8(bytes)); } catch (e) { throw e.name === "DataError" ? e : domErr("The unwrapped key is not a valid JWK", "DataError"); }
      }
      return importKey("unwrapKey", fmt, data, type, !!extractable, usages);
    }

    async getPublicKey(key, keyUsages) {
      self(this);
      args("getPublicKey", arguments.length, 2);
      const s = slot("getPublicKey", key, "Argument 1");
      const usages = usageList("getPublicKey", keyUsages);
      if (s.type !== "private") throw domErr("Key is not a private key", "InvalidAccessError");
      const ok = USAGES[s.algorithm.name].public || [];
      if (usages.some((u) => !ok.includes(u))) throw domErr("Invalid key usage", "SyntaxError");
      return makeKey(await native.getPublicKey(s.handle), true, usages);
    }
  }
  Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: "SubtleCrypto", configurable: true });

  const subtle = new SubtleCrypto(token);
  const INTEGER_ARRAYS = ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array"];
  const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

  class Crypto {
    constructor(t) { if (t !== token) throw new TypeError("Illegal constructor"); }
    get subtle() {
      if (this !== cryptoObj) throw new TypeError("Illegal invocation: expected Crypto");
      return subtle;
    }
    getRandomValues(array) {
      if (this !== cryptoObj) throw new TypeError("Illegal invocation: expected Crypto");
      if (arguments.length < 1) throw new TypeError("Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present");
      const tag = ArrayBuffer.isView(array) ? typedArrayTag.call(array) : undefined;
      if (!INTEGER_ARRAYS.includes(tag)) throw domErr("The provided value is not an integer-type TypedArray", "TypeMismatchError");
      if (array.byteLength > 65536) {
        throw domErr(`The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, "QuotaExceededError");
      }
      native.fill(u8(array));
      return array;
    }
    randomUUID() {
      if (this !== cryptoObj) throw new TypeError("Illegal invocation: expected Crypto");
      return native.uuid();
    }
  }
  Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: "Crypto", configurable: true });
  const cryptoObj = new Crypto(token);

  const def = (name, value, enumerable) => Object.defineProperty(globalThis, name, { value, writable: true, configurable: true, enumerable });
  def("crypto", cryptoObj, true); // an attribute of the global scope in Deno: enumerable
  def("Crypto", Crypto, false);
  def("CryptoKey", CryptoKey, false);
  def("SubtleCrypto", SubtleCrypto, false);
})
