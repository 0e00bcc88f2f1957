#!/usr/bin/env bash
# Installs real Deno from npm (pinned) into .tools/ and runs every
# engine/testdata case on Deno and on Edgeplay side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
DENO_VERSION=2.9.6
tools=.tools/deno-$DENO_VERSION
if [ ! -x "$tools/node_modules/.bin/deno" ]; then
  command -v npm >/dev/null || { echo "npm is required to install Deno for the compat check" >&2; exit 1; }
  mkdir -p "$tools"
  (cd "$tools" && npm install --silent --no-audit --no-fund "deno@$DENO_VERSION" >/dev/null)
fi
export EDGEPLAY_DENO="$PWD/$tools/node_modules/.bin/deno"
"$EDGEPLAY_DENO" --version | head -1
go test -count=1 -run 'TestDeno' ./engine/ "$@"
