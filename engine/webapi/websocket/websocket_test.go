package websocket

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	gws "github.com/gorilla/websocket"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
	"github.com/edgeplay/edgeplay/engine/webapi/fetch"
	"github.com/edgeplay/edgeplay/engine/webapi/globals"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
	"github.com/edgeplay/edgeplay/engine/webapi/url"
)

// peer is the other end of the sockets under test:
//
//	/echo          echoes every message with its type
//	/burst?n=N     sends m0..m(N-1) at once when trigger is closed, then echoes
//	               (&size=S: each padded with dots to S bytes)
//	/close         closes with 4001 "bye" after the first message
//	/drop          drops the TCP connection after the first message
//	/deaf          never reads
func peer(t *testing.T) string { return peerWith(t, nil) }

func peerWith(t *testing.T, trigger chan struct{}) string {
	up := gws.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		switch r.URL.Path {
		case "/burst":
			if trigger != nil {
				<-trigger
			}
			n, _ := strconv.Atoi(r.URL.Query().Get("n"))
			size, _ := strconv.Atoi(r.URL.Query().Get("size"))
			for i := 0; i < n; i++ {
				m := fmt.Sprintf("m%d", i)
				if len(m) < size {
					m += strings.Repeat(".", size-len(m))
				}
				if c.WriteMessage(gws.TextMessage, []byte(m)) != nil {
					return
				}
			}
		case "/close":
			c.ReadMessage()
			c.WriteMessage(gws.CloseMessage, gws.FormatCloseMessage(4001, "bye"))
			c.ReadMessage() // the close reply
			return
		case "/drop":
			c.ReadMessage()
			c.NetConn().Close()
			return
		case "/deaf":
			<-r.Context().Done()
			time.Sleep(5 * time.Second)
			return
		}
		for {
			typ, msg, err := c.ReadMessage()
			if err != nil || c.WriteMessage(typ, msg) != nil {
				return
			}
		}
	}))
	t.Cleanup(srv.Close)
	return "ws" + strings.TrimPrefix(srv.URL, "http")
}

func newRT(t *testing.T, opts Options) *jsrt.Runtime {
	return jstest.New(t, timers.Install, dom.Install, globals.Install, encoding.Install, url.Install, streams.Install,
		fetch.Install(fetch.Options{}), Install(opts))
}

func eval(t *testing.T, r *jsrt.Runtime, base, src string) string {
	t.Helper()
	v, err := jstest.Eval(t, r, "const BASE = "+strconv.Quote(base)+";\n"+src)
	if err != nil {
		t.Fatalf("eval: %v", err)
	}
	s, _ := v.(string)
	return s
}

func TestEchoAndEvents(t *testing.T) {
	base := peer(t)
	r := newRT(t, Options{})
	got := eval(t, r, base, `
		const ws = new WebSocket(BASE + "/echo");
		const log = [];
		let sendEarly;
		try { ws.send("too early"); } catch (e) { sendEarly = e.name; }
		await new Promise((res, rej) => { ws.onopen = res; ws.onerror = () => rej(new Error("no open")); });
		log.push("open " + ws.readyState + " " + sendEarly);
		const next = () => new Promise((res) => ws.addEventListener("message", res, { once: true }));
		const roundTrip = async (data) => { const p = next(); ws.send(data); return (await p).data; };
		log.push(await roundTrip("text"));
		ws.binaryType = "arraybuffer";
		const ab = await roundTrip(new Uint8Array([1, 2, 3]).buffer);
		log.push(ab.constructor.name + ":" + [...new Uint8Array(ab)].join(","));
		log.push([...new Uint8Array(await roundTrip(new Uint8Array([0, 9, 8, 7]).subarray(1)))].join(","));
		log.push([...new Uint8Array(await roundTrip(new DataView(new Uint8Array([5, 6]).buffer)))].join(","));
		log.push(await roundTrip({ toString() { return "obj"; } }));
		ws.binaryType = "blob";
		const blob = await roundTrip(new Blob([new Uint8Array([4, 2])]));
		log.push(blob.constructor.name + ":" + [...new Uint8Array(await blob.arrayBuffer())].join(","));
		// frames keep their order behind a Blob being read
		const order = [];
		const four = new Promise((res) => { const f = (e) => { order.push(typeof e.data === "string" ? e.data : "blob"); if (order.length === 4) { ws.removeEventListener("message", f); res(); } }; ws.addEventListener("message", f); });
		ws.send(new Blob(["b1"])); ws.send("t1"); ws.send(new Blob(["b2"])); ws.send("t2");
		await four;
		log.push(order.join(","));
		const ev = await (() => { const p = next(); ws.send("e"); return p; })();
		log.push([ev.type, ev.origin, ev.lastEventId, String(ev.source), ev.ports.length, ev.isTrusted, ev instanceof MessageEvent, ev.target === ws].join("|"));
		// the writer counts a frame out after its write returns, which may
		// be after the echo came back: wait for it, briefly
		for (let i = 0; ws.bufferedAmount !== 0 && i < 100; i++) await new Promise((r) => setTimeout(r, 10));
		log.push("buffered " + ws.bufferedAmount);
		let arity;
		try { ws.send(); } catch (e) { arity = e.name + ": " + e.message; }
		log.push(arity);
		const d = Object.getOwnPropertyDescriptor(WebSocket.prototype, "send");
		log.push([d.enumerable, d.writable, d.configurable, d.value.name, d.value.length].join(","));
		const closed = new Promise((res) => { ws.onclose = (e) => res(e.code + " " + e.wasClean); });
		ws.close(1000, "done");
		ws.send("dropped once closing");
		log.push("closing " + ws.readyState);
		log.push("close " + await closed + " " + ws.readyState);
		return log.join("\n");`)
	want := strings.Join([]string{
		"open 1 InvalidStateError",
		"text",
		"ArrayBuffer:1,2,3",
		"9,8,7",
		"5,6",
		"obj",
		"Blob:4,2",
		"blob,t1,blob,t2",
		"message|" + base + "||null|0|false|true|true",
		"buffered 0",
		"TypeError: Failed to execute 'send' on 'WebSocket': 1 argument required, but only 0 present.",
		"false,true,true,send,1",
		"closing 2",
		"close 1000 true 3",
	}, "\n")
	if got != want {
		t.Fatalf("got:\n%s\nwant:\n%s", got, want)
	}
}

