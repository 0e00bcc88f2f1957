package store

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/edgeplay/edgeplay/engine/events"
)

// Retention bounds the timeline. Zero fields take DefaultRetention's
// value; a negative field disables that bound.
type Retention struct {
	MaxAge    time.Duration
	MaxEvents int64
	MaxBytes  int64 // keys + values of the event records (indexes not counted)
}

// DefaultRetention keeps two weeks, at most a million events or 512 MiB.
var DefaultRetention = Retention{MaxAge: 14 * 24 * time.Hour, MaxEvents: 1_000_000, MaxBytes: 512 << 20}

// pruneChunk bounds the deletions of one retention transaction, so a big
// prune never stalls ingest for long.
const pruneChunk = 5000

// Record is one stored event and its position.
type Record struct {
	Cursor Cursor
	Event  events.Event
}

// Filter selects events; empty fields match everything.
type Filter struct {
	Function string
	Worker   string
	Request  string
	Type     events.Type
}

func (f Filter) match(e *events.Event) bool {
	return (f.Function == "" || f.Function == e.Function) &&
		(f.Worker == "" || f.Worker == e.Worker) &&
		(f.Request == "" || f.Request == e.Request) &&
		(f.Type == "" || f.Type == e.Type)
}

// Timeline is the store's event sink and its queries. Emit never blocks:
// events queue for a writer goroutine that commits them in batches (one
// transaction per batch, flushed every FlushEvery or MaxBatch events);
// when the queue is full new events are dropped and counted.
type Timeline struct {
	s          *Store
	in         chan events.Event
	flushEvery time.Duration
	maxBatch   int
	ret        Retention

	flushReq chan chan error
	quit     chan struct{}
	done     chan struct{}
	closed   atomic.Bool

	dropped  atomic.Uint64 // queue full
	failed   atomic.Uint64 // a batch's transaction failed (disk full…)
	written  atomic.Uint64
	pending  atomic.Int64 // len(retry)
	errMu    sync.Mutex
	lastErr  error
	redactor atomic.Pointer[strings.Replacer]
	secretMu sync.Mutex
	stored   []string // the store's secret values (SetSecrets)
	extra    []string // values from elsewhere, e.g. an env file (AddSecrets)

	subMu sync.Mutex
	subs  map[*Subscription]struct{}

	ageChecked time.Time      // writer goroutine only
	retry      []events.Event // a failed batch, tried again with the next (writer only)
}

func newTimeline(s *Store, o Options) *Timeline {
	t := &Timeline{
		s:          s,
		flushEvery: o.FlushEvery,
		maxBatch:   o.MaxBatch,
		ret:        o.Retention,
		flushReq:   make(chan chan error),
		quit:       make(chan struct{}),
		done:       make(chan struct{}),
		subs:       map[*Subscription]struct{}{},
	}
	if t.flushEvery <= 0 {
		t.flushEvery = 50 * time.Millisecond
	}
	if t.maxBatch <= 0 {
		t.maxBatch = 1000
	}
	q := o.Queue
	if q <= 0 {
		q = 1 << 16
	}
	d := DefaultRetention
	if t.ret.MaxAge == 0 {
		t.ret.MaxAge = d.MaxAge
	}
	if t.ret.MaxEvents == 0 {
		t.ret.MaxEvents = d.MaxEvents
	}
	if t.ret.MaxBytes == 0 {
		t.ret.MaxBytes = d.MaxBytes
	}
	if s.readOnly {
		t.closed.Store(true)
		close(t.done)
		return t
	}
	t.in = make(chan events.Event, q)
	if err := s.refreshSecrets(t); err != nil {
		t.setErr(err)
	}
	go t.run()
	return t
}

// Emit queues e for the next batch (events.Sink). It never blocks; when
// the queue is full or the store closed, e is dropped and counted.
func (t *Timeline) Emit(e events.Event) {
	if t.closed.Load() {
		t.dropped.Add(1)
		return
	}
	select {
	case t.in <- e:
	default:
		t.dropped.Add(1)
	}
}

