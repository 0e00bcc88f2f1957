// Package storebench measures the store's timeline (issue 7). Run it
// with
//
//	go test ./bench/store -run '^$' -bench . -benchtime 3x
//
// BenchmarkIngest is sustained timeline ingest (Emit, then batched,
// fsync'd transactions with four secondary indexes) run side by side with
// a raw bbolt loop putting the same encoded records in 1,000-record
// transactions (one bucket, no indexes) and the same raw loop with the
// index puts; it reports events/s and the timeline/raw ratios.
//
// BenchmarkQuery1M stores 1,000,000 events, then measures a request's
// story, a page of 500 events from a random place (both directions), a
// page of one function's events and the last 500 errors, and reports the
// file size per million events as written and after Compact.
//
// Figures only: nothing here is asserted.
package storebench

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/store"
)

// synth returns event i of a realistic mix: 20 functions, 3 workers
// each, a request every 8 events (start, 3 logs, task start/end, fetch,
// end), timestamps 50 µs apart ending now.
func synth(i, n int, end time.Time) events.Event {
	req := i / 8
	fn := req % 20
	e := events.Event{
		Time:     end.Add(-time.Duration(n-i) * 50 * time.Microsecond),
		Seq:      uint64(i + 1),
		Function: fmt.Sprintf("function-%02d", fn),
		Worker:   fmt.Sprintf("function-%02d-%d", fn, req%3),
		Request:  fmt.Sprintf("req-%08x", req),
	}
	switch i % 8 {
	case 0:
		e.Type, e.Fields = events.RequestStart, events.Fields{"method": "POST", "path": "/function/items"}
	case 1, 2, 3:
		e.Type, e.Fields = events.Log, events.Fields{"level": "info", "message": fmt.Sprintf("handled item %d with a short log line of ordinary length", i)}
	case 4:
		e.Type = events.TaskStart
	case 5:
		e.Type, e.Fields = events.TaskEnd, events.Fields{"ok": true}
	case 6:
		e.Type, e.Fields = events.Fetch, events.Fields{"url": "https://api.example.com/v1/items?id=42", "status": 200, "ms": 12.5}
	case 7:
		e.Type, e.Fields = events.RequestEnd, events.Fields{"status": 200, "ms": 3.25, "bytes": 512}
		if req%100 == 0 {
			e.Type, e.Fields = events.Error, events.Fields{"message": "Uncaught TypeError: x is undefined", "location": "function/index.ts:3:7"}
		}
	}
	return e
}