// on<event> attributes: dom's event handler attributes (HTML, Deno).
func TestHandlerAttributes(t *testing.T) {
	base := peer(t)
	r := newRT(t, Options{})
	got := eval(t, r, base, `
		const ws = new WebSocket(BASE + "/echo");
		await new Promise((res) => ws.addEventListener("open", res));
		const log = [];
		const h1 = function (e) { log.push("h1:" + e.data + ":" + (this === ws)); };
		ws.onmessage = h1;
		ws.addEventListener("message", (e) => log.push("l:" + e.data));
		ws.onmessage = (e) => log.push("h2:" + e.data); // keeps its place
		const got = (n) => new Promise((res) => { const f = () => { if (log.length >= n) res(); else setTimeout(f, 1); }; f(); });
		ws.send("a");
		await got(2);
		ws.onmessage = null;
		ws.send("b");
		await got(3);
		const proto = WebSocket.prototype.onmessage;
		ws.close();
		return log.join(",") + " " + proto + " " + (ws.onmessage === null);`)
	if got != "h2:a,l:a,l:b null true" {
		t.Fatalf("got %q", got)
	}
}

// Messages that arrive together are dispatched by one loop task (one call
// into JS): the microtasks of one — chained ones too — run before the
// next message.
func TestMicrotasksBetweenBatchedMessages(t *testing.T) {
	trigger := make(chan struct{})
	base := peerWith(t, trigger)
	r := newRT(t, Options{})
	eval(t, r, base, `
		globalThis.log = [];
		globalThis.ws = new WebSocket(BASE + "/burst?n=5");
		ws.onmessage = async (e) => {
			log.push(e.data);
			Promise.resolve().then(() => log.push("then " + e.data));
			await null; await null; await null;
			log.push("await " + e.data);
		};
		await new Promise((res) => ws.addEventListener("open", res));`)
	// hold the loop until the reader has queued all five
	s := onlySocket(t, r)
	holdLoop(t, r, func() {
		close(trigger)
		waitPending(t, s, 5)
	})
	got := eval(t, r, base, `
		await new Promise((res) => { const f = () => { if (log.length >= 15) res(); else setTimeout(f, 1); }; f(); });
		ws.close();
		return log.join(",");`)
	var want []string
	for i := 0; i < 5; i++ {
		want = append(want, fmt.Sprintf("m%d", i), fmt.Sprintf("then m%d", i), fmt.Sprintf("await m%d", i))
	}
	if got != strings.Join(want, ",") {
		t.Fatalf("got %q", got)
	}
}

// A fast peer cannot queue more than maxInflight messages for a busy loop;
// all arrive, in order, once it runs again.
func TestInboundBound(t *testing.T) {
	trigger := make(chan struct{})
	base := peerWith(t, trigger)
	r := newRT(t, Options{})
	const n = 10 * maxInflight
	eval(t, r, base, fmt.Sprintf(`
		globalThis.log = [];
		globalThis.ws = new WebSocket(BASE + "/burst?n=%d");
		ws.onmessage = (e) => log.push(e.data);
		await new Promise((res) => ws.addEventListener("open", res));`, n))
	s := onlySocket(t, r)
	var pending, queued int
	holdLoop(t, r, func() {
		close(trigger)
		waitPending(t, s, maxInflight)
		time.Sleep(50 * time.Millisecond) // room for a reader that would overrun
		s.imu.Lock()
		pending, queued = s.pending, len(s.inbox)
		s.imu.Unlock()
	})
	if pending > maxInflight || queued > maxInflight {
		t.Fatalf("%d messages pending (%d in the inbox), bound %d", pending, queued, maxInflight)
	}
	want := make([]string, n)
	for i := range want {
		want[i] = fmt.Sprintf("m%d", i)
	}
	got := eval(t, r, base, fmt.Sprintf(`
		await new Promise((res) => { const f = () => { if (log.length >= %d) res(); else setTimeout(f, 1); }; f(); });
		ws.close();
		return log.join(",");`, n))
	if got != strings.Join(want, ",") {
		t.Fatalf("got %q", got)
	}
}

