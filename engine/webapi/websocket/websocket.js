// The browser WebSocket class, for both directions: outbound
// `new WebSocket(url, protocols)` and the server side of
// Deno.upgradeWebSocket. Frames move on Go goroutines (websocket.go);
// this file keeps the spec's state machine and events.
//
// Per message, Go calls text/binary below directly (no dispatch by kind),
// and the event is made and dispatched by dom's fireMessage — the same
// MessageEvent and listeners as dispatchEvent(new MessageEvent(...)),
// without its argument checks. send is a Go entry point (its exact
// "1 argument required" check needs no `arguments` object) calling
// sendImpl, which checks the state and type and leaves strings and bytes
// to Go.
(function (native) {
  "use strict";
  const fireMessage = native.fireMessage, next = native.next;
  const CONNECTING = 0, OPEN = 1, CLOSING = 2, CLOSED = 3;
  const kInternal = Symbol("edgeplay.websocket");
  const domError = (msg, name) =>
    typeof DOMException === "function" ? new DOMException(msg, name) : Object.assign(new Error(msg), { name });

  const handlerProps = ["open", "message", "error", "close"];
  let hooks;

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

    // replaced by the Go entry point below (same place, same attributes)
    send(data) { return hooks.sendImpl(this, data); }

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

    // Called from Go, on the loop (and sendImpl from the send entry point).
    static {
      hooks = {
        open(ws, protocol, extensions) {
          ws.#protocol = protocol || "";
          ws.#extensions = extensions || "";
          ws.#state = OPEN;
          ws.dispatchEvent(new Event("open"));
        },
        text(ws, data) {
          if (ws.#state === OPEN) fireMessage(ws, data, ws.#origin ??= originOf(ws.#url));
        },
        binary(ws, buf) {
          if (ws.#state !== OPEN) return;
          fireMessage(ws, ws.#binaryType === "arraybuffer" ? buf : new Blob([buf]), ws.#origin ??= originOf(ws.#url));
        },
        // One call from Go per batch of messages: next() runs the
        // microtasks of the previous message first, then hands out the
        // next one (a string or an ArrayBuffer), undefined when done.
        pump(ws) {
          for (let data = next(); data !== undefined; data = next()) {
            if (ws.#state !== OPEN) continue;
            if (typeof data !== "string" && ws.#binaryType !== "arraybuffer") data = new Blob([data]);
            fireMessage(ws, data, ws.#origin ??= originOf(ws.#url));
          }
        },
        error(ws, message) {
          const ev = typeof ErrorEvent === "function" ? new ErrorEvent("error", { message, error: new Error(message) }) : new Event("error");
          if (!("message" in ev)) Object.defineProperty(ev, "message", { value: message });
          ws.dispatchEvent(ev);
        },
        close(ws, code, reason, wasClean) {
          if (ws.#state === CLOSED) return;
          ws.#state = CLOSED;
          ws.dispatchEvent(new CloseEvent("close", { code, reason, wasClean }));
        },
        // Returns the socket's id for Go to send data as text, minus it
        // for bytes, 0 when done here (dropped, a Blob, String(data)).
        sendImpl(ws, data) {
          if (ws.#state !== OPEN) {
            if (ws.#state === CONNECTING) throw domError("readyState not OPEN", "InvalidStateError");
            return 0; // the spec: silently dropped once closing
          }
          if (typeof data === "string") return ws.#id;
          if (data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return -ws.#id;
          if (typeof Blob === "function" && data instanceof Blob) {
            const id = ws.#id;
            const ticket = native.reserve(id); // keeps frame order while the Blob is read
            data.arrayBuffer().then((ab) => native.sendReserved(id, ticket, ab), (e) => native.sendReserved(id, ticket, null));
            return 0;
          }
          native.sendText(ws.#id, String(data));
          return 0;
        },
        serverSocket: (id, url) => new WebSocket(kInternal, { id, url }),
      };
    }
    get [Symbol.toStringTag]() { return "WebSocket"; }
  }
  const originOf = (url) => { try { return new URL(url).origin; } catch { return "null"; } };

  // onopen/onmessage/onerror/onclose: dom's event handler attributes
  for (const name of handlerProps) native.defineHandler(WebSocket.prototype, name);
  for (const [k, v] of Object.entries({ CONNECTING, OPEN, CLOSING, CLOSED })) {
    Object.defineProperty(WebSocket, k, { value: v, enumerable: true });
    Object.defineProperty(WebSocket.prototype, k, { value: v, enumerable: true });
  }
  Object.defineProperty(globalThis, "WebSocket", { value: WebSocket, writable: true, configurable: true, enumerable: false });

  Object.defineProperty(native.send, "name", { value: "send" });
  Object.defineProperty(native.send, "length", { value: 1 });
  Object.defineProperty(WebSocket.prototype, "send", { value: native.send });

  return hooks;
})