func openStore(b *testing.B, dir string, o store.Options) *store.Store {
	b.Helper()
	o.Timeout = -1
	s, err := store.Open(dir, o)
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// rawEncode is the store's record encoding, reproduced for the raw loop
// (same key and value bytes).
func rawEncode(e events.Event) (k, v []byte) {
	k = make([]byte, 16)
	putU64(k, uint64(e.Time.UnixNano()))
	putU64(k[8:], e.Seq)
	v = append(v, 1)
	for _, s := range []string{e.Function, e.Worker, e.Request, string(e.Type)} {
		v = append(v, byte(len(s)))
		v = append(v, s...)
	}
	if len(e.Fields) > 0 {
		js, _ := jsonMarshal(e.Fields)
		v = append(v, js...)
	}
	return k, v
}

func putU64(b []byte, v uint64) { binary.BigEndian.PutUint64(b, v) }

func jsonMarshal(f events.Fields) ([]byte, error) { return json.Marshal(map[string]any(f)) }

func BenchmarkIngest(b *testing.B) {
	const n = 200_000
	end := time.Now()
	evs := make([]events.Event, n)
	for i := range evs {
		evs[i] = synth(i, n, end)
	}
	var tTimeline, tRaw, tRawIdx time.Duration
	var dropped uint64
	for it := 0; it < b.N; it++ {
		// Timeline: fsync'd batches, as serve runs it.
		dir := b.TempDir()
		s := openStore(b, dir, store.Options{Retention: store.Retention{MaxEvents: -1, MaxAge: -1, MaxBytes: -1}})
		start := time.Now()
		for _, e := range evs {
			s.Timeline().Emit(e)
			// Emit drops when the queue is full; a producer this fast
			// would, so pace it at the queue instead of measuring drops.
			for s.Timeline().Backlog() > 60_000 {
				time.Sleep(100 * time.Microsecond)
			}
		}
		if err := s.Timeline().Flush(); err != nil {
			b.Fatal(err)
		}
		tTimeline += time.Since(start)
		st, _ := s.Timeline().Stats()
		dropped += st.Dropped
		s.Close()

		// Raw bbolt, same records, 1,000 per transaction, fsync'd.
		for _, withIdx := range []bool{false, true} {
			db, err := bolt.Open(filepath.Join(b.TempDir(), "raw.db"), 0o600, &bolt.Options{FreelistType: bolt.FreelistMapType})
			if err != nil {
				b.Fatal(err)
			}
			start = time.Now()
			for off := 0; off < n; off += 1000 {
				err := db.Update(func(tx *bolt.Tx) error {
					bk, _ := tx.CreateBucketIfNotExists([]byte("tl"))
					bk.FillPercent = 0.95
					var ix [4]*bolt.Bucket
					if withIdx {
						for j, name := range []string{"fn", "w", "r", "t"} {
							ix[j], _ = tx.CreateBucketIfNotExists([]byte(name))
						}
					}
					for _, e := range evs[off : off+1000] {
						k, v := rawEncode(e)
						if err := bk.Put(k, v); err != nil {
							return err
						}
						if withIdx {
							for j, s := range []string{e.Function, e.Worker, e.Request, string(e.Type)} {
								if err := ix[j].Put(append(append([]byte(s), 0), k...), nil); err != nil {
									return err
								}
							}
						}
					}
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			if withIdx {
				tRawIdx += time.Since(start)
			} else {
				tRaw += time.Since(start)
			}
			db.Close()
		}
	}
	rate := func(d time.Duration) float64 { return float64(n*b.N) / d.Seconds() }
	b.ReportMetric(rate(tTimeline), "timeline-ev/s")
	b.ReportMetric(rate(tRaw), "raw-ev/s")
	b.ReportMetric(rate(tRawIdx), "raw+idx-ev/s")
	b.ReportMetric(rate(tTimeline)/rate(tRaw), "ratio-vs-raw")
	b.ReportMetric(rate(tTimeline)/rate(tRawIdx), "ratio-vs-raw+idx")
	b.ReportMetric(float64(dropped), "dropped")
}

// The 1M-event data set is built once per run (about half a minute).
var (
	bigOnce sync.Once
	bigDir  string
	bigErr  error
	bigN    = 1_000_000
	bigSize int64
	// bigCompacted is the size after Compact (measured once).
	bigCompacted int64
)

func bigStore(b *testing.B) *store.Store {
	bigOnce.Do(func() {
		bigDir, bigErr = os.MkdirTemp("", "edgeplay-bench-store-")
		if bigErr != nil {
			return
		}
		s, err := store.Open(bigDir, store.Options{NoSync: true, Retention: store.Retention{MaxEvents: -1, MaxAge: -1, MaxBytes: -1}, MaxBatch: 5000})
		if err != nil {
			bigErr = err
			return
		}
		end := time.Now()
		for i := 0; i < bigN; i++ {
			s.Timeline().Emit(synth(i, bigN, end))
			for s.Timeline().Backlog() > 60_000 {
				time.Sleep(100 * time.Microsecond)
			}
		}
		if err := s.Timeline().Flush(); err != nil {
			bigErr = err
		}
		st, _ := s.Timeline().Stats()
		if st.Events != uint64(bigN) {
			bigErr = fmt.Errorf("stored %d events of %d", st.Events, bigN)
		}
		s.Close()
		fi, _ := os.Stat(filepath.Join(bigDir, store.FileName))
		bigSize = fi.Size()
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	return openStore(b, bigDir, store.Options{Retention: store.Retention{MaxEvents: -1, MaxAge: -1, MaxBytes: -1}})
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bigDir != "" {
		os.RemoveAll(bigDir)
	}
	os.Exit(code)
}

func BenchmarkQuery1M(b *testing.B) {
	s := bigStore(b)
	defer s.Close()
	tl := s.Timeline()
	end := time.Now()
	// Cursors spread over the whole set, for random starting points.
	first, _ := tl.Query(store.Query{Limit: 1})
	last, _ := tl.Query(store.Query{Limit: 1, Reverse: true})
	t0, t1 := first.Records[0].Event.Time, last.Records[0].Event.Time
	randomAt := func() time.Time { return t0.Add(time.Duration(rand.Int64N(int64(t1.Sub(t0))))) }
	_ = end
	cases := []struct {
		name string
		run  func() (int, error)
	}{
		{"story", func() (int, error) {
			r, err := tl.Story(fmt.Sprintf("req-%08x", rand.IntN(bigN/8)))
			return len(r), err
		}},
		{"page500", func() (int, error) {
			p, err := tl.Query(store.Query{After: store.CursorAt(randomAt()), Limit: 500})
			return len(p.Records), err
		}},
		{"page500-reverse", func() (int, error) {
			p, err := tl.Query(store.Query{Before: store.CursorAt(randomAt()), Limit: 500, Reverse: true})
			return len(p.Records), err
		}},
		{"page500-function", func() (int, error) {
			p, err := tl.Query(store.Query{Filter: store.Filter{Function: fmt.Sprintf("function-%02d", rand.IntN(20))}, After: store.CursorAt(randomAt()), Limit: 500})
			return len(p.Records), err
		}},
		{"last500-errors", func() (int, error) {
			r, err := tl.Last(store.Filter{Type: events.Error}, 500)
			return len(r), err
		}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			total := 0
			for i := 0; i < b.N; i++ {
				n, err := c.run()
				if err != nil {
					b.Fatal(err)
				}
				total += n
			}
			b.ReportMetric(float64(total)/float64(b.N), "events/op")
		})
	}
	b.Run("size", func(b *testing.B) {
		s.Close()
		if bigCompacted == 0 {
			_, after, err := store.Compact(bigDir)
			if err != nil {
				b.Fatal(err)
			}
			bigCompacted = after
			b.Logf("db file for %d events: %d bytes as written, %d compacted", bigN, bigSize, after)
		}
		per := func(n int64) float64 { return float64(n) / (1 << 20) * 1e6 / float64(bigN) }
		b.ReportMetric(per(bigSize), "MiB/1M-events")
		b.ReportMetric(per(bigCompacted), "MiB/1M-compacted")
	})
}
