// Command gohello is the hello-world of bench/run.sh written directly on
// Go's net/http, with no JavaScript: the ceiling of any server built on
// net/http (the gateway is), measured beside Edgeplay and Deno.
package main

import (
	"flag"
	"log"
	"net/http"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:54393", "listen address")
	flag.Parse()
	body := []byte("Hello, world!")
	log.Fatal(http.ListenAndServe(*addr, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain;charset=UTF-8")
		w.Write(body)
	})))
}
