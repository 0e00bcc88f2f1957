#!/bin/sh
# Regenerates urlpattern.js: kenchris/urlpattern-polyfill (MIT, the
# WICG URLPattern polyfill) bundled by esbuild for goja.
#
# goja silently mis-handles \p{...} property escapes, so the two
# identifier-character classes of the tokenizer are rewritten to explicit
# ranges (ASCII identifier characters plus every non-ASCII letter-ish code
# point, a superset of ID_Start/ID_Continue).
set -eu
VERSION=10.1.0
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/vendor-urlpattern.XXXXXX)
cd "$work"
npm init -y >/dev/null
npm i --no-audit --no-fund "urlpattern-polyfill@$VERSION" esbuild@0.28.2 >/dev/null
cat > entry.js <<'JS'
import { URLPattern } from "urlpattern-polyfill/urlpattern";
Object.defineProperty(globalThis, "URLPattern", { value: URLPattern, writable: true, configurable: true, enumerable: false });
JS
{
  echo "// urlpattern-polyfill $VERSION (https://github.com/kenchris/urlpattern-polyfill), bundled by update.sh."
  echo "/*"
  cat node_modules/urlpattern-polyfill/LICENSE
  echo "*/"
  npx esbuild entry.js --bundle --format=iife --target=es2020 --minify-whitespace --legal-comments=none |
    sed -e 's#\[\$_\\p{ID_Start}\]#[$_A-Za-z\\u00AA-\\uFFFF]#g' \
        -e 's#\[\$_\\u200C\\u200D\\p{ID_Continue}\]#[$_0-9A-Za-z\\u00AA-\\uFFFF]#g'
} > "$here/urlpattern.js"
if grep -q '\\p{' "$here/urlpattern.js"; then echo "update.sh: a \\p{} escape is left in urlpattern.js" >&2; exit 1; fi
rm -rf "$work"
