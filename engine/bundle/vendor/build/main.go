// Command build bundles vendored npm packages into the single ESM files the
// registry embeds (run by ../update.sh after `npm install` of the pinned
// versions). Usage: build NODE_MODULES OUTDIR
package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/evanw/esbuild/pkg/api"
)

// entries maps an output file to its entry inside node_modules.
var entries = map[string]string{
	"hono.js":      "hono/dist/index.js",
	"hono-cors.js": "hono/dist/middleware/cors/index.js",
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: build NODE_MODULES OUTDIR")
		os.Exit(2)
	}
	nm, out := os.Args[1], os.Args[2]
	for file, entry := range entries {
		res := api.Build(api.BuildOptions{
			EntryPoints:   []string{filepath.Join(nm, entry)},
			Bundle:        true,
			Format:        api.FormatESModule,
			Platform:      api.PlatformBrowser,
			Target:        api.ES2022,
			MainFields:    []string{"browser", "module", "main"},
			LegalComments: api.LegalCommentsEndOfFile,
			Write:         false,
			Banner:        map[string]string{"js": "// Vendored by engine/bundle/vendor/update.sh from npm: " + entry + " (MIT license, see the package)."},
		})
		if len(res.Errors) > 0 {
			fmt.Fprintln(os.Stderr, res.Errors[0].Text)
			os.Exit(1)
		}
		if err := os.WriteFile(filepath.Join(out, file), res.OutputFiles[0].Contents, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%s: %d bytes\n", file, len(res.OutputFiles[0].Contents))
	}
}
