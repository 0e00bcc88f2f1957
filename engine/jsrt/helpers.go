package jsrt

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"
)

// ThrownError wraps a JS value thrown from Go code running on the loop.
type ThrownError struct{ Value goja.Value }

func (e *ThrownError) Error() string {
	if e.Value == nil {
		return "undefined"
	}
	return e.Value.String()
}

// Error is a Go error that becomes a specific JS error class when it
// crosses into JavaScript.
//
// Class is a constructor path on globalThis ("TypeError",
// "Deno.errors.NotFound") or "DOMException:<name>" for a DOMException with
// that name ("DOMException:AbortError").
type Error struct {
	Class   string
	Message string
	Cause   error
}

func (e *Error) Error() string {
	name := e.Class
	if i := strings.LastIndexAny(name, ".:"); i >= 0 {
		name = name[i+1:]
	}
	return name + ": " + e.Message
}

func (e *Error) Unwrap() error { return e.Cause }

// Errorf builds an *Error of the given JS class.
func Errorf(class, format string, args ...any) *Error {
	err := fmt.Errorf(format, args...)
	return &Error{Class: class, Message: err.Error(), Cause: errors.Unwrap(err)}
}

// TypeErrorf is Errorf("TypeError", ...).
func TypeErrorf(format string, args ...any) *Error { return Errorf("TypeError", format, args...) }

// ErrorValue converts a Go error into the JS value to throw or reject with.
// Loop goroutine only.
func (r *Runtime) ErrorValue(err error) goja.Value {
	vm := r.vm
	var thrown *ThrownError
	if errors.As(err, &thrown) {
		return thrown.Value
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return ex.Value()
	}
	var je *Error
	if !errors.As(err, &je) {
		return vm.NewGoError(err)
	}
	if name, ok := strings.CutPrefix(je.Class, "DOMException:"); ok {
		if ctor, ok := goja.AssertConstructor(vm.Get("DOMException")); ok {
			if o, err := ctor(nil, vm.ToValue(je.Message), vm.ToValue(name)); err == nil {
				return o
			}
		}
		o := vm.NewGoError(errors.New(je.Message))
		_ = o.Set("name", name)
		return o
	}
	var v goja.Value = vm.GlobalObject()
	for _, part := range strings.Split(je.Class, ".") {
		obj, ok := v.(*goja.Object)
		if !ok {
			v = nil
			break
		}
		v = obj.Get(part)
	}
	if ctor, ok := goja.AssertConstructor(v); ok {
		if o, err := ctor(nil, vm.ToValue(je.Message)); err == nil {
			return o
		}
	}
	o := vm.NewGoError(errors.New(je.Message))
	_ = o.Set("name", je.Class)
	return o
}

// Throw raises err as a JS exception; use inside native functions called
// from JavaScript.
func (r *Runtime) Throw(err error) {
	panic(r.ErrorValue(err))
}

// ThrowTypeError raises a TypeError.
func (r *Runtime) ThrowTypeError(format string, args ...any) {
	r.Throw(TypeErrorf(format, args...))
}

// Async runs work on a new goroutine and returns a promise settled on the
// loop: with the value made by the returned function, or rejected with the
// error (converted by ErrorValue). Loop goroutine only.
func (r *Runtime) Async(work func() (func() (goja.Value, error), error)) *goja.Promise {
	p, resolve, reject := r.vm.NewPromise()
	done := r.Ref()
	go func() {
		var make func() (goja.Value, error)
		var err error
		func() {
			defer func() {
				if rec := recover(); rec != nil {
					err = panicError(rec)
				}
			}()
			make, err = work()
		}()
		done(func() error {
			if err != nil {
				return reject(r.ErrorValue(err))
			}
			var v goja.Value = goja.Undefined()
			if make != nil {
				var merr error
				v, merr = make()
				if merr != nil {
					return reject(r.ErrorValue(merr))
				}
			}
			return resolve(v)
		})
	}()
	return p
}

// Bytes returns the bytes viewed by an ArrayBuffer, typed array or DataView
// (sharing memory, not copying). ok is false for other values.
func (r *Runtime) Bytes(v goja.Value) (b []byte, ok bool) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return nil, false
	}
	switch x := v.Export().(type) {
	case goja.ArrayBuffer:
		return x.Bytes(), true
	case []byte:
		return x, true
	}
	obj, isObj := v.(*goja.Object)
	if !isObj {
		return nil, false
	}
	if obj.ClassName() == "Uint8Array" {
		if err := r.vm.ExportTo(obj, &b); err == nil {
			return b, true
		}
	}
	// Other views (DataView, Int16Array, ...) export element-wise, not as
	// bytes: take their window of the underlying buffer instead. (goja
	// names some typed arrays' class "Object", so this goes by shape.)
	bv := obj.Get("buffer")
	if bv == nil {
		return nil, false
	}
	buf, ok := bv.Export().(goja.ArrayBuffer)
	if !ok {
		return nil, false
	}
	all := buf.Bytes()
	off, n := obj.Get("byteOffset").ToInteger(), obj.Get("byteLength").ToInteger()
	if off < 0 || n < 0 || off+n > int64(len(all)) {
		return nil, false
	}
	return all[off : off+n], true
}

