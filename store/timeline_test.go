package store

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/edgeplay/edgeplay/engine/events"
)

var t0 = time.Now().UTC().Truncate(time.Second) // recent: the default age bound keeps it

// seed emits n events: functions f0/f1, workers w0..w2, a request every
// 5 events, types cycling; event i is at t0 + i ms.
func seed(t *testing.T, tl *Timeline, n int) []events.Event {
	t.Helper()
	types := []events.Type{events.RequestStart, events.Log, events.TaskStart, events.Fetch, events.RequestEnd}
	var out []events.Event
	for i := 0; i < n; i++ {
		e := events.Event{
			Time:     t0.Add(time.Duration(i) * time.Millisecond),
			Seq:      uint64(i + 1),
			Function: fmt.Sprintf("f%d", i%2),
			Worker:   fmt.Sprintf("w%d", i%3),
			Request:  fmt.Sprintf("r%d", i/5),
			Type:     types[i%5],
			Fields:   events.Fields{"i": float64(i), "message": "hello"},
		}
		out = append(out, e)
		tl.Emit(e)
	}
	if err := tl.Flush(); err != nil {
		t.Fatal(err)
	}
	return out
}

func seqs(recs []Record) []int {
	out := []int{}
	for _, r := range recs {
		out = append(out, int(r.Event.Seq))
	}
	return out
}

