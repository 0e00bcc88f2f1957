// Package websocket installs the browser WebSocket class and carries its
// frames over github.com/gorilla/websocket, for both directions: outbound
// `new WebSocket(url, protocols)` (Dial), and the server side of
// Deno.upgradeWebSocket (NewServerSocket + Accept, used by the worker once
// the gateway's connection is upgraded).
//
// The state machine and events live in websocket.js; frames move on two
// goroutines per socket:
//   - the reader appends each message to the socket's inbox and waits
//     while maxInflight messages (or 1 MiB of them, or one larger
//     message) are there undispatched, so a fast peer cannot grow memory
//     faster than the function handles it; one loop task dispatches
//     everything the inbox holds (one wake-up of the loop per burst, not
//     per frame) with one call into JS, whose pump takes
//     the messages one by one and runs a microtask checkpoint before each
//     (jsrt.MicrotaskCheckpoint), so microtasks still run between two
//     message events; messages over MaxMessage close the socket with 1009
//     (gorilla's read limit);
//   - the writer drains a send queue bounded by MaxBuffered bytes (plus a
//     fixed cost per queued frame, so a flood of empty messages is bounded
//     too), taking every queued frame at once; bufferedAmount is exactly
//     the bytes queued and not yet written, and a peer that stops reading
//     until the queue is full gets the socket closed with 1011 and an
//     error event, instead of unbounded memory.
//
// Text crosses as Go strings both ways (a JS string's bytes are written
// as they are, no []byte copy); binary messages become ArrayBuffers over
// the bytes read, with no further copy.
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
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/dop251/goja"
	gws "github.com/gorilla/websocket"

	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
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
	maxInflight        = 64      // messages in the inbox, not yet dispatched
	maxInflightBytes   = 1 << 20 // their bytes (one message may be larger)
	frameCost          = 64      // what a queued frame costs beyond its bytes (the send bound)
	keepReadBuffer     = 64 << 10
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
	hooks   hooks

	// loop-only
	byObj      map[*goja.Object]*Socket // open sockets, for send's fast path
	checkpoint func()                   // runs pending microtasks (nil: one call per message)
	pumping    *Socket                  // the socket whose batch pump is running
	held       []*Socket                // sockets whose writer wakes when the pump is done
}

// hooks are websocket.js's entry points, called from Go on the loop.
type hooks struct {
	open     goja.Callable // (ws, protocol, extensions)
	text     goja.Callable // (ws, string)
	binary   goja.Callable // (ws, ArrayBuffer)
	error    goja.Callable // (ws, message)
	close    goja.Callable // (ws, code, reason, wasClean)
	sendImpl goja.Callable // (ws, data)
	server   goja.Callable // (id, url) → ws
	pump     goja.Callable // (ws): dispatches what next() hands out
}

const familyKey = "websocket.family"

