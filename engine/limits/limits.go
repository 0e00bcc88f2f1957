// Package limits holds the resource limits and lifecycle policy of a
// function's workers, with the presets of Supabase's hosted platform
// (DESIGN §2, following supabase/edge-runtime's defaults).
package limits

import (
	"fmt"
	"time"
)

// Policy says how workers are reused.
type Policy string

// The policies of supabase/edge-runtime.
const (
	// PerWorker: one worker serves many requests and waits for its
	// background tasks (the platform's behaviour).
	PerWorker Policy = "per_worker"
	// Oneshot: a fresh worker per request, shut down after it (for
	// teaching the difference).
	Oneshot Policy = "oneshot"
)

// Reason is why a worker is unloaded (beforeunload's ev.detail.reason).
type Reason string

// The reasons of edge-runtime.
const (
	CPU         Reason = "cpu"
	Memory      Reason = "memory"
	WallClock   Reason = "wall_clock"
	EarlyDrop   Reason = "early_drop"
	Termination Reason = "termination"
)

// Reasons lists every reason (for validation and the UI's buttons).
var Reasons = []Reason{CPU, Memory, WallClock, EarlyDrop, Termination}

// Valid reports whether r is a known reason.
func (r Reason) Valid() bool {
	for _, k := range Reasons {
		if k == r {
			return true
		}
	}
	return false
}

// Limits are one function's worker limits.
type Limits struct {
	Policy Policy `json:"policy"`
	// WallClock is how long a worker may live (150 s free, 400 s paid).
	WallClock time.Duration `json:"wallClock"`
	// CPUSoft and CPUHard bound the CPU time one request may use: past
	// the soft limit the worker retires (early drop once idle); past the
	// hard limit it is killed and in-flight requests get 546.
	CPUSoft time.Duration `json:"cpuSoft"`
	CPUHard time.Duration `json:"cpuHard"`
	// CPUScale allows for goja: it runs JavaScript roughly ten times
	// slower than V8, so a request may use CPUScale times the platform's
	// CPU limits before they apply (1 = the limits as written).
	CPUScale float64 `json:"cpuScale"`
	// Memory bounds the worker's heap (an approximation, see worker docs).
	Memory int64 `json:"memory"`
	// RequestIdle bounds how long a request may wait for a response (504).
	RequestIdle time.Duration `json:"requestIdle"`
	// TmpQuota bounds the worker's /tmp in bytes.
	TmpQuota int64 `json:"tmpQuota"`
	// BeforeUnloadAt is the fraction of a limit at which beforeunload is
	// dispatched (0.9).
	BeforeUnloadAt float64 `json:"beforeUnloadAt"`
	// Grace is how long a beforeunload handler's async work may run
	// before the worker goes away.
	Grace time.Duration `json:"grace"`
}

// SoftCPU and HardCPU are the CPU limits with the goja allowance applied.
func (l Limits) SoftCPU() time.Duration { return time.Duration(float64(l.CPUSoft) * l.CPUScale) }

// HardCPU is the hard CPU limit with the goja allowance applied.
func (l Limits) HardCPU() time.Duration { return time.Duration(float64(l.CPUHard) * l.CPUScale) }

// Free is the free plan's preset (edge-runtime's defaults).
func Free() Limits {
	return Limits{
		Policy:         PerWorker,
		WallClock:      150 * time.Second,
		CPUSoft:        1000 * time.Millisecond,
		CPUHard:        2000 * time.Millisecond,
		CPUScale:       10,
		Memory:         256 << 20,
		RequestIdle:    150 * time.Second,
		TmpQuota:       256 << 20,
		BeforeUnloadAt: 0.9,
		Grace:          1 * time.Second,
	}
}

// Paid is the paid plans' preset: a 400 s wall clock.
func Paid() Limits {
	l := Free()
	l.WallClock = 400 * time.Second
	return l
}

// Preset returns a named preset ("free" or "paid").
func Preset(name string) (Limits, error) {
	switch name {
	case "", "free":
		return Free(), nil
	case "paid":
		return Paid(), nil
	}
	return Limits{}, fmt.Errorf("unknown limits preset %q (want free or paid)", name)
}

// Validate checks the values make sense together.
func (l Limits) Validate() error {
	switch {
	case l.Policy != PerWorker && l.Policy != Oneshot:
		return fmt.Errorf("limits: policy %q: want per_worker or oneshot", l.Policy)
	case l.WallClock <= 0:
		return fmt.Errorf("limits: wall clock must be positive")
	case l.CPUSoft <= 0 || l.CPUHard <= 0:
		return fmt.Errorf("limits: CPU limits must be positive")
	case l.CPUScale < 1:
		return fmt.Errorf("limits: CPU scale %v must be at least 1", l.CPUScale)
	case l.CPUSoft > l.CPUHard:
		return fmt.Errorf("limits: CPU soft limit %s is above the hard limit %s", l.CPUSoft, l.CPUHard)
	case l.Memory < 16<<20:
		return fmt.Errorf("limits: memory %d bytes is below the 16 MB minimum", l.Memory)
	case l.RequestIdle <= 0:
		return fmt.Errorf("limits: request idle timeout must be positive")
	case l.TmpQuota < 0:
		return fmt.Errorf("limits: /tmp quota must not be negative")
	case l.BeforeUnloadAt <= 0 || l.BeforeUnloadAt > 1:
		return fmt.Errorf("limits: beforeunload fraction %v must be in (0, 1]", l.BeforeUnloadAt)
	case l.Grace < 0:
		return fmt.Errorf("limits: grace must not be negative")
	}
	return nil
}