// Backlog is how many events wait for the writer (Emit drops new ones
// when it reaches Options.Queue).
func (t *Timeline) Backlog() int { return len(t.in) }

// Flush waits until every event emitted before the call is committed (or
// failed) and returns the last write error, if any.
func (t *Timeline) Flush() error {
	if t.closed.Load() {
		return t.Err()
	}
	ack := make(chan error, 1)
	select {
	case t.flushReq <- ack:
		return <-ack
	case <-t.done:
		return t.Err()
	}
}

// Err returns the error of the last batch when it failed (disk full:
// errors.Is(err, ErrFull)), or nil once a batch was written again.
func (t *Timeline) Err() error {
	t.errMu.Lock()
	defer t.errMu.Unlock()
	return t.lastErr
}

func (t *Timeline) setErr(err error) {
	t.errMu.Lock()
	t.lastErr = err
	t.errMu.Unlock()
}

func (t *Timeline) close() error {
	if t.closed.Swap(true) {
		<-t.done
		return nil
	}
	close(t.quit)
	<-t.done
	t.subMu.Lock()
	for sub := range t.subs {
		sub.end(false)
	}
	t.subMu.Unlock()
	return t.Err()
}

func (t *Timeline) run() {
	defer close(t.done)
	batch := make([]events.Event, 0, t.maxBatch)
	var timer *time.Timer
	var timerC <-chan time.Time
	flush := func() {
		if timer != nil {
			timer.Stop()
			timer, timerC = nil, nil
		}
		if len(t.retry) > 0 {
			batch = append(t.retry, batch...)
			t.retry = nil
		}
		if len(batch) > 0 {
			t.write(batch)
			batch = make([]events.Event, 0, t.maxBatch)
		}
		if len(t.retry) > 0 {
			timer = time.NewTimer(time.Second) // try a failed batch again
			timerC = timer.C
		}
	}
	// drain takes what is queued right now, flushing full batches.
	drain := func(max int) {
		for i := 0; i < max; i++ {
			select {
			case e := <-t.in:
				batch = append(batch, e)
				if len(batch) >= t.maxBatch {
					flush()
				}
			default:
				return
			}
		}
	}
	for {
		select {
		case e := <-t.in:
			batch = append(batch, e)
			drain(t.maxBatch - len(batch))
			if len(batch) >= t.maxBatch {
				flush()
			} else if timer == nil {
				timer = time.NewTimer(t.flushEvery)
				timerC = timer.C
			}
		case <-timerC:
			timer, timerC = nil, nil
			flush()
		case ack := <-t.flushReq:
			drain(len(t.in))
			flush()
			ack <- t.Err()
		case <-t.quit:
			drain(len(t.in))
			flush()
			t.failed.Add(uint64(len(t.retry))) // the last chance failed
			return
		}
	}
}

