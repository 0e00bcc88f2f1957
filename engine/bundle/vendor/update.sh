#!/usr/bin/env bash
# Regenerates the vendored modules from pinned npm versions: npm install
# into a temp dir, then bundle each entry with engine/internal/vendorjs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund hono@4.9.8)
cp "$tmp/node_modules/hono/LICENSE" "$here/LICENSE.hono"
vendorjs() { (cd "$root" && go run ./engine/internal/vendorjs "$@"); }
vendorjs -entry "$tmp/node_modules/hono/dist/index.js" -out "$here/hono.js" -banner "hono@4.9.8 (MIT), vendored by engine/bundle/vendor/update.sh"
vendorjs -entry "$tmp/node_modules/hono/dist/middleware/cors/index.js" -out "$here/hono-cors.js" -banner "hono@4.9.8/cors (MIT), vendored by engine/bundle/vendor/update.sh"
