package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/edgeplay/edgeplay/engine/events"
	"github.com/edgeplay/edgeplay/store"
)

// timelineCmd prints stored events (DESIGN §6):
//
//	edgeplay timeline [--data DIR] [--function NAME] [--type TYPE]
//	                  [--request ID] [--last N] [--json]
//
// Events print oldest first, as JSON lines with --json (the shape of
// `serve --events json`) or as serve's text lines. --request prints one
// request's story instead of the last N. The store is opened read-only;
// bbolt's lock means this fails with a clear message while serve or the
// app has the same data folder open.
func timelineCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("timeline", flag.ContinueOnError)
	data := fs.String("data", "", "data folder (default: the per-user config folder)")
	function := fs.String("function", "", "only events of this function")
	typ := fs.String("type", "", "only events of this type (request.end, log, …)")
	request := fs.String("request", "", "print one request's story (its tasks, logs, sockets, termination)")
	last := fs.Int("last", 50, "print the last N matching events")
	asJSON := fs.Bool("json", false, "print JSON lines (same shape as serve --events json)")
	if code, ok := parseFlags(fs, args, stderr); !ok {
		return code
	}
	if *last <= 0 {
		fmt.Fprintln(stderr, "edgeplay timeline: --last must be at least 1")
		return 2
	}
	st, err := store.Open(*data, store.Options{ReadOnly: true, Timeout: 500 * time.Millisecond})
	if err != nil {
		fmt.Fprintln(stderr, "edgeplay timeline:", err)
		if errors.Is(err, store.ErrLocked) {
			fmt.Fprintln(stderr, "  (to watch events while serving, run serve with --events json)")
		}
		return 1
	}
	defer st.Close()

	var recs []store.Record
	if *request != "" {
		recs, err = st.Timeline().Story(*request)
		if errors.Is(err, store.ErrStoryTooLong) {
			fmt.Fprintln(stderr, "edgeplay timeline:", err)
			err = nil
		}
	} else {
		recs, err = lastEvents(st.Timeline(), store.Filter{Function: *function, Type: events.Type(*typ)}, *last)
	}
	if err != nil {
		fmt.Fprintln(stderr, "edgeplay timeline:", err)
		return 1
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	for _, r := range recs {
		if *asJSON {
			b, err := json.Marshal(r.Event)
			if err != nil {
				continue
			}
			w.Write(b)
			w.WriteByte('\n')
		} else {
			fmt.Fprintln(w, textLine(r.Event))
		}
	}
	if len(recs) == 0 && !*asJSON {
		fmt.Fprintln(stderr, "edgeplay timeline: no matching events")
	}
	return 0
}

// lastEvents pages backwards until n events, then returns them oldest
// first.
func lastEvents(tl *store.Timeline, f store.Filter, n int) ([]store.Record, error) {
	var out []store.Record
	var before store.Cursor
	for len(out) < n {
		p, err := tl.Query(store.Query{Filter: f, Reverse: true, Before: before, Limit: min(store.MaxPage, n-len(out))})
		if err != nil {
			return nil, err
		}
		out = append(out, p.Records...)
		if !p.More || len(p.Records) == 0 {
			break
		}
		before = p.Records[len(p.Records)-1].Cursor
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}
