// Deno's file APIs over the worker's sandbox (see fs.go). Paths may be
// strings or URL objects; everything outside /tmp and the function's own
// folder is denied by the Go side.
(function (native) {
  "use strict";
  const Deno = globalThis.Deno;
  const def = (name, value) =>
    Object.defineProperty(Deno, name, { value, writable: true, configurable: true, enumerable: true });

  const toPath = (p, api) => {
    if (p instanceof URL) p = p.href;
    if (typeof p !== "string") throw new TypeError(`${api}: path must be a string or URL, got ${p === null ? "null" : typeof p}`);
    return p;
  };
  const checkSignal = (opts) => {
    if (opts && opts.signal && opts.signal.aborted) throw opts.signal.reason;
  };
  const isStream = (v) => v !== null && typeof v === "object" && typeof v.getReader === "function";

  const SeekMode = Object.freeze({ Start: 0, Current: 1, End: 2 });
  def("SeekMode", SeekMode);
  def("cwd", () => native.cwd());

  def("readFile", async (path, opts) => { checkSignal(opts); return native.readFile(toPath(path, "Deno.readFile"), false); });
  def("readFileSync", (path) => native.readFile(toPath(path, "Deno.readFileSync"), true));
  def("readTextFile", async (path, opts) => {
    checkSignal(opts);
    return new TextDecoder().decode(await native.readFile(toPath(path, "Deno.readTextFile"), false));
  });
  def("readTextFileSync", (path) => new TextDecoder().decode(native.readFile(toPath(path, "Deno.readTextFileSync"), true)));

  def("writeFile", async (path, data, opts = {}) => {
    checkSignal(opts);
    path = toPath(path, "Deno.writeFile");
    if (isStream(data)) return native.writeStream(path, data, opts);
    return native.writeFile(path, data, opts, false);
  });
  def("writeFileSync", (path, data, opts = {}) => { native.writeFile(toPath(path, "Deno.writeFileSync"), data, opts, true); });
  def("writeTextFile", async (path, data, opts = {}) => {
    checkSignal(opts);
    path = toPath(path, "Deno.writeTextFile");
    if (isStream(data)) return native.writeStream(path, data.pipeThrough(new TextEncoderStream()), opts);
    return native.writeFile(path, new TextEncoder().encode(String(data)), opts, false);
  });
  def("writeTextFileSync", (path, data, opts = {}) => {
    native.writeFile(toPath(path, "Deno.writeTextFileSync"), new TextEncoder().encode(String(data)), opts, true);
  });

  class FsFile {
    #rid;
    #readable;
    #writable;
    constructor(rid, key) {
      if (key !== FsFile) throw new TypeError("Illegal constructor: use Deno.open()");
      this.#rid = rid;
    }
    get readable() {
      if (!this.#readable) this.#readable = native.readable(this.#rid);
      return this.#readable;
    }
    get writable() {
      if (!this.#writable) {
        const rid = this.#rid;
        this.#writable = new WritableStream({
          async write(chunk) {
            if (!(chunk instanceof Uint8Array)) throw new TypeError("FsFile.writable only accepts Uint8Array chunks");
            let off = 0;
            while (off < chunk.byteLength) off += await native.write(rid, chunk.subarray(off), false);
          },
          close() { native.close(rid); },
          abort() { native.close(rid); },
        });
      }
      return this.#writable;
    }
    read(p) { return native.read(this.#rid, p, false); }
    readSync(p) { return native.read(this.#rid, p, true); }
    write(p) { return native.write(this.#rid, p, false); }
    writeSync(p) { return native.write(this.#rid, p, true); }
    seek(offset, whence) { return native.seek(this.#rid, Number(offset), whence, false); }
    seekSync(offset, whence) { return native.seek(this.#rid, Number(offset), whence, true); }
    stat() { return native.fstat(this.#rid, false); }
    statSync() { return native.fstat(this.#rid, true); }
    truncate(len = 0) { return native.ftruncate(this.#rid, len, false); }
    truncateSync(len = 0) { return native.ftruncate(this.#rid, len, true); }
    async sync() {}
    syncSync() {}
    async syncData() {}
    syncDataSync() {}
    close() { native.close(this.#rid); }
    [Symbol.dispose]() { native.close(this.#rid); }
    async [Symbol.asyncDispose]() { native.close(this.#rid); }
    get [Symbol.toStringTag]() { return "FsFile"; }
  }
  def("FsFile", FsFile);
  const openOpts = (opts) => opts === undefined ? { read: true } : opts;
  def("open", async (path, opts) => new FsFile(await native.open(toPath(path, "Deno.open"), openOpts(opts), false), FsFile));
  def("openSync", (path, opts) => new FsFile(native.open(toPath(path, "Deno.openSync"), openOpts(opts), true), FsFile));
  const createOpts = { read: true, write: true, create: true, truncate: true };
  def("create", async (path) => new FsFile(await native.open(toPath(path, "Deno.create"), createOpts, false), FsFile));
  def("createSync", (path) => new FsFile(native.open(toPath(path, "Deno.createSync"), createOpts, true), FsFile));

  def("mkdir", async (path, opts = {}) => native.mkdir(toPath(path, "Deno.mkdir"), opts, false));
  def("mkdirSync", (path, opts = {}) => { native.mkdir(toPath(path, "Deno.mkdirSync"), opts, true); });
  def("remove", async (path, opts = {}) => native.remove(toPath(path, "Deno.remove"), opts, false));
  def("removeSync", (path, opts = {}) => { native.remove(toPath(path, "Deno.removeSync"), opts, true); });
  def("stat", async (path) => native.stat(toPath(path, "Deno.stat"), false, false));
  def("statSync", (path) => native.stat(toPath(path, "Deno.statSync"), false, true));
  def("lstat", async (path) => native.stat(toPath(path, "Deno.lstat"), true, false));
  def("lstatSync", (path) => native.stat(toPath(path, "Deno.lstatSync"), true, true));
  def("realPath", async (path) => native.realPath(toPath(path, "Deno.realPath"), false));
  def("realPathSync", (path) => native.realPath(toPath(path, "Deno.realPathSync"), true));
  def("truncate", async (path, len = 0) => native.truncate(toPath(path, "Deno.truncate"), len, false));
  def("truncateSync", (path, len = 0) => { native.truncate(toPath(path, "Deno.truncateSync"), len, true); });
  def("copyFile", async (from, to) => native.copyFile(toPath(from, "Deno.copyFile"), toPath(to, "Deno.copyFile"), false));
  def("copyFileSync", (from, to) => { native.copyFile(toPath(from, "Deno.copyFileSync"), toPath(to, "Deno.copyFileSync"), true); });
  def("makeTempDir", async (opts = {}) => native.makeTemp(opts, true, false));
  def("makeTempDirSync", (opts = {}) => native.makeTemp(opts, true, true));
  def("makeTempFile", async (opts = {}) => native.makeTemp(opts, false, false));
  def("makeTempFileSync", (opts = {}) => native.makeTemp(opts, false, true));

  // readDir is an async iterable (lowered `for await` uses Symbol.asyncIterator).
  def("readDir", (path) => {
    const p = native.readDir(toPath(path, "Deno.readDir"), false);
    let list = null, i = 0;
    return {
      [Symbol.asyncIterator]() { return this; },
      async next() {
        if (list === null) list = await p;
        return i < list.length ? { value: list[i++], done: false } : { value: undefined, done: true };
      },
      async return() { i = Infinity; return { value: undefined, done: true }; },
    };
  });
  def("readDirSync", (path) => native.readDir(toPath(path, "Deno.readDirSync"), true)[Symbol.iterator]());

  // The platform forbids these: clear errors instead of silent failures.
  for (const api of ["rename", "renameSync", "readLink", "readLinkSync", "utime", "utimeSync", "umask"]) {
    def(api, function () { throw new Deno.errors.NotSupported(`Deno.${api} is not supported in edge functions`); });
  }
})
