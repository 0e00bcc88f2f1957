package worker

import (
	"net/http"
	"strings"
	"time"

	"github.com/dop251/goja"
	gws "github.com/gorilla/websocket"

	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/websocket"
)

// upgradeSlot ties a JS Request that asked for a WebSocket to the Go
// request the gateway received, so Deno.upgradeWebSocket(req) can upgrade
// that very connection.
type upgradeSlot struct {
	http     *http.Request
	url      string
	used     bool
	response *goja.Object
	socket   *websocket.Socket
	protocol string
	idle     time.Duration
	headers  http.Header
}

// upgrades is the worker's loop-only table of upgradeable requests.
type upgrades struct {
	byRequest  map[*goja.Object]*upgradeSlot
	byResponse map[*goja.Object]*upgradeSlot
}

func isWebSocketRequest(r *http.Request) bool {
	return headerHas(r.Header, "Upgrade", "websocket")
}

func headerHas(h http.Header, key, token string) bool {
	for _, v := range h.Values(key) {
		for _, part := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(part), token) {
				return true
			}
		}
	}
	return false
}

var upgradeScript = jsrt.NewScript("edgeplay:upgrade", `(function (native) {
  "use strict";
  Object.defineProperty(Deno, "upgradeWebSocket", {
    value: function upgradeWebSocket(request, options = {}) {
      if (!(request instanceof Request)) throw new TypeError("Deno.upgradeWebSocket: argument must be a Request");
      const idle = options.idleTimeout === undefined ? 120 : Number(options.idleTimeout);
      if (!(idle >= 0)) throw new TypeError("idleTimeout must be a number of seconds ≥ 0");
      const { socket, status } = native.upgrade(request, options.protocol === undefined ? "" : String(options.protocol), idle);
      const response = new Response(null, { status: 200 });
      Object.defineProperty(response, "status", { value: status, configurable: true });
      native.bind(request, response);
      return { socket, response };
    },
    writable: true, configurable: true, enumerable: true,
  });
})`)

// installUpgrade adds Deno.upgradeWebSocket. Loop goroutine (boot).
func (w *Worker) installUpgrade(r *jsrt.Runtime) error {
	w.ups = &upgrades{byRequest: map[*goja.Object]*upgradeSlot{}, byResponse: map[*goja.Object]*upgradeSlot{}}
	_, err := upgradeScript.Call(r, map[string]any{
		"upgrade": func(req *goja.Object, protocol string, idleSeconds float64) map[string]any {
			slot := w.ups.byRequest[req]
			if slot == nil {
				r.ThrowTypeError("Invalid Header: 'upgrade' header must contain 'websocket' (or the Request is not the one the handler received)")
			}
			h := slot.http.Header
			switch {
			case slot.used:
				r.ThrowTypeError("Deno.upgradeWebSocket: this request was already upgraded")
			case !headerHas(h, "Connection", "upgrade"):
				r.ThrowTypeError("Invalid Header: 'connection' header must contain 'Upgrade'")
			case h.Get("Sec-WebSocket-Key") == "":
				r.ThrowTypeError("Invalid Header: 'sec-websocket-key' header must be set")
			case h.Get("Sec-WebSocket-Version") != "13":
				r.ThrowTypeError("Invalid Header: 'sec-websocket-version' header must be '13'")
			}
			if protocol != "" && !offered(h, protocol) {
				r.ThrowTypeError("Protocol %q was not offered by the client (Sec-WebSocket-Protocol: %q)", protocol, h.Get("Sec-WebSocket-Protocol"))
			}
			obj, sock, err := websocket.NewServerSocket(r, slot.url)
			if err != nil {
				r.Throw(err)
			}
			slot.used, slot.socket, slot.protocol = true, sock, protocol
			slot.idle = time.Duration(idleSeconds * float64(time.Second))
			return map[string]any{"socket": obj, "status": 101}
		},
		"bind": func(req, resp *goja.Object) {
			if slot := w.ups.byRequest[req]; slot != nil {
				slot.response = resp
				w.ups.byResponse[resp] = slot
			}
		},
	})
	return err
}

