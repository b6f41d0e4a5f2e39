#!/usr/bin/env bash
# Refresh the vendored browser libraries from the npm registry (pinned versions; see README.md here).
# Only needed to upgrade: the files it writes are committed, and serving the page needs no build step.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
CYTOSCAPE=3.35.0
CODEMIRROR=5.65.21
SWAGGER=5.35.0
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cd "$TMP"
npm pack --silent "cytoscape@$CYTOSCAPE" "codemirror@$CODEMIRROR" "swagger-ui-dist@$SWAGGER" >/dev/null
mkdir cy cm
tar -xzf "cytoscape-$CYTOSCAPE.tgz" -C cy
tar -xzf "codemirror-$CODEMIRROR.tgz" -C cm
rm -rf "$HERE/cytoscape" "$HERE/codemirror"
mkdir -p "$HERE/cytoscape" "$HERE/codemirror"
cp cy/package/dist/cytoscape.min.js cy/package/LICENSE "$HERE/cytoscape/"
cp cm/package/lib/codemirror.js cm/package/lib/codemirror.css cm/package/mode/sparql/sparql.js \
   cm/package/LICENSE "$HERE/codemirror/"
mkdir -p sw && tar -xzf "swagger-ui-dist-$SWAGGER.tgz" -C sw
rm -rf "$HERE/swagger-ui" && mkdir -p "$HERE/swagger-ui"
cp sw/package/swagger-ui-bundle.js sw/package/swagger-ui.css sw/package/LICENSE "$HERE/swagger-ui/"
echo "vendored swagger-ui-dist $SWAGGER"
echo "vendored cytoscape $CYTOSCAPE and codemirror $CODEMIRROR into $HERE"
