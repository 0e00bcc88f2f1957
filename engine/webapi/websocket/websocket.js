// The browser WebSocket class, for both directions: outbound
// `new WebSocket(url, protocols)` and the server side of
// Deno.upgradeWebSocket. Frames move on Go goroutines (websocket.go);
// this file keeps the spec's state machine and events.
(function (native) {
  "use strict";
  const CONNECTING = 0, OPEN = 1, CLOSING = 2, CLOSED = 3;
  const kInternal = Symbol("edgeplay.websocket");
  const domError = (msg, name) =>
    typeof DOMException === "function" ? new DOMException(msg, name) : Object.assign(new Error(msg), { name });

  const handlerProps = ["open", "message", "error", "close"];

  class WebSocket extends EventTarget {
    #state = CONNECTING;
    #url = "";
    #protocol = "";
    #extensions = "";
    #binaryType = "blob";
    #id = 0;
    #origin = null; // computed once, not per message

    constructor(url, protocols = []) {
      super();
      if (url === kInternal) {
        // server side: created by Deno.upgradeWebSocket, opened by Go
        this.#url = protocols.url;
        this.#id = protocols.id;
        native.register(this.#id, this);
        return;
      }
      if (arguments.length === 0) throw new TypeError("Failed to construct 'WebSocket': 1 argument required, but only 0 present.");
      let u;
      try {
        u = new URL(String(url));
      } catch {
        throw domError(`Failed to construct 'WebSocket': The URL '${url}' is invalid.`, "SyntaxError");
      }
      if (u.protocol === "http:") u.protocol = "ws:";
      if (u.protocol === "https:") u.protocol = "wss:";
      if (u.protocol !== "ws:" && u.protocol !== "wss:") {
        throw domError(`Only ws & wss schemes are allowed in a WebSocket URL: received ${u.protocol}`, "SyntaxError");
      }
      if (u.hash !== "" || String(url).includes("#")) {
        throw domError("Fragments are not allowed in a WebSocket URL.", "SyntaxError");
      }
      if (typeof protocols === "string") protocols = [protocols];
      protocols = Array.from(protocols, String);
      if (new Set(protocols.map((p) => p.toLowerCase())).size !== protocols.length) {
        throw domError("Can't supply multiple times the same protocol.", "SyntaxError");
      }
      for (const p of protocols) {
        if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(p)) throw domError(`Invalid protocol value: ${p}`, "SyntaxError");
      }
      this.#url = u.href;
      this.#id = native.connect(this, u.href, protocols);
    }

    get url() { return this.#url; }
    get readyState() { return this.#state; }
    get protocol() { return this.#protocol; }
    get extensions() { return this.#extensions; }
    get bufferedAmount() { return native.buffered(this.#id); }
    get binaryType() { return this.#binaryType; }
    set binaryType(v) {
      if (v === "blob" || v === "arraybuffer") this.#binaryType = v;
    }

    send(data) {
      if (arguments.length === 0) throw new TypeError("Failed to execute 'send' on 'WebSocket': 1 argument required, but only 0 present.");
      if (this.#state === CONNECTING) throw domError("readyState not OPEN", "InvalidStateError");
      if (this.#state !== OPEN) return; // the spec: silently dropped once closing
      if (typeof data === "string") return native.sendText(this.#id, data);
      if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return native.sendBinary(this.#id, data);
      if (typeof Blob === "function" && data instanceof Blob) {
        const id = this.#id;
        const ticket = native.reserve(id); // keeps frame order while the Blob is read
        data.arrayBuffer().then((ab) => native.sendReserved(id, ticket, ab), (e) => native.sendReserved(id, ticket, null));
        return;
      }
      return native.sendText(this.#id, String(data));
    }

    close(code, reason) {
      if (code !== undefined) {
        code = Number(code);
        if (!Number.isInteger(code) || (code !== 1000 && (code < 3000 || code > 4999))) {
          throw domError(`The close code must be either 1000, or between 3000 and 4999. ${code} is neither.`, "InvalidAccessError");
        }
      }
      if (reason !== undefined) {
        reason = String(reason);
        if (new TextEncoder().encode(reason).byteLength > 123) throw domError("The close reason may not be longer than 123 bytes.", "SyntaxError");
      }
      if (this.#state === CLOSING || this.#state === CLOSED) return;
      const wasConnecting = this.#state === CONNECTING;
      this.#state = CLOSING;
      native.close(this.#id, code === undefined ? (wasConnecting ? 1006 : 1005) : code, reason ?? "", wasConnecting);
    }

    // Called from Go, on the loop.
    static [kInternal](ws, kind, a, b, c) {
      return ws.#onNative(kind, a, b, c);
    }
    #onNative(kind, a, b, c) {
      switch (kind) {
        case "open":
          this.#protocol = a || "";
          this.#extensions = b || "";
          this.#state = OPEN;
          this.dispatchEvent(new Event("open"));
          break;
        case "text":
          if (this.#state === OPEN) this.dispatchEvent(new MessageEvent("message", { data: a, origin: this.#originOnce() }));
          break;
        case "binary": {
          if (this.#state !== OPEN) break;
          const data = this.#binaryType === "arraybuffer" ? a : new Blob([a]);
          this.dispatchEvent(new MessageEvent("message", { data, origin: this.#originOnce() }));
          break;
        }
        case "error": {
          const ev = typeof ErrorEvent === "function" ? new ErrorEvent("error", { message: a, error: new Error(a) }) : new Event("error");
          if (!("message" in ev)) Object.defineProperty(ev, "message", { value: a });
          this.dispatchEvent(ev);
          break;
        }
        case "close":
          if (this.#state === CLOSED) break;
          this.#state = CLOSED;
          this.dispatchEvent(new CloseEvent("close", { code: a, reason: b, wasClean: c }));
          break;
      }
    }
    #originOnce() { return this.#origin ??= originOf(this.#url); }
    get [Symbol.toStringTag]() { return "WebSocket"; }
  }
  const originOf = (url) => { try { return new URL(url).origin; } catch { return "null"; } };

  for (const name of handlerProps) {
    const key = "on" + name;
    const listeners = new WeakMap();
    Object.defineProperty(WebSocket.prototype, key, {
      get() { return listeners.get(this)?.handler ?? null; },
      set(fn) {
        const prev = listeners.get(this);
        if (prev) this.removeEventListener(name, prev.listener);
        if (typeof fn !== "function") { listeners.delete(this); return; }
        const entry = { handler: fn, listener: (ev) => entry.handler.call(this, ev) };
        listeners.set(this, entry);
        this.addEventListener(name, entry.listener);
      },
      enumerable: true, configurable: true,
    });
  }
  for (const [k, v] of Object.entries({ CONNECTING, OPEN, CLOSING, CLOSED })) {
    Object.defineProperty(WebSocket, k, { value: v, enumerable: true });
    Object.defineProperty(WebSocket.prototype, k, { value: v, enumerable: true });
  }
  Object.defineProperty(globalThis, "WebSocket", { value: WebSocket, writable: true, configurable: true, enumerable: false });

  return {
    dispatch: (ws, kind, a, b, c) => WebSocket[kInternal](ws, kind, a, b, c),
    serverSocket: (id, url) => new WebSocket(kInternal, { id, url }),
  };
})
