package globals_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
)

func TestProbe(t *testing.T) {
	src, _ := os.ReadFile(os.Getenv("PROBE"))
	r := jstest.New(t)
	v, err := jstest.Eval(t, r, string(src))
	fmt.Printf("RESULT: %v\nERR: %v\n", v, err)
}
