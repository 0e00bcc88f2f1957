package dom_test

import (
	"fmt"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
)

// BenchmarkFireMessage: a message event made and dispatched to one
// onmessage handler that reads e.data, as a WebSocket delivers it.
func BenchmarkFireMessage(b *testing.B) {
	r := jstest.New(b, timers.Install, dom.Install)
	if err := r.Sync(func() error {
		fire, err := dom.FireMessage(r)
		if err != nil {
			return err
		}
		def, err := dom.DefineHandler(r)
		if err != nil {
			return err
		}
		vm := r.VM()
		vm.Set("fire", fire)
		vm.Set("defineHandler", def)
		_, err = vm.RunString(`
			class T extends EventTarget {}
			defineHandler(T.prototype, "message");
			globalThis.t = new T();
			globalThis.n = 0;
			t.onmessage = (e) => { n += e.data.length; };`)
		return err
	}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; done += 1000 {
		k := min(1000, b.N-done)
		run(b, r, fmt.Sprintf(`for (let i = 0; i < %d; i++) fire(t, "hello", "null");`, k))
	}
}

func run(b *testing.B, r *jsrt.Runtime, src string) {
	if err := r.Sync(func() error { _, err := r.VM().RunString(src); return err }); err != nil {
		b.Fatal(err)
	}
}
