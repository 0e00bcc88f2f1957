package websocket

import (
	"bufio"
	"context"
	"net"
	"net/http"
	"sync"
	"time"
)

// gorilla writes every frame with its own write on the connection; a
// socket that sends a burst (a relay forwarding what arrived while its
// handler ran) pays a system call — and a wake-up of the peer — per
// frame. batchConn sits under gorilla and lets the socket's writer hold
// the frames of one batch and send them with one write.
//
// Only the writer holds; a frame another goroutine writes (a pong from
// the reader, a ping from the keepalive, abort's close frame) goes behind
// whatever is held, or straight out. Close sends what is held first
// (bounded by a deadline), so a close frame written during a batch is not
// lost. At most maxHeld bytes are held: past that, the batch goes out.
type batchConn struct {
	net.Conn
	mu   sync.Mutex
	hold bool
	buf  []byte
}

const (
	maxHeld      = 64 << 10
	flushOnClose = time.Second
)

func newBatchConn(c net.Conn) *batchConn { return &batchConn{Conn: c} }

func (c *batchConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	if c.hold && len(c.buf)+len(p) <= maxHeld {
		c.buf = append(c.buf, p...)
		c.mu.Unlock()
		return len(p), nil
	}
	var held []byte
	if len(c.buf) > 0 { // (an empty buffer stays for the next batch)
		held = c.buf
		c.buf = nil
	}
	c.mu.Unlock()
	if len(held) > 0 {
		_, err := c.Conn.Write(held)
		c.recycle(held)
		if err != nil {
			return 0, err
		}
	}
	return c.Conn.Write(p)
}

// begin starts holding writes (the writer, before a batch of frames).
func (c *batchConn) begin() {
	c.mu.Lock()
	c.hold = true
	c.mu.Unlock()
}

// flush stops holding and sends what is held with one write (the writer,
// after the batch). The write happens outside the lock: a peer that stops
// reading must not block the goroutines writing control frames (gorilla
// bounds their wait with a deadline, not this lock).
func (c *batchConn) flush() error {
	c.mu.Lock()
	c.hold = false
	held := c.buf
	if len(held) == 0 {
		c.mu.Unlock()
		return nil
	}
	c.buf = nil
	c.mu.Unlock()
	_, err := c.Conn.Write(held)
	c.recycle(held)
	return err
}

func (c *batchConn) recycle(b []byte) {
	c.mu.Lock()
	if c.buf == nil && cap(b) <= 2*maxHeld {
		c.buf = b[:0]
	}
	c.mu.Unlock()
}

// Close sends what is held, then closes.
func (c *batchConn) Close() error {
	c.mu.Lock()
	c.hold = false
	held := c.buf
	c.buf = nil
	c.mu.Unlock()
	if len(held) > 0 {
		_ = c.Conn.SetWriteDeadline(time.Now().Add(flushOnClose))
		_, _ = c.Conn.Write(held)
	}
	return c.Conn.Close()
}

// UpgradeWriter wraps the ResponseWriter handed to gorilla's
// Upgrader.Upgrade so the upgraded connection batches the socket's writes
// (see batchConn); the Socket finds it under the *gws.Conn it is given.
func UpgradeWriter(w http.ResponseWriter) http.ResponseWriter { return &hijacker{ResponseWriter: w} }

type hijacker struct{ http.ResponseWriter }

func (h *hijacker) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	c, brw, err := http.NewResponseController(h.ResponseWriter).Hijack()
	if err != nil {
		return nil, nil, err
	}
	return newBatchConn(c), brw, nil
}

func (h *hijacker) Unwrap() http.ResponseWriter { return h.ResponseWriter }

// NetDialContext dials like net.Dialer and returns a connection whose
// socket writes are batched; use it as a gorilla Dialer's NetDialContext
// (plain ws: only — over TLS the socket cannot reach the connection).
func NetDialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	return newBatchConn(c), nil
}