// write commits one batch and then tells subscribers.
func (t *Timeline) write(batch []events.Event) {
	rep := t.redactor.Load()
	recs := make([]Record, len(batch))
	keys := make([][]byte, len(batch))
	vals := make([][]byte, len(batch))
	now := time.Now()
	for i, e := range batch {
		if e.Time.IsZero() {
			e.Time = now
		}
		if rep != nil {
			e = redactEvent(rep, e)
		}
		v, err := encodeEvent(e)
		if err != nil {
			v, _ = encodeEvent(events.Event{Function: e.Function, Worker: e.Worker, Request: e.Request, Type: e.Type})
		}
		keys[i], vals[i] = eventKey(e.Time, e.Seq), v
		recs[i] = Record{Event: e}
	}
	var count, size uint64
	err := t.s.db.Update(func(tx *bolt.Tx) error {
		tl := tx.Bucket(bTL)
		tl.FillPercent = 0.95 // keys mostly arrive in order: pack pages
		ix := [4]*bolt.Bucket{tx.Bucket(bTLFn), tx.Bucket(bTLWorker), tx.Bucket(bTLReq), tx.Bucket(bTLType)}
		// Index keys also arrive in order within each value (a
		// function's, a request's events come in time order), so a split
		// page is never written left of its split point again: packing
		// split pages to 90% instead of half cuts the indexes' size.
		for _, b := range ix {
			b.FillPercent = 0.9
		}
		// Keys past the bucket's last one cannot collide: only a key at
		// or before it needs the lookup below.
		last, _ := tl.Cursor().Last()
		last = append([]byte(nil), last...)
		// one buffer for the batch's index keys (each stays valid until
		// the commit: a grown buffer leaves earlier keys on the old one)
		ixBuf := make([]byte, 0, len(keys)*4*48)
		for i, k := range keys {
			// Two events with the same time and seq (two buses, a
			// restart within a nanosecond): bump seq, never overwrite.
			for bytes.Compare(k, last) <= 0 && tl.Get(k) != nil {
				seq := getU64(k[8:]) + 1
				copy(k[8:], u64(seq))
				recs[i].Event.Seq = seq
			}
			if err := tl.Put(k, vals[i]); err != nil {
				return err
			}
			if bytes.Compare(k, last) > 0 {
				last = k
			}
			e := &recs[i].Event
			for j, v := range [4]string{e.Function, e.Worker, e.Request, string(e.Type)} {
				if v == "" {
					continue
				}
				start := len(ixBuf)
				ixBuf = appendIndexKey(ixBuf, v, k)
				if err := ix[j].Put(ixBuf[start:len(ixBuf):len(ixBuf)], nil); err != nil {
					return err
				}
			}
			size += uint64(len(k) + len(vals[i]))
			recs[i].Cursor = cursorOf(k)
		}
		meta := tx.Bucket(bMeta)
		count = getU64(meta.Get(kTLCount)) + uint64(len(keys))
		size += getU64(meta.Get(kTLBytes))
		if err := meta.Put(kTLCount, u64(count)); err != nil {
			return err
		}
		return meta.Put(kTLBytes, u64(size))
	})
	if err != nil {
		// Keep the batch for the next flush (a full disk may free up),
		// up to one queue's worth; older events beyond that are lost
		// and counted.
		t.setErr(fmt.Errorf("timeline: write %d events: %w", len(batch), writeErr(err)))
		t.retry = append(t.retry[:0:0], batch...)
		if over := len(t.retry) - cap(t.in); over > 0 {
			t.failed.Add(uint64(over))
			t.retry = t.retry[over:]
		}
		t.pending.Store(int64(len(t.retry)))
		return
	}
	t.retry = nil
	t.pending.Store(0)
	t.setErr(nil)
	t.written.Add(uint64(len(batch)))
	t.publish(recs)
	if t.overLimits(count, size) {
		if err := t.prune(time.Now()); err != nil {
			t.setErr(err)
		}
	}
}

func (t *Timeline) overLimits(count, size uint64) bool {
	r := t.ret
	if r.MaxEvents > 0 && count > uint64(r.MaxEvents) || r.MaxBytes > 0 && size > uint64(r.MaxBytes) {
		return true
	}
	// The age bound: is the oldest event too old? Checked at most once a
	// second (one cursor seek).
	now := time.Now()
	if r.MaxAge <= 0 || now.Sub(t.ageChecked) < time.Second {
		return false
	}
	t.ageChecked = now
	var oldest int64 = -1
	_ = t.s.db.View(func(tx *bolt.Tx) error {
		if k, _ := tx.Bucket(bTL).Cursor().First(); len(k) == keyLen {
			oldest = int64(getU64(k[:8]))
		}
		return nil
	})
	return oldest >= 0 && now.Sub(time.Unix(0, oldest)) > r.MaxAge
}

// Prune applies the retention bounds now (the writer also does it after
// batches that cross a bound). Over a count or size bound it deletes the
// oldest events down to 90% of the bound, so it does not run per batch.
func (t *Timeline) Prune() error { return t.prune(time.Now()) }

