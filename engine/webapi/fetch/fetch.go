// Package fetch installs Headers, Request, Response, Blob, File, FormData
// and fetch, and bridges Go's HTTP types to them for the worker
// (NewRequest for an incoming request, ResponseFromJS for the handler's
// answer).
//
// The classes are JS (fetch.js) — their behaviour is mostly validation
// and bookkeeping — while everything that moves bytes is Go: fetch runs on
// Go's http.Client (streaming request bodies from a ReadableStream through
// streams.ToReader, response bodies through streams.FromReader), multipart
// parsing is mime/multipart, and a body made of bytes (a string, a buffer,
// a Blob, a form) crosses to Go as bytes without a stream.
//
// An incoming request's body and a fetched response's body stay in Go
// (gobody.go) until the code asks for them: text()/json()/arrayBuffer()
// read them in one native call, .body makes a stream only then, and a body
// sent on untouched (a proxied response, fetch(req)) goes from Go to Go.
//
// Blob parts are in-memory byte views (slice never copies), or parts of a
// spill file for large blobs (spill.go).
package fetch

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/rand"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/streams"
)

// Options configure fetch for one runtime.
type Options struct {
	Client  *http.Client
	OnFetch func(FetchInfo)
	// SpillDir holds the files of Blobs too big for memory (see
	// spill.go); "" is the system temp folder.
	SpillDir string
	// MemoryPressure reports whether the worker is near its memory
	// limit: Blobs then spill to disk from 64 KB instead of 8 MB.
	MemoryPressure func() bool
}

// FetchInfo describes one finished (or failed) fetch.
type FetchInfo struct {
	Method, URL string
	Status      int
	Duration    time.Duration
	Err         error
}

//go:embed fetch.js
var fetchJS string

var script = jsrt.NewScript("edgeplay:fetch", fetchJS)

type hooks struct {
	newRequest, abortRequest, inspectResponse goja.Callable
	inspectValue                              goja.Value // inspectResponse itself
	f                                         *fetcher   // holds what inspectResponse handed over
}

// hooksOf finds the hooks Install left in r.
func hooksOf(r *jsrt.Runtime) (*hooks, error) {
	h, ok := r.Internal(hooksKey).(*hooks)
	if !ok {
		return nil, errors.New("fetch: not installed")
	}
	return h, nil
}

const hooksKey = "fetch.hooks"

// maxMultipart bounds formData() parsing of one body.
const maxMultipart = 256 << 20

var errFormTooLarge = fmt.Errorf("form data is over %d MB", maxMultipart>>20)

// Install returns the installer.
func Install(opts Options) jsrt.Installer {
	return func(r *jsrt.Runtime) error {
		if opts.Client == nil {
			opts.Client = http.DefaultClient
		}
		f := &fetcher{r: r, opts: opts, inflight: map[int64]*call{}, spills: newSpills(opts.SpillDir, r.Done())}
		v, err := script.Call(r, f.natives())
		if err != nil {
			return err
		}
		o := v.(*goja.Object)
		h := &hooks{f: f}
		h.newRequest, _ = goja.AssertFunction(o.Get("newRequest"))
		h.abortRequest, _ = goja.AssertFunction(o.Get("abortRequest"))
		h.inspectValue = o.Get("inspectResponse")
		h.inspectResponse, _ = goja.AssertFunction(h.inspectValue)
		r.SetInternal(hooksKey, h)
		return nil
	}
}

type fetcher struct {
	r    *jsrt.Runtime
	opts Options
	// inspected is what inspectResponse last handed to Go
	// (native.inspected): status, kind, body, stream, content type, flat
	// headers; read at once and cleared
	inspected []goja.Value
	mu        sync.Mutex
	next      int64
	inflight  map[int64]*call
	spills    *spills
}

// call is one fetch in flight.
type call struct {
	cancel context.CancelCauseFunc
	req    *http.Request
	start  time.Time
	method string
	url    string
}