// Install returns the installer. dom must be installed first.
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
				d := gws.Dialer{Subprotocols: protocols, HandshakeTimeout: 30 * time.Second, NetDialContext: NetDialContext}
				return d.DialContext(ctx, url, nil)
			}
		}
		f := &family{r: r, opts: opts, sockets: map[int64]*Socket{}, byObj: map[*goja.Object]*Socket{}}
		f.checkpoint, _ = r.MicrotaskCheckpoint()
		natives, err := f.natives()
		if err != nil {
			return err
		}
		v, err := script.Call(r, natives)
		if err != nil {
			return err
		}
		obj, ok := v.(*goja.Object)
		if !ok {
			return errors.New("websocket: script did not return its hooks")
		}
		for name, dst := range map[string]*goja.Callable{
			"open": &f.hooks.open, "text": &f.hooks.text, "binary": &f.hooks.binary, "error": &f.hooks.error,
			"close": &f.hooks.close, "sendImpl": &f.hooks.sendImpl, "serverSocket": &f.hooks.server,
			"pump": &f.hooks.pump,
		} {
			fn, ok := goja.AssertFunction(obj.Get(name))
			if !ok {
				return fmt.Errorf("websocket: hook %s missing", name)
			}
			*dst = fn
		}
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
	batch    *batchConn // under conn, when the connection batches writes
	protocol string

	// send queue: the loop appends, the writer takes everything at once
	wmu      sync.Mutex
	wq       []frame
	wake     chan struct{} // cap 1: wq became non-empty
	buffered atomic.Int64  // bytes queued, not yet written (bufferedAmount)
	frames   atomic.Int64  // frames queued, not yet written

	// inbox: the reader appends, one loop task dispatches what is there
	imu       sync.Mutex
	inbox     []inMsg
	spare     []inMsg // the last drained inbox, for reuse
	scheduled bool    // a drain task is queued on the loop
	pending   int     // messages in the inbox or being dispatched
	pendBytes int     // their bytes
	waiting   bool    // the reader waits for room
	room      chan struct{}
	drainTask jsrt.Task
	rbuf      []byte // reader only

	done chan struct{}

	// loop-only: sends waiting behind a Blob being read; a ticket is
	// slotBase + its index (flushed slots leave the front)
	slots    []*slot
	slotBase int

	closing    atomic.Bool
	closedOnce sync.Once
	opened     atomic.Bool

	// loop-only: the JS object is OPEN (mirrors its readyState, for
	// send's fast path); the batch being pumped, the index of the next
	// message to hand out, and whether one is out and not yet counted
	jsOpen     bool
	wakeHeld   bool // in family.held
	cur        []inMsg
	curNext    int
	inFlight   bool
	inFlightSz int
}

type frame struct {
	typ  int
	text string // text frames sent from JS strings
	data []byte
	code int // close frames
}

func (fr *frame) size() int64 { return int64(len(fr.text) + len(fr.data)) }

// inMsg is one message read, or the end of the stream (typ 0).
type inMsg struct {
	typ  int
	text string
	data []byte
	err  error
}

func (m *inMsg) size() int { return len(m.text) + len(m.data) }

type slot struct {
	ready bool
	fr    frame
}

