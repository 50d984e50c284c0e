#!/usr/bin/env bash
# Builds FerretDB 1.24.2 (from the Go module proxy) through the wrapper in this folder, with
# the patches in patches/ applied, and prints the path of the binary. Cached by content hash.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
here="$INFRA_DIR/ferretdb"
key=$(content_hash "$here/go.mod" "$here/go.sum" "$here/main.go" "$here"/patches/*.patch)
bin="$NITHET_CACHE/ferretdb/nithet-ferretdb-$key"
if [[ -x "$bin" ]]; then echo "$bin"; exit 0; fi

command -v go >/dev/null || { log "Go is required to build FerretDB (https://go.dev/dl/)"; exit 1; }
log "building FerretDB 1.24.2 (patched, first run only; takes a few minutes)"
work="$NITHET_CACHE/ferretdb/build-$key"
rm -rf "$work" && mkdir -p "$work/wrapper"
cp "$here/go.mod" "$here/go.sum" "$here/main.go" "$work/wrapper/"
src=$(cd "$work/wrapper" && go mod download -json github.com/FerretDB/FerretDB@v1.24.2 | python3 -c 'import json,sys; print(json.load(sys.stdin)["Dir"])')
cp -r "$src" "$work/ferretdb-src" && chmod -R u+w "$work/ferretdb-src"
for p in "$here"/patches/*.patch; do
  patch -s -p1 -d "$work/ferretdb-src" < "$p"
done
(cd "$work/wrapper" && go mod edit -replace github.com/FerretDB/FerretDB=../ferretdb-src \
  && CGO_ENABLED=0 go build -trimpath -o "$bin.tmp" .)
mv "$bin.tmp" "$bin" && rm -rf "$work"
echo "$bin"
