package streams_test

import (
	"fmt"
	"testing"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
)

// BenchmarkStreams measures the JS cost of the stream shapes zip.js builds
// per entry: constructing streams, and one chunk through a chain of
// TransformStreams into a WritableStream.
func BenchmarkStreams(b *testing.B) {
	r := jstest.New(b, timers.Install, streams.Install)
	for _, bc := range []struct{ name, body string }{
		{"new TransformStream", `new TransformStream();`},
		{"new ReadableStream", `new ReadableStream({ pull(c) {} });`},
		{"chain of 10, one chunk", `let s = new ReadableStream({ start(c) { c.enqueue(new Uint8Array(8)); c.close(); } });
			for (let j = 0; j < 10; j++) s = s.pipeThrough(new TransformStream());
			await s.pipeTo(new WritableStream({ write() {} }));`},
	} {
		b.Run(bc.name, func(b *testing.B) {
			src := fmt.Sprintf(`for (let i = 0; i < %d; i++) { %s }`, b.N, bc.body)
			b.ResetTimer()
			if _, err := jstest.Eval(b, r, src); err != nil {
				b.Fatal(err)
			}
		})
	}
}