func (f *family) newSocket(obj *goja.Object, url string, inbound bool) *Socket {
	s := &Socket{
		f: f, id: f.nextID.Add(1), obj: obj, url: url, inbound: inbound, ctx: f.r.Context(),
		wake: make(chan struct{}, 1), room: make(chan struct{}, 1), done: make(chan struct{}),
	}
	// the inbox's drain task, made once: it is queued per burst
	s.drainTask = func() error { s.drain(); return nil }
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

// natives builds websocket.js's native object once (a Go map would wrap
// each function again on every property read).
func (f *family) natives() (*goja.Object, error) {
	r := f.r
	vm := r.VM()
	fireMessage, err := dom.FireMessage(r)
	if err != nil {
		return nil, fmt.Errorf("websocket: %w", err)
	}
	defineHandler, err := dom.DefineHandler(r)
	if err != nil {
		return nil, fmt.Errorf("websocket: %w", err)
	}
	o := vm.NewObject()
	set := func(name string, fn any) {
		if err == nil {
			err = o.Set(name, fn)
		}
	}
	set("fireMessage", fireMessage)
	set("next", f.next)
	set("defineHandler", defineHandler)
	set("register", func(id int64, obj *goja.Object) {
		if s := f.socket(id); s != nil {
			s.obj = obj
		}
	})
	set("connect", func(obj *goja.Object, url string, protocols []string) int64 {
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
					s.call(f.hooks.error, vm.ToValue(msg))
					s.finish(1006, "", false)
					return nil
				})
				return
			}
			done(func() error { s.start(conn); return nil })
		}()
		return s.id
	})
	set("buffered", func(c goja.FunctionCall) goja.Value {
		if s := f.socket(c.Argument(0).ToInteger()); s != nil {
			return vm.ToValue(s.buffered.Load())
		}
		return vm.ToValue(0)
	})
	// WebSocket.prototype.send: the exact arity check, then the JS
	// implementation (state, type) with the socket's private fields; it
	// leaves strings and bytes to send here.
	set("send", func(c goja.FunctionCall) goja.Value {
		if len(c.Arguments) == 0 {
			r.ThrowTypeError("Failed to execute 'send' on 'WebSocket': 1 argument required, but only 0 present.")
		}
		data := c.Arguments[0]
		// an open socket sending a string: no call back into JS
		if o, ok := c.This.(*goja.Object); ok {
			if str, ok := data.(goja.String); ok {
				if s := f.byObj[o]; s != nil && s.jsOpen {
					s.enqueue(frame{typ: gws.TextMessage, text: str.String()})
					return goja.Undefined()
				}
			}
		}
		v, err := f.hooks.sendImpl(goja.Undefined(), c.This, data)
		if err != nil {
			panic(err)
		}
		id := v.ToInteger()
		switch {
		case id > 0:
			if s := f.socket(id); s != nil {
				s.enqueue(frame{typ: gws.TextMessage, text: data.String()})
			}
		case id < 0:
			b, ok := r.Bytes(data)
			if !ok {
				r.ThrowTypeError("WebSocket.send: expected a string, ArrayBuffer, typed array or Blob")
			}
			if s := f.socket(-id); s != nil {
				s.enqueue(frame{typ: gws.BinaryMessage, data: append([]byte(nil), b...)})
			}
		}
		return goja.Undefined()
	})
	// String(data) of other values
	set("sendText", func(c goja.FunctionCall) goja.Value {
		if s := f.socket(c.Argument(0).ToInteger()); s != nil {
			s.enqueue(frame{typ: gws.TextMessage, text: c.Argument(1).String()})
		}
		return goja.Undefined()
	})
	set("reserve", func(id int64) int {
		s := f.socket(id)
		if s == nil {
			return -1
		}
		s.slots = append(s.slots, &slot{})
		return s.slotBase + len(s.slots) - 1
	})
	set("sendReserved", func(id int64, ticket int, data goja.Value) {
		s := f.socket(id)
		if s == nil {
			return
		}
		i := ticket - s.slotBase
		if i < 0 || i >= len(s.slots) {
			return
		}
		sl := s.slots[i]
		sl.ready = true
		if b, ok := r.Bytes(data); ok {
			sl.fr = frame{typ: gws.BinaryMessage, data: append([]byte(nil), b...)}
		}
		s.flushSlots()
	})
	set("close", func(id int64, code int, reason string, wasConnecting bool) {
		s := f.socket(id)
		if s == nil {
			return
		}
		s.jsOpen = false // the object is CLOSING now
		if wasConnecting || s.conn == nil {
			s.finish(1006, "", false)
			return
		}
		s.closing.Store(true)
		s.enqueue(frame{typ: gws.CloseMessage, data: closePayload(code, reason), code: code})
	})
	return o, err
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
	v, err := f.hooks.server(goja.Undefined(), r.VM().ToValue(s.id), r.VM().ToValue(url))
	if err != nil {
		return nil, nil, err
	}
	s.obj = v.(*goja.Object)
	return s.obj, s, nil
}

// onLoop runs fn on the loop in the async context that created the socket,
// so its handlers' logs and CPU belong to the request that opened it.
func (s *Socket) onLoop(fn func()) bool {
	return s.f.r.EnqueueIn(s.ctx, func() error { fn(); return nil })
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
		s.call(s.f.hooks.error, s.f.r.VM().ToValue(msg))
		s.finish(1006, "", false)
	})
}

// start runs on the loop once the connection is open.
func (s *Socket) start(conn *gws.Conn) {
	s.conn = conn
	s.batch, _ = conn.NetConn().(*batchConn)
	s.protocol = conn.Subprotocol()
	conn.SetReadLimit(s.f.opts.MaxMessage)
	s.opened.Store(true)
	if s.f.opts.OnOpenChange != nil {
		s.f.opts.OnOpenChange(1)
	}
	s.emit(Event{Kind: "open", Protocol: s.protocol})
	s.open()
	go s.writeLoop()
	go s.readLoop()
}

// open makes the JS object OPEN. Loop only.
func (s *Socket) open() {
	if s.obj != nil {
		s.f.byObj[s.obj] = s
		s.jsOpen = true // the open hook makes it OPEN
	}
	vm := s.f.r.VM()
	s.call(s.f.hooks.open, vm.ToValue(s.protocol), vm.ToValue(""))
}

