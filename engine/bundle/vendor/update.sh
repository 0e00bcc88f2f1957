#!/usr/bin/env bash
# Regenerates the vendored modules from pinned npm versions: npm install
# into a temp dir, then bundle each entry with engine/internal/vendorjs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund hono@4.9.8 @supabase/supabase-js@2.109.0 @zip.js/zip.js@2.24.0)
cp "$tmp/node_modules/hono/LICENSE" "$here/LICENSE.hono"
vendorjs() { (cd "$root" && go run ./engine/internal/vendorjs "$@"); }
vendorjs -entry "$tmp/node_modules/hono/dist/index.js" -out "$here/hono.js" -banner "hono@4.9.8 (MIT), vendored by engine/bundle/vendor/update.sh"
vendorjs -entry "$tmp/node_modules/hono/dist/middleware/cors/index.js" -out "$here/hono-cors.js" -banner "hono@4.9.8/cors (MIT), vendored by engine/bundle/vendor/update.sh"
vendorjs -entry "$tmp/node_modules/@supabase/supabase-js/dist/index.mjs" -out "$here/supabase-js.js" -banner "@supabase/supabase-js@2.109.0 (MIT), vendored by engine/bundle/vendor/update.sh"
vendorjs -entry "$tmp/node_modules/@zip.js/zip.js/index-native.js" -out "$here/zipjs.js" -banner "@zip.js/zip.js@2.24.0 index-native (BSD-3-Clause), vendored by engine/bundle/vendor/update.sh"
cp "$tmp/node_modules/@supabase/supabase-js/LICENSE" "$here/LICENSE.supabase-js"
cp "$tmp/node_modules/@zip.js/zip.js/LICENSE" "$here/LICENSE.zipjs"