func TestTimelineQueries(t *testing.T) {
	s := openTest(t, "", Options{})
	tl := s.Timeline()
	evs := seed(t, tl, 100)

	// A round trip keeps every field, in the same JSON as serve prints.
	p, err := tl.Query(Query{Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(evs[0])
	b, _ := json.Marshal(p.Records[0].Event)
	if string(a) != string(b) {
		t.Fatalf("round trip:\n%s\n%s", a, b)
	}

	rng := func(from, to, step int) []int {
		var out []int
		for i := from; i != to; i += step {
			out = append(out, i)
		}
		return out
	}
	cases := []struct {
		name string
		q    Query
		want []int // seqs
		more bool
	}{
		{"first page", Query{Limit: 10}, rng(1, 11, 1), true},
		{"newest first", Query{Limit: 3, Reverse: true}, []int{100, 99, 98}, true},
		{"window", Query{Since: t0.Add(10 * time.Millisecond), Until: t0.Add(13 * time.Millisecond)}, []int{11, 12, 13}, false},
		{"window reversed", Query{Since: t0.Add(10 * time.Millisecond), Until: t0.Add(13 * time.Millisecond), Reverse: true}, []int{13, 12, 11}, false},
		{"request", Query{Filter: Filter{Request: "r3"}}, []int{16, 17, 18, 19, 20}, false},
		{"request reversed", Query{Filter: Filter{Request: "r3"}, Reverse: true, Limit: 2}, []int{20, 19}, true},
		{"function", Query{Filter: Filter{Function: "f1"}, Limit: 3}, []int{2, 4, 6}, true},
		{"worker", Query{Filter: Filter{Worker: "w2"}, Limit: 3}, []int{3, 6, 9}, true},
		{"type", Query{Filter: Filter{Type: events.RequestEnd}, Limit: 3}, []int{5, 10, 15}, true},
		{"function and type", Query{Filter: Filter{Function: "f0", Type: events.Log}, Limit: 3}, []int{7, 17, 27}, true},
		{"type in window", Query{Filter: Filter{Type: events.Log}, Since: t0.Add(20 * time.Millisecond), Until: t0.Add(40 * time.Millisecond)}, []int{22, 27, 32, 37}, false},
		{"type, newest first", Query{Filter: Filter{Type: events.Log}, Reverse: true, Limit: 2}, []int{97, 92}, true},
		{"no match", Query{Filter: Filter{Function: "nope"}}, []int{}, false},
		{"empty window", Query{Since: t0.Add(time.Hour)}, []int{}, false},
	}
	for _, c := range cases {
		p, err := tl.Query(c.q)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := seqs(p.Records); !reflect.DeepEqual(got, c.want) || p.More != c.more {
			t.Errorf("%s: got %v more=%v, want %v more=%v", c.name, got, p.More, c.want, c.more)
		}
	}

	// Paging forward and backward with cursors visits everything once.
	for _, f := range []Filter{{}, {Function: "f0"}, {Type: events.Log}} {
		for _, rev := range []bool{false, true} {
			var got []int
			var cur Cursor
			for pages := 0; ; pages++ {
				q := Query{Filter: f, Limit: 7, Reverse: rev}
				if rev {
					q.Before = cur
				} else {
					q.After = cur
				}
				p, err := tl.Query(q)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, seqs(p.Records)...)
				if !p.More {
					break
				}
				cur = p.Records[len(p.Records)-1].Cursor
			}
			var want []int
			for _, e := range evs {
				if f.match(&e) {
					want = append(want, int(e.Seq))
				}
			}
			if rev {
				for i, j := 0, len(want)-1; i < j; i, j = i+1, j-1 {
					want[i], want[j] = want[j], want[i]
				}
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("paging %+v reverse=%v:\n got %v\nwant %v", f, rev, got, want)
			}
		}
	}

	last, _ := tl.Last(Filter{Type: events.RequestEnd}, 3)
	if got := seqs(last); !reflect.DeepEqual(got, []int{90, 95, 100}) {
		t.Fatalf("Last: %v", got)
	}
	// Jump to a time.
	p, _ = tl.Query(Query{After: CursorAt(t0.Add(50 * time.Millisecond)), Limit: 1})
	if got := seqs(p.Records); !reflect.DeepEqual(got, []int{51}) {
		t.Fatalf("CursorAt: %v", got)
	}
}

func TestStory(t *testing.T) {
	s := openTest(t, "", Options{})
	tl := s.Timeline()
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	evs := []events.Event{
		{Time: at(0), Seq: 1, Function: "f", Worker: "w1", Type: events.WorkerBoot},
		{Time: at(1), Seq: 2, Function: "f", Worker: "w1", Request: "A", Type: events.RequestStart},
		{Time: at(2), Seq: 3, Function: "f", Worker: "w1", Request: "B", Type: events.RequestStart},
		{Time: at(3), Seq: 4, Function: "f", Worker: "w1", Request: "A", Type: events.Log},
		{Time: at(4), Seq: 5, Function: "f", Worker: "w1", Request: "A", Type: events.TaskStart},
		{Time: at(5), Seq: 6, Function: "f", Worker: "w1", Request: "A", Type: events.RequestEnd},
		{Time: at(6), Seq: 7, Function: "f", Worker: "w2", Type: events.WorkerBoot}, // another worker
		{Time: at(7), Seq: 8, Function: "f", Worker: "w1", Type: events.Error},      // untagged, inside A's span
		{Time: at(8), Seq: 9, Function: "f", Worker: "w1", Request: "A", Type: events.TmpWrite},
		{Time: at(9), Seq: 10, Function: "f", Worker: "w1", Request: "A", Type: events.TaskEnd},
		{Time: at(10), Seq: 11, Function: "f", Worker: "w1", Type: events.WorkerBeforeUnload},
		{Time: at(11), Seq: 12, Function: "f", Worker: "w1", Type: events.WorkerShutdown},
		{Time: at(12), Seq: 13, Function: "f", Worker: "w1", Request: "B", Type: events.RequestEnd},
	}
	for _, e := range evs {
		tl.Emit(e)
	}
	tl.Flush()
	cases := map[string][]int{
		"A":    {1, 2, 4, 5, 6, 8, 9, 10, 11, 12},
		"B":    {3, 8, 11, 12, 13}, // B's span covers A's events; only untagged ones join
		"none": {},
	}
	for req, want := range cases {
		recs, err := tl.Story(req)
		if err != nil {
			t.Fatal(err)
		}
		if got := seqs(recs); !reflect.DeepEqual(got, want) {
			t.Errorf("story %s: %v, want %v", req, got, want)
		}
	}
}

func TestRetention(t *testing.T) {
	now := time.Now()
	cases := []struct {
		name string
		ret  Retention
		emit func(tl *Timeline)
		keep int
	}{
		{"count", Retention{MaxEvents: 100, MaxAge: -1, MaxBytes: -1}, func(tl *Timeline) {
			for i := 0; i < 250; i++ {
				tl.Emit(events.Event{Time: now.Add(time.Duration(i)), Seq: uint64(i), Type: events.Log})
			}
		}, 90},
		{"age", Retention{MaxAge: time.Hour, MaxEvents: -1, MaxBytes: -1}, func(tl *Timeline) {
			for i := 0; i < 30; i++ {
				tl.Emit(events.Event{Time: now.Add(-2 * time.Hour).Add(time.Duration(i)), Seq: uint64(i), Type: events.Log})
			}
			for i := 0; i < 20; i++ {
				tl.Emit(events.Event{Time: now.Add(time.Duration(i)), Seq: uint64(i), Type: events.Log})
			}
		}, 20},
		{"bytes", Retention{MaxBytes: 10_000, MaxAge: -1, MaxEvents: -1}, func(tl *Timeline) {
			for i := 0; i < 200; i++ {
				tl.Emit(events.Event{Time: now.Add(time.Duration(i)), Seq: uint64(i), Type: events.Log, Fields: events.Fields{"message": strings.Repeat("x", 100)}})
			}
		}, -1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := openTest(t, "", Options{Retention: c.ret, MaxBatch: 50})
			tl := s.Timeline()
			c.emit(tl)
			if err := tl.Flush(); err != nil {
				t.Fatal(err)
			}
			if err := tl.Prune(); err != nil {
				t.Fatal(err)
			}
			st, _ := tl.Stats()
			p, _ := tl.Query(Query{Limit: MaxPage})
			if uint64(len(p.Records)) != st.Events {
				t.Fatalf("counter %d, stored %d", st.Events, len(p.Records))
			}
			if c.keep >= 0 && len(p.Records) != c.keep {
				t.Fatalf("kept %d, want %d", len(p.Records), c.keep)
			}
			if c.ret.MaxBytes > 0 && (st.Bytes > uint64(c.ret.MaxBytes) || st.Bytes < uint64(c.ret.MaxBytes)/2) {
				t.Fatalf("bytes %d for a bound of %d", st.Bytes, c.ret.MaxBytes)
			}
			// The newest survive, and the indexes were pruned with them.
			last, _ := tl.Last(Filter{}, 1)
			if len(last) != 1 || last[0].Event.Seq != p.Records[len(p.Records)-1].Event.Seq {
				t.Fatal("newest event missing")
			}
			idx, _ := tl.Query(Query{Filter: Filter{Type: events.Log}, Limit: MaxPage})
			if len(idx.Records) != len(p.Records) {
				t.Fatalf("type index has %d, timeline %d", len(idx.Records), len(p.Records))
			}
			var orphans int
			s.db.View(func(tx *bolt.Tx) error {
				orphans = tx.Bucket(bTLType).Stats().KeyN - len(p.Records)
				return nil
			})
			if orphans != 0 {
				t.Fatalf("%d orphan index entries", orphans)
			}
		})
	}
}

