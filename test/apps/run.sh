#!/usr/bin/env bash
# Runs real npm applications unmodified under jnode. Each folder of test/apps that has a
# package.json is an app: an app.js, a test.js that starts it and checks its answers, static
# files. It is copied, with the checks' shared helpers (test/apps/common/*.js), to
# ${XDG_CACHE_HOME:-$HOME/.cache}/jnode/test-apps/<name>; its dependencies are installed there
# from the npm registry with `npm ci` (the committed package-lock.json; redone only when it
# changed), and `jnode test.js` runs in that folder. Nothing is installed in the repository.
# Usage: test/apps/run.sh [--node] [NAME...]   (--node: run the same tests on Node 26, to check
#        that the tests themselves are right; NAMEs: only those apps, e.g. express koa)
set -uo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
APPS="$ROOT/test/apps"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/jnode/test-apps"

RUNTIME="$ROOT/bin/jnode"
if [[ "${1:-}" == "--node" ]]; then
  shift
  # shellcheck source=../../bin/lib/node26.sh
  source "$ROOT/bin/lib/node26.sh"
  RUNTIME="$(find_node26)" || { echo "apps: Node 26 is needed for --node" >&2; exit 1; }
fi
command -v npm >/dev/null || { echo "apps: npm is needed to install the apps' dependencies" >&2; exit 1; }

names=("$@")
if ((${#names[@]} == 0)); then
  for d in "$APPS"/*/; do [[ -f "$d/package.json" ]] && names+=("$(basename "$d")"); done
fi

failed=0
for name in "${names[@]}"; do
  src="$APPS/$name" dir="$CACHE/$name"
  [[ -f "$src/package.json" ]] || { echo "apps: no app $name" >&2; failed=1; continue; }
  mkdir -p "$dir"
  if ! cmp -s "$src/package-lock.json" "$dir/.installed-lock.json"; then
    echo "apps: installing $name's dependencies with npm ci..."
    rm -rf "$dir/node_modules"
    cp "$src/package.json" "$src/package-lock.json" "$dir/"
    if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >"$dir/.npm.log" 2>&1); then
      echo "apps: FAIL $name: npm ci failed:" >&2
      tail -20 "$dir/.npm.log" >&2
      failed=1
      continue
    fi
    cp "$src/package-lock.json" "$dir/.installed-lock.json"
  fi
  # The app's own files (sources, static files) and the shared check helpers, fresh each run.
  (cd "$src" && find . -type f ! -name package.json ! -name package-lock.json -print0 |
    while IFS= read -r -d '' f; do mkdir -p "$dir/$(dirname "$f")" && cp "$f" "$dir/$f"; done)
  cp "$APPS"/common/*.js "$dir/"
  if out="$(cd "$dir" && timeout 120 "$RUNTIME" test.js 2>&1)"; then
    echo "apps: ok   $name  (${out##*$'\n'})"
  else
    echo "apps: FAIL $name ($RUNTIME, exit $?):" >&2
    echo "$out" | tail -40 >&2
    failed=1
  fi
done
exit "$failed"