// NewUint8Array returns a Uint8Array over b (no copy: b must not be reused).
func (r *Runtime) NewUint8Array(b []byte) goja.Value {
	ab := r.vm.NewArrayBuffer(b)
	o, err := r.u8(nil, r.vm.ToValue(ab))
	if err != nil {
		panic(err)
	}
	return o
}

// Script is JavaScript source compiled once per process and run in any
// number of runtimes (a compiled *goja.Program is immutable and shareable).
type Script struct {
	name string
	src  string
	once sync.Once
	prog *goja.Program
	err  error
}

// NewScript declares a script; compilation happens on first use.
func NewScript(name, src string) *Script { return &Script{name: name, src: src} }

// Program compiles (once) and returns the program.
func (s *Script) Program() (*goja.Program, error) {
	s.once.Do(func() {
		ast, err := goja.Parse(s.name, s.src, parser.WithDisableSourceMaps)
		if err != nil {
			s.err = fmt.Errorf("compile %s: %w", s.name, err)
			return
		}
		s.prog, s.err = goja.CompileAST(ast, true)
		if s.err != nil {
			s.err = fmt.Errorf("compile %s: %w", s.name, s.err)
		}
	})
	return s.prog, s.err
}

// Run evaluates the script in r and returns its completion value.
func (s *Script) Run(r *Runtime) (goja.Value, error) {
	prog, err := s.Program()
	if err != nil {
		return nil, err
	}
	return r.vm.RunProgram(prog)
}

// Call evaluates a script whose completion value is a function and calls it
// with args — the pattern every JS-implemented API uses:
//
//	(function (native, internals) { ... })
func (s *Script) Call(r *Runtime, args ...any) (goja.Value, error) {
	v, err := s.Run(r)
	if err != nil {
		return nil, err
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		return nil, fmt.Errorf("script %s: completion value is not a function", s.name)
	}
	vals := make([]goja.Value, len(args))
	for i, a := range args {
		if m, ok := a.(map[string]any); ok {
			vals[i] = r.objectOf(m)
			continue
		}
		vals[i] = r.vm.ToValue(a)
	}
	return fn(goja.Undefined(), vals...)
}

// objectOf makes a plain JS object of a script's natives. goja would wrap
// the map itself and convert an entry on every read: a Go function
// became a new function object (four allocations) each time JS called it.
func (r *Runtime) objectOf(m map[string]any) *goja.Object {
	o := r.vm.NewObject()
	for k, v := range m {
		_ = o.Set(k, v)
	}
	return o
}

// Installer adds an API family to a runtime. Each webapi package exports
// one (Install), called on the loop goroutine before user code runs.
type Installer func(r *Runtime) error

// AsPromise reports whether v is a promise. Unlike v.Export(), it does
// not copy an ordinary object into a Go map to find out (a handler's
// Response, a stream algorithm's result: on every request).
func AsPromise(v goja.Value) (*goja.Promise, bool) {
	o, ok := v.(*goja.Object)
	if !ok || o.ExportType() != promiseType { // a type, no copy
		return nil, false
	}
	p, ok := o.Export().(*goja.Promise)
	return p, ok
}

var promiseType = reflect.TypeOf((*goja.Promise)(nil))

// Handle wraps a Go value in an opaque JS object, for JS to hold and hand
// back to a native (HandleOf). A dynamic object with no properties is the
// cheapest Go value goja can hold: no reflection and no property map
// (ToValue of a pointer or a func is both).
func (r *Runtime) Handle(v any) goja.Value { return r.vm.NewDynamicObject(&handle{v}) }

// HandleOf returns the Go value of a Handle, or nil.
func HandleOf(v goja.Value) any {
	if o, ok := v.(*goja.Object); ok {
		if h, ok := o.Export().(*handle); ok {
			return h.v
		}
	}
	return nil
}

type handle struct{ v any }

func (*handle) Get(string) goja.Value       { return nil }
func (*handle) Set(string, goja.Value) bool { return false }
func (*handle) Has(string) bool             { return false }
func (*handle) Delete(string) bool          { return false }
func (*handle) Keys() []string              { return nil }
