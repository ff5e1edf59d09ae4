#!/usr/bin/env bash
# Start-up benchmark: `jnode -e 0` and `jnode bench/fixtures/hello.js` against Node 26.
# Usage: bench/startup.sh [-n RUNS]     (RUNS defaults to $RUNS, else 10)
# Reports, per case and runtime, the median wall time and the median peak RSS of RUNS runs
# (after one unmeasured warm-up run each), and the jnode/node ratios.
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

RUNS="${RUNS:-10}"
while (($#)); do
  case "$1" in
    -n | --runs) RUNS="${2:?-n needs a number}"; shift 2 ;;
    -n*) RUNS="${1#-n}"; shift ;;
    -h | --help) sed -n '2,5s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) bench_die "unknown argument: $1 (usage: $0 [-n RUNS])" ;;
  esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || bench_die "RUNS must be a positive integer, not '$RUNS'"

NODE="$(bench_node26)" || bench_die "Node 26 is needed for the comparison"
bench_load_before
bench_prepare_jnode
HELLO="$JNODE_ROOT/bench/fixtures/hello.js"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

if bench_has_gnu_time; then
  RSS_HOW="GNU time %M"
else
  RSS_HOW="sampled /proc/<pid>/status VmHWM (GNU time not installed: approximate)"
fi

# measure NAME EXPECTED_STDOUT CMD... -> sets M_WALL (median ms), M_RSS (median KB), M_NOTE
measure() {
  local name="$1" expect="$2"; shift 2
  local walls=() rsss=() i bad=0
  "$@" >"$TMP/out" 2>"$TMP/err" || true   # warm-up (disk cache, first-use work)
  for ((i = 1; i <= RUNS; i++)); do
    bench_run_measured "$TMP/out" "$TMP/err" "$@"
    if [[ "$BENCH_STATUS" != 0 || "$(cat "$TMP/out")" != "$expect" ]]; then
      bad=$((bad + 1))
      if ((bad == 1)); then
        echo "warning: $name: run $i exited $BENCH_STATUS with unexpected output:" >&2
        head -c 600 "$TMP/out" "$TMP/err" | sed 's/^/    /' >&2
      fi
    fi
    walls+=("$BENCH_WALL_MS")
    [[ "$BENCH_RSS_KB" != "-" ]] && rsss+=("$BENCH_RSS_KB")
  done
  M_WALL="$(bench_median "${walls[@]}")"
  if ((${#rsss[@]})); then M_RSS="$(bench_median "${rsss[@]}")"; else M_RSS="-"; fi
  M_NOTE=""
  ((bad)) && M_NOTE="($bad/$RUNS runs FAILED)"
  return 0
}

echo "jnode:  $JNODE"
echo "node:   $NODE ($("$NODE" --version))"
bench_load_note
echo "runs:   $RUNS per case (median), peak RSS via $RSS_HOW"
echo
printf '%-10s %12s %12s %8s %14s %14s %8s  %s\n' \
  case "jnode ms" "node ms" ratio "jnode RSS MB" "node RSS MB" ratio notes
for c in "-e 0" "hello.js"; do
  if [[ "$c" == "-e 0" ]]; then
    measure "jnode -e 0" "" "$JNODE" -e 0; jw="$M_WALL" jr="$M_RSS" jn="$M_NOTE"
    measure "node -e 0" "" "$NODE" -e 0; nw="$M_WALL" nr="$M_RSS" nn="$M_NOTE"
  else
    measure "jnode hello.js" "hello world" "$JNODE" "$HELLO"; jw="$M_WALL" jr="$M_RSS" jn="$M_NOTE"
    measure "node hello.js" "hello world" "$NODE" "$HELLO"; nw="$M_WALL" nr="$M_RSS" nn="$M_NOTE"
  fi
  notes=""
  [[ -n "$jn" ]] && notes+="jnode $jn "
  [[ -n "$nn" ]] && notes+="node $nn"
  printf '%-10s %12.1f %12.1f %8s %14s %14s %8s  %s\n' "$c" "$jw" "$nw" "$(bench_ratio "$jw" "$nw")" \
    "$(bench_mb "$jr")" "$(bench_mb "$nr")" "$(bench_ratio "$jr" "$nr")" "$notes"
done