func (f *fetcher) natives() map[string]any {
	r := f.r
	vm := r.VM()
	m := map[string]any{
		// a header value with its outer HTTP whitespace trimmed, or 1 if
		// it is no ByteString (a code unit over 0xFF; goja decodes a lone
		// surrogate to U+FFFD, over it too), or 2 if it holds CR, LF or NUL
		"headerValue": func(c goja.FunctionCall) goja.Value {
			v := c.Argument(0)
			s := v.String()
			t := strings.Trim(s, "\t\n\r ")
			for _, r := range t {
				if r > 0xFF {
					return vm.ToValue(1)
				}
			}
			if strings.ContainsAny(t, "\n\r\x00") {
				return vm.ToValue(2)
			}
			if len(t) == len(s) {
				return v
			}
			return vm.ToValue(t)
		},
		"inspected": func(c goja.FunctionCall) goja.Value {
			f.inspected = append(f.inspected[:0], c.Arguments...)
			return goja.Undefined()
		},
		// an incoming request's headers as one flat JS array (goja would
		// wrap a [][]string and reflect on every element read)
		"incomingHeaders": func(c goja.FunctionCall) goja.Value {
			in, ok := jsrt.HandleOf(c.Argument(0)).(*incomingHeaders)
			if !ok {
				return vm.NewArray()
			}
			return vm.NewArray(in.flat()...)
		},
		"randomHex": func(n int) string {
			b := make([]byte, n)
			_, _ = rand.Read(b)
			return hex.EncodeToString(b)
		},
		"start": func(o *goja.Object) int64 {
			return f.start(o)
		},
		"abort": func(id int64, reason goja.Value) {
			f.mu.Lock()
			c := f.inflight[id]
			f.mu.Unlock()
			if c != nil {
				c.cancel(errAborted)
			}
		},
		"response": func(id int64) goja.Value {
			f.mu.Lock()
			c := f.inflight[id]
			f.mu.Unlock()
			if c == nil {
				r.ThrowTypeError("unknown fetch %d", id)
			}
			p, resolve, reject := vm.NewPromise()
			deliver := r.Ref() // on the loop: it captures the async context
			go f.run(id, c, deliver, resolve, reject)
			return vm.ToValue(p)
		},
	}
	f.spillNatives(m)
	f.goBodyNatives(m)
	return m
}

var errAborted = errors.New("aborted")

var errRedirectMode = errors.New("redirect mode is error")

// start builds the Go request on the loop (the body stream must be
// wrapped here) and registers the call.
func (f *fetcher) start(o *goja.Object) int64 {
	r := f.r
	method := o.Get("method").String()
	url := o.Get("url").String()
	var body io.ReadCloser
	var length int64 = -1
	if bv := o.Get("body"); bv != nil && !goja.IsNull(bv) && !goja.IsUndefined(bv) {
		if b, ok := r.Bytes(bv); ok {
			// the body's own bytes (copied when the Request was made; no
			// JS code holds them): read in place
			body = io.NopCloser(bytes.NewReader(b))
			length = int64(len(b))
		} else if gb := goBodyIn(bv); gb != nil {
			body, length = gb.take(r), gb.size // a forwarded body, straight from Go
		} else if parts := partsOf(bv); parts != nil {
			rd, n, err := partsReader(r, parts)
			if err != nil {
				r.Throw(err)
			}
			body, length = io.NopCloser(rd), n
		} else if streams.IsReadableStream(r, bv) {
			rd, err := streams.ToReader(r, bv.(*goja.Object))
			if err != nil {
				r.Throw(err)
			}
			body = rd
		}
	}
	ctx, cancel := context.WithCancelCause(context.Background())
	req, err := http.NewRequestWithContext(ctx, method, url, body)
	if err != nil {
		cancel(err)
		r.ThrowTypeError("error sending request for url (%s): %v", url, err)
	}
	if body != nil {
		req.ContentLength = length
		if length == 0 {
			req.Body = http.NoBody
		}
	}
	addFlat(req.Header, o.Get("headers"))
	// Deno's defaults. Setting Accept-Encoding ourselves turns off Go's
	// transparent gzip, which would also drop Content-Encoding and
	// Content-Length; Deno decodes gzip but keeps both headers (run).
	if req.Header.Get("Accept") == "" {
		req.Header.Set("Accept", "*/*")
	}
	if req.Header.Get("Accept-Language") == "" {
		req.Header.Set("Accept-Language", "*")
	}
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", "Deno/2.1.4")
	}
	if req.Header.Get("Accept-Encoding") == "" {
		if req.Header.Get("Range") != "" {
			req.Header.Set("Accept-Encoding", "identity")
		} else {
			req.Header.Set("Accept-Encoding", "gzip")
		}
	}
	redirect := o.Get("redirect").String()
	f.mu.Lock()
	f.next++
	id := f.next
	f.inflight[id] = &call{cancel: cancel, req: req, start: time.Now(), method: method, url: url}
	f.mu.Unlock()
	f.inflight[id].req = req.WithContext(context.WithValue(ctx, redirectKey{}, redirect))
	return id
}

