package websocket

import (
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
	"github.com/edgeplay/edgeplay/engine/webapi/url"
)

// benchSockets makes two open server sockets without connections, a and
// b, as globals; frames queued on b are taken (and counted as written) by
// a goroutine.
func benchSockets(b *testing.B) (*jsrt.Runtime, *Socket, *Socket) {
	r := jstest.New(b, timers.Install, dom.Install, url.Install, Install(Options{}))
	var sa, sb *Socket
	if err := r.Sync(func() error {
		vm := r.VM()
		objA, a, err := NewServerSocket(r, "ws://localhost/a")
		if err != nil {
			return err
		}
		objB, bs, err := NewServerSocket(r, "ws://localhost/b")
		if err != nil {
			return err
		}
		sa, sb = a, bs
		vm.Set("a", objA)
		vm.Set("b", objB)
		a.open()
		bs.open()
		return nil
	}); err != nil {
		b.Fatal(err)
	}
	return r, sa, sb
}

// sink stands in for the writer: it takes queued frames as written.
func sink(s *Socket) {
	go func() {
		var batch []frame
		for {
			s.wmu.Lock()
			batch, s.wq = s.wq, batch[:0]
			s.wmu.Unlock()
			for _, fr := range batch {
				s.buffered.Add(-fr.size())
				s.frames.Add(-1)
			}
			if len(batch) == 0 {
				select {
				case <-s.wake:
				case <-s.done:
					return
				}
			}
		}
	}()
}

func runJS(b *testing.B, r *jsrt.Runtime, src string) {
	if err := r.Sync(func() error { _, err := r.VM().RunString(src); return err }); err != nil {
		b.Fatal(err)
	}
}

const msg64 = "0123456789012345678901234567890123456789012345678901234567890123"

// dispatch delivers n text messages as the reader does, as one drain.
func dispatch(b *testing.B, r *jsrt.Runtime, s *Socket, n int) {
	for done := 0; done < n; {
		k := min(maxInflight, n-done)
		s.imu.Lock()
		for i := 0; i < k; i++ {
			s.inbox = append(s.inbox, inMsg{typ: 1, text: msg64})
		}
		s.pending += k
		s.imu.Unlock()
		if err := r.Sync(func() error { s.drain(); return nil }); err != nil {
			b.Fatal(err)
		}
		done += k
	}
}

// BenchmarkDispatchText: one text message event to an onmessage handler
// that reads e.data.
func BenchmarkDispatchText(b *testing.B) {
	r, sa, _ := benchSockets(b)
	runJS(b, r, `globalThis.n = 0; a.onmessage = (e) => { n += e.data.length; };`)
	b.ReportAllocs()
	b.ResetTimer()
	dispatch(b, r, sa, b.N)
}

// BenchmarkRelayStep: the relay's per-message JS work, a message event
// whose handler sends the data on another socket.
func BenchmarkRelayStep(b *testing.B) {
	r, sa, sb := benchSockets(b)
	sink(sb)
	runJS(b, r, `a.onmessage = (e) => (b.readyState === 1 ? b.send(e.data) : null);`)
	b.ReportAllocs()
	b.ResetTimer()
	dispatch(b, r, sa, b.N)
}
