package streams_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/dop251/goja"
	"github.com/evanw/esbuild/pkg/api"

	"github.com/edgeplay/edgeplay/engine/internal/jstest"
	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/dom"
	"github.com/edgeplay/edgeplay/engine/webapi/encoding"
	"github.com/edgeplay/edgeplay/engine/webapi/fetch"
	"github.com/edgeplay/edgeplay/engine/webapi/globals"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
	"github.com/edgeplay/edgeplay/engine/webapi/timers"
	"github.com/edgeplay/edgeplay/engine/webapi/url"
)

// semanticsCases are stream behaviours whose expected results were taken
// from Deno 2.9.6 (each body run there as an async function, with the same
// tick helper): microtask ordering where the spec fixes it, errors,
// cancel/abort propagation through pipes, tee, BYOB, backpressure,
// locked/disturbed, and that no promise nobody observed is reported as an
// unhandled rejection. Nothing here depends on time.
var semanticsCases = []struct{ name, body, want string }{
	{"start then pull vs microtasks", `const log = [];
new ReadableStream({ start() { log.push("start"); }, pull(c) { log.push("pull"); c.enqueue(1); } });
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
await tick();
return log.join(",");`, "start,pull,p1,p2,p3"},
	{"async start delays pull", `const log = [];
new ReadableStream({ start() { log.push("start"); return Promise.resolve().then(() => log.push("start done")); }, pull(c) { log.push("pull"); } });
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4"));
await tick();
return log.join(",");`, "start,start done,p1,pull,p2,p3,p4"},
	{"read order vs microtasks", `const log = [];
const r = new ReadableStream({ start(c) { c.enqueue("a"); } }).getReader();
r.read().then((v) => log.push("read " + v.value));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2"));
await tick();
return log.join(",");`, "read a,p1,p2"},
	{"pending read resolved by enqueue", `const log = []; let ctl;
const r = new ReadableStream({ start(c) { ctl = c; } }).getReader();
r.read().then((v) => log.push("read " + v.value));
await tick();
ctl.enqueue("x"); log.push("enqueued");
Promise.resolve().then(() => log.push("p1"));
await tick();
return log.join(",");`, "enqueued,read x,p1"},
	{"writer order", `const log = [];
const w = new WritableStream({ start() { log.push("start"); }, write(c) { log.push("write " + c); }, close() { log.push("close"); } }).getWriter();
w.write("a").then(() => log.push("a done"));
w.write("b").then(() => log.push("b done"));
w.close().then(() => log.push("closed"));
w.closed.then(() => log.push("closed promise"));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
await tick(); await tick();
return log.join(",");`, "start,write a,p1,write b,p2,a done,close,p3,b done,closed,closed promise"},
	{"writer backpressure and ready", `const log = []; let release;
const w = new WritableStream({ write() { return new Promise((r) => { release = r; }); } }, { highWaterMark: 2 }).getWriter();
log.push(w.desiredSize);
w.write(1); log.push(w.desiredSize);
w.write(2); log.push(w.desiredSize);
let ready = false; w.ready.then(() => { ready = true; });
await tick(); log.push(String(ready));
release(); await tick(); log.push(w.desiredSize, String(ready));
return log.join(",");`, "2,1,0,false,1,true"},
	{"transform order", `
const log = [];
const ts = new TransformStream({ transform(c, ctl) { log.push("t " + c); ctl.enqueue(c.toUpperCase()); }, flush() { log.push("flush"); } });
const w = ts.writable.getWriter(); const r = ts.readable.getReader();
w.write("a").then(() => log.push("w a"));
r.read().then((v) => log.push("r " + v.value));
w.close().then(() => log.push("closed"));
r.read().then((v) => log.push("r done " + v.done));
await tick(); await tick();
return log.join(",");`, "t a,r A,flush,w a,r done true,closed"},
	{"pipe source error aborts dest", `let why; let ctl;
const src = new ReadableStream({ start(c) { ctl = c; } });
const p = src.pipeTo(new WritableStream({ abort(r) { why = r; } }));
ctl.error(new Error("boom"));
try { await p; } catch (e) { return e.message + "/" + why.message; }`, "boom/boom"},
	{"pipe preventAbort", `let aborted = false; let ctl;
const ws = new WritableStream({ abort() { aborted = true; } });
const p = new ReadableStream({ start(c) { ctl = c; } }).pipeTo(ws, { preventAbort: true });
ctl.error("e1");
try { await p; } catch (e) { return e + "/" + aborted + "/" + ws.locked; }`, "e1/false/false"},
	{"pipe dest error cancels source", `let why;
const src = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { why = r; } });
try { await src.pipeTo(new WritableStream({ write() { throw new Error("sink"); } })); } catch (e) { return e.message + "/" + why.message + "/" + src.locked; }`, "sink/sink/false"},
	{"pipe preventCancel", `let canceled = false;
const src = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel() { canceled = true; } });
try { await src.pipeTo(new WritableStream({ write() { throw "sink"; } }), { preventCancel: true }); } catch (e) { return e + "/" + canceled + "/" + src.locked; }`, "sink/false/false"},
	{"pipe close and preventClose", `const mk = () => new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } });
let out = ""; let closed = 0;
const ws = () => new WritableStream({ write(c) { out += c; }, close() { closed++; } });
await mk().pipeTo(ws());
const w2 = ws(); await mk().pipeTo(w2, { preventClose: true });
const wr = w2.getWriter(); await wr.write("c"); await wr.close();
return out + closed;`, "ababc2"},
	{"pipe signal abort", `const ac = new AbortController(); let why; let canceled;
const src = new ReadableStream({ pull(c) { return new Promise(() => {}); }, cancel(r) { canceled = r; } });
const p = src.pipeTo(new WritableStream({ abort(r) { why = r; } }), { signal: ac.signal });
ac.abort("stop");
try { await p; } catch (e) { return e + "/" + why + "/" + canceled; }`, "stop/stop/stop"},
	{"pipe already aborted signal", `const ac = new AbortController(); ac.abort(new Error("early"));
const src = new ReadableStream();
try { await src.pipeTo(new WritableStream(), { signal: ac.signal }); } catch (e) { return e.message + "/" + src.locked; }`, "early/false"},
	{"pipe into closed dest", `const ws = new WritableStream(); await ws.close(); let why;
const src = new ReadableStream({ cancel(r) { why = r; } });
try { await src.pipeTo(ws); } catch (e) { return e.constructor.name + "/" + (why === e); }`, "TypeError/true"},
	{"pipe backpressure", `const log = []; let n = 0;
const src = new ReadableStream({ pull(c) { n++; c.enqueue(n); if (n === 6) c.close(); } }, { highWaterMark: 0 });
const releases = [];
const ws = new WritableStream({ write(c) { log.push("w" + c); return new Promise((r) => releases.push(r)); } }, { highWaterMark: 1 });
const p = src.pipeTo(ws);
for (let i = 0; i < 5; i++) await tick();
log.push("pulled " + n);
while (releases.length) { releases.shift()(); await tick(); }
for (let i = 0; i < 10; i++) { while (releases.length) releases.shift()(); await tick(); }
await p;
return log.join(",") + " total " + n;`, "w1,pulled 1,w2,w3,w4,w5,w6 total 6"},
	{"pipeThrough chain", `let s = new ReadableStream({ start(c) { for (const x of [1, 2, 3]) c.enqueue(x); c.close(); } });
for (let i = 0; i < 5; i++) s = s.pipeThrough(new TransformStream({ transform(x, c) { c.enqueue(x * 2); } }));
const out = []; const r = s.getReader();
for (;;) { const { value, done } = await r.read(); if (done) break; out.push(value); }
return out.join(",");`, "32,64,96"},
	{"tee cancel both", `let why;
const [a, b] = new ReadableStream({ cancel(r) { why = r; } }).tee();
const pa = a.cancel("x"); await tick();
const before = String(why);
await Promise.all([pa, b.cancel("y")]);
return before + "/" + JSON.stringify(why);`, "undefined/[\"x\",\"y\"]"},
	{"tee error", `let ctl;
const [a, b] = new ReadableStream({ start(c) { ctl = c; } }).tee();
ctl.error(new Error("bad"));
const r = await Promise.allSettled([a.getReader().read(), b.getReader().read()]);
return r.map((x) => x.status + ":" + x.reason.message).join(",");`, "rejected:bad,rejected:bad"},
	{"tee bytes byob branch", `const src = new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); } });
const [a, b] = src.tee();
const ra = a.getReader({ mode: "byob" });
const x = await ra.read(new Uint8Array(2));
const rb = b.getReader();
const y = await rb.read();
x.value[0] = 99;
return [x.value.join(" "), y.value.join(" "), a.constructor.name].join("/");`, "99 2/1 2/ReadableStream"},
	{"byob respond", `const s = new ReadableStream({ type: "bytes", pull(c) { const v = c.byobRequest.view; v[0] = 7; v[1] = 8; c.byobRequest.respond(2); } });
const r = s.getReader({ mode: "byob" });
const { value } = await r.read(new Uint8Array(4));
return value.constructor.name + " " + value.byteLength + " " + value.buffer.byteLength + " " + Array.from(value).join(",");`, "Uint8Array 2 4 7,8"},
	{"byob respondWithNewView and min", `let n = 0;
const s = new ReadableStream({ type: "bytes", pull(c) { const v = c.byobRequest.view; n++; const nv = new Uint8Array(v.buffer, v.byteOffset, 1); nv[0] = n; c.byobRequest.respondWithNewView(nv); } });
const r = s.getReader({ mode: "byob" });
const { value } = await r.read(new Uint16Array(2), { min: 2 });
return value.constructor.name + " " + value.length + " pulls " + n + " bytes " + Array.from(new Uint8Array(value.buffer)).join(",");`, "Uint16Array 2 pulls 4 bytes 1,2,3,4"},
	{"byob detaches buffer", `const s = new ReadableStream({ type: "bytes", start(c) { c.enqueue(new Uint8Array([9])); } });
const buf = new Uint8Array(4);
const p = s.getReader({ mode: "byob" }).read(buf);
const len = buf.byteLength;
const { value } = await p;
return len + " " + value.length + " " + value[0];`, "0 1 9"},
	{"byte stream default reader and autoAllocate", `const s = new ReadableStream({ type: "bytes", autoAllocateChunkSize: 8, pull(c) { const v = c.byobRequest.view; v[0] = 42; c.byobRequest.respond(1); c.close(); } });
const r = s.getReader();
const a = await r.read(); const b = await r.read();
return a.value.constructor.name + a.value.length + ":" + a.value[0] + " " + b.done;`, "Uint8Array1:42 true"},
	{"byob errors", `const s = new ReadableStream({ type: "bytes" });
const r = s.getReader({ mode: "byob" });
const out = [];
for (const args of [[new Uint8Array(0)], [new Uint8Array(2), { min: 0 }], [new Uint8Array(2), { min: 3 }], ["x"]]) {
  try { await r.read(...args); out.push("ok"); } catch (e) { out.push(e.constructor.name); }
}
try { new ReadableStream().getReader({ mode: "byob" }); } catch (e) { out.push(e.message); }
return out.join(",");`, "TypeError,TypeError,RangeError,TypeError,Cannot use a BYOB reader with a non-byte stream"},
	{"locked and disturbed", `const out = [];
const s = new ReadableStream({ start(c) { c.enqueue("a"); c.close(); } });
out.push(s.locked);
const r = s.getReader(); out.push(s.locked);
try { s.getReader(); } catch (e) { out.push(e.message); }
try { await s.cancel(); } catch (e) { out.push(e.message); }
r.releaseLock(); out.push(s.locked);
try { await r.read(); } catch (e) { out.push(e.message); }
try { await r.closed; } catch (e) { out.push(e.constructor.name); }
const res = new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } }));
out.push(res.bodyUsed); const rr = res.body.getReader(); await rr.read(); rr.releaseLock(); out.push(res.bodyUsed);
return out.join("|");`, "false|true|ReadableStream is locked|Cannot cancel a locked ReadableStream.|false|Reader has no associated stream.|TypeError|false|true"},
	{"async iterator preventCancel", `let canceled = 0;
const mk = () => new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); }, cancel() { canceled++; } });
const s1 = mk();
for await (const x of s1) { break; }
const s2 = mk();
for await (const x of s2.values({ preventCancel: true })) { break; }
const r = s2.getReader(); const { value } = await r.read();
return canceled + " " + s1.locked + " " + value;`, "1 false 2"},
	{"async iterator next and return", `const s = new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } });
const it = s[Symbol.asyncIterator]();
const a = await it.next(); const b = await it.next(); const c = await it.next(); const d = await it.next();
const e = await it.return("z");
return [a.value, b.value, c.done, d.done, e.value, e.done].join(",");`, "a,b,true,true,z,true"},
	{"from async iterable and errors", `const it = { i: 0, [Symbol.asyncIterator]() { return this; }, next() { this.i++; return Promise.resolve(this.i > 3 ? { done: true } : { value: this.i, done: false }); }, return() { return Promise.resolve({ done: true }); } };
const out = [];
for await (const x of ReadableStream.from(it)) out.push(x);
for await (const x of ReadableStream.from(new Set(["s", Promise.resolve("t")]))) out.push(x);
try { ReadableStream.from(5); } catch (e) { out.push(e.message); }
return out.join(",");`, "1,2,3,s,t,Failed to execute 'ReadableStream.from': Argument 1 can not be converted to async sequence."},
	{"transform terminate", `const out = [];
const t1 = new TransformStream({ start(c) { c.enqueue("s"); c.terminate(); } });
const r1 = t1.readable.getReader(); out.push((await r1.read()).value, (await r1.read()).done);
try { await t1.writable.getWriter().write("x"); } catch (e) { out.push(e.message); }
return out.join("|");`, "s|true|The stream has been terminated."},
	{"transform error", `const out = [];
const t2 = new TransformStream({ transform(c, ctl) { ctl.error(new Error("te")); } });
const w2 = t2.writable.getWriter();
const rp = t2.readable.getReader().read();
try { await w2.write(1); } catch (e) { out.push("w " + e.message); }
try { await rp; } catch (e) { out.push("r " + e.message); }
try { await w2.closed; } catch (e) { out.push("c " + e.message); }
return out.join("|");`, "r te|c te"},
	{"transform cancel", `const out = []; let why;
const t3 = new TransformStream({ cancel(r) { why = r; } });
await t3.readable.cancel("rc");
try { await t3.writable.getWriter().write(1); } catch (e) { out.push("after cancel " + e); }
out.push(why);
return out.join("|");`, "after cancel rc|rc"},
	{"transform flush", `const t4 = new TransformStream({ flush(c) { c.enqueue("f"); } });
const w4 = t4.writable.getWriter(); w4.close();
const r4 = t4.readable.getReader();
return (await r4.read()).value + " " + (await r4.read()).done;`, "f true"},
	{"transform strategies and desiredSize", `const out = [];
const ts = new TransformStream({ start(c) { out.push(c.desiredSize); } }, { highWaterMark: 3 }, { highWaterMark: 2 });
const w = ts.writable.getWriter();
out.push(w.desiredSize);
await tick();
out.push(w.desiredSize);
const ts2 = new TransformStream({}, undefined, new CountQueuingStrategy({ highWaterMark: 4 }));
await tick();
out.push(ts2.writable.getWriter().desiredSize);
return out.join(",");`, "2,3,3,1"},
	{"writable abort and signal", `const out = []; let sig;
const ws = new WritableStream({ start(c) { sig = c.signal; }, write() { return new Promise(() => {}); }, abort(r) { out.push("abort " + r); } });
sig.addEventListener("abort", () => out.push("signal " + sig.reason));
const w = ws.getWriter();
w.write("x").catch((e) => out.push("write rejected " + e));
await tick();
const p = w.abort("why");
w.closed.catch((e) => out.push("closed " + e));
out.push("aborted " + sig.aborted);
await Promise.race([p, new Promise((r) => setTimeout(r, 5))]);
return out.join("|");`, "signal why|aborted true"},
	{"writable errors", `const out = [];
const ws = new WritableStream({ write() { throw new Error("wfail"); } });
const w = ws.getWriter();
try { await w.write(1); } catch (e) { out.push(e.message); }
try { await w.write(2); } catch (e) { out.push(e.message); }
try { await w.closed; } catch (e) { out.push("closed " + e.message); }
out.push(w.desiredSize);
const w2 = new WritableStream().getWriter(); w2.close();
try { await w2.write(1); } catch (e) { out.push(e.message); }
try { new WritableStream().getWriter().releaseLock(); ws.getWriter(); } catch (e) { out.push(e.message); }
return out.join("|");`, "wfail|wfail|closed wfail||The stream is closing or is closed.|The stream is already locked"},
	{"controller error with unobserved promises", `
let ctl;
const s = new ReadableStream({ start(c) { ctl = c; } });
const r = s.getReader(); r.closed;
ctl.error(new Error("nobody listens"));
let wc;
const w = new WritableStream({ start(c) { wc = c; } });
const wr = w.getWriter(); wr.closed; wr.ready;
await tick();
wc.error("werr");
const r2 = new ReadableStream().getReader(); r2.closed; r2.releaseLock();
await tick(); await tick();
return "no unhandled";`, "no unhandled"},
	{"strategies", `const b = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
const c = new CountQueuingStrategy({ highWaterMark: 2 });
return [b.highWaterMark, b.size(new Uint8Array(5)), c.highWaterMark, c.size("x"), Object.prototype.toString.call(b), ByteLengthQueuingStrategy.length].join(",");`, "16,5,2,1,[object ByteLengthQueuingStrategy],1"},
	{"class shapes", `const out = [];
for (const C of [ReadableStream, WritableStream, TransformStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, WritableStreamDefaultWriter]) out.push(C.name + C.length);
out.push(Object.keys(ReadableStream.prototype).join(" "));
out.push(Object.keys(WritableStream.prototype).join(" "));
out.push(Object.keys(WritableStreamDefaultWriter.prototype).join(" "));
out.push(String(new TransformStream()));
try { ReadableStream(); } catch (e) { out.push(e.constructor.name); }
try { new ReadableStreamDefaultController(); } catch (e) { out.push(e.message); }
try { ReadableStream.prototype.getReader.call({}); } catch (e) { out.push(e.message); }
out.push(Object.getOwnPropertyDescriptor(globalThis, "TransformStream").enumerable);
class Mine extends TransformStream { constructor() { super({ transform(c, ctl) { ctl.enqueue(c + "!"); } }); Object.defineProperty(this, "extra", { get() { return 1; } }); } }
const m = new Mine(); out.push(m instanceof TransformStream, m.extra);
return out.join("|");`, "ReadableStream0|WritableStream0|TransformStream0|ReadableStreamDefaultReader1|ReadableStreamBYOBReader1|WritableStreamDefaultWriter1|locked cancel getReader pipeThrough pipeTo tee values|locked abort close getWriter|closed desiredSize ready abort close releaseLock write|[object TransformStream]|TypeError|Illegal constructor|Illegal invocation|false|true|1"},
	{"enqueue errors", `const out = [];
new ReadableStream({ start(c) { c.close(); try { c.enqueue(1); } catch (e) { out.push(e.constructor.name); } try { c.close(); } catch (e) { out.push(e.constructor.name); } } });
new ReadableStream({ type: "bytes", start(c) { try { c.enqueue("x"); } catch (e) { out.push(e.constructor.name); } try { c.enqueue(new Uint8Array(0)); } catch (e) { out.push(e.constructor.name); } } });
try { new ReadableStream({}, { highWaterMark: -1 }); } catch (e) { out.push(e.constructor.name); }
try { new ReadableStream({ type: "bytes" }, { size() { return 1; } }); } catch (e) { out.push(e.constructor.name); }
let ctl; const s = new ReadableStream({ start(c) { ctl = c; } }, { size() { throw new Error("sz"); } });
try { ctl.enqueue(1); } catch (e) { out.push(e.message); }
try { await s.getReader().read(); } catch (e) { out.push("read " + e.message); }
return out.join(",");`, "TypeError,TypeError,TypeError,TypeError,RangeError,RangeError,sz,read sz"},
	{"async start writable", `const log = [];
const w = new WritableStream({ start() { log.push("start"); return Promise.resolve().then(() => log.push("start done")); }, write(c) { log.push("write " + c); } }).getWriter();
w.write("a").then(() => log.push("a done"));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4")).then(() => log.push("p5"));
await tick();
return log.join(",");`, "start,start done,p1,p2,write a,p3,p4,a done,p5"},
	{"async start transform", `const log = [];
const ts = new TransformStream({ start() { log.push("start"); return Promise.resolve().then(() => log.push("start done")); }, transform(c, ctl) { log.push("t " + c); ctl.enqueue(c); } });
const w = ts.writable.getWriter(); const r = ts.readable.getReader();
r.read().then((v) => log.push("r " + v.value));
w.write("a").then(() => log.push("a done"));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4")).then(() => log.push("p5")).then(() => log.push("p6")).then(() => log.push("p7"));
await tick();
return log.join(",");`, "start,start done,p1,p2,p3,t a,p4,r a,p5,a done,p6,p7"},
	{"sync transform timing", `const log = [];
const ts = new TransformStream({ transform(c, ctl) { log.push("t " + c); ctl.enqueue(c); } });
const w = ts.writable.getWriter(); const r = ts.readable.getReader();
r.read().then((v) => log.push("r " + v.value));
w.write("a").then(() => log.push("a done"));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4")).then(() => log.push("p5")).then(() => log.push("p6")).then(() => log.push("p7"));
await tick();
return log.join(",");`, "p1,p2,t a,p3,r a,p4,a done,p5,p6,p7"},
	{"pipeTo timing", `const log = [];
const rs = new ReadableStream({ start(c) { c.enqueue("a"); c.enqueue("b"); c.close(); } });
const p = rs.pipeTo(new WritableStream({ write(c) { log.push("w " + c); }, close() { log.push("close"); } }));
p.then(() => log.push("piped"));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4")).then(() => log.push("p5")).then(() => log.push("p6")).then(() => log.push("p7")).then(() => log.push("p8"));
await tick();
return log.join(",");`, "w a,p1,p2,w b,p3,p4,p5,close,p6,p7,p8,piped"},
	{"tee timing", `const log = [];
const [a, b] = new ReadableStream({ start(c) { c.enqueue("x"); c.close(); } }).tee();
a.getReader().read().then((v) => log.push("a " + v.value));
b.getReader().read().then((v) => log.push("b " + v.value));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4"));
await tick();
return log.join(",");`, "p1,p2,a x,b x,p3,p4"},
	{"closed and cancel timing", `const log = []; let ctl;
const s = new ReadableStream({ start(c) { ctl = c; }, cancel() { log.push("cancel cb"); } });
const r = s.getReader();
r.closed.then(() => log.push("closed"));
r.cancel("x").then(() => log.push("cancelled"));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
await tick();
const r2 = new ReadableStream({ start(c) { ctl = c; } }).getReader();
r2.closed.then(() => log.push("closed2"));
ctl.close();
Promise.resolve().then(() => log.push("q1"));
await tick();
return log.join(",");`, "cancel cb,closed,p1,cancelled,p2,p3,closed2,q1"},
	{"byte read timing", `const log = [];
const s = new ReadableStream({ type: "bytes", pull(c) { log.push("pull"); c.enqueue(new Uint8Array([1])); } });
const r = s.getReader();
r.read().then((v) => log.push("r " + v.value[0]));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
await tick();
const b = new ReadableStream({ type: "bytes", pull(c) { log.push("bpull"); c.byobRequest.view[0] = 5; c.byobRequest.respond(1); } }).getReader({ mode: "byob" });
b.read(new Uint8Array(1)).then((v) => log.push("b " + v.value[0]));
Promise.resolve().then(() => log.push("q1")).then(() => log.push("q2")).then(() => log.push("q3"));
await tick();
return log.join(",");`, "pull,p1,r 1,p2,p3,bpull,q1,b 5,q2,q3"},
	{"async pull timing", `const log = []; let n = 0;
const s = new ReadableStream({ pull(c) { n++; log.push("pull " + n); return Promise.resolve().then(() => c.enqueue(n)); } }, { highWaterMark: 0 });
const r = s.getReader();
r.read().then((v) => log.push("r " + v.value));
r.read().then((v) => log.push("r " + v.value));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4")).then(() => log.push("p5")).then(() => log.push("p6"));
await tick();
return log.join(",");`, "pull 1,p1,p2,r 1,p3,pull 2,p4,p5,r 2,p6"},
	{"abort timing", `const log = [];
const w = new WritableStream({ abort(r) { log.push("abort cb " + r); } }).getWriter();
await tick();
w.abort("why").then(() => log.push("aborted"));
w.closed.catch((e) => log.push("closed " + e));
w.ready.catch((e) => log.push("ready " + e));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3"));
await tick();
return log.join(",");`, "abort cb why,ready why,p1,aborted,closed why,p2,p3"},
	{"iterator return timing", `const log = [];
const s = new ReadableStream({ start(c) { c.enqueue(1); }, cancel() { log.push("cancel"); } });
const it = s.values();
it.next().then((v) => log.push("n1 " + v.value));
it.return("r").then((v) => log.push("ret " + v.value + v.done));
Promise.resolve().then(() => log.push("p1")).then(() => log.push("p2")).then(() => log.push("p3")).then(() => log.push("p4"));
await tick();
return log.join(",");`, "cancel,n1 1,p1,p2,ret rtrue,p3,p4"},
}