func TestRedaction(t *testing.T) {
	s := openTest(t, "", Options{})
	s.EnsureProject("p")
	if err := s.SetEnv("p", "OPENAI_KEY", "sk-abcdef123456", true); err != nil {
		t.Fatal(err)
	}
	s.SetEnv("p", "SHORT", "abc", true) // too short to mask
	tl := s.Timeline()
	sub := tl.Subscribe(Filter{}, 10)
	defer sub.Close()
	tl.Emit(events.Event{Seq: 1, Type: events.Log, Fields: events.Fields{
		"message": "key is sk-abcdef123456!", "nested": map[string]any{"k": []any{"sk-abcdef123456"}}, "n": 1}})
	tl.Flush()
	recs, _ := tl.Last(Filter{}, 1)
	live := <-sub.Events()
	for _, r := range []Record{recs[0], live} {
		b, _ := json.Marshal(r.Event)
		if strings.Contains(string(b), "sk-abcdef") || !strings.Contains(string(b), `key is [secret]!`) || !strings.Contains(string(b), `"k":["[secret]"]`) {
			t.Fatalf("not redacted: %s", b)
		}
	}
	// A deleted secret is no longer masked.
	s.DeleteEnv("p", "OPENAI_KEY")
	if e := tl.Redact(events.Event{Fields: events.Fields{"m": "sk-abcdef123456"}}); e.Fields["m"] != "sk-abcdef123456" {
		t.Fatal("stale redaction list")
	}
}

