// The Deno and EdgeRuntime globals (see deno.go for what is native).
(function (native) {
  "use strict";
  const def = (obj, name, value, enumerable = false) =>
    Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable });

  // --- Deno.errors: one class per error kind, as in Deno ---
  const errors = {};
  for (const name of native.errorNames) {
    const cls = { [name]: class extends Error {
      constructor(message, options) {
        super(message, options);
        this.name = name;
      }
    } }[name];
    Object.defineProperty(cls.prototype, "name", { value: name, writable: true, configurable: true, enumerable: false });
    errors[name] = cls;
  }
  const notSupported = (api) => function () {
    throw new errors.NotSupported(`Deno.${api} is not supported in edge functions`);
  };

  // --- Deno.env ---
  const checkKey = (key) => {
    key = String(key);
    if (key === "") throw new TypeError("Key is an empty string.");
    if (key.includes("=") || key.includes("\0")) throw new TypeError(`Key contains invalid characters: ${JSON.stringify(key)}`);
    return key;
  };
  const env = {
    get(key) { return native.envGet(checkKey(key)); },
    set(key, value) {
      key = checkKey(key);
      value = String(value);
      if (value.includes("\0")) throw new TypeError(`Value contains invalid characters: ${JSON.stringify(value)}`);
      native.envSet(key, value);
    },
    has(key) { return native.envGet(checkKey(key)) !== undefined; },
    delete(key) { native.envDelete(checkKey(key)); },
    toObject() { return native.envObject(); },
  };

  // --- Deno.serve: every overload; the worker calls the registered handler ---
  function serve(arg1, arg2) {
    let options = {};
    let handler;
    if (typeof arg1 === "function") {
      handler = arg1;
      if (arg2 !== undefined) throw new TypeError("A handler function cannot be followed by options; pass options first");
    } else if (arg1 !== null && typeof arg1 === "object") {
      options = arg1;
      handler = typeof arg2 === "function" ? arg2 : options.handler;
    } else if (arg1 !== undefined) {
      throw new TypeError("Deno.serve: expected a handler function or an options object");
    }
    if (typeof handler !== "function") throw new TypeError("A handler function must be provided.");
    if (options.onError !== undefined && typeof options.onError !== "function") throw new TypeError("onError must be a function");
    let finish;
    const finished = new Promise((resolve) => { finish = resolve; });
    const addr = { hostname: native.hostname, port: native.port, transport: "tcp" };
    native.register(handler, options.onError, () => finish());
    if (typeof options.onListen === "function") {
      options.onListen(addr);
    }
    const server = {
      finished,
      addr,
      shutdown() { native.unregister(); finish(); return finished; },
      ref() {},
      unref() {},
      [Symbol.asyncDispose]() { return this.shutdown(); },
    };
    return server;
  }

  const version = Object.freeze({ deno: native.version.deno, v8: native.version.v8, typescript: native.version.typescript });
  const build = Object.freeze({ target: native.build.target, arch: native.build.arch, os: native.build.os, vendor: "unknown", env: "gnu", standalone: false });

  const Deno = {};
  def(Deno, "errors", errors, true);
  def(Deno, "env", env, true);
  def(Deno, "serve", serve, true);
  def(Deno, "version", version, true);
  def(Deno, "build", build, true);
  def(Deno, "pid", native.pid, true);
  def(Deno, "ppid", native.pid, true);
  def(Deno, "noColor", true, true);
  def(Deno, "args", Object.freeze([]), true);
  def(Deno, "mainModule", native.mainModule, true);
  def(Deno, "exitCode", 0, true);
  // As on the platform, a function cannot end its worker this way.
  def(Deno, "exit", function exit() {}, true);
  def(Deno, "kill", function kill() {}, true);
  def(Deno, "hostname", function hostname() { return "localhost"; }, true);
  def(Deno, "osRelease", function osRelease() { return "edge"; }, true);
  def(Deno, "memoryUsage", function memoryUsage() { return native.memoryUsage(); }, true);
  def(Deno, "inspect", function inspect(value, options) {
    const f = globalThis[Symbol.for("edgeplay.inspect")];
    return typeof f === "function" ? f(value, options) : String(value);
  }, true);
  def(Deno, "unrefTimer", function unrefTimer(id) { native.refTimer(id, false); }, true);
  def(Deno, "refTimer", function refTimer(id) { native.refTimer(id, true); }, true);
  for (const api of ["run", "Command", "listen", "listenTls", "connect", "connectTls", "startTls",
    "dlopen", "cron", "chmod", "chmodSync", "chown", "chownSync", "symlink", "symlinkSync", "link", "linkSync",
    "watchFs", "openKv", "serveHttp", "upgradeHttp", "resolveDns", "loadavg", "systemMemoryInfo", "networkInterfaces",
    "setRaw", "consoleSize", "addSignalListener", "removeSignalListener", "jupyter", "bench", "test", "createHttpClient"]) {
    def(Deno, api, notSupported(api), true);
  }
  def(globalThis, "Deno", Deno);

  // --- EdgeRuntime: background tasks ---
  const EdgeRuntime = {};
  def(EdgeRuntime, "waitUntil", function waitUntil(promise) {
    const p = Promise.resolve(promise);
    native.waitUntil(p);
    return promise;
  }, true);
  def(globalThis, "EdgeRuntime", EdgeRuntime);
})
