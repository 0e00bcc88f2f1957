package jsrt_test

import (
	"testing"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

func TestAsPromise(t *testing.T) {
	r := start(t)
	cases := []struct {
		js   string
		want bool
	}{
		{`Promise.resolve(1)`, true},
		{`new Promise(() => {})`, true},
		{`(async () => {})()`, true},
		{`new (class P extends Promise {})(() => {})`, true},
		{`({ then() {} })`, false}, // a thenable is not a promise
		{`Object.create(Promise.prototype)`, false},
		{`new (class Response { constructor() { this.status = 200; } })()`, false},
		{`({ a: 1, b: [2] })`, false},
		{`undefined`, false},
		{`42`, false},
	}
	_ = r.Sync(func() error {
		for _, c := range cases {
			v, err := r.VM().RunString(c.js)
			if err != nil {
				t.Errorf("%s: %v", c.js, err)
				continue
			}
			if _, got := jsrt.AsPromise(v); got != c.want {
				t.Errorf("AsPromise(%s) = %v, want %v", c.js, got, c.want)
			}
		}
		return nil
	})
}
