#!/usr/bin/env bash
# Refresh axe-core (accessibility rules injected into pages by the browser tests) from the npm registry.
# The files it writes are committed; the tests need no network.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
AXE=4.14.1
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
npm pack --silent "axe-core@$AXE" >/dev/null
tar -xzf "axe-core-$AXE.tgz"
rm -rf "$HERE/axe-core"
mkdir -p "$HERE/axe-core"
cp package/axe.min.js package/LICENSE package/LICENSE-3RD-PARTY.txt "$HERE/axe-core/"
echo "vendored axe-core $AXE into $HERE/axe-core"
