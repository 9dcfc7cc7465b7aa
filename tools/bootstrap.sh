#!/bin/sh
# npm run bootstrap: the one operator command from an empty subscription (README, "From an empty
# subscription"). Synthesizes, applies the platform stack from this machine, creates each environment's
# empty encrypted state (the pipeline's read-only plan identity cannot create a state blob), and prints
# the gh commands that set the repository variables. Needs: tofu 1.11+, az logged in as an operator
# listed in state.operatorObjectIds, and TF_VAR_github_runner_token (the runners' registration token).
set -eu
cd "$(dirname "$0")/.."
: "${TF_VAR_github_runner_token:?export TF_VAR_github_runner_token (a fine-grained token: the repository's Administration read/write); it goes to Key Vault write-only}"
export CHECKPOINT_DISABLE=1 ARM_USE_AZUREAD=true
npm run --silent synth
tofu -chdir=cdktf.out/stacks/platform init -input=false
tofu -chdir=cdktf.out/stacks/platform apply -input=false
for dir in cdktf.out/stacks/*/; do
  stack=$(basename "$dir")
  [ "$stack" = platform ] && continue
  tofu -chdir="$dir" init -input=false
  # Reading the state creates it when missing (locked, encrypted). The operator's blob grant was made by
  # the apply above and can take up to 10 minutes to reach the storage data plane: retry until then.
  tries=0
  until tofu -chdir="$dir" state list >/dev/null; do
    tries=$((tries + 1))
    [ "$tries" -ge 20 ] && { echo "bootstrap: cannot create the state of $stack (see the error above)" >&2; exit 1; }
    sleep 30
  done
  echo "bootstrap: state of $stack ready"
done
echo "bootstrap: run these once (GitHub CLI, repository admin) to set the workflows' variables:"
npm run --silent platform:vars
