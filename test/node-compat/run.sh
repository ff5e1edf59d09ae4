#!/usr/bin/env bash
# Runs Node's own tests (the test/ folder of Node 25.8.1, from github.com/denoland/node_test)
# under jnode. See test/node-compat/README.md.
#
# Usage: test/node-compat/run.sh [options] [PATTERN...]
#   PATTERN   a test name prefix (test-util), a file name (test-util-format.js), a glob
#             ('test-util-*' or 'test-{path,util}*', quoted), optionally prefixed with another
#             test folder (sequential/test-timers); default folder: parallel
#   --passing      run the tests listed in passing.txt (regression check)
#   --update       merge this run's passing tests into test/node-compat/passing.txt
#   -j N           tests run in parallel (default 2), each stream in one batch JVM
#   --separate     start one jnode process per test instead of batch JVMs (slower; exact
#                  process isolation)
#   -t SECONDS     timeout per test (default 30)
#   -q             print only failures, not every PASS/SKIP
#   --top N        how many failure reasons to print (default 25)
# Results go to ${XDG_CACHE_HOME:-$HOME/.cache}/jnode/node-compat/runs/<run>/ (results.txt,
# logs/); node-compat/results.txt and node-compat/latest point at the last finished run.
# Exits 0 when the run completed, whatever the test results, except that with --passing it
# exits 1 when any listed test failed.
set -uo pipefail

SELF="$(readlink -f "${BASH_SOURCE[0]}")"
HERE="$(dirname "$SELF")"
ROOT="$(cd "$HERE/../.." && pwd)"
JNODE="${JNODE:-$ROOT/bin/jnode}"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/jnode"
CHECKOUT="${NODE_TEST_CHECKOUT:-$CACHE/node_test}"
OUT="${NODE_COMPAT_OUT:-$CACHE/node-compat}"
PASSING="$HERE/passing.txt"
# The node_test commit "Track Node.js 25.8.1".
NODE_TEST_REV="${NODE_TEST_REV:-c5baef08}"
NODE_TEST_URL="${NODE_TEST_URL:-https://github.com/denoland/node_test.git}"

die() { echo "node-compat: $*" >&2; exit 2; }

# ---------------------------------------------------------------------------------------------
# Worker: run.sh --one DIR/FILE  (called by xargs; prints one result line, writes its log)
# ---------------------------------------------------------------------------------------------
# The metadata comments of a test: all "// Flags:" (or "// Env:") values, space-separated.
header_values() {
  grep -E "^[[:space:]]*//[[:space:]]*$1:" "$2" 2>/dev/null | sed -E "s#^[[:space:]]*//[[:space:]]*$1:##" | tr '\n' ' '
}

# The first line of a log that looks like the error that ended the test.
failure_reason() {
  local log="$1" line
  if grep -q '^jnode: internal error' "$log"; then
    # a Java exception escaped: name it (the line after the banner)
    line="internal error: $(grep -A1 -m1 '^jnode: internal error' "$log" | sed -n 2p)"
  else
    line="$(grep -v '^jnode: building' "$log" | grep -m1 -E '^[[:space:]]*(Uncaught )?([A-Z][A-Za-z]*(Error|Exception)|Error)( \[[A-Z0-9_]+\])?:|^Exception in thread|^jnode: |^(java|org\.graalvm|com\.oracle)\.[A-Za-z.]+(Error|Exception)')"
  fi
  if [[ -z "$line" ]]; then
    line="$(grep -m1 -E '^[[:space:]]*(Uncaught )?[A-Z][A-Za-z]*(Error|Exception)\b' "$log")"
  fi
  if [[ -z "$line" ]]; then
    line="$(grep -v '^[[:space:]]*$' "$log" | grep -v '^[[:space:]]*at ' | tail -n 1)"
  fi
  [[ -z "$line" ]] && line="(no output)"
  line="${line#"${line%%[![:space:]]*}"}"
  printf '%s' "${line:0:200}" | tr '\t\r' '  '
}