// call runs a websocket.js hook with the socket's object first; an error
// (a listener's exception is reported by dom, so: an interrupt) panics,
// and the loop reports it.
func (s *Socket) call(fn goja.Callable, args ...goja.Value) {
	if err := s.try(fn, args...); err != nil {
		panic(err)
	}
}

func (s *Socket) try(fn goja.Callable, args ...goja.Value) error {
	if s.obj == nil {
		return nil
	}
	var buf [4]goja.Value
	all := append(buf[:0], s.obj)
	all = append(all, args...)
	_, err := fn(goja.Undefined(), all...)
	return err
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
		s.slots[0] = nil
		s.slots = s.slots[1:]
		s.slotBase++
		if fr.typ != 0 { // 0: a Blob that could not be read
			s.push(fr)
		}
	}
}

// push hands a frame to the writer. Loop only.
func (s *Socket) push(fr frame) {
	n := fr.size()
	if fr.typ != gws.CloseMessage && s.buffered.Load()+n+(s.frames.Load()+1)*frameCost > s.f.opts.MaxBuffered {
		msg := fmt.Sprintf("send buffer full (%d MB queued): the peer is not reading", s.buffered.Load()>>20)
		s.emit(Event{Kind: "error", Err: msg})
		s.call(s.f.hooks.error, s.f.r.VM().ToValue(msg))
		s.abort(gws.CloseInternalServerErr, "send buffer full")
		return
	}
	select {
	case <-s.done:
		return
	default:
	}
	s.buffered.Add(n)
	s.frames.Add(1)
	s.wmu.Lock()
	s.wq = append(s.wq, fr)
	first := len(s.wq) == 1
	s.wmu.Unlock()
	if !first {
		return
	}
	if f := s.f; f.pumping != nil {
		// a batch of messages is being dispatched: wake the writer once
		// it is done, so what the batch sends goes out with one write
		if !s.wakeHeld {
			s.wakeHeld = true
			f.held = append(f.held, s)
		}
		return
	}
	s.wakeWriter()
}

func (s *Socket) wakeWriter() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// releaseWakes wakes the writers held during a batch. Loop only.
func (f *family) releaseWakes() {
	for i, s := range f.held {
		s.wakeHeld = false
		s.wakeWriter()
		f.held[i] = nil
	}
	f.held = f.held[:0]
}

func (s *Socket) writeLoop() {
	var batch []frame
	for {
		s.wmu.Lock()
		batch, s.wq = s.wq, batch[:0]
		s.wmu.Unlock()
		if len(batch) == 0 {
			select {
			case <-s.done:
				return
			case <-s.f.r.Done(): // the loop is gone without closing us
				s.conn.Close()
				return
			case <-s.wake:
				continue
			}
		}
		hold := s.batch != nil && len(batch) > 1
		if hold {
			s.batch.begin()
		}
		for i := range batch {
			fr := batch[i]
			batch[i] = frame{}
			select {
			case <-s.done:
				return
			default:
			}
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
				err = s.write(&fr)
			}
			s.buffered.Add(-fr.size())
			s.frames.Add(-1)
			if err != nil {
				s.conn.Close() // the reader reports it
				return
			}
			if fr.typ != gws.CloseMessage {
				s.emit(Event{Kind: "message", Direction: "out", Size: int(fr.size()), Preview: preview(fr.typ, fr.text, fr.data)})
			}
		}
		if hold {
			if err := s.batch.flush(); err != nil {
				s.conn.Close() // the reader reports it
				return
			}
		}
	}
}

// write sends one data frame; a JS string goes out without a []byte copy.
func (s *Socket) write(fr *frame) error {
	if fr.data != nil || fr.text == "" {
		return s.conn.WriteMessage(fr.typ, fr.data)
	}
	w, err := s.conn.NextWriter(fr.typ)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(w, fr.text); err != nil {
		w.Close()
		return err
	}
	return w.Close()
}