func (t *Timeline) prune(now time.Time) error {
	r := t.ret
	var cutoff []byte
	if r.MaxAge > 0 {
		cutoff = eventKey(now.Add(-r.MaxAge), 0)
	}
	for {
		deleted := 0
		err := t.s.update("timeline retention", func(tx *bolt.Tx) error {
			meta := tx.Bucket(bMeta)
			count, size := getU64(meta.Get(kTLCount)), getU64(meta.Get(kTLBytes))
			var wantCount, wantSize uint64 = count, size
			if r.MaxEvents > 0 && count > uint64(r.MaxEvents) {
				wantCount = uint64(r.MaxEvents) * 9 / 10
			}
			if r.MaxBytes > 0 && size > uint64(r.MaxBytes) {
				wantSize = uint64(r.MaxBytes) * 9 / 10
			}
			tl := tx.Bucket(bTL)
			c := tl.Cursor()
			type kv struct{ k, v []byte }
			var doomed []kv
			for k, v := c.First(); k != nil && len(doomed) < pruneChunk; k, v = c.Next() {
				old := cutoff != nil && bytes.Compare(k, cutoff) < 0
				if !old && count <= wantCount && size <= wantSize {
					break
				}
				doomed = append(doomed, kv{append([]byte(nil), k...), append([]byte(nil), v...)})
				count--
				size -= min(size, uint64(len(k)+len(v)))
			}
			ix := [4]*bolt.Bucket{tx.Bucket(bTLFn), tx.Bucket(bTLWorker), tx.Bucket(bTLReq), tx.Bucket(bTLType)}
			for _, d := range doomed {
				if err := tl.Delete(d.k); err != nil {
					return err
				}
				h, err := decodeHead(d.v)
				if err != nil {
					continue // a damaged record: its index entries are orphans, harmless
				}
				for j, v := range [4]string{h.Function, h.Worker, h.Request, string(h.Type)} {
					if v != "" {
						if err := ix[j].Delete(indexKey(v, d.k)); err != nil {
							return err
						}
					}
				}
			}
			deleted = len(doomed)
			if err := meta.Put(kTLCount, u64(count)); err != nil {
				return err
			}
			return meta.Put(kTLBytes, u64(size))
		})
		if err != nil {
			return err
		}
		if deleted < pruneChunk {
			return nil
		}
	}
}

// TimelineStats describe the timeline for the UI.
type TimelineStats struct {
	Events    uint64 `json:"events"`
	Bytes     uint64 `json:"bytes"`
	Written   uint64 `json:"written"` // since Open
	Dropped   uint64 `json:"dropped"` // queue full or store closed
	Failed    uint64 `json:"failed"`  // lost after their batch failed and the retry buffer overflowed
	Pending   int    `json:"pending"` // waiting for a retry after a failed batch
	LastError string `json:"lastError,omitempty"`
}

// Stats returns counters.
func (t *Timeline) Stats() (TimelineStats, error) {
	st := TimelineStats{Written: t.written.Load(), Dropped: t.dropped.Load(), Failed: t.failed.Load(), Pending: int(t.pending.Load())}
	if err := t.Err(); err != nil {
		st.LastError = err.Error()
	}
	err := t.s.view("timeline stats", func(tx *bolt.Tx) error {
		m := tx.Bucket(bMeta)
		st.Events, st.Bytes = getU64(m.Get(kTLCount)), getU64(m.Get(kTLBytes))
		return nil
	})
	return st, err
}

// ---- redaction ----

// SetSecrets makes the timeline replace these values (secret env values)
// with "[secret]" in every string field before events are stored or
// pushed. Values shorter than 4 bytes are ignored: they would mask
// ordinary text.
func (t *Timeline) SetSecrets(values []string) {
	t.secretMu.Lock()
	defer t.secretMu.Unlock()
	t.stored = slices.Clone(values)
	t.buildRedactor()
}

// AddSecrets masks these values too, for as long as the timeline lives
// (env file values that are not in the store).
func (t *Timeline) AddSecrets(values []string) {
	t.secretMu.Lock()
	defer t.secretMu.Unlock()
	t.extra = append(t.extra, values...)
	t.buildRedactor()
}