func vm(r *jsrt.Runtime) *goja.Runtime { return r.VM() }

// partsOf returns a {parts} body's Blob parts, or nil.
func partsOf(v goja.Value) goja.Value {
	if o, ok := v.(*goja.Object); ok {
		return o.Get("parts")
	}
	return nil
}

type redirectKey struct{}

// run performs the request off the loop and settles the promise on it.
func (f *fetcher) run(id int64, c *call, deliver func(jsrt.Task), resolve, reject func(any) error) {
	r := f.r
	client := *f.opts.Client
	mode, _ := c.req.Context().Value(redirectKey{}).(string)
	redirected := false
	client.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		switch mode {
		case "manual":
			return http.ErrUseLastResponse
		case "error":
			return errRedirectMode
		}
		if len(via) >= 20 {
			return errors.New("too many redirects")
		}
		redirected = true
		return nil
	}
	resp, err := client.Do(c.req)
	// The call stays in flight (abortable) until its body is closed.
	forget := func() {
		f.mu.Lock()
		delete(f.inflight, id)
		f.mu.Unlock()
	}
	finish := func(status int, err error) {
		if err != nil {
			forget()
		}
		if f.opts.OnFetch != nil {
			f.opts.OnFetch(FetchInfo{Method: c.method, URL: c.url, Status: status, Duration: time.Since(c.start), Err: err})
		}
	}
	if err != nil {
		aborted := errors.Is(context.Cause(c.req.Context()), errAborted)
		deliver(func() error {
			finish(0, err)
			if aborted {
				return reject(r.ErrorValue(jsrt.Errorf("DOMException:AbortError", "The signal has been aborted")))
			}
			if errors.Is(err, errRedirectMode) {
				return reject(r.ErrorValue(jsrt.TypeErrorf("Fetch failed: Encountered redirect while redirect mode is set to 'error'")))
			}
			return reject(r.ErrorValue(jsrt.TypeErrorf("error sending request for url (%s): %s", c.url, cleanErr(err))))
		})
		return
	}
	deliver(func() error {
		vm := r.VM()
		status := resp.StatusCode
		finish(status, nil)
		out := map[string]any{
			"status": status, "statusText": strings.TrimSpace(strings.TrimPrefix(resp.Status, fmt.Sprint(status))),
			"headers": vm.NewArray(flatHeader(resp.Header, 0)...), "url": resp.Request.URL.String(), "redirected": redirected,
		}
		if resp.Body == nil || resp.Body == http.NoBody || c.method == http.MethodHead || status == 204 || status == 304 {
			if resp.Body != nil {
				resp.Body.Close()
			}
			c.cancel(nil)
			forget()
			out["body"] = goja.Null()
			out["done"] = vm.ToValue(resolvedPromise(vm))
			return resolve(vm.ToValue(out))
		}
		var rc io.ReadCloser = resp.Body
		if isGzip(resp) {
			rc = &gunzipBody{rc: resp.Body}
		}
		body := &abortableBody{rc: rc, ctx: c.req.Context(), cancel: c.cancel}
		size := resp.ContentLength
		if rc != resp.Body {
			size = -1 // decoded: the length is not the header's
		}
		donePromise, doneResolve, _ := vm.NewPromise()
		body.onClose = func() {
			forget()
			r.Enqueue(func() error { return doneResolve(nil) })
		}
		out["body"] = newGoBody(body, size)
		out["done"] = donePromise
		return resolve(vm.ToValue(out))
	})
}

func resolvedPromise(vm *goja.Runtime) *goja.Promise {
	p, resolve, _ := vm.NewPromise()
	_ = resolve(nil)
	return p
}

// abortableBody turns an abort during the body into a clear error.
type abortableBody struct {
	rc      io.ReadCloser
	ctx     context.Context
	cancel  context.CancelCauseFunc
	once    sync.Once
	onClose func()
}

func (a *abortableBody) Read(p []byte) (int, error) {
	n, err := a.rc.Read(p)
	if err != nil && err != io.EOF && errors.Is(context.Cause(a.ctx), errAborted) {
		return n, jsrt.Errorf("DOMException:AbortError", "The signal has been aborted")
	}
	return n, err
}

func (a *abortableBody) Close() error {
	err := a.rc.Close()
	a.once.Do(func() {
		a.cancel(nil)
		if a.onClose != nil {
			a.onClose()
		}
	})
	return err
}