# record_result NAME STATUS SECS LOG: appends the result line; returns 1 when the log shows that
# jnode no longer builds (the tree changed under the run: the results would be noise).
record_result() {
  local name="$1" status="$2" secs="$3" log="$4" reason
  if grep -q '^jnode: build failed' "$log"; then
    printf 'BUILD\t%s\tjnode build failed\n' "$name" >>"$RUN_DIR/results.raw"
    printf 'ABORT %s: jnode failed to build (see %s/target/build.log)\n' "$name" "$(dirname "$(dirname "$JNODE")")"
    return 1
  fi
  if ((status == 0)) && reason="$(grep -m1 -o '^1\.\.0 # Skipped: .*' "$log")"; then
    # common.skip(): the test decided it cannot run here (e.g. "missing crypto"): not a pass
    reason="${reason#1..0 # }"
    printf 'SKIP\t%s\t%s\n' "$name" "${reason:0:200}" >>"$RUN_DIR/results.raw"
    [[ -z "$QUIET" ]] && printf 'SKIP %s (%s)\n' "$name" "${reason:0:200}"
  elif ((status == 0)); then
    printf 'PASS\t%s\t%ss\n' "$name" "$secs" >>"$RUN_DIR/results.raw"
    [[ -z "$QUIET" ]] && printf 'PASS %s (%ss)\n' "$name" "$secs"
  else
    if ((status == 124 || status == 137)); then
      reason="timeout after ${TIMEOUT}s"
    else
      reason="$(failure_reason "$log")"
    fi
    printf 'FAIL\t%s\texit %s\t%s\n' "$name" "$status" "$reason" >>"$RUN_DIR/results.raw"
    printf 'FAIL %s (exit %s, %ss): %s\n' "$name" "$status" "$secs" "$reason"
  fi
  return 0
}

# Batch mode: the tests of one slot run one after another in a single jnode JVM
# (`jnode --jnode-batch`, a fresh runtime per test on a shared engine: no JVM start per test).
# A test that takes the JVM down (a signal to itself, say) is reported as failed and the batch
# is restarted for the tests after it.
run_batch_slot() {
  local slot="$1" list="$2" rel name log flags envs line f
  local pending="$list.pending" jobs="$list.jobs" done_list="$list.done"
  cp "$list" "$pending"
  : >"$done_list"
  while [[ -s "$pending" ]]; do
    : >"$jobs"
    while IFS= read -r rel; do
      name="${rel#parallel/}"
      log="$RUN_DIR/logs/${rel//\//__}.log"
      flags="$(header_values Flags "$CHECKOUT/test/$rel")"
      envs="$(header_values Env "$CHECKOUT/test/$rel")"
      line="$rel"$'\t'"$log"$'\t'"TEST_THREAD_ID=$RUN_ID.$slot NODE_COMPAT=1 $envs"
      for f in $flags; do line+=$'\t'"$f"; done
      line+=$'\t'"test/$rel"
      printf '%s\n' "$line" >>"$jobs"
    done <"$pending"
    # (the batch's own exit status does not matter: a batch that ended early is restarted below)
    (cd "$CHECKOUT" && "$JNODE" --jnode-batch "$CHECKOUT" "$TIMEOUT" <"$jobs" 2>"$list.err") |
      while IFS=$'\t' read -r rel status secs; do
        [[ -n "$rel" ]] || continue
        echo "$rel" >>"$done_list"
        record_result "${rel#parallel/}" "$status" "$secs" "$RUN_DIR/logs/${rel//\//__}.log" || touch "$list.buildfailed"
      done
    [[ -e "$list.buildfailed" ]] && return 1
    grep -vxF -f "$done_list" "$pending" >"$pending.new" || true
    mv "$pending.new" "$pending"
    if [[ -s "$pending" ]]; then
      rel="$(head -n 1 "$pending")"
      log="$RUN_DIR/logs/${rel//\//__}.log"
      { echo "jnode: the batch JVM ended during this test"; cat "$list.err"; } >>"$log"
      record_result "${rel#parallel/}" 70 0 "$log"
      echo "$rel" >>"$done_list"
      sed -i 1d "$pending"
    fi
  done
}