func (t *Timeline) buildRedactor() {
	var pairs []string
	seen := map[string]bool{}
	for _, v := range slices.Concat(t.stored, t.extra) {
		if len(v) >= 4 && !seen[v] {
			seen[v] = true
			pairs = append(pairs, v)
		}
	}
	if len(pairs) == 0 {
		t.redactor.Store(nil)
		return
	}
	// Longest first, so a secret containing another is masked whole.
	sort.Slice(pairs, func(i, j int) bool { return len(pairs[i]) > len(pairs[j]) })
	args := make([]string, 0, 2*len(pairs))
	for _, p := range pairs {
		args = append(args, p, "[secret]")
	}
	t.redactor.Store(strings.NewReplacer(args...))
}

// Redact applies SetSecrets' masking to e (for other printers of events,
// such as serve --events).
func (t *Timeline) Redact(e events.Event) events.Event {
	if rep := t.redactor.Load(); rep != nil {
		return redactEvent(rep, e)
	}
	return e
}

func redactEvent(rep *strings.Replacer, e events.Event) events.Event {
	if len(e.Fields) == 0 {
		return e
	}
	f := make(events.Fields, len(e.Fields))
	for k, v := range e.Fields {
		f[k] = redactValue(rep, v)
	}
	e.Fields = f
	return e
}

func redactValue(rep *strings.Replacer, v any) any {
	switch x := v.(type) {
	case string:
		return rep.Replace(x)
	case map[string]any:
		m := make(map[string]any, len(x))
		for k, vv := range x {
			m[k] = redactValue(rep, vv)
		}
		return m
	case []any:
		s := make([]any, len(x))
		for i, vv := range x {
			s[i] = redactValue(rep, vv)
		}
		return s
	case []string:
		s := make([]string, len(x))
		for i, vv := range x {
			s[i] = rep.Replace(vv)
		}
		return s
	case error:
		return rep.Replace(x.Error())
	}
	return v
}

// ---- live subscriptions ----

// Subscription receives events as they are committed. A subscriber that
// falls Buffer events behind is dropped: its channel closes with Gap()
// true, and it should reload history (Query After its last cursor) and
// subscribe again. The engine never waits for a subscriber.
type Subscription struct {
	t      *Timeline
	filter Filter
	ch     chan Record
	gap    atomic.Bool
	ended  bool // under t.subMu
}

// Subscribe starts a live subscription (buffer <= 0: 1,024).
func (t *Timeline) Subscribe(f Filter, buffer int) *Subscription {
	if buffer <= 0 {
		buffer = 1024
	}
	sub := &Subscription{t: t, filter: f, ch: make(chan Record, buffer)}
	t.subMu.Lock()
	if t.closed.Load() {
		sub.end(false)
	} else {
		t.subs[sub] = struct{}{}
	}
	t.subMu.Unlock()
	return sub
}

// Events is the stream; it closes on Close, on a gap, or when the store
// closes.
func (s *Subscription) Events() <-chan Record { return s.ch }

// Gap reports that the stream closed because the subscriber was too slow.
func (s *Subscription) Gap() bool { return s.gap.Load() }

// Close ends the subscription.
func (s *Subscription) Close() {
	s.t.subMu.Lock()
	s.end(false)
	s.t.subMu.Unlock()
}

// end closes the stream once; t.subMu is held.
func (s *Subscription) end(gap bool) {
	if s.ended {
		return
	}
	s.ended = true
	s.gap.Store(gap)
	delete(s.t.subs, s)
	close(s.ch)
}

func (t *Timeline) publish(recs []Record) {
	t.subMu.Lock()
	defer t.subMu.Unlock()
	for sub := range t.subs {
	each:
		for i := range recs {
			if !sub.filter.match(&recs[i].Event) {
				continue
			}
			select {
			case sub.ch <- recs[i]:
			default:
				sub.end(true)
				break each
			}
		}
	}
}

// ---- queries ----

// Query selects a page of events. The window is [Since, Until); After and
// Before continue from a cursor (exclusive). Reverse walks newest first.
type Query struct {
	Filter
	Since, Until time.Time
	After        Cursor
	Before       Cursor
	Limit        int // default 500, at most 10,000
	Reverse      bool
}

