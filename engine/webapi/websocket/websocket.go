// Package websocket installs the browser WebSocket class and carries its
// frames over github.com/gorilla/websocket, for both directions: outbound
// `new WebSocket(url, protocols)` (Dial), and the server side of
// Deno.upgradeWebSocket (NewServerSocket + Accept, used by the worker once
// the gateway's connection is upgraded).
//
// The state machine and events live in websocket.js; frames move on two
// goroutines per socket:
//   - the reader hands each message to the loop and waits while more than
//     maxInflight messages are queued there, so a fast peer cannot grow
//     memory faster than the function handles it; messages over
//     MaxMessage close the socket with 1009 (gorilla's read limit);
//   - the writer drains a send queue bounded by MaxBuffered bytes;
//     bufferedAmount is exactly the bytes queued and not yet written, and
//     a peer that stops reading until the queue is full gets the socket
//     closed with 1011 and an error event, instead of unbounded memory.
//
// Every open, message (direction in/out, size, a preview of text) and close
// is reported through Options.OnEvent with the async context that created
// the socket, so the engine can tie it to its request.
package websocket

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
	gws "github.com/gorilla/websocket"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// Options configure the WebSocket family of one runtime.
type Options struct {
	// Dial opens outbound connections (nil: gorilla's default dialer).
	// The engine's dialer applies the host map.
	Dial func(ctx context.Context, url string, protocols []string) (*gws.Conn, *http.Response, error)
	// MaxMessage bounds one incoming message (default 16 MiB; 1009 past it).
	MaxMessage int64
	// MaxBuffered bounds the send queue in bytes (default 64 MiB).
	MaxBuffered int64
	// OnEvent reports what sockets do.
	OnEvent func(Event)
	// OnOpenChange is told +1 when a socket opens and -1 when it closes
	// (an open socket keeps its worker busy).
	OnOpenChange func(delta int)
}

// Event is one thing a socket did.
type Event struct {
	Kind      string // "open", "message", "close", "error"
	Socket    int64
	Inbound   bool   // the server side of Deno.upgradeWebSocket
	Direction string // "in" or "out" for messages
	URL       string
	Protocol  string
	Size      int
	Preview   string // start of a text message
	Code      int
	Reason    string
	Err       string
	Ctx       any // the async context that created the socket
}

const (
	defaultMaxMessage  = 16 << 20
	defaultMaxBuffered = 64 << 20
	maxInflight        = 16 // messages handed to the loop and not yet dispatched
	closeTimeout       = 3 * time.Second
	previewLen         = 120
)

//go:embed websocket.js
var wsJS string

var script = jsrt.NewScript("edgeplay:websocket", wsJS)

type family struct {
	r       *jsrt.Runtime
	opts    Options
	mu      sync.Mutex
	sockets map[int64]*Socket
	nextID  atomic.Int64
	fire    goja.Callable // (ws, kind, a, b, c)
	server  goja.Callable // (id, url) → ws
}

const familyKey = "websocket.family"

// Install returns the installer.
func Install(opts Options) jsrt.Installer {
	return func(r *jsrt.Runtime) error {
		if opts.MaxMessage == 0 {
			opts.MaxMessage = defaultMaxMessage
		}
		if opts.MaxBuffered == 0 {
			opts.MaxBuffered = defaultMaxBuffered
		}
		if opts.Dial == nil {
			opts.Dial = func(ctx context.Context, url string, protocols []string) (*gws.Conn, *http.Response, error) {
				d := gws.Dialer{Subprotocols: protocols, HandshakeTimeout: 30 * time.Second}
				return d.DialContext(ctx, url, nil)
			}
		}
		f := &family{r: r, opts: opts, sockets: map[int64]*Socket{}}
		v, err := script.Call(r, f.natives())
		if err != nil {
			return err
		}
		hooks := v.(*goja.Object)
		f.fire, _ = goja.AssertFunction(hooks.Get("dispatch"))
		f.server, _ = goja.AssertFunction(hooks.Get("serverSocket"))
		r.SetInternal(familyKey, f)
		return nil
	}
}

func familyOf(r *jsrt.Runtime) (*family, error) {
	f, ok := r.Internal(familyKey).(*family)
	if !ok {
		return nil, errors.New("websocket: family not installed")
	}
	return f, nil
}

// Socket is the Go side of one WebSocket object.
type Socket struct {
	f        *family
	id       int64
	obj      *goja.Object
	url      string
	inbound  bool
	ctx      any
	conn     *gws.Conn
	protocol string

	out      chan frame
	buffered atomic.Int64
	inflight chan struct{}
	done     chan struct{}

	// loop-only: sends waiting behind a Blob being read
	slots []*slot

	closeOnce  sync.Once
	closing    atomic.Bool
	closedOnce sync.Once
	opened     atomic.Bool
}