func TestSubscriptions(t *testing.T) {
	s := openTest(t, "", Options{FlushEvery: time.Millisecond})
	tl := s.Timeline()
	all := tl.Subscribe(Filter{}, 100)
	logs := tl.Subscribe(Filter{Type: events.Log}, 100)
	slow := tl.Subscribe(Filter{}, 2)
	for i := 1; i <= 10; i++ {
		typ := events.Fetch
		if i%2 == 0 {
			typ = events.Log
		}
		tl.Emit(events.Event{Seq: uint64(i), Type: typ})
	}
	tl.Flush()
	collect := func(sub *Subscription, n int) []int {
		var got []int
		timeout := time.After(5 * time.Second)
		for len(got) < n {
			select {
			case r, ok := <-sub.Events():
				if !ok {
					return got
				}
				got = append(got, int(r.Event.Seq))
			case <-timeout:
				return got
			}
		}
		return got
	}
	if got := collect(all, 10); !reflect.DeepEqual(got, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) {
		t.Fatalf("all: %v", got)
	}
	if got := collect(logs, 5); !reflect.DeepEqual(got, []int{2, 4, 6, 8, 10}) {
		t.Fatalf("logs: %v", got)
	}
	// The slow one got what fit, then a closed channel flagged as a gap.
	if got := collect(slow, 100); len(got) != 2 || !slow.Gap() {
		t.Fatalf("slow: %v gap=%v", got, slow.Gap())
	}
	if all.Gap() {
		t.Fatal("a fast subscriber was flagged")
	}
	all.Close()
	all.Close()
	if _, ok := <-all.Events(); ok {
		t.Fatal("closed subscription still open")
	}
	// Closing the store ends the others without a gap.
	s.Close()
	if _, ok := <-logs.Events(); ok || logs.Gap() {
		t.Fatal("store close did not end the subscription cleanly")
	}
	tl.Emit(events.Event{Type: events.Log}) // after close: dropped, no panic
	if st := tl.dropped.Load(); st != 1 {
		t.Fatalf("dropped %d", st)
	}
}

func TestConcurrentWriters(t *testing.T) {
	s := openTest(t, "", Options{})
	s.EnsureProject("p")
	tl := s.Timeline()
	var wg sync.WaitGroup
	const writers, each = 8, 500
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				// Same time and seq from every writer: none may be lost.
				tl.Emit(events.Event{Time: t0.Add(time.Duration(i)), Seq: uint64(i), Worker: fmt.Sprint("w", w), Type: events.Log})
			}
		}()
	}
	var saved sync.Map
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				v, err := s.WriteFile("p", fmt.Sprint("fn", w), "index.ts", []byte(fmt.Sprint(i)), "app")
				if err != nil {
					t.Error(err)
					return
				}
				saved.Store(fmt.Sprint(w, "/", v.N), true)
				if err := s.SetSetting(fmt.Sprint("k", w), fmt.Sprint(i)); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	if err := tl.Flush(); err != nil {
		t.Fatal(err)
	}
	st, _ := tl.Stats()
	if st.Events != writers*each || st.Dropped != 0 {
		t.Fatalf("stats %+v", st)
	}
	for w := 0; w < writers; w++ {
		p, _ := tl.Query(Query{Filter: Filter{Worker: fmt.Sprint("w", w)}, Limit: MaxPage})
		if len(p.Records) != each {
			t.Fatalf("worker %d: %d events", w, len(p.Records))
		}
	}
	for w := 0; w < 2; w++ {
		if vs, _ := s.Versions("p", fmt.Sprint("fn", w)); len(vs) != 20 {
			t.Fatalf("fn%d: %d versions", w, len(vs))
		}
	}
}

