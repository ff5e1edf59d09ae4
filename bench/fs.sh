#!/usr/bin/env bash
# File-system throughput: bench/fixtures/fs-io.js writes a SIZE_MB file with writeFile, reads it
# back with readFile, and copies it with createReadStream -> createWriteStream, ROUNDS times, under
# jnode and under Node 26 in the same run. Prints each runtime's best round per operation in
# MB/s and the jnode/node throughput ratio (above 1.0x: jnode is faster).
# Usage: bench/fs.sh [-s SIZE_MB] [-r ROUNDS] [-d DIR]   (defaults 256, 3, a fresh dir in $TMPDIR)
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

SIZE=256 ROUNDS=3 DIR=""
while (($#)); do
  case "$1" in
    -s | --size) SIZE="${2:?}"; shift 2 ;;
    -r | --rounds) ROUNDS="${2:?}"; shift 2 ;;
    -d | --dir) DIR="${2:?}"; shift 2 ;;
    -h | --help) sed -n '2,6s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) bench_die "unknown argument: $1" ;;
  esac
done

NODE="$(bench_node26)" || bench_die "Node 26 is needed for the comparison"
bench_load_before
bench_prepare_jnode
TMP="$(mktemp -d)"
[[ -n "$DIR" ]] || DIR="$TMP"
trap 'rm -rf "$TMP"' EXIT
FIX="$JNODE_ROOT/bench/fixtures/fs-io.js"

run() {
  local name="$1"; shift
  if ! "$@" "$FIX" "$DIR" "$SIZE" "$ROUNDS" >"$TMP/$name.out" 2>"$TMP/$name.err"; then
    echo "$name failed:" >&2
    head -c 2000 "$TMP/$name.out" "$TMP/$name.err" >&2
    exit 1
  fi
}
run jnode "$JNODE" --max-old-space-size=4096
run node "$NODE"

best() { awk -v op="$2" '$1 == op && $4 > b { b = $4 } END { printf "%.1f\n", b }' "$1"; }

echo "file I/O, ${SIZE} MB, best of $ROUNDS rounds, in $DIR"
echo "jnode: $JNODE"
echo "node:  $NODE ($("$NODE" --version))"
bench_load_note
printf '\n%-12s %12s %12s %12s\n' operation "jnode MB/s" "node MB/s" "jnode/node"
for op in writeFile readFile streamCopy; do
  j="$(best "$TMP/jnode.out" "$op")" n="$(best "$TMP/node.out" "$op")"
  printf '%-12s %12s %12s %12s\n' "$op" "$j" "$n" "$(bench_ratio "$j" "$n")"
done
