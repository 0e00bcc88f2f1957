package gateway

import (
	"sync"
	"testing"
)

// TestRequestIDs: ids are unique under concurrency, 20 hex digits, and
// one goroutine's ids sort in the order they were made.
func TestRequestIDs(t *testing.T) {
	var ids requestIDs
	const workers, each = 8, 5000
	seen := make(map[string]bool, workers*each)
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			prev := ""
			for i := 0; i < each; i++ {
				id := ids.next()
				if len(id) != 20 {
					t.Errorf("id %q: %d characters", id, len(id))
					return
				}
				if prev != "" && id[:16] <= prev[:16] { // time and counter grow
					t.Errorf("id %q after %q", id, prev)
					return
				}
				prev = id
				mu.Lock()
				if seen[id] {
					t.Errorf("id %q made twice", id)
				}
				seen[id] = true
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
}
