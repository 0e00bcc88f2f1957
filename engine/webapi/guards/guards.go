// Package guards caps the goja builtins that can allocate gigabytes in one
// native call. goja's Runtime.Interrupt stops JS loops but not a native
// builtin in the middle of its work ('x'.repeat(2**29) runs for seconds and
// allocates 537 MB before anything can stop it), so these calls are
// checked before they run and refused with the RangeError V8 would throw.
//
// The caps are V8's own where V8 has one (a string holds at most
// 2^29-24 UTF-16 units) and otherwise the worker's memory limit; they are
// per call, so the memory monitor still catches growth made of many calls.
package guards

import (
	"github.com/edgeplay/edgeplay/engine/jsrt"
)

// MaxStringLength is V8's string length limit.
const MaxStringLength = 1<<29 - 24

// Install returns the installer; maxBytes caps one buffer allocation
// (typically the worker's memory limit).
func Install(maxBytes int64) jsrt.Installer {
	return func(r *jsrt.Runtime) error {
		_, err := script.Call(r, MaxStringLength, maxBytes)
		return err
	}
}

var script = jsrt.NewScript("edgeplay:guards", `(function (maxString, maxBytes) {
  "use strict";
  const strLen = () => new RangeError("Invalid string length");
  const bufLen = () => new RangeError("Array buffer allocation failed");
  const wrap = (obj, name, check) => {
    const orig = obj[name];
    const f = { [name](...args) { check(this, args); return Reflect.apply(orig, this, args); } }[name];
    Object.defineProperty(f, "length", { value: orig.length });
    Object.defineProperty(obj, name, { value: f, writable: true, configurable: true, enumerable: false });
  };
  const SP = String.prototype;
  wrap(SP, "repeat", (s, [n]) => {
    const len = String(s).length * Math.trunc(Number(n));
    if (len > maxString) throw strLen();
  });
  for (const name of ["padStart", "padEnd"]) {
    wrap(SP, name, (_s, [n]) => { if (Number(n) > maxString) throw strLen(); });
  }
  wrap(Array.prototype, "join", (a) => { if (a != null && a.length > maxString) throw strLen(); });
  wrap(Array.prototype, "fill", (a) => {
    if (a != null && a.length * 8 > maxBytes) throw new RangeError("Invalid array length: filling " + a.length + " elements is over the worker's memory limit");
  });
  // guard replaces a constructor with a checking one that shares its
  // prototype, so instanceof, subclassing and prototype identity hold.
  const guard = (name, check) => {
    const C = globalThis[name];
    if (typeof C !== "function") return;
    const G = { [name]: function (...args) {
      check(args);
      return Reflect.construct(C, args, new.target || C);
    } }[name];
    for (const key of Reflect.ownKeys(C)) {
      if (key === "prototype" || key === "name" || key === "length") continue;
      Object.defineProperty(G, key, Object.getOwnPropertyDescriptor(C, key));
    }
    Object.defineProperty(G, "prototype", { value: C.prototype, writable: false });
    Object.defineProperty(G, "length", { value: C.length });
    Object.setPrototypeOf(G, Object.getPrototypeOf(C));
    Object.defineProperty(C.prototype, "constructor", { value: G, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(globalThis, name, { value: G, writable: true, configurable: true, enumerable: false });
  };
  guard("ArrayBuffer", ([n]) => { if (Number(n) > maxBytes) throw bufLen(); });
  for (const name of ["Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
    "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"]) {
    const size = globalThis[name] && globalThis[name].BYTES_PER_ELEMENT;
    guard(name, ([a]) => { if (typeof a === "number" && a * size > maxBytes) throw bufLen(); });
  }
  guard("Array", (args) => {
    if (args.length === 1 && typeof args[0] === "number" && args[0] * 8 > maxBytes) throw new RangeError("Invalid array length");
  });
})`)
