// Command vendorjs bundles one npm entry point into a single JS file for
// embedding (used by the vendor update scripts; never at run time).
//
//	vendorjs -entry node_modules/x/index.js -out file.js [-format esm|iife] [-global NAME] [-banner TEXT]
//
// Output is lowered for goja (no async generators, for-await, logical
// assignment, class fields) so the embedded file runs as is.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/evanw/esbuild/pkg/api"
)

func main() {
	entry := flag.String("entry", "", "entry file")
	out := flag.String("out", "", "output file")
	format := flag.String("format", "esm", "esm or iife")
	global := flag.String("global", "", "global name for iife")
	banner := flag.String("banner", "", "comment placed first")
	flag.Parse()
	if *entry == "" || *out == "" {
		flag.Usage()
		os.Exit(2)
	}
	f := api.FormatESModule
	if *format == "iife" {
		f = api.FormatIIFE
	}
	res := api.Build(api.BuildOptions{
		EntryPoints: []string{*entry},
		Bundle:      true,
		Format:      f,
		GlobalName:  *global,
		Platform:    api.PlatformBrowser,
		Target:      api.ESNext,
		Supported: map[string]bool{
			"async-generator": false, "for-await": false, "logical-assignment": false,
			"class-field": false, "class-static-field": false, "using": false, "decorators": false,
		},
		MainFields:    []string{"browser", "module", "main"},
		LegalComments: api.LegalCommentsEndOfFile,
		Banner:        map[string]string{"js": "// " + *banner},
		Write:         false,
	})
	if len(res.Errors) > 0 {
		fmt.Fprintln(os.Stderr, "vendorjs:", res.Errors[0].Text)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, res.OutputFiles[0].Contents, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "vendorjs:", err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d bytes\n", *out, len(res.OutputFiles[0].Contents))
}