// Page is one query's answer, in walk order.
type Page struct {
	Records []Record
	// More: another page exists in this direction (continue from the
	// last record's cursor).
	More bool
}

// MaxPage bounds Query.Limit.
const MaxPage = 10_000

// Query returns one page. With a filter it walks the most selective
// index (request, then worker, function, type) and checks the others.
func (t *Timeline) Query(q Query) (Page, error) {
	if q.Limit <= 0 {
		q.Limit = 500
	}
	if q.Limit > MaxPage {
		return Page{}, fmt.Errorf("%w: timeline page limit %d is over %d", ErrInvalid, q.Limit, MaxPage)
	}
	lo, hi := make([]byte, keyLen), bytes.Repeat([]byte{0xff}, keyLen)
	if !q.Since.IsZero() {
		lo = eventKey(q.Since, 0)
	}
	if !q.Until.IsZero() {
		hi = eventKey(q.Until, 0) // exclusive
	}
	loIncl, hiIncl := true, q.Until.IsZero()
	if q.After != "" {
		k, err := q.After.key()
		if err != nil {
			return Page{}, err
		}
		if bytes.Compare(k, lo) >= 0 {
			lo, loIncl = k, false
		}
	}
	if q.Before != "" {
		k, err := q.Before.key()
		if err != nil {
			return Page{}, err
		}
		if bytes.Compare(k, hi) <= 0 {
			hi, hiIncl = k, false
		}
	}
	var page Page
	err := t.s.view("timeline query", func(tx *bolt.Tx) error {
		w := walker{tl: tx.Bucket(bTL), filter: q.Filter, lo: lo, hi: hi, loIncl: loIncl, hiIncl: hiIncl}
		switch {
		case q.Request != "":
			w.index, w.prefix = tx.Bucket(bTLReq), indexPrefix(q.Request)
		case q.Worker != "":
			w.index, w.prefix = tx.Bucket(bTLWorker), indexPrefix(q.Worker)
		case q.Function != "":
			w.index, w.prefix = tx.Bucket(bTLFn), indexPrefix(q.Function)
		case q.Type != "":
			w.index, w.prefix = tx.Bucket(bTLType), indexPrefix(string(q.Type))
		}
		return w.walk(q.Reverse, func(r Record) bool {
			if len(page.Records) == q.Limit {
				page.More = true
				return false
			}
			page.Records = append(page.Records, r)
			return true
		})
	})
	return page, err
}

// walker walks tl (or an index of it) between lo and hi.
type walker struct {
	tl, index      *bolt.Bucket
	prefix         []byte
	filter         Filter
	lo, hi         []byte
	loIncl, hiIncl bool
}

func (w *walker) walk(reverse bool, yield func(Record) bool) error {
	var c *bolt.Cursor
	var pre []byte
	if w.index != nil {
		c, pre = w.index.Cursor(), w.prefix
	} else {
		c = w.tl.Cursor()
	}
	seekLo := append(append([]byte(nil), pre...), w.lo...)
	seekHi := append(append([]byte(nil), pre...), w.hi...)
	var k []byte
	if reverse {
		k, _ = c.Seek(seekHi)
		if k == nil {
			k, _ = c.Last()
		} else if bytes.Compare(k, seekHi) > 0 || !w.hiIncl && bytes.Equal(k, seekHi) {
			k, _ = c.Prev()
		}
	} else {
		k, _ = c.Seek(seekLo)
		if k != nil && !w.loIncl && bytes.Equal(k, seekLo) {
			k, _ = c.Next()
		}
	}
	for ; k != nil; k = w.step(c, reverse) {
		if !hasPrefix(k, pre) || len(k) != len(pre)+keyLen {
			if hasPrefix(k, pre) {
				continue // a longer value sharing the prefix cannot happen (0x00 separator); be safe
			}
			return nil
		}
		key := k[len(pre):]
		if c1 := bytes.Compare(key, w.lo); c1 < 0 || c1 == 0 && !w.loIncl {
			if reverse {
				return nil
			}
			continue
		}
		if c2 := bytes.Compare(key, w.hi); c2 > 0 || c2 == 0 && !w.hiIncl {
			if reverse {
				continue
			}
			return nil
		}
		v := w.tl.Get(key)
		if v == nil {
			continue // an orphan index entry
		}
		r, err := decodeRecord(key, v)
		if err != nil {
			continue // skip a damaged record rather than fail the page
		}
		if !w.filter.match(&r.Event) {
			continue
		}
		if !yield(r) {
			return nil
		}
	}
	return nil
}

