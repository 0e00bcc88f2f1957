package main

import (
	"flag"
	"fmt"
	"time"

	"github.com/edgeplay/edgeplay/engine/limits"
)

// limitFlags are the worker-limit flags serve and run share: a preset
// (the platform's free or paid plan) and overrides of its values, for
// every function. A function's own limits saved in the store (the app's
// settings) win over them for that function.
type limitFlags struct {
	preset    string
	policy    string
	memoryMB  int
	tmpMB     int
	wallClock time.Duration
	cpuSoft   time.Duration
	cpuHard   time.Duration
	cpuScale  float64
}

func addLimitFlags(fs *flag.FlagSet) *limitFlags {
	f := &limitFlags{}
	fs.StringVar(&f.preset, "limits", "free", "limits preset: free (150 s wall clock) or paid (400 s)")
	fs.StringVar(&f.policy, "policy", "", "worker policy: per_worker (default) or oneshot (a worker per request)")
	fs.IntVar(&f.memoryMB, "memory", 0, "a worker's memory limit in MB (default 256)")
	fs.IntVar(&f.tmpMB, "tmp-quota", 0, "a worker's /tmp quota in MB (default 256)")
	fs.DurationVar(&f.wallClock, "wall-clock", 0, "how long a worker may live (default: the preset's)")
	fs.DurationVar(&f.cpuSoft, "cpu-soft", 0, "CPU time per request past which the worker retires (default 1s, times --cpu-scale)")
	fs.DurationVar(&f.cpuHard, "cpu-hard", 0, "CPU time per request past which the worker is killed (default 2s, times --cpu-scale)")
	fs.Float64Var(&f.cpuScale, "cpu-scale", 0, "allowance for goja, which runs JS about 10x slower than V8: the CPU limits apply to CPU time divided by this (default 10; 1 applies them literally)")
	return f
}

// resolve is the preset with the flags given applied, checked.
func (f *limitFlags) resolve() (limits.Limits, error) {
	l, err := limits.Preset(f.preset)
	if err != nil {
		return l, err
	}
	if f.policy != "" {
		l.Policy = limits.Policy(f.policy)
	}
	if f.memoryMB != 0 {
		l.Memory = int64(f.memoryMB) << 20
	}
	if f.tmpMB != 0 {
		l.TmpQuota = int64(f.tmpMB) << 20
	}
	if f.wallClock != 0 {
		l.WallClock = f.wallClock
	}
	if f.cpuSoft != 0 {
		l.CPUSoft = f.cpuSoft
	}
	if f.cpuHard != 0 {
		l.CPUHard = f.cpuHard
	}
	if f.cpuScale != 0 {
		l.CPUScale = f.cpuScale
	}
	if err := l.Validate(); err != nil {
		return l, fmt.Errorf("%w (from --limits %s and the flags given)", err, f.preset)
	}
	return l, nil
}