// isGzip reports whether Deno would decode resp's body: it is gzip and
// the request asked for no range.
func isGzip(resp *http.Response) bool {
	ce := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	return (ce == "gzip" || ce == "x-gzip") && resp.Request.Header.Get("Range") == ""
}

// gunzipBody decodes gzip lazily: gzip.NewReader reads the header, which
// must happen on the body's reading goroutine, not on the loop.
type gunzipBody struct {
	rc io.ReadCloser
	zr *gzip.Reader
}

func (g *gunzipBody) Read(p []byte) (int, error) {
	if g.zr == nil {
		zr, err := gzip.NewReader(g.rc)
		if err != nil {
			return 0, fmt.Errorf("decoding gzip response body: %w", err)
		}
		g.zr = zr
	}
	n, err := g.zr.Read(p)
	if err != nil && err != io.EOF {
		err = fmt.Errorf("decoding gzip response body: %w", err)
	}
	return n, err
}

func (g *gunzipBody) Close() error { return g.rc.Close() }

// toByteString turns header bytes into the JS ByteString Deno shows: one
// char per byte (Go would decode them as UTF-8).
func toByteString(v string) string {
	for i := 0; i < len(v); i++ {
		if v[i] >= 0x80 {
			rs := make([]rune, len(v))
			for j := 0; j < len(v); j++ {
				rs[j] = rune(v[j])
			}
			return string(rs)
		}
	}
	return v
}

// fromByteString is toByteString's inverse for header values leaving JS:
// chars 0x80–0xFF become single bytes.
func fromByteString(v string) string {
	for i := 0; i < len(v); i++ {
		if v[i] >= 0x80 {
			b := make([]byte, 0, len(v))
			for _, r := range v {
				if r > 0xff {
					r = '?' // not a ByteString; Headers refuses these
				}
				b = append(b, byte(r))
			}
			return string(b)
		}
	}
	return v
}

func cleanErr(err error) string {
	var ue interface{ Unwrap() error }
	if errors.As(err, &ue) {
		if inner := ue.Unwrap(); inner != nil {
			return inner.Error()
		}
	}
	return err.Error()
}

// --- the worker's bridge ---

// NewRequest makes the JS Request a handler receives for an incoming Go
// request. url is what req.url reads. abort, safe from any goroutine and
// idempotent, aborts its signal: the worker calls it when the client
// disconnects before the response is written (watching the request's
// context itself, which it does anyway: no context.AfterFunc per request).
// Loop goroutine only.
func NewRequest(r *jsrt.Runtime, req *http.Request, url string) (jsReq *goja.Object, abort func(), err error) {
	h, err := hooksOf(r)
	if err != nil {
		return nil, nil, err
	}
	vm := r.VM()
	var body goja.Value = goja.Null()
	if req.Body != nil && req.Body != http.NoBody && req.Method != http.MethodGet && req.Method != http.MethodHead {
		body = vm.ToValue(newGoBody(req.Body, req.ContentLength))
	}
	// the header list is made only if the handler reads req.headers
	pairs := r.Handle(&incomingHeaders{header: req.Header, host: req.Host})
	v, err := h.newRequest(goja.Undefined(), vm.ToValue(url), vm.ToValue(req.Method), pairs, body)
	if err != nil {
		return nil, nil, err
	}
	o := v.(*goja.Object)
	// (idempotent as the signal's abort is: a second does nothing)
	abort = func() {
		r.Enqueue(func() error { _, err := h.abortRequest(goja.Undefined(), o); return err })
	}
	return o, abort, nil
}

// incomingHeaders holds an incoming request's headers until the handler
// reads req.headers (most never do); JS holds it as a jsrt.Handle.
type incomingHeaders struct {
	header http.Header
	host   string
}

// flat lists the headers as name, value, name, value, ... for Headers.
func (in *incomingHeaders) flat() []any {
	flat := flatHeader(in.header, 2)
	if in.host != "" && in.header.Get("Host") == "" {
		flat = append(flat, "host", in.host)
	}
	return flat
}

// flatHeader is h as the flat [name, value, ...] list JS's Headers read
// (Headers[kFlat]; names are lower-cased there), values as ByteStrings,
// with room for spare more.
func flatHeader(h http.Header, spare int) []any {
	flat := make([]any, 0, 2*len(h)+spare)
	for k, vs := range h {
		for _, v := range vs {
			flat = append(flat, k, toByteString(v))
		}
	}
	return flat
}

