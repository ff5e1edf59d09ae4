#!/usr/bin/env bash
# CPU benchmark: bench/fixtures/fib.js times fib(N) ITERATIONS times in one process, under jnode
# and under Node 26. Prints the per-iteration times side by side, then for each runtime the
# first iteration (cold: interpreter + compilation) and the median of the last 10 iterations
# (peak, JIT-compiled), the best iteration, and the jnode/node ratios.
# Usage: bench/cpu.sh [-i ITERATIONS] [-n N] [-q]   (defaults 30 and 30; -q: summary only)
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

ITER=30 N=30 QUIET=""
while (($#)); do
  case "$1" in
    -i | --iterations) ITER="${2:?}"; shift 2 ;;
    -n) N="${2:?}"; shift 2 ;;
    -q | --quiet) QUIET=1; shift ;;
    -h | --help) sed -n '2,6s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) bench_die "unknown argument: $1" ;;
  esac
done
[[ "$ITER" =~ ^[0-9]+$ && "$ITER" -ge 10 ]] || bench_die "ITERATIONS must be a number >= 10"

NODE="$(bench_node26)" || bench_die "Node 26 is needed for the comparison"
bench_load_before
bench_prepare_jnode
FIB="$JNODE_ROOT/bench/fixtures/fib.js"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# run NAME CMD... : runs fib.js, leaves the per-iteration ms in $TMP/NAME.ms
run() {
  local name="$1"; shift
  if ! "$@" "$FIB" "$ITER" "$N" >"$TMP/$name.out" 2>"$TMP/$name.err"; then
    echo "$name failed:" >&2
    head -c 2000 "$TMP/$name.out" "$TMP/$name.err" >&2
    exit 1
  fi
  awk '$1 == "iteration" { print $3 }' "$TMP/$name.out" >"$TMP/$name.ms"
  [[ "$(wc -l <"$TMP/$name.ms")" == "$ITER" ]] || bench_die "$name printed no timings"
}
run jnode "$JNODE"
run node "$NODE"
[[ "$(grep '^result' "$TMP/jnode.out")" == "$(grep '^result' "$TMP/node.out")" ]] ||
  bench_die "jnode and node computed different results"

echo "fib($N), $ITER iterations in one process"
echo "jnode: $JNODE"
echo "node:  $NODE ($("$NODE" --version))"
bench_load_note
if [[ -z "$QUIET" ]]; then
  echo
  printf '%5s %12s %12s\n' iter "jnode ms" "node ms"
  paste "$TMP/jnode.ms" "$TMP/node.ms" | awk '{ printf "%5d %12.2f %12.2f\n", NR, $1, $2 }'
fi

first() { head -n 1 "$1"; }
peak() { bench_median $(tail -n 10 "$1"); }
jf="$(first "$TMP/jnode.ms")" nf="$(first "$TMP/node.ms")"
jp="$(peak "$TMP/jnode.ms")" np="$(peak "$TMP/node.ms")"
jb="$(sort -g "$TMP/jnode.ms" | head -n 1)" nb="$(sort -g "$TMP/node.ms" | head -n 1)"
echo
printf '%-24s %12s %12s %8s\n' "" "jnode ms" "node ms" ratio
printf '%-24s %12.2f %12.2f %8s\n' "first iteration" "$jf" "$nf" "$(bench_ratio "$jf" "$nf")"
printf '%-24s %12.2f %12.2f %8s\n' "peak (median of last 10)" "$jp" "$np" "$(bench_ratio "$jp" "$np")"
printf '%-24s %12.2f %12.2f %8s\n' "best iteration" "$jb" "$nb" "$(bench_ratio "$jb" "$nb")"