func TestEmitNeverBlocks(t *testing.T) {
	s := openTest(t, "", Options{Queue: 16, FlushEvery: time.Hour, MaxBatch: 1 << 20})
	tl := s.Timeline()
	start := time.Now()
	for i := 0; i < 10_000; i++ {
		tl.Emit(events.Event{Seq: uint64(i), Type: events.Log})
	}
	if time.Since(start) > 2*time.Second {
		t.Fatal("Emit blocked")
	}
	tl.Flush()
	st, _ := tl.Stats()
	if st.Dropped == 0 || st.Dropped+st.Events != 10_000 {
		t.Fatalf("stats %+v", st)
	}
}

func TestCompact(t *testing.T) {
	dir := t.TempDir()
	s := openTest(t, dir, Options{Retention: Retention{MaxEvents: 1000, MaxAge: -1, MaxBytes: -1}})
	s.EnsureProject("p")
	s.WriteFile("p", "f", "index.ts", []byte("x"), "")
	for i := 0; i < 20000; i++ {
		s.Timeline().Emit(events.Event{Seq: uint64(i), Function: "f", Type: events.Log, Fields: events.Fields{"message": strings.Repeat("m", 200)}})
	}
	s.Timeline().Flush()
	if _, _, err := Compact(dir); err == nil {
		t.Fatal("compacted an open store")
	}
	s.Close()
	before, after, err := Compact(dir)
	if err != nil {
		t.Fatal(err)
	}
	if after >= before {
		t.Fatalf("compaction did not shrink: %d → %d", before, after)
	}
	s2 := openTest(t, dir, Options{})
	st, _ := s2.Timeline().Stats()
	p, _ := s2.Timeline().Query(Query{Limit: MaxPage})
	if data, _, err := s2.ReadFile("p", "f", "index.ts"); err != nil || string(data) != "x" || uint64(len(p.Records)) != st.Events || st.Events > 1000 {
		t.Fatalf("after compaction: %q %v, %d events (counter %d)", data, err, len(p.Records), st.Events)
	}
}

// TestIndexKeyAppend: the allocation-free index key is indexKey's bytes.
func TestIndexKeyAppend(t *testing.T) {
	k := eventKey(time.Unix(5, 6), 7)
	long := strings.Repeat("x", maxIndexValue+10)
	for _, v := range []string{"", "fn", "a\x00b", long} {
		want := append(append(indexValue(v), 0), k...)
		if got := appendIndexKey([]byte("pre"), v, k); string(got) != "pre"+string(want) {
			t.Errorf("%q: %x, want pre+%x", v, got, want)
		}
		if got := indexKey(v, k); string(got) != string(want) {
			t.Errorf("%q: indexKey %x, want %x", v, got, want)
		}
	}
}

// TestSameKeyNeverOverwrites: events with the same time and seq (two buses,
// a restart within a nanosecond), in one batch or in two, are all kept.
func TestSameKeyNeverOverwrites(t *testing.T) {
	s := openTest(t, "", Options{})
	tl := s.Timeline()
	at := time.Now().Add(-time.Minute) // inside the retention window
	emit := func(msg string) {
		tl.Emit(events.Event{Time: at, Seq: 1, Function: "f", Request: "r", Type: events.Log, Fields: events.Fields{"message": msg}})
	}
	emit("a")
	emit("b") // same batch
	if err := tl.Flush(); err != nil {
		t.Fatal(err)
	}
	emit("c") // a later batch, at a key before the bucket's last
	if err := tl.Flush(); err != nil {
		t.Fatal(err)
	}
	story, err := tl.Story("r")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range story {
		got = append(got, fmt.Sprint(r.Event.Fields["message"]))
	}
	if strings.Join(got, "") != "abc" {
		t.Fatalf("kept %v, want a b c", got)
	}
}
