#!/bin/sh
# Runs a TypeScript entry point of the project: bundles it and the project files it imports with esbuild
# (packages stay in node_modules), then runs the bundle with plain node. Loading one bundle instead of
# ~200 TypeScript files through a transpiling hook halves the time a synthesis takes.
# Usage: sh tools/run-ts.sh <entry.ts> [args...]. ESTATE_BUILD_DIR (a directory inside the project, so
# the bundle finds node_modules) keeps concurrent runs' bundles apart.
set -e
root="$(cd "$(dirname "$0")/.." && pwd)"
entry="$1"
shift
# Named after the entry's path: tools/graph/cli.ts -> tools-graph-cli.js, so CLIs never share a bundle.
out="${ESTATE_BUILD_DIR:-$root/.build}/$(echo "$entry" | sed 's/\.ts$//; s|/|-|g').js"
# Rebundled only when a project source, the lock file or this script is newer than the bundle (a make-style
# check: a find over the sources takes ~10 ms, the bundle ~90 ms).
stale=yes
if [ -f "$out" ]; then
  stale=$(find "$root/main.ts" "$root/package-lock.json" "$root/tools/run-ts.sh" "$root/stacks" "$root/constructs" "$root/backends" \
    "$root/policy" "$root/tools" "$root/.gen" -newer "$out" \( -name '*.ts' -o -name '*.json' -o -name '*.sh' \) -print -quit 2>/dev/null)
fi
if [ -n "$stale" ]; then
  "$root/node_modules/.bin/esbuild" "$root/$entry" --bundle --platform=node --target=node20 --packages=external \
    --sourcemap --outfile="$out" --log-level=warning
fi
exec node "$out" "$@"
