package store

import (
	"fmt"
	"sync"

	bolt "go.etcd.io/bbolt"
)

// groupCommit shares one write transaction among the small writes that
// arrive while another commit is on disk: a commit is two fsyncs, and the
// Storage service's uploads (a zip's entries, uploaded all at once) each
// save one metadata record. The first caller commits right away — no
// added latency, unlike bbolt's Batch, which waits up to MaxBatchDelay —
// and whoever arrived meanwhile goes in the next commit together.
type groupCommit struct {
	mu      sync.Mutex
	pending []*groupWrite
	leading bool // a caller is committing groups
}

type groupWrite struct {
	fn   func(tx *bolt.Tx) error
	done chan error
}

// updateGrouped is update for a write that may share its transaction. fn
// may run twice (when another write of its group fails, each is retried
// alone): it must be idempotent, as one put or delete is.
func (s *Store) updateGrouped(what string, fn func(tx *bolt.Tx) error) error {
	if s.readOnly {
		return fmt.Errorf("%s: the store is open read-only", what)
	}
	w := &groupWrite{fn: fn, done: make(chan error, 1)}
	g := &s.group
	g.mu.Lock()
	g.pending = append(g.pending, w)
	if g.leading {
		g.mu.Unlock()
		return wrapWrite(what, <-w.done)
	}
	g.leading = true
	for len(g.pending) > 0 {
		batch := g.pending
		g.pending = nil
		g.mu.Unlock()
		s.commitGroup(batch)
		g.mu.Lock()
	}
	g.leading = false
	g.mu.Unlock()
	return wrapWrite(what, <-w.done)
}

func (s *Store) commitGroup(batch []*groupWrite) {
	err := s.db.Update(func(tx *bolt.Tx) error {
		for _, w := range batch {
			if err := w.fn(tx); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil || len(batch) == 1 {
		for _, w := range batch {
			w.done <- err
		}
		return
	}
	for _, w := range batch { // one failed: each alone, for its own result
		w.done <- s.db.Update(w.fn)
	}
}

func wrapWrite(what string, err error) error {
	if err != nil {
		return fmt.Errorf("%s: %w", what, writeErr(err))
	}
	return nil
}