run_one() {
  local rel="$1" name dir flags envs log status t0 t1 secs reason
  name="${rel#parallel/}"
  dir="$(dirname "$rel")"
  log="$RUN_DIR/logs/${rel//\//__}.log"
  flags="$(header_values Flags "$CHECKOUT/test/$rel")"
  if [[ " $flags " == *" --expose-internals "* || " $flags " == *" --expose_internals "* ]]; then
    printf 'SKIP\t%s\t%s\n' "$name" "needs --expose-internals" >>"$RUN_DIR/results.raw"
    [[ -z "$QUIET" ]] && printf 'SKIP %s (needs --expose-internals)\n' "$name"
    return 0
  fi
  envs="$(header_values Env "$CHECKOUT/test/$rel")"
  t0=$(date +%s%N)
  # shellcheck disable=SC2086  # flags and env assignments are word lists
  (cd "$CHECKOUT" && exec env TEST_THREAD_ID="$RUN_ID.${JNODE_SLOT:-0}" NODE_COMPAT=1 $envs \
     timeout -k 5 "$TIMEOUT" "$JNODE" $flags "test/$rel") >"$log" 2>&1 </dev/null
  status=$?
  t1=$(date +%s%N)
  secs="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')"
  record_result "$name" "$status" "$secs" "$log" || exit 255   # makes xargs stop starting tests
  return 0
}

if [[ "${1:-}" == "--one" ]]; then
  : "${RUN_DIR:?}" "${RUN_ID:?}"
  TIMEOUT="${NODE_COMPAT_TIMEOUT:-30}" QUIET="${NODE_COMPAT_QUIET:-}"
  run_one "$2"
  exit 0
fi

# ---------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------
JOBS=2 TIMEOUT=30 QUIET="" UPDATE="" USE_PASSING="" TOP=25 SEPARATE=""
patterns=()
while (($#)); do
  case "$1" in
    -j) JOBS="${2:?}"; shift 2 ;;
    -j*) JOBS="${1#-j}"; shift ;;
    -t | --timeout) TIMEOUT="${2:?}"; shift 2 ;;
    -q | --quiet) QUIET=1; shift ;;
    --update) UPDATE=1; shift ;;
    --passing) USE_PASSING=1; shift ;;
    --separate) SEPARATE=1; shift ;;
    --top) TOP="${2:?}"; shift 2 ;;
    -h | --help) sed -n '2,/^set /{/^set /d;s/^# \{0,1\}//p}' "$SELF"; exit 0 ;;
    --) shift; patterns+=("$@"); break ;;
    -*) die "unknown option: $1 (see --help)" ;;
    *) patterns+=("$1"); shift ;;
  esac
done
[[ "$JOBS" =~ ^[1-9][0-9]*$ ]] || die "-j needs a positive number"
[[ "$TIMEOUT" =~ ^[1-9][0-9]*$ ]] || die "-t needs a positive number of seconds"
command -v timeout >/dev/null 2>&1 || die "coreutils 'timeout' is needed"
[[ -x "$JNODE" ]] || die "jnode launcher not found at $JNODE"

# --- the checkout of Node's tests ------------------------------------------------------------
find_test_git() {
  local g
  for g in "${NODE_TEST_GIT:-}" /work/.mirror/denoland+node_test/repo "$CACHE/node_test.git"; do
    [[ -n "$g" ]] && git --git-dir="$g" rev-parse --verify -q HEAD >/dev/null 2>&1 && { echo "$g"; return 0; }
  done
  g="$CACHE/node_test.git"
  echo "node-compat: cloning $NODE_TEST_URL into $g (once)..." >&2
  mkdir -p "$CACHE"
  git clone -q --bare --filter=blob:none "$NODE_TEST_URL" "$g" >&2 ||
    git clone -q --bare "$NODE_TEST_URL" "$g" >&2 || return 1
  echo "$g"
}