// addFlat adds JS's flat [name, value, ...] header list (flatHeaders) to h.
func addFlat(h http.Header, v goja.Value) {
	o, ok := v.(*goja.Object)
	if !ok {
		return
	}
	n := int(o.Get("length").ToInteger())
	for i := 0; i+1 < n; i += 2 {
		h.Add(o.Get(strconv.Itoa(i)).String(), fromByteString(o.Get(strconv.Itoa(i+1)).String()))
	}
}

// GoResponse is a handler's Response, ready for net/http.
type GoResponse struct {
	Status int
	Header http.Header
	Body   io.ReadCloser // nil for no body
	Size   int64         // -1 if unknown
}

// ResponseFromJS converts what a handler returned. Loop goroutine only.
func ResponseFromJS(r *jsrt.Runtime, v goja.Value) (*GoResponse, error) {
	h, err := hooksOf(r)
	if err != nil {
		return nil, err
	}
	isResponse, err := h.inspectResponse(goja.Undefined(), v)
	if err != nil {
		return nil, err
	}
	if !isResponse.ToBoolean() {
		return nil, jsrt.TypeErrorf("Return value from serve handler must be a response or a promise resolving to a response (got %s)", describe(v))
	}
	return takeInspected(r, h)
}

// InspectFunc is the JS function that hands a Response to Go: (v) =>
// true, or false if v is no Response; it throws what ResponseFromJS
// would report. A caller in JS that used it takes the result with
// Inspected. Loop goroutine only.
func InspectFunc(r *jsrt.Runtime) goja.Value {
	if h, err := hooksOf(r); err == nil {
		return h.inspectValue
	}
	return goja.Undefined()
}

// Inspected is the Response InspectFunc last handed over, as
// ResponseFromJS would return it. Loop goroutine only.
func Inspected(r *jsrt.Runtime) (*GoResponse, error) {
	h, err := hooksOf(r)
	if err != nil {
		return nil, err
	}
	return takeInspected(r, h)
}

func takeInspected(r *jsrt.Runtime, h *hooks) (*GoResponse, error) {
	args := h.f.inspected
	if len(args) < 6 {
		return nil, errors.New("fetch: the response was not handed over")
	}
	// status, kind, body, stream, content type, flat headers
	status, kindV, body, stream, ctype, flatV := args[0], args[1], args[2], args[3], args[4], args[5]
	clear(args) // hold no body until the next response
	h.f.inspected = args[:0]
	out := &GoResponse{Status: int(status.ToInteger()), Header: make(http.Header, 1), Size: -1}
	if _, ok := flatV.(*goja.Object); ok {
		addFlat(out.Header, flatV)
	} else if !goja.IsNull(ctype) && !goja.IsUndefined(ctype) {
		out.Header["Content-Type"] = []string{fromByteString(ctype.String())}
	}
	kind := kindV.String()
	if kind == "none" {
		return out, nil
	}
	switch kind {
	case "text":
		b := []byte(body.String())
		out.Body = io.NopCloser(bytes.NewReader(b))
		out.Size = int64(len(b))
	case "bytes":
		// the body's own bytes (copied when the Response was made): in place
		b, _ := r.Bytes(body)
		out.Body = io.NopCloser(bytes.NewReader(b))
		out.Size = int64(len(b))
	case "parts":
		rd, n, err := partsReader(r, body)
		if err != nil {
			return nil, err
		}
		out.Body, out.Size = io.NopCloser(rd), n
	case "go":
		gb := goBodyOf(body)
		if gb == nil {
			return nil, errors.New("fetch: a Go body without its reader")
		}
		out.Body, out.Size = gb.take(r), gb.size
	case "stream":
		rd, err := streams.ToReader(r, stream.(*goja.Object))
		if err != nil {
			return nil, err
		}
		out.Body = rd
	}
	return out, nil
}

func describe(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if o, ok := v.(*goja.Object); ok {
		if c := o.Get("constructor"); c != nil {
			if co, ok := c.(*goja.Object); ok {
				if n := co.Get("name"); n != nil && n.String() != "" {
					return "an instance of " + n.String()
				}
			}
		}
		return "an object"
	}
	return fmt.Sprintf("%s %s", typeOf(v), v.String())
}

func typeOf(v goja.Value) string {
	switch v.Export().(type) {
	case string:
		return "string"
	case int64, float64:
		return "number"
	case bool:
		return "boolean"
	}
	return "value"
}
