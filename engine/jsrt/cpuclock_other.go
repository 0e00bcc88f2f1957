//go:build !linux

package jsrt

// threadClock falls back to wall time where there is no per-thread CPU
// clock: a busy machine then inflates the CPU a function is charged.
func threadClock() func() int64 { return wallClock() }