type frame struct {
	typ  int
	data []byte
	code int // close frames
}

type slot struct {
	ready bool
	fr    frame
}

func (f *family) newSocket(obj *goja.Object, url string, inbound bool) *Socket {
	s := &Socket{
		f: f, id: f.nextID.Add(1), obj: obj, url: url, inbound: inbound, ctx: f.r.Context(),
		out: make(chan frame, 256), inflight: make(chan struct{}, maxInflight), done: make(chan struct{}),
	}
	f.mu.Lock()
	f.sockets[s.id] = s
	f.mu.Unlock()
	return s
}

func (f *family) socket(id int64) *Socket {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.sockets[id]
}

func (f *family) natives() map[string]any {
	r := f.r
	return map[string]any{
		"register": func(id int64, obj *goja.Object) {
			if s := f.socket(id); s != nil {
				s.obj = obj
			}
		},
		"connect": func(obj *goja.Object, url string, protocols []string) int64 {
			s := f.newSocket(obj, url, false)
			done := r.Ref()
			go func() {
				conn, resp, err := f.opts.Dial(context.Background(), url, protocols)
				if resp != nil && resp.Body != nil {
					resp.Body.Close()
				}
				if err != nil {
					msg := dialError(url, resp, err)
					done(func() error {
						s.emit(Event{Kind: "error", Err: msg})
						s.fireJS("error", msg, nil, nil)
						s.finish(1006, "", false)
						return nil
					})
					return
				}
				done(func() error { s.start(conn); return nil })
			}()
			return s.id
		},
		"buffered": func(id int64) int64 {
			if s := f.socket(id); s != nil {
				return s.buffered.Load()
			}
			return 0
		},
		// reflection-free: called once per message sent
		"sendText": func(c goja.FunctionCall) goja.Value {
			if s := f.socket(c.Argument(0).ToInteger()); s != nil {
				s.enqueue(frame{typ: gws.TextMessage, data: []byte(c.Argument(1).String())})
			}
			return goja.Undefined()
		},
		"sendBinary": func(c goja.FunctionCall) goja.Value {
			b, ok := r.Bytes(c.Argument(1))
			if !ok {
				r.ThrowTypeError("WebSocket.send: expected a string, ArrayBuffer, typed array or Blob")
			}
			if s := f.socket(c.Argument(0).ToInteger()); s != nil {
				s.enqueue(frame{typ: gws.BinaryMessage, data: append([]byte(nil), b...)})
			}
			return goja.Undefined()
		},
		"reserve": func(id int64) int {
			s := f.socket(id)
			if s == nil {
				return -1
			}
			s.slots = append(s.slots, &slot{})
			return len(s.slots) - 1
		},
		"sendReserved": func(id int64, ticket int, data goja.Value) {
			s := f.socket(id)
			if s == nil || ticket < 0 || ticket >= len(s.slots) {
				return
			}
			sl := s.slots[ticket]
			sl.ready = true
			if b, ok := r.Bytes(data); ok {
				sl.fr = frame{typ: gws.BinaryMessage, data: append([]byte(nil), b...)}
			}
			s.flushSlots()
		},
		"close": func(id int64, code int, reason string, wasConnecting bool) {
			s := f.socket(id)
			if s == nil {
				return
			}
			if wasConnecting || s.conn == nil {
				s.finish(1006, "", false)
				return
			}
			s.closing.Store(true)
			s.enqueue(frame{typ: gws.CloseMessage, data: closePayload(code, reason), code: code})
		},
	}
}

func dialError(url string, resp *http.Response, err error) string {
	if resp != nil {
		return fmt.Sprintf("NetworkError: failed to connect to WebSocket: %s answered %s", url, resp.Status)
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fmt.Sprintf("NetworkError: failed to connect to WebSocket: %s: timed out", url)
	}
	return fmt.Sprintf("NetworkError: failed to connect to WebSocket: %v", err)
}

func closePayload(code int, reason string) []byte {
	if code == gws.CloseNoStatusReceived {
		return []byte{}
	}
	return gws.FormatCloseMessage(code, reason)
}