// Big messages are bounded by bytes too: a busy loop holds at most
// maxInflightBytes of them (or one message) undispatched.
func TestInboundBytesBound(t *testing.T) {
	trigger := make(chan struct{})
	base := peerWith(t, trigger)
	r := newRT(t, Options{})
	const n, size = 40, 128 << 10
	eval(t, r, base, fmt.Sprintf(`
		globalThis.log = [];
		globalThis.ws = new WebSocket(BASE + "/burst?n=%d&size=%d");
		ws.onmessage = (e) => log.push(e.data.length === %d ? e.data.slice(0, e.data.indexOf(".")) : "bad");
		await new Promise((res) => ws.addEventListener("open", res));`, n, size, size))
	s := onlySocket(t, r)
	want := maxInflightBytes / size
	var pending, bytes int
	holdLoop(t, r, func() {
		close(trigger)
		waitPending(t, s, want)
		time.Sleep(50 * time.Millisecond) // room for a reader that would overrun
		s.imu.Lock()
		pending, bytes = s.pending, s.pendBytes
		s.imu.Unlock()
	})
	if pending > want || bytes > maxInflightBytes {
		t.Fatalf("%d messages (%d bytes) pending, bound %d bytes", pending, bytes, maxInflightBytes)
	}
	got := eval(t, r, base, fmt.Sprintf(`
		await new Promise((res) => { const f = () => { if (log.length >= %d) res(); else setTimeout(f, 1); }; f(); });
		ws.close();
		return log.join(",");`, n))
	var w []string
	for i := 0; i < n; i++ {
		w = append(w, fmt.Sprintf("m%d", i))
	}
	if got != strings.Join(w, ",") {
		t.Fatalf("got %q", got)
	}
}

// A peer that stops reading gets the socket closed with 1011 and an error
// event once the send queue holds MaxBuffered; the queue never holds more.
func TestSendBufferBound(t *testing.T) {
	base := peer(t)
	const limit = 1 << 20
	r := newRT(t, Options{MaxBuffered: limit})
	got := eval(t, r, base, `
		const ws = new WebSocket(BASE + "/deaf");
		await new Promise((res) => ws.addEventListener("open", res));
		const events = [];
		ws.onerror = (e) => events.push("error: " + e.message);
		const closed = new Promise((res) => { ws.onclose = (e) => res(e.code + " " + e.wasClean); });
		const chunk = "x".repeat(32 << 10);
		let max = 0;
		for (let i = 0; i < 2000 && ws.readyState === WebSocket.OPEN; i++) {
			ws.send(chunk);
			max = Math.max(max, ws.bufferedAmount);
		}
		events.push("close " + await closed);
		return events.join("\n") + "\nmax " + max;`)
	lines := strings.Split(got, "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "error: send buffer full") || lines[1] != "close 1011 false" {
		t.Fatalf("got %q", got)
	}
	if max, _ := strconv.Atoi(strings.TrimPrefix(lines[2], "max ")); max > limit {
		t.Fatalf("bufferedAmount reached %d, over the %d limit", max, limit)
	}
}

func TestPeerCloseAndLoss(t *testing.T) {
	base := peer(t)
	r := newRT(t, Options{})
	got := eval(t, r, base, `
		const run = async (path) => {
			const ws = new WebSocket(BASE + path);
			const log = [];
			ws.onerror = (e) => log.push("error");
			const closed = new Promise((res) => { ws.onclose = (e) => { log.push(["close", e.code, e.reason, e.wasClean].join(" ")); res(); }; });
			await new Promise((res) => ws.addEventListener("open", res));
			ws.send("hi");
			await closed;
			return log.join(",");
		};
		return (await run("/close")) + " | " + (await run("/drop"));`)
	if got != "close 4001 bye true | error,close 1006  false" {
		t.Fatalf("got %q", got)
	}
}

func onlySocket(t *testing.T, r *jsrt.Runtime) *Socket {
	t.Helper()
	var s *Socket
	r.Sync(func() error {
		f, err := familyOf(r)
		if err != nil {
			return err
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, x := range f.sockets {
			s = x
		}
		return nil
	})
	if s == nil {
		t.Fatal("no socket")
	}
	return s
}

// holdLoop runs fn while the loop is blocked in a task (fn must not wait
// for the loop).
func holdLoop(t *testing.T, r *jsrt.Runtime, fn func()) {
	t.Helper()
	held, release := make(chan struct{}), make(chan struct{})
	r.Enqueue(func() error { close(held); <-release; return nil })
	defer close(release)
	<-held
	fn()
}

func waitPending(t *testing.T, s *Socket, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s.imu.Lock()
		p := s.pending
		s.imu.Unlock()
		if p >= n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the reader queued %d messages, want %d", p, n)
		}
		time.Sleep(time.Millisecond)
	}
}
