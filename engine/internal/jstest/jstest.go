// Package jstest runs JavaScript snippets in a fresh jsrt runtime for the
// engine's unit tests: install the API families under test, evaluate an
// async function body, wait for its promise, return what it resolved to.
package jstest

import (
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// New starts a runtime with the given API families installed; it is stopped
// when the test ends.
func New(t testing.TB, installers ...jsrt.Installer) *jsrt.Runtime {
	t.Helper()
	r := jsrt.New()
	for _, in := range installers {
		if err := in(r); err != nil {
			t.Fatalf("install: %v", err)
		}
	}
	r.OnError = func(err error) { t.Logf("uncaught: %v", err) }
	r.Start()
	t.Cleanup(func() { r.Stop("test done") })
	return r
}

// Eval runs body as the body of an async function and returns the exported
// value it resolves to, or the rejection as an error (message includes the
// JS error's name and message). It fails the test after 10 s.
func Eval(t testing.TB, r *jsrt.Runtime, body string) (any, error) {
	t.Helper()
	type result struct {
		v   any
		err error
	}
	ch := make(chan result, 1)
	err := r.Sync(func() error {
		v, err := r.VM().RunString("(async () => {\n" + body + "\n})()")
		if err != nil {
			ch <- result{err: err}
			return nil
		}
		p, ok := v.Export().(*goja.Promise)
		if !ok {
			ch <- result{err: errors.New("not a promise")}
			return nil
		}
		then, _ := goja.AssertFunction(r.VM().ToValue(p).(*goja.Object).Get("then"))
		_, err = then(r.VM().ToValue(p),
			r.VM().ToValue(func(v goja.Value) { ch <- result{v: exportValue(v)} }),
			r.VM().ToValue(func(v goja.Value) { ch <- result{err: jsErr(v)} }))
		return err
	})
	if err != nil {
		return nil, err
	}
	select {
	case res := <-ch:
		return res.v, res.err
	case <-time.After(10 * time.Second):
		t.Fatalf("script did not settle in 10s")
		return nil, nil
	}
}

// MustEval is Eval that fails the test on a rejection.
func MustEval(t testing.TB, r *jsrt.Runtime, body string) any {
	t.Helper()
	v, err := Eval(t, r, body)
	if err != nil {
		t.Fatalf("eval: %v", err)
	}
	return v
}

func exportValue(v goja.Value) any {
	if v == nil || goja.IsUndefined(v) {
		return nil
	}
	return v.Export()
}

func jsErr(v goja.Value) error {
	if o, ok := v.(*goja.Object); ok {
		name, msg := o.Get("name"), o.Get("message")
		if name != nil && msg != nil && !goja.IsUndefined(msg) {
			return fmt.Errorf("%s: %s", name.String(), msg.String())
		}
	}
	if v == nil {
		return errors.New("rejected with undefined")
	}
	return fmt.Errorf("rejected: %s", v.String())
}
