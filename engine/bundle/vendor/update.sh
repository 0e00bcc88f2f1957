#!/usr/bin/env bash
# Regenerates the vendored modules of engine/bundle from pinned npm
# versions: npm install into a temp dir, bundle each entry to one ESM file
# with engine/internal/vendorjs (lowered for goja), keep the licenses.
# std-http-server.js is a hand-written shim and is not touched.
# The registry that maps specifiers to these files is Default() in
# ../registry.go: add a Module there for every file added here.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

HONO=4.9.8
SUPABASE=2.109.0
ZIPJS=2.24.0

(cd "$tmp" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
  "hono@$HONO" "@supabase/supabase-js@$SUPABASE" "@zip.js/zip.js@$ZIPJS")

rel="$(realpath --relative-to="$root" "$tmp")"
vendorjs() { # entry out banner
  (cd "$root" && go run ./engine/internal/vendorjs -entry "$tmp/node_modules/$1" -out "$here/$2" -banner "$3")
  # esbuild names each file by its path from the repo: drop the temp dir
  # so a regeneration only shows real changes.
  sed -i "s#$rel/node_modules/#node_modules/#g" "$here/$2"
}

vendorjs hono/dist/index.js hono.js "hono@$HONO (MIT), vendored by engine/bundle/vendor/update.sh"
vendorjs hono/dist/middleware/cors/index.js hono-cors.js "hono@$HONO/cors (MIT), vendored by engine/bundle/vendor/update.sh"
vendorjs @supabase/supabase-js/dist/index.mjs supabase-js.js "@supabase/supabase-js@$SUPABASE (MIT), vendored by engine/bundle/vendor/update.sh"
# The native build: no Web Workers, no bundled codecs (inflates through
# the runtime's DecompressionStream).
vendorjs @zip.js/zip.js/index-native.js zipjs.js "@zip.js/zip.js@$ZIPJS index-native (BSD-3-Clause), vendored by engine/bundle/vendor/update.sh"

# zip.js computes CRC-32 in a JS table loop; the compression package
# provides it in Go under Symbol.for("edgeplay.crc32"). Patch Crc32.append
# to use it when present (same state, same result), and fail loudly if
# zip.js changed shape.
perl -0pi -e 's/(      append\(data\) \{\n)(        let crc = this\.crc \| 0;)/$1        const nativeCrc = globalThis[Symbol.for("edgeplay.crc32")];\n        if (nativeCrc) {\n          this.crc = nativeCrc(this.crc | 0, data);\n          return;\n        }\n$2/' "$here/zipjs.js"
grep -q 'edgeplay.crc32' "$here/zipjs.js" || { echo "update.sh: zip.js Crc32.append not found; update the CRC patch" >&2; exit 1; }

cp "$tmp/node_modules/hono/LICENSE" "$here/LICENSE.hono"
cp "$tmp/node_modules/@supabase/supabase-js/LICENSE" "$here/LICENSE.supabase-js"
cp "$tmp/node_modules/@zip.js/zip.js/LICENSE" "$here/LICENSE.zipjs"
ls -l "$here"
