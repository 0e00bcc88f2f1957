package jsrt

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

// threadClock locks the calling goroutine to its OS thread and returns a
// clock of that thread's CPU time, readable from any goroutine (Linux's
// per-thread CPU clock ids), so CPU limits count CPU, not wall time on a
// busy machine.
func threadClock() func() int64 {
	runtime.LockOSThread()
	tid := unix.Gettid()
	id := int32(^uint32(tid)<<3 | 6) // MAKE_THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED)
	var ts unix.Timespec
	if err := unix.ClockGettime(id, &ts); err != nil {
		return wallClock()
	}
	return func() int64 {
		var ts unix.Timespec
		if unix.ClockGettime(id, &ts) != nil {
			return time.Now().UnixNano()
		}
		return ts.Nano()
	}
}
