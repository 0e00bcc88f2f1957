#!/usr/bin/env bash
# Regenerates polyfill.js from the pinned web-streams-polyfill release.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund web-streams-polyfill@4.3.0)
cat > "$tmp/entry.js" <<'JS'
export { ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamDefaultController,
  ReadableByteStreamController, ReadableStreamBYOBRequest, WritableStream, WritableStreamDefaultWriter,
  WritableStreamDefaultController, TransformStream, TransformStreamDefaultController, ByteLengthQueuingStrategy,
  CountQueuingStrategy } from "web-streams-polyfill";
JS
cp "$tmp/node_modules/web-streams-polyfill/LICENSE" "$here/LICENSE.web-streams-polyfill"
(cd "$root" && go run ./engine/internal/vendorjs -entry "$tmp/entry.js" -out "$here/polyfill.js" -format iife \
  -global __edgeplayStreams -banner "web-streams-polyfill@4.3.0 (MIT), vendored by engine/webapi/streams/update.sh")