ensure_checkout() {
  local git rev tmp
  git="$(find_test_git)" || die "cannot find or clone denoland/node_test (set NODE_TEST_GIT to a clone)"
  if ! rev="$(git --git-dir="$git" rev-parse --verify -q "$NODE_TEST_REV^{commit}")"; then
    echo "node-compat: commit $NODE_TEST_REV not in $git; using its HEAD" >&2
    rev="$(git --git-dir="$git" rev-parse HEAD)"
  fi
  if [[ -f "$CHECKOUT/.rev" && "$(cat "$CHECKOUT/.rev")" == "$rev" && -d "$CHECKOUT/test/parallel" ]]; then
    return 0
  fi
  echo "node-compat: extracting node_test ${rev:0:12} test/ into $CHECKOUT..." >&2
  tmp="$CHECKOUT.tmp.$$"
  rm -rf "$tmp" && mkdir -p "$tmp"
  # a partial mirror may lack a few (large) blobs: leave those files out rather than fail
  local excludes=()
  mapfile -t excludes < <(git --git-dir="$git" ls-tree -r "$rev" test |
    awk -F'\t' '$1 ~ / blob / { split($1, m, " "); print m[3] }' |
    git --git-dir="$git" cat-file --batch-check='%(objectname) %(objecttype)' 2>/dev/null |
    awk '$2 == "missing" { print $1 }' | sort -u)
  if ((${#excludes[@]})); then
    mapfile -t excludes < <(git --git-dir="$git" ls-tree -r "$rev" test |
      awk -F'\t' -v ids="${excludes[*]}" 'BEGIN { n = split(ids, a, " "); for (i = 1; i <= n; i++) miss[a[i]] = 1 }
        { split($1, m, " "); if (m[3] in miss) print ":(exclude)" $2 }')
    echo "node-compat: ${#excludes[@]} file(s) missing from $git, left out: ${excludes[*]}" >&2
  fi
  if ! git --git-dir="$git" archive --format=tar "$rev" -- test "${excludes[@]}" 2>"$tmp.err" |
       tar -x -C "$tmp"; then
    cat "$tmp.err" >&2; rm -rf "$tmp" "$tmp.err"; die "extracting $rev from $git failed"
  fi
  rm -f "$tmp.err"
  echo "$rev" >"$tmp/.rev"
  rm -rf "$CHECKOUT" && mv "$tmp" "$CHECKOUT"
}
ensure_checkout

# --- which tests -----------------------------------------------------------------------------
# Prints paths relative to $CHECKOUT/test (parallel/test-x.js), one per line.
expand_pattern() {
  local p="$1" dir="parallel" f matched=0
  p="${p#./}"; p="${p#test/}"
  if [[ "$p" == */* ]]; then dir="${p%/*}"; p="${p##*/}"; fi
  [[ -d "$CHECKOUT/test/$dir" ]] || { echo "node-compat: no test folder '$dir'" >&2; return 0; }
  [[ "$p" == *[\*\?\[]* || "$p" == *.js || "$p" == *.mjs || "$p" == *.cjs ]] || p="$p*"
  # brace alternatives ({a,b}) are expanded by bash's eval-free way: split them ourselves
  local expanded=("$p")
  if [[ "$p" =~ ^(.*)\{([^{}]*)\}(.*)$ ]]; then
    local pre="${BASH_REMATCH[1]}" alts="${BASH_REMATCH[2]}" post="${BASH_REMATCH[3]}" a
    expanded=()
    IFS=',' read -r -a alts <<<"$alts"
    for a in "${alts[@]}"; do expanded+=("$pre$a$post"); done
  fi
  shopt -s nullglob
  for p in "${expanded[@]}"; do
    for f in "$CHECKOUT/test/$dir"/$p; do
      case "$f" in *.js | *.mjs | *.cjs) ;; *) continue ;; esac
      [[ -f "$f" ]] || continue
      echo "$dir/${f##*/}"; matched=1
    done
  done
  shopt -u nullglob
  ((matched)) || echo "node-compat: no tests match '$1'" >&2
}

tests=()
if [[ -n "$USE_PASSING" ]]; then
  [[ -s "$PASSING" ]] || die "$PASSING is empty or missing"
  while IFS= read -r t; do
    [[ -z "$t" || "$t" == \#* ]] && continue
    [[ "$t" == */* ]] || t="parallel/$t"
    tests+=("$t")
  done <"$PASSING"
fi
for p in "${patterns[@]}"; do
  while IFS= read -r t; do tests+=("$t"); done < <(expand_pattern "$p")
done
((${#tests[@]})) || die "no tests selected (give a prefix such as test-util, or --passing)"
mapfile -t tests < <(printf '%s\n' "${tests[@]}" | sort -u)

# --- run -------------------------------------------------------------------------------------
# every run has its own directory (concurrent runs must not mix); results.txt is the latest run
RUN_ID="$(date +%Y%m%d-%H%M%S)-$$"
RUN_DIR="$OUT/runs/$RUN_ID"
mkdir -p "$RUN_DIR/logs"
: >"$RUN_DIR/results.raw"
trap 'rm -rf "$CHECKOUT/test/.tmp.$RUN_ID".*' EXIT
echo "node-compat: ${#tests[@]} tests, $JOBS at a time, ${TIMEOUT}s timeout; jnode: $JNODE"
# build jnode once, before the parallel runs
if ! "$JNODE" -e 0 >"$RUN_DIR/warmup.log" 2>&1 && grep -q '^jnode: build failed' "$RUN_DIR/warmup.log"; then
  tail -n 20 "$RUN_DIR/warmup.log" >&2
  die "jnode does not build; not running tests"
fi
start=$(date +%s)
if [[ -n "$SEPARATE" ]]; then
  printf '%s\0' "${tests[@]}" |
    NODE_COMPAT_TIMEOUT="$TIMEOUT" NODE_COMPAT_QUIET="$QUIET" JNODE="$JNODE" CHECKOUT="$CHECKOUT" \
    RUN_ID="$RUN_ID" RUN_DIR="$RUN_DIR" \
    xargs -0 -n 1 -P "$JOBS" --process-slot-var=JNODE_SLOT "$SELF" --one
  xargs_status=$?
else
  # SKIPs first, then the rest dealt round-robin to JOBS batch JVMs
  for ((s = 0; s < JOBS; s++)); do : >"$RUN_DIR/slot$s"; done
  i=0
  for rel in "${tests[@]}"; do
    flags="$(header_values Flags "$CHECKOUT/test/$rel")"
    if [[ " $flags " == *" --expose-internals "* || " $flags " == *" --expose_internals "* ]]; then
      printf 'SKIP\t%s\t%s\n' "${rel#parallel/}" "needs --expose-internals" >>"$RUN_DIR/results.raw"
      [[ -z "$QUIET" ]] && printf 'SKIP %s (needs --expose-internals)\n' "${rel#parallel/}"
      continue
    fi
    echo "$rel" >>"$RUN_DIR/slot$((i % JOBS))"
    i=$((i + 1))
  done
  pids=()
  for ((s = 0; s < JOBS; s++)); do
    [[ -s "$RUN_DIR/slot$s" ]] || continue
    run_batch_slot "$s" "$RUN_DIR/slot$s" &
    pids+=($!)
  done
  xargs_status=0
  for p in "${pids[@]}"; do wait "$p" || xargs_status=1; done
  rm -f "$RUN_DIR"/slot*
fi
elapsed=$(($(date +%s) - start))
aborted=""
if grep -q '^BUILD' "$RUN_DIR/results.raw"; then
  aborted=1
  echo "node-compat: RUN ABORTED -- jnode stopped building during the run; the results are partial" >&2
  sed -i '/^BUILD/d' "$RUN_DIR/results.raw"
elif ((xargs_status != 0)); then
  echo "node-compat: xargs exited with status $xargs_status; the results may be partial" >&2
fi

sort -t $'\t' -k2,2 "$RUN_DIR/results.raw" >"$RUN_DIR/results.txt"
rm -f "$RUN_DIR/results.raw"
cp "$RUN_DIR/results.txt" "$OUT/results.txt.$$" && mv "$OUT/results.txt.$$" "$OUT/results.txt"
ln -sfn "runs/$RUN_ID" "$OUT/latest"

# --- report ----------------------------------------------------------------------------------
echo
echo "results: $RUN_DIR/results.txt (copied to $OUT/results.txt)   logs: $RUN_DIR/logs/   (${elapsed}s)"
echo
printf '%-22s %6s %6s %6s %6s\n' group pass fail skip total
awk -F'\t' '
  { n = $2; sub(/^.*\//, "", n); sub(/^test-/, "", n); sub(/[-.].*$/, "", n)
    g[n] = 1; c[n, $1]++; tot[$1]++ }
  END {
    for (k in g) printf "%-22s %6d %6d %6d %6d\n", k, c[k, "PASS"], c[k, "FAIL"], c[k, "SKIP"],
      c[k, "PASS"] + c[k, "FAIL"] + c[k, "SKIP"]
  }' "$RUN_DIR/results.txt" | sort
awk -F'\t' '{ tot[$1]++ }
  END { printf "%-22s %6d %6d %6d %6d\n", "TOTAL", tot["PASS"], tot["FAIL"], tot["SKIP"], NR }' \
  "$RUN_DIR/results.txt"

if grep -q '^FAIL' "$RUN_DIR/results.txt"; then
  echo
  echo "most common failure reasons (top $TOP):"
  # group similar messages: drop file paths, line/column numbers and quoted values' details
  awk -F'\t' '$1 == "FAIL" { print $4 }' "$RUN_DIR/results.txt" |
    sed -E 's#(/[^ :'"'"'"]+)+#<path>#g; s/:[0-9]+(:[0-9]+)?/:N/g' |
    sort | uniq -c | sort -rn | head -n "$TOP"
fi

# tests listed as passing that fail now
if [[ -f "$PASSING" ]]; then
  regressions="$(awk -F'\t' 'NR == FNR { ok[$1] = 1; next } $1 == "FAIL" && ($2 in ok) { print $2 }' \
    "$PASSING" "$RUN_DIR/results.txt")"
  if [[ -n "$regressions" ]]; then
    echo
    echo "REGRESSIONS (listed in passing.txt, failing now):"
    echo "$regressions" | sed 's/^/  /'
  fi
fi

if [[ -n "$UPDATE" && -n "$aborted" ]]; then
  echo "passing.txt: not updated (aborted run)"
elif [[ -n "$UPDATE" ]]; then
  before=0
  [[ -f "$PASSING" ]] && before=$(grep -c . "$PASSING")
  { [[ -f "$PASSING" ]] && cat "$PASSING"; awk -F'\t' '$1 == "PASS" { print $2 }' "$RUN_DIR/results.txt"; } |
    grep -v '^[[:space:]]*$' | LC_ALL=C sort -u >"$PASSING.tmp" && mv "$PASSING.tmp" "$PASSING"
  echo
  echo "passing.txt: $before -> $(grep -c . "$PASSING") tests"
fi

if [[ -n "$USE_PASSING" && ( -n "${regressions:-}" || -n "$aborted" ) ]]; then exit 1; fi
[[ -n "$aborted" ]] && exit 3
exit 0