func preview(typ int, text string, data []byte) string {
	if typ != gws.TextMessage {
		return ""
	}
	if text == "" {
		text = string(data[:min(len(data), previewLen)])
	}
	if len(text) > previewLen {
		text = text[:previewLen]
		for len(text) > 0 && !utf8.ValidString(text) {
			text = text[:len(text)-1]
		}
	}
	return text
}

func (s *Socket) readLoop() {
	for {
		m, err := s.read()
		if err != nil {
			s.deliver(inMsg{err: err})
			return
		}
		s.emit(Event{Kind: "message", Direction: "in", Size: len(m.text) + len(m.data), Preview: preview(m.typ, m.text, m.data)})
		if !s.deliver(m) {
			return
		}
	}
}

// read reads one message into the reader's buffer and returns it as a
// string (text) or its own exact-size bytes (binary).
func (s *Socket) read() (inMsg, error) {
	typ, rd, err := s.conn.NextReader()
	if err != nil {
		return inMsg{}, err
	}
	buf := s.rbuf[:0]
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := rd.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return inMsg{}, err
		}
	}
	m := inMsg{typ: typ}
	if typ == gws.TextMessage {
		m.text = string(buf)
	} else {
		m.data = append(make([]byte, 0, len(buf)), buf...)
	}
	if cap(buf) <= keepReadBuffer {
		s.rbuf = buf[:0]
	} else {
		s.rbuf = nil
	}
	return m, nil
}

// deliver puts a message (or the end of the stream) in the inbox, waiting
// while maxInflight messages, or maxInflightBytes, are undispatched, and
// schedules a drain if none is queued. It returns false once the socket
// is closed.
func (s *Socket) deliver(m inMsg) bool {
	size := m.size()
	s.imu.Lock()
	for m.typ != 0 && (s.pending >= maxInflight || s.pending > 0 && s.pendBytes+size > maxInflightBytes) {
		s.waiting = true
		s.imu.Unlock()
		select {
		case <-s.room:
		case <-s.done:
			return false
		case <-s.f.r.Done():
			return false
		}
		s.imu.Lock()
	}
	s.inbox = append(s.inbox, m)
	if m.typ != 0 {
		s.pending++
		s.pendBytes += size
	}
	schedule := !s.scheduled
	s.scheduled = true
	s.imu.Unlock()
	if schedule && !s.f.r.EnqueueIn(s.ctx, s.drainTask) {
		return false
	}
	return true
}

// drain dispatches what the inbox holds, in order, with the socket's
// pump: one call into JS for the batch, which takes the messages one by
// one from next (a microtask checkpoint before each: the microtasks of a
// message event run before the next, as in Deno). Loop only.
func (s *Socket) drain() {
	s.imu.Lock()
	batch := s.inbox
	s.inbox, s.spare = s.spare[:0], nil
	s.scheduled = false
	s.imu.Unlock()
	if s.f.checkpoint == nil || s.obj == nil {
		s.drainEach(batch)
		return
	}
	f := s.f
	prev := f.pumping
	s.cur, s.curNext, f.pumping = batch, 0, s
	err := s.try(f.hooks.pump)
	f.pumping = prev
	if prev == nil {
		f.releaseWakes()
	}
	s.counted()
	rest := s.cur[s.curNext:]
	s.cur, s.curNext = nil, 0
	if err != nil {
		// the rest go first in the next drain; the loop reports err
		s.requeue(rest)
		panic(err)
	}
	if len(rest) > 0 { // the pump stops at the end of the stream, always last
		s.readEnded(rest[0].err)
	}
	s.recycle(batch)
}

// next is the pump's source: it runs the microtasks of the previous
// message, then hands out the next message of the batch (a string or an
// ArrayBuffer), or undefined at the end of the batch or the stream.
func (f *family) next(goja.FunctionCall) goja.Value {
	s := f.pumping
	if s == nil {
		return goja.Undefined()
	}
	f.checkpoint()
	s.counted()
	if s.curNext >= len(s.cur) || s.cur[s.curNext].typ == 0 {
		return goja.Undefined()
	}
	m := s.cur[s.curNext]
	s.cur[s.curNext] = inMsg{}
	s.curNext++
	s.inFlight, s.inFlightSz = true, m.size()
	vm := f.r.VM()
	if m.typ == gws.TextMessage {
		return vm.ToValue(m.text)
	}
	return vm.ToValue(vm.NewArrayBuffer(m.data))
}