// NewServerSocket creates the WebSocket object Deno.upgradeWebSocket
// returns, in CONNECTING state; Accept opens it. Loop goroutine only.
func NewServerSocket(r *jsrt.Runtime, url string) (*goja.Object, *Socket, error) {
	f, err := familyOf(r)
	if err != nil {
		return nil, nil, err
	}
	s := f.newSocket(nil, url, true)
	v, err := f.server(goja.Undefined(), r.VM().ToValue(s.id), r.VM().ToValue(url))
	if err != nil {
		return nil, nil, err
	}
	s.obj = v.(*goja.Object)
	return s.obj, s, nil
}

// onLoop runs fn on the loop in the async context that created the socket,
// so its handlers' logs and CPU belong to the request that opened it.
func (s *Socket) onLoop(fn func()) bool {
	return s.f.r.Enqueue(func() error {
		return s.f.r.WithContext(s.ctx, func() error { fn(); return nil })
	})
}

// Accept opens a server socket on an upgraded connection (any goroutine).
// idle > 0 pings the peer and closes the socket when it stops answering.
func (s *Socket) Accept(conn *gws.Conn, idle time.Duration) {
	s.onLoop(func() { s.start(conn) })
	if idle > 0 {
		go s.keepAlive(conn, idle)
	}
}

// Fail tells a server socket its upgrade failed (any goroutine).
func (s *Socket) Fail(msg string) {
	s.onLoop(func() {
		s.fireJS("error", msg, nil, nil)
		s.finish(1006, "", false)
	})
}

// start runs on the loop once the connection is open.
func (s *Socket) start(conn *gws.Conn) {
	s.conn = conn
	s.protocol = conn.Subprotocol()
	conn.SetReadLimit(s.f.opts.MaxMessage)
	s.opened.Store(true)
	if s.f.opts.OnOpenChange != nil {
		s.f.opts.OnOpenChange(1)
	}
	s.emit(Event{Kind: "open", Protocol: s.protocol})
	s.fireJS("open", s.protocol, "", nil)
	go s.writeLoop()
	go s.readLoop()
}

func (s *Socket) fireJS(kind string, a, b, c any) {
	if s.obj == nil {
		return
	}
	vm := s.f.r.VM()
	if _, err := s.f.fire(goja.Undefined(), s.obj, vm.ToValue(kind), vm.ToValue(a), vm.ToValue(b), vm.ToValue(c)); err != nil {
		panic(err) // reported by the loop as uncaught (a listener threw)
	}
}

func (s *Socket) emit(e Event) {
	if s.f.opts.OnEvent == nil {
		return
	}
	e.Socket, e.Inbound, e.URL, e.Ctx = s.id, s.inbound, s.url, s.ctx
	s.f.opts.OnEvent(e)
}

// enqueue adds a frame behind any Blob still being read. Loop only.
func (s *Socket) enqueue(fr frame) {
	if len(s.slots) > 0 {
		s.slots = append(s.slots, &slot{ready: true, fr: fr})
		return
	}
	s.push(fr)
}

func (s *Socket) flushSlots() {
	for len(s.slots) > 0 && s.slots[0].ready {
		fr := s.slots[0].fr
		s.slots = s.slots[1:]
		if fr.data != nil || fr.typ == gws.CloseMessage {
			s.push(fr)
		}
	}
}

func (s *Socket) push(fr frame) {
	n := int64(len(fr.data))
	if fr.typ != gws.CloseMessage && s.buffered.Load()+n > s.f.opts.MaxBuffered {
		msg := fmt.Sprintf("send buffer full (%d MB queued): the peer is not reading", s.buffered.Load()>>20)
		s.emit(Event{Kind: "error", Err: msg})
		s.fireJS("error", msg, nil, nil)
		s.abort(gws.CloseInternalServerErr, "send buffer full")
		return
	}
	s.buffered.Add(n)
	select {
	case s.out <- fr:
	case <-s.done:
		s.buffered.Add(-n)
	default:
		// the channel is full of small frames: hand over without
		// blocking the loop
		go func() {
			select {
			case s.out <- fr:
			case <-s.done:
				s.buffered.Add(-n)
			}
		}()
	}
}

func (s *Socket) writeLoop() {
	for {
		select {
		case <-s.done:
			return
		case fr := <-s.out:
			var err error
			if fr.typ == gws.CloseMessage {
				err = s.conn.WriteControl(gws.CloseMessage, fr.data, time.Now().Add(closeTimeout))
				// wait for the peer's close frame (the reader ends), or give up
				go func() {
					select {
					case <-s.done:
					case <-time.After(closeTimeout):
						s.conn.Close()
					}
				}()
			} else {
				err = s.conn.WriteMessage(fr.typ, fr.data)
			}
			s.buffered.Add(-int64(len(fr.data)))
			if err != nil {
				s.conn.Close() // the reader reports it
				return
			}
			if fr.typ != gws.CloseMessage {
				s.emit(Event{Kind: "message", Direction: "out", Size: len(fr.data), Preview: preview(fr)})
			}
		}
	}
}