func (w *walker) step(c *bolt.Cursor, reverse bool) []byte {
	if reverse {
		k, _ := c.Prev()
		return k
	}
	k, _ := c.Next()
	return k
}

// Last returns the last n events matching f (say Filter{Type: events.Error}), oldest first.
func (t *Timeline) Last(f Filter, n int) ([]Record, error) {
	p, err := t.Query(Query{Filter: f, Limit: n, Reverse: true})
	if err != nil {
		return nil, err
	}
	r := p.Records
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return r, nil
}

// storyExtra bounds the worker events a story picks up around a request.
const storyExtra = 64

// ErrStoryTooLong: a request has more events than one story returns.
var ErrStoryTooLong = errors.New("request has too many events for one story")

// Story returns a request's full story, oldest first: every event tagged
// with the request (start, logs, tasks, tmp writes, fetches, sockets,
// errors, end, and later background work), plus its worker's untagged
// events in between (beforeunload, shutdown, worker errors), the boot
// that directly preceded the request, and the worker's untagged
// lifecycle events right after it (termination of a oneshot worker).
// At most MaxPage tagged events are returned (ErrStoryTooLong past that,
// with the first MaxPage).
func (t *Timeline) Story(request string) ([]Record, error) {
	if request == "" {
		return nil, fmt.Errorf("%w: empty request id", ErrInvalid)
	}
	p, err := t.Query(Query{Filter: Filter{Request: request}, Limit: MaxPage})
	if err != nil || len(p.Records) == 0 {
		return p.Records, err
	}
	recs := p.Records
	worker := recs[0].Event.Worker
	if worker != "" {
		first, _ := recs[0].Cursor.key()
		last, _ := recs[len(recs)-1].Cursor.key()
		err := t.s.view("request story", func(tx *bolt.Tx) error {
			tl, ix := tx.Bucket(bTL), tx.Bucket(bTLWorker)
			pre := indexPrefix(worker)
			untagged := func(k []byte) (Record, bool) {
				r, err := decodeRecord(k, tl.Get(k))
				return r, err == nil && r.Event.Request == ""
			}
			c := ix.Cursor()
			// The boot right before the request.
			if k, _ := c.Seek(append(append([]byte(nil), pre...), first...)); k != nil {
				if k, _ = c.Prev(); k != nil && hasPrefix(k, pre) {
					if r, ok := untagged(k[len(pre):]); ok && r.Event.Type == events.WorkerBoot {
						recs = append(recs, r)
					}
				}
			}
			// Untagged events between first and last, then the lifecycle
			// events that directly follow.
			n := 0
			after := false
			for k, _ := c.Seek(append(append([]byte(nil), pre...), first...)); k != nil && hasPrefix(k, pre) && n < storyExtra; k, _ = c.Next() {
				key := k[len(pre):]
				if !after && bytes.Compare(key, last) > 0 {
					after = true
				}
				r, ok := untagged(key)
				if after && !ok {
					break
				}
				if !ok {
					continue
				}
				if after && r.Event.Type != events.WorkerBeforeUnload && r.Event.Type != events.WorkerShutdown && r.Event.Type != events.Error {
					break
				}
				recs = append(recs, r)
				n++
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Slice(recs, func(i, j int) bool { return recs[i].Cursor < recs[j].Cursor })
	}
	if p.More {
		return recs, fmt.Errorf("%w: %s (showing the first %d)", ErrStoryTooLong, request, MaxPage)
	}
	return recs, nil
}
