#!/usr/bin/env bash
# Regenerates the vendored modules from pinned npm versions:
# npm install into a temp dir, then esbuild-bundle each entry (build/main.go).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund hono@4.9.8)
cp "$tmp/node_modules/hono/LICENSE" "$here/LICENSE.hono" 2>/dev/null || true
(cd "$here/../../.." && go run ./engine/bundle/vendor/build "$tmp/node_modules" "$here")