func preview(fr frame) string {
	if fr.typ != gws.TextMessage {
		return ""
	}
	b := fr.data
	if len(b) > previewLen {
		b = b[:previewLen]
		for len(b) > 0 && !utf8.Valid(b) {
			b = b[:len(b)-1]
		}
	}
	return string(b)
}

func (s *Socket) readLoop() {
	for {
		typ, data, err := s.conn.ReadMessage()
		if err != nil {
			s.readEnded(err)
			return
		}
		fr := frame{typ: typ, data: data}
		s.emit(Event{Kind: "message", Direction: "in", Size: len(data), Preview: preview(fr)})
		select {
		case s.inflight <- struct{}{}:
		case <-s.done:
			return
		}
		ok := s.onLoop(func() {
			<-s.inflight
			if typ == gws.TextMessage {
				s.fireJS("text", string(data), nil, nil)
			} else {
				s.fireJS("binary", s.f.r.VM().NewArrayBuffer(data), nil, nil)
			}
		})
		if !ok {
			return
		}
	}
}

func (s *Socket) readEnded(err error) {
	code, reason, clean := 1006, "", false
	var ce *gws.CloseError
	switch {
	case errors.As(err, &ce):
		code, reason, clean = ce.Code, ce.Text, true
	case errors.Is(err, gws.ErrReadLimit):
		code, reason = gws.CloseMessageTooBig, fmt.Sprintf("message over the %d MB limit", s.f.opts.MaxMessage>>20)
	case s.closing.Load():
		clean = true
		code = 1005
	}
	msg := ""
	if !clean && code == 1006 {
		msg = "WebSocket connection lost: " + err.Error()
	}
	s.onLoop(func() {
		if msg != "" {
			s.emit(Event{Kind: "error", Err: msg})
			s.fireJS("error", msg, nil, nil)
		}
		s.finish(code, reason, clean)
	})
}

// finish closes the connection and fires close once. Loop only.
func (s *Socket) finish(code int, reason string, clean bool) {
	s.closedOnce.Do(func() {
		close(s.done)
		if s.conn != nil {
			s.conn.Close()
		}
		s.f.mu.Lock()
		delete(s.f.sockets, s.id)
		s.f.mu.Unlock()
		if s.opened.Load() && s.f.opts.OnOpenChange != nil {
			s.f.opts.OnOpenChange(-1)
		}
		s.emit(Event{Kind: "close", Code: code, Reason: reason})
		s.fireJS("close", code, reason, clean)
	})
}

// abort sends a close frame and drops the connection now. Loop only.
func (s *Socket) abort(code int, reason string) {
	if s.conn != nil {
		_ = s.conn.WriteControl(gws.CloseMessage, gws.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
	}
	s.finish(code, reason, false)
}

func (s *Socket) keepAlive(conn *gws.Conn, idle time.Duration) {
	var lastSeen atomic.Int64
	lastSeen.Store(time.Now().UnixNano())
	conn.SetPongHandler(func(string) error { lastSeen.Store(time.Now().UnixNano()); return nil })
	t := time.NewTicker(idle / 2)
	defer t.Stop()
	for {
		select {
		case <-s.done:
			return
		case <-t.C:
			if time.Since(time.Unix(0, lastSeen.Load())) > idle {
				s.onLoop(func() {
					msg := fmt.Sprintf("no pong from the client within the idle timeout (%s)", idle)
					s.emit(Event{Kind: "error", Err: msg})
					s.fireJS("error", msg, nil, nil)
					s.abort(gws.CloseGoingAway, "idle timeout")
				})
				return
			}
			_ = conn.WriteControl(gws.PingMessage, nil, time.Now().Add(idle/2))
		}
	}
}

// CloseAll closes every socket of the runtime with code and reason (the
// worker is shutting down: 1001). Loop goroutine only.
func CloseAll(r *jsrt.Runtime, code int, reason string) {
	f, err := familyOf(r)
	if err != nil {
		return
	}
	f.mu.Lock()
	list := make([]*Socket, 0, len(f.sockets))
	for _, s := range f.sockets {
		list = append(list, s)
	}
	f.mu.Unlock()
	for _, s := range list {
		func() {
			defer func() { _ = recover() }() // a throwing onclose must not stop the others
			s.abort(code, reason)
		}()
	}
}
