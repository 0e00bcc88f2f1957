package jsrt_test

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// One call into JS, a checkpoint between steps: each step's microtasks,
// chained and async ones included, run before the next step; the async
// context of a continuation is the one that created it.
func TestMicrotaskCheckpoint(t *testing.T) {
	r := jsrt.New()
	checkpoint, ok := r.MicrotaskCheckpoint()
	if !ok {
		t.Fatal("goja's job queue not found: goja changed, see jsrt/batch.go")
	}
	vm := r.VM()
	var ctxs []any
	step := 0
	vm.Set("next", func() bool {
		checkpoint()
		step++
		return step <= 3
	})
	vm.Set("ctx", func() any { return r.Context() })
	vm.Set("seen", func(v goja.Value) { ctxs = append(ctxs, v.Export()) })
	var got goja.Value
	err := r.WithContext("outer", func() error {
		var err error
		got, err = vm.RunString(`
			const log = [];
			let i = 0;
			while (next()) {
				const n = ++i;
				log.push("s" + n);
				Promise.resolve().then(() => log.push("t" + n)).then(() => log.push("u" + n));
				(async () => { await null; await null; log.push("a" + n); seen(ctx()); })();
			}
			log.join(",");`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := "s1,t1,u1,a1,s2,t2,u2,a2,s3,t3,u3,a3"; got.String() != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	if len(ctxs) != 3 || ctxs[0] != "outer" || ctxs[2] != "outer" {
		t.Fatalf("contexts %v", ctxs)
	}
}
