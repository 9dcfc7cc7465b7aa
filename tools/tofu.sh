#!/bin/sh
# Runs OpenTofu in a synthesized stack's directory: sh tools/tofu.sh <stack> <tofu arguments...>
# (npm run tofu -- dev plan -out dev.tfplan). Synthesize first (npm run synth).
set -e
root="$(cd "$(dirname "$0")/.." && pwd)"
stack="$1"
if [ -z "$stack" ] || [ ! -f "$root/cdktf.out/stacks/$stack/cdk.tf.json" ]; then
  echo "usage: npm run tofu -- <stack> <tofu arguments...>; no synthesized stack '${stack}' in cdktf.out/stacks (run npm run synth)" >&2
  exit 2
fi
shift
cd "$root/cdktf.out/stacks/$stack"
exec tofu "$@"
