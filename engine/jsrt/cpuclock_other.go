//go:build !linux

package jsrt

// pinThread has no per-thread CPU clock here: CPU is charged as wall time,
// and a busy machine inflates what a function is charged.
func pinThread() (clock func() int64, ok bool) { return nil, false }

func unpinThread() {}
