package jsrt

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

// pinThread locks the calling goroutine to its OS thread and returns a
// clock of that thread's CPU time, readable from any goroutine (Linux's
// per-thread CPU clock ids), so CPU limits count CPU, not wall time on a
// busy machine. ok is false, and nothing is locked, where the thread has
// no such clock.
func pinThread() (clock func() int64, ok bool) {
	runtime.LockOSThread()
	tid := unix.Gettid()
	id := int32(^uint32(tid)<<3 | 6) // MAKE_THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED)
	var ts unix.Timespec
	if err := unix.ClockGettime(id, &ts); err != nil {
		runtime.UnlockOSThread()
		return nil, false
	}
	return func() int64 {
		var ts unix.Timespec
		if unix.ClockGettime(id, &ts) != nil {
			return time.Now().UnixNano()
		}
		return ts.Nano()
	}, true
}

// unpinThread undoes pinThread.
func unpinThread() { runtime.UnlockOSThread() }