func TestSemanticsLikeDeno(t *testing.T) {
	r := jstest.New(t, timers.Install, dom.Install, globals.Install, encoding.Install, url.Install, streams.Install, fetch.Install(fetch.Options{}))
	var mu sync.Mutex
	var unhandled []string
	_ = r.Sync(func() error {
		r.OnUnhandledRejection = func(p *goja.Promise) {
			mu.Lock()
			defer mu.Unlock()
			unhandled = append(unhandled, p.Result().String())
		}
		return nil
	})
	for _, tc := range semanticsCases {
		t.Run(tc.name, func(t *testing.T) {
			// goja has no for-await or async generators: lower them as the bundler does
			res := api.Transform("const tick = () => new Promise((r) => setTimeout(r, 0));\nreturn (async () => {"+tc.body+"\n})();", api.TransformOptions{
				Target:    api.ESNext,
				Supported: map[string]bool{"async-generator": false, "for-await": false},
				LogLevel:  api.LogLevelSilent,
			})
			if len(res.Errors) > 0 {
				t.Fatalf("esbuild: %v", res.Errors[0].Text)
			}
			got, err := jstest.Eval(t, r, string(res.Code))
			var s string
			if err != nil {
				s = "REJECTED " + err.Error()
			} else {
				s = toString(got)
			}
			if s != tc.want {
				t.Errorf("got  %q\nwant %q", s, tc.want)
			}
			mu.Lock()
			defer mu.Unlock()
			if len(unhandled) > 0 {
				t.Errorf("unhandled rejections: %s", strings.Join(unhandled, "; "))
				unhandled = nil
			}
		})
	}
	_ = jsrt.Errorf
}
