//go:build race

package console_test

// The race detector slows goja several times over: no timing bounds.
const raceEnabled = true