func offered(h http.Header, protocol string) bool {
	return headerHas(h, "Sec-WebSocket-Protocol", protocol)
}

// trackUpgrade registers an incoming WebSocket request. Loop only.
// It returns nil for a plain HTTP request (nothing to track).
func (w *Worker) trackUpgrade(jsReq *goja.Object, req Request) func() {
	if !isWebSocketRequest(req.HTTP) {
		return nil
	}
	u := "ws" + strings.TrimPrefix(req.URL, "http")
	slot := &upgradeSlot{http: req.HTTP, url: u}
	w.ups.byRequest[jsReq] = slot
	return func() {
		delete(w.ups.byRequest, jsReq)
		if slot.response != nil {
			delete(w.ups.byResponse, slot.response)
		}
		if slot.socket != nil && slot.response == nil {
			slot.socket.Fail("the handler did not return the upgrade response")
		}
	}
}

// upgradeFor returns the slot if v is an upgrade response. Loop only.
func (w *Worker) upgradeFor(v goja.Value) *upgradeSlot {
	obj, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	slot := w.ups.byResponse[obj]
	if slot == nil {
		return nil
	}
	// headers the function set on the upgrade response go to the client
	slot.headers = http.Header{}
	if hv, ok := obj.Get("headers").(*goja.Object); ok {
		if entries, ok := goja.AssertFunction(hv.Get("forEach")); ok {
			_, _ = entries(hv, w.rt.VM().ToValue(func(value, key string) { slot.headers.Add(key, value) }))
		}
	}
	return slot
}

// finishUpgrade switches the connection to WebSocket and opens the socket.
func (w *Worker) finishUpgrade(rw http.ResponseWriter, req Request, slot *upgradeSlot) (int, int64) {
	up := gws.Upgrader{
		CheckOrigin:     func(*http.Request) bool { return true }, // the function decides, as on the platform
		ReadBufferSize:  32 << 10,
		WriteBufferSize: 32 << 10,
	}
	h := slot.headers.Clone()
	for _, k := range []string{"Upgrade", "Connection", "Sec-Websocket-Accept", "Sec-Websocket-Protocol", "Content-Length", "Content-Type"} {
		h.Del(k)
	}
	if slot.protocol != "" {
		h.Set("Sec-WebSocket-Protocol", slot.protocol)
	}
	// the connection batches the frames the socket sends in one go
	conn, err := up.Upgrade(websocket.UpgradeWriter(rw), req.HTTP, h)
	if err != nil {
		msg := "WebSocket upgrade failed: " + err.Error()
		slot.socket.Fail(msg)
		w.emit(req.ID, events.Error, events.Fields{"message": msg})
		return http.StatusBadRequest, 0
	}
	slot.socket.Accept(conn, slot.idle)
	return http.StatusSwitchingProtocols, 0
}

// onSocketEvent turns the WebSocket family's reports into timeline events.
func (w *Worker) onSocketEvent(e websocket.Event) {
	if !events.Listening(w.cfg.Events) {
		return // nobody records or prints: no fields to build per message
	}
	req := ""
	if rc, ok := e.Ctx.(*RequestContext); ok {
		req = rc.ID
	}
	f := events.Fields{"socket": e.Socket, "url": e.URL}
	if e.Inbound {
		f["side"] = "inbound"
	} else {
		f["side"] = "outbound"
	}
	var typ events.Type
	switch e.Kind {
	case "open":
		typ = events.WSOpen
		f["protocol"] = e.Protocol
	case "message":
		typ = events.WSMessage
		f["direction"], f["size"] = e.Direction, e.Size
		if e.Preview != "" {
			f["preview"] = e.Preview
		}
	case "close":
		typ = events.WSClose
		f["code"], f["reason"] = e.Code, e.Reason
	case "error":
		typ = events.Error
		f["message"] = "WebSocket: " + e.Err
	default:
		return
	}
	w.emit(req, typ, f)
}
