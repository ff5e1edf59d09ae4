#!/usr/bin/env bash
# A/B of two jnode settings on the node:http hello server: two jnode servers, one started with
# JNODE_JAVA_OPTS=A and one with B, run at the same time pinned to the same core (cpu 0), each
# loaded by its own wrk on cpu 1 in the same 5 s windows. Whatever else the machine does hits
# both alike, so the per-window ratio B/A means something even on a busy machine (each server
# gets about half the core, so absolute figures are about half of bench/http.sh's). Prints
# requests/s of A and B and B/A per window, then the RSS of each at the end.
# Usage: bench/http-ab.sh [-w WINDOWS] [-c CONNECTIONS] "OPTS_A" "OPTS_B"
#        (defaults 48 windows, 25 connections per server), e.g.
#        bench/http-ab.sh -- -XX:+UseSerialGC -XX:+UseG1GC
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

WINDOWS=48 CONNS=25
while (($#)); do
  case "$1" in
    -w | --windows) WINDOWS="${2:?}"; shift 2 ;;
    -c | --connections) CONNS="${2:?}"; shift 2 ;;
    -h | --help) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
    --) shift; break ;;
    *) break ;;
  esac
done
(($# == 2)) || bench_die "two settings are needed (see --help)"
OPTS_A="$1" OPTS_B="$2"
command -v wrk >/dev/null || bench_die "wrk is needed (Debian: apt-get install wrk)"
WRK_CPU=$(($(nproc) > 1 ? 1 : 0))

bench_load_before
bench_prepare_jnode
TMP="$(mktemp -d)"
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null; rm -rf "$TMP"' EXIT

# start NAME OPTS: starts a server, waits for its port, prints it.
start() {
  JNODE_JAVA_OPTS="$2" taskset -c 0 "$JNODE" "$JNODE_ROOT/bench/fixtures/http-hello.js" 0 \
    >"$TMP/$1.out" 2>"$TMP/$1.err" &
  SERVER_PID=$!
  PIDS+=("$SERVER_PID")
}
start a "$OPTS_A"
PID_A=$SERVER_PID
port_a="$(bench_wait_listening "$TMP/a.out" "$TMP/a.err")" || exit 1
start b "$OPTS_B"
PID_B=$SERVER_PID
port_b="$(bench_wait_listening "$TMP/b.out" "$TMP/b.err")" || exit 1

echo "A: JNODE_JAVA_OPTS=$OPTS_A"
echo "B: JNODE_JAVA_OPTS=$OPTS_B"
bench_load_note
printf '%6s %10s %10s %6s\n' time "A req/s" "B req/s" B/A
for ((i = 1; i <= WINDOWS; i++)); do
  taskset -c "$WRK_CPU" wrk -t1 -c"$CONNS" -d5s "http://127.0.0.1:$port_a/" >"$TMP/wrk.a" 2>&1 &
  wrk_a=$!
  taskset -c "$WRK_CPU" wrk -t1 -c"$CONNS" -d5s "http://127.0.0.1:$port_b/" >"$TMP/wrk.b" 2>&1
  wait "$wrk_a"
  ra="$(awk '/^Requests\/sec:/ { print $2 }' "$TMP/wrk.a")"
  rb="$(awk '/^Requests\/sec:/ { print $2 }' "$TMP/wrk.b")"
  awk -v t=$((i * 5)) -v a="${ra:-0}" -v b="${rb:-0}" \
    'BEGIN { printf "%5ds %10.0f %10.0f %6s\n", t, a, b, (a > 0 ? sprintf("%.2f", b / a) : "-") }'
done
rss() { awk '/^VmRSS:/ { printf "%.0f MB", $2 / 1024 }' "/proc/$1/status"; }
echo "RSS at the end: A $(rss "$PID_A"), B $(rss "$PID_B")"
