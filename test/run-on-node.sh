#!/usr/bin/env bash
# Runs jnode's own JS tests on real Node 26, to prove that the tests themselves are right.
# Usage: test/run-on-node.sh [FILE...]   (default: every test/js/test-*.js)
# Each file runs from the repository root as `node FILE`; exit status 0 is a pass. Prints
# PASS/FAIL per file (with the tail of the output of failures) and finally "N passed, N failed";
# exits non-zero when any test fails. Node 26 is $NODE26, or the copy cached by bin/lib/node26.sh.
# TIMEOUT (seconds per test, default 60) bounds each run when `timeout` is available.
set -uo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=../bin/lib/node26.sh
source "$ROOT/bin/lib/node26.sh"
NODE="$(find_node26)" || { echo "run-on-node: Node 26 is needed" >&2; exit 2; }
cd "$ROOT"

files=()
if (($#)); then
  files=("$@")
else
  shopt -s nullglob
  files=(test/js/test-*.js)
  shopt -u nullglob
fi
((${#files[@]})) || { echo "run-on-node: no tests found" >&2; exit 2; }

TIMEOUT="${TIMEOUT:-60}"
runner=()
command -v timeout >/dev/null 2>&1 && runner=(timeout -k 5 "$TIMEOUT")

echo "node: $NODE ($("$NODE" --version))"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
passed=0 failed=0
for f in "${files[@]}"; do
  if [[ ! -f "$f" ]]; then
    echo "FAIL $f (no such file)"; failed=$((failed + 1)); continue
  fi
  if "${runner[@]}" "$NODE" "$f" >"$out" 2>&1 </dev/null; then
    echo "PASS $f"; passed=$((passed + 1))
  else
    status=$?
    reason="exit $status"
    ((status == 124)) && reason="timed out after ${TIMEOUT}s"
    echo "FAIL $f ($reason)"
    tail -n 15 "$out" | sed 's/^/    /'
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
((failed == 0))
