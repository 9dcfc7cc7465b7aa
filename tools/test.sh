#!/bin/sh
# npm test: type-check and the jest suite side by side (the type-check needs one core for ~3 s, jest's
# global setup runs on one core meanwhile); fails when either fails.
cd "$(dirname "$0")/.."
mkdir -p .build
node_modules/.bin/tsc -p . > .build/typecheck.log 2>&1 &
typecheck=$!
node_modules/.bin/jest "$@"
tests=$?
wait "$typecheck"
checked=$?
cat .build/typecheck.log
[ "$checked" -ne 0 ] && echo "type-check failed" >&2
[ "$tests" -eq 0 ] && [ "$checked" -eq 0 ]
