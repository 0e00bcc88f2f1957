// Package events owns the one vocabulary Edgeplay uses to say what happened:
// the engine emits Events, the store records them, the app streams them to
// the UI, and `edgeplay serve --events json` prints them (DESIGN §5).
//
// An Event is a flat record: a few fixed fields (time, seq, function,
// worker, request, type) plus type-specific fields in Fields. It marshals to
// one flat JSON object, so `{"type":"request.end","status":200,...}` reads
// the same on the terminal, in bbolt and in the browser.
package events

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Type names one kind of event.
type Type string

// The event types of DESIGN §5.
const (
	WorkerBoot         Type = "worker.boot"
	RequestStart       Type = "request.start"
	RequestEnd         Type = "request.end"
	Log                Type = "log"
	TaskStart          Type = "task.start"
	TaskEnd            Type = "task.end"
	TmpWrite           Type = "tmp.write"
	TmpRemove          Type = "tmp.remove"
	WSOpen             Type = "ws.open"
	WSMessage          Type = "ws.message"
	WSClose            Type = "ws.close"
	Fetch              Type = "fetch"
	WorkerBeforeUnload Type = "worker.beforeunload"
	WorkerShutdown     Type = "worker.shutdown"
	Error              Type = "error"
)

// Fields holds the type-specific part of an event.
type Fields map[string]any

// Event is one thing that happened in the engine.
type Event struct {
	Time     time.Time
	Seq      uint64
	Function string
	Worker   string
	Request  string
	Type     Type
	Fields   Fields
}

// reserved are the keys of the fixed part; Fields never override them.
var reserved = map[string]bool{"time": true, "seq": true, "function": true, "worker": true, "request": true, "type": true}

// MarshalJSON writes the event as one flat object with the fixed keys first.
func (e Event) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteString(`{"time":`)
	t, _ := json.Marshal(e.Time.UTC().Format(time.RFC3339Nano))
	b.Write(t)
	fmt.Fprintf(&b, `,"seq":%d`, e.Seq)
	writeStr := func(k, v string) {
		if v == "" {
			return
		}
		s, _ := json.Marshal(v)
		b.WriteString(`,"` + k + `":`)
		b.Write(s)
	}
	writeStr("function", e.Function)
	writeStr("worker", e.Worker)
	writeStr("request", e.Request)
	writeStr("type", string(e.Type))
	keys := make([]string, 0, len(e.Fields))
	for k := range e.Fields {
		if !reserved[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		v, err := json.Marshal(e.Fields[k])
		if err != nil {
			return nil, fmt.Errorf("event field %q: %w", k, err)
		}
		kb, _ := json.Marshal(k)
		b.WriteByte(',')
		b.Write(kb)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// UnmarshalJSON reads the flat form back.
func (e *Event) UnmarshalJSON(data []byte) error {
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	*e = Event{Fields: Fields{}}
	for k, v := range m {
		switch k {
		case "time":
			s, _ := v.(string)
			t, err := time.Parse(time.RFC3339Nano, s)
			if err != nil {
				return fmt.Errorf("event time %q: %w", s, err)
			}
			e.Time = t
		case "seq":
			f, _ := v.(float64)
			e.Seq = uint64(f)
		case "function":
			e.Function, _ = v.(string)
		case "worker":
			e.Worker, _ = v.(string)
		case "request":
			e.Request, _ = v.(string)
		case "type":
			s, _ := v.(string)
			e.Type = Type(s)
		default:
			e.Fields[k] = v
		}
	}
	return nil
}

// Sink receives events. Emit must not block for long: the engine calls it
// from request and event-loop goroutines.
type Sink interface {
	Emit(Event)
}

// SinkFunc adapts a function to Sink.
type SinkFunc func(Event)

// Emit calls f.
func (f SinkFunc) Emit(e Event) { f(e) }

// Discard drops every event.
var Discard Sink = discard{}

type discard struct{}

func (discard) Emit(Event)      {}
func (discard) Listening() bool { return false }

// Bus stamps events with time and a sequence number and fans them out to
// its sinks. One Bus belongs to one engine; nothing here is global.
type Bus struct {
	seq   atomic.Uint64
	mu    sync.RWMutex
	sinks []Sink
	now   func() time.Time
}

// NewBus returns a bus delivering to sinks.
func NewBus(sinks ...Sink) *Bus {
	return &Bus{sinks: sinks, now: time.Now}
}

// Add attaches another sink.
func (b *Bus) Add(s Sink) {
	b.mu.Lock()
	b.sinks = append(b.sinks, s)
	b.mu.Unlock()
}

// Listening reports whether the bus has a sink.
func (b *Bus) Listening() bool {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return len(b.sinks) > 0
}

// Listening reports whether an event emitted to s reaches anyone (a Bus
// with no sink does not; nor does Discard), so a hot path (a WebSocket
// message, a request) can skip building the event.
func Listening(s Sink) bool {
	if l, ok := s.(interface{ Listening() bool }); ok {
		return l.Listening()
	}
	return s != nil
}

// Emit stamps e (time, seq) and delivers it to every sink.
func (b *Bus) Emit(e Event) {
	if e.Time.IsZero() {
		e.Time = b.now()
	}
	e.Seq = b.seq.Add(1)
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, s := range b.sinks {
		s.Emit(e)
	}
}

// Recorder is a Sink that keeps every event in memory, for tests and for
// small tools. Safe for concurrent use.
type Recorder struct {
	mu     sync.Mutex
	events []Event
	notify chan struct{}
}

// NewRecorder returns an empty recorder.
func NewRecorder() *Recorder { return &Recorder{notify: make(chan struct{}, 1)} }

// Emit records e.
func (r *Recorder) Emit(e Event) {
	r.mu.Lock()
	r.events = append(r.events, e)
	r.mu.Unlock()
	select {
	case r.notify <- struct{}{}:
	default:
	}
}

// Events returns a copy of what was recorded.
func (r *Recorder) Events() []Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Event(nil), r.events...)
}

// Wait blocks until an event matching pred was recorded or timeout passes.
func (r *Recorder) Wait(timeout time.Duration, pred func(Event) bool) (Event, bool) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		for _, e := range r.Events() {
			if pred(e) {
				return e, true
			}
		}
		select {
		case <-r.notify:
		case <-deadline.C:
			return Event{}, false
		}
	}
}
