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
"$root/node_modules/.bin/esbuild" "$root/$entry" --bundle --platform=node --target=node20 --packages=external \
  --sourcemap --outfile="$out" --log-level=warning
exec node "$out" "$@"