// counted takes the message handed out last off the inbox's count, and
// lets a waiting reader go on once half the room is free. Loop only.
func (s *Socket) counted() {
	if !s.inFlight {
		return
	}
	s.inFlight = false
	s.imu.Lock()
	s.pending--
	s.pendBytes -= s.inFlightSz
	wake := s.waiting && s.pending <= maxInflight/2 && s.pendBytes <= maxInflightBytes/2
	if wake {
		s.waiting = false
	}
	s.imu.Unlock()
	if wake {
		select {
		case s.room <- struct{}{}:
		default:
		}
	}
}

func (s *Socket) recycle(batch []inMsg) {
	clear(batch)
	s.imu.Lock()
	if s.spare == nil {
		s.spare = batch[:0]
	}
	s.imu.Unlock()
}

// drainEach dispatches each message with its own call into JS (goja
// drains the microtasks when each call returns), when there is no
// checkpoint to run them inside one call. Loop only.
func (s *Socket) drainEach(batch []inMsg) {
	vm := s.f.r.VM()
	for i := range batch {
		m := batch[i]
		batch[i] = inMsg{}
		if m.typ == 0 {
			s.readEnded(m.err)
			continue
		}
		var err error
		if m.typ == gws.TextMessage {
			err = s.try(s.f.hooks.text, vm.ToValue(m.text))
		} else {
			err = s.try(s.f.hooks.binary, vm.ToValue(vm.NewArrayBuffer(m.data)))
		}
		s.inFlight, s.inFlightSz = true, m.size()
		s.counted()
		if err != nil {
			// the rest go first in the next drain; the loop reports err
			s.requeue(batch[i+1:])
			panic(err)
		}
	}
	s.recycle(batch)
}

func (s *Socket) requeue(rest []inMsg) {
	if len(rest) == 0 {
		return
	}
	s.imu.Lock()
	s.inbox = append(append([]inMsg(nil), rest...), s.inbox...)
	schedule := !s.scheduled
	s.scheduled = true
	s.imu.Unlock()
	if schedule {
		s.f.r.EnqueueIn(s.ctx, s.drainTask)
	}
}

// readEnded fires error (a lost connection) and close. Loop only.
func (s *Socket) readEnded(err error) {
	select {
	case <-s.done:
		return // closed already (abort, idle timeout, worker shutdown)
	default:
	}
	code, reason, clean := 1006, "", false
	var ce *gws.CloseError
	switch {
	// (gorilla reports a connection dropped without a close frame as a
	// CloseError 1006: that is a lost connection, not a clean close)
	case errors.As(err, &ce) && ce.Code != gws.CloseAbnormalClosure:
		code, reason, clean = ce.Code, ce.Text, true
	case errors.Is(err, gws.ErrReadLimit):
		code, reason = gws.CloseMessageTooBig, fmt.Sprintf("message over the %d MB limit", s.f.opts.MaxMessage>>20)
	case s.closing.Load():
		clean = true
		code = 1005
	}
	if !clean && code == 1006 {
		msg := "WebSocket connection lost: " + err.Error()
		s.emit(Event{Kind: "error", Err: msg})
		s.call(s.f.hooks.error, s.f.r.VM().ToValue(msg))
	}
	s.finish(code, reason, clean)
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
		s.jsOpen = false
		delete(s.f.byObj, s.obj)
		if s.opened.Load() && s.f.opts.OnOpenChange != nil {
			s.f.opts.OnOpenChange(-1)
		}
		s.emit(Event{Kind: "close", Code: code, Reason: reason})
		vm := s.f.r.VM()
		s.call(s.f.hooks.close, vm.ToValue(code), vm.ToValue(reason), vm.ToValue(clean))
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
					s.call(s.f.hooks.error, s.f.r.VM().ToValue(msg))
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
