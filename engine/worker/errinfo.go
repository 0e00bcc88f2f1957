package worker

import (
	"regexp"
	"strings"

	"github.com/dop251/goja"

	"github.com/edgeplay/edgeplay/engine/jsrt"
	"github.com/edgeplay/edgeplay/engine/webapi/console"
)

// ErrorInfo is a thrown value made readable for events and error bodies.
type ErrorInfo struct {
	Message  string // "TypeError: boom", or the inspected value
	Stack    string
	Location string // first user frame, "fn/file.ts:line:col"
}

// frameRe matches "file:line:col" in a goja stack line ("at f (hello/index.ts:3:9(12))").
var frameRe = regexp.MustCompile(`([^\s()]+):(\d+):(\d+)`)

// ErrorInfoOf describes a thrown value. Loop goroutine only.
func ErrorInfoOf(r *jsrt.Runtime, v goja.Value) ErrorInfo {
	if v == nil {
		return ErrorInfo{Message: "undefined"}
	}
	obj, isObj := v.(*goja.Object)
	if !isObj {
		return ErrorInfo{Message: console.Inspect(r, v)}
	}
	var info ErrorInfo
	name, msg := obj.Get("name"), obj.Get("message")
	if msg != nil && !goja.IsUndefined(msg) {
		n := "Error"
		if name != nil && !goja.IsUndefined(name) {
			n = name.String()
		}
		info.Message = n + ": " + msg.String()
	} else {
		info.Message = console.Inspect(r, v)
	}
	if s := obj.Get("stack"); s != nil && !goja.IsUndefined(s) {
		info.Stack = s.String()
		info.Location = UserLocation(info.Stack)
	}
	return info
}

// UserLocation returns the first stack position in the user's code
// (skipping Edgeplay's own scripts and vendored modules).
func UserLocation(stack string) string {
	for _, line := range strings.Split(stack, "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "at ") {
			continue
		}
		m := frameRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		file := m[1]
		if strings.HasPrefix(file, "edgeplay:") || strings.HasPrefix(file, "vendor:") || strings.HasPrefix(file, "native") {
			continue
		}
		return file + ":" + m[2] + ":" + m[3]
	}
	return ""
}
