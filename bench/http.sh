#!/usr/bin/env bash
# HTTP throughput and latency: a hello-world node:http server and an Express 5 one, each under
# jnode and under Node 26 in the same run, loaded by wrk over loopback. The server is pinned to
# one core and wrk to another (taskset). For every server the load runs as WINDOWS consecutive
# windows of SECONDS each from the moment the server is listening, so the table shows the
# warm-up curve (requests/s per window); the summary compares the peak window (highest req/s)
# and the p99 latency of that window, as jnode/node ratios (req/s above 1.0x: jnode faster;
# p99 below 1.0x: jnode faster).
# Usage: bench/http.sh [-w WINDOWS] [-s SECONDS] [-c CONNECTIONS] [--only http|express]
#        (defaults 12 windows of 5 s, 50 connections). Needs wrk (Debian: apt-get install wrk;
#        installed on first use when apt-get is available) and npm for Express (installed once
#        under ${XDG_CACHE_HOME:-$HOME/.cache}/jnode/bench-npm).
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

WINDOWS=12 SECONDS_PER=5 CONNS=50 ONLY=""
while (($#)); do
  case "$1" in
    -w | --windows) WINDOWS="${2:?}"; shift 2 ;;
    -s | --seconds) SECONDS_PER="${2:?}"; shift 2 ;;
    -c | --connections) CONNS="${2:?}"; shift 2 ;;
    --only) ONLY="${2:?}"; shift 2 ;;
    -h | --help) sed -n '2,13s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) bench_die "unknown argument: $1" ;;
  esac
done

if ! command -v wrk >/dev/null; then
  if command -v apt-get >/dev/null && [[ $(id -u) -eq 0 ]]; then
    echo "installing wrk with apt-get..." >&2
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y wrk >/dev/null 2>&1; }
  fi
  command -v wrk >/dev/null || bench_die "wrk is needed (Debian: apt-get install wrk)"
fi
NODE="$(bench_node26)" || bench_die "Node 26 is needed for the comparison"
CORES="$(nproc)"
SERVER_CPU=0
WRK_CPU=$((CORES > 1 ? 1 : 0))

NPM_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/jnode/bench-npm"
need_express() {
  [[ -d "$NPM_DIR/node_modules/express" ]] && return 0
  echo "installing express@5 into $NPM_DIR..." >&2
  mkdir -p "$NPM_DIR"
  npm install --prefix "$NPM_DIR" --no-audit --no-fund express@5 >/dev/null 2>&1 ||
    bench_die "npm install express@5 failed"
}

bench_load_before
bench_prepare_jnode
bench_server_setup

# wrk's latency with its unit (us, ms, s) -> milliseconds.
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0;
    else if (v ~ /s$/) n *= 1000; printf "%.2f\n", n }'
}

# run_server NAME RUNTIME FIXTURE PATH: starts the server pinned to SERVER_CPU, loads it for
# WINDOWS windows, writes "window req/s p99ms" lines to $TMP/NAME.curve.
run_server() {
  local name="$1" runtime="$2" fixture="$3" urlpath="$4" port i rps p99
  BENCH_NODE_MODULES="$NPM_DIR/node_modules" taskset -c "$SERVER_CPU" "$runtime" "$fixture" 0 \
    >"$TMP/$name.out" 2>"$TMP/$name.err" &
  SERVER_PID=$!
  port="$(bench_wait_listening "$TMP/$name.out" "$TMP/$name.err")" || { echo "($name)" >&2; return 1; }
  : >"$TMP/$name.curve"
  for ((i = 1; i <= WINDOWS; i++)); do
    taskset -c "$WRK_CPU" wrk -t1 -c"$CONNS" -d"${SECONDS_PER}s" --latency \
      "http://127.0.0.1:$port$urlpath" >"$TMP/$name.wrk.$i" 2>&1
    rps="$(awk '/^Requests\/sec:/ { print $2 }' "$TMP/$name.wrk.$i")"
    p99="$(awk '$1 == "99%" { print $2 }' "$TMP/$name.wrk.$i")"
    [[ -n "$rps" ]] || rps=0
    [[ -n "$p99" ]] && p99="$(to_ms "$p99")" || p99="-"
    echo "$i $rps $p99" >>"$TMP/$name.curve"
  done
  kill "$SERVER_PID" 2>/dev/null
  wait "$SERVER_PID" 2>/dev/null
  SERVER_PID=""
}

# The peak window of a curve: "req/s p99".
peak() { sort -k2,2 -g -r "$1" | head -1 | awk '{ print $2, $3 }'; }

report() {
  local label="$1" j="$TMP/$2-jnode.curve" n="$TMP/$2-node.curve" jp np
  echo
  echo "$label: requests/s per ${SECONDS_PER}s window from start (p99 ms)"
  printf '%-8s %22s %22s\n' window jnode node
  paste "$j" "$n" | awk '{ printf "%-8s %12.0f (%7s) %12.0f (%7s)\n", $1 * '"$SECONDS_PER"' "s", $2, $3, $5, $6 }'
  read -r jr jl <<<"$(peak "$j")"
  read -r nr nl <<<"$(peak "$n")"
  printf 'peak:    jnode %.0f req/s (p99 %s ms), node %.0f req/s (p99 %s ms): req/s %s, p99 %s\n' \
    "$jr" "$jl" "$nr" "$nl" "$(bench_ratio "$jr" "$nr")" "$(bench_ratio "$jl" "$nl")"
}

echo "HTTP over loopback: wrk -t1 -c$CONNS on cpu $WRK_CPU, server on cpu $SERVER_CPU, $WINDOWS x ${SECONDS_PER}s"
echo "jnode: $JNODE"
echo "node:  $NODE ($("$NODE" --version))"
bench_load_note
if [[ -z "$ONLY" || "$ONLY" == http ]]; then
  run_server http-jnode "$JNODE" "$JNODE_ROOT/bench/fixtures/http-hello.js" / || exit 1
  run_server http-node "$NODE" "$JNODE_ROOT/bench/fixtures/http-hello.js" / || exit 1
  report "node:http hello world" http
fi
if [[ -z "$ONLY" || "$ONLY" == express ]]; then
  need_express
  run_server express-jnode "$JNODE" "$JNODE_ROOT/bench/fixtures/express-hello.js" /users/42 || exit 1
  run_server express-node "$NODE" "$JNODE_ROOT/bench/fixtures/express-hello.js" /users/42 || exit 1
  report "Express 5, GET /users/:id (JSON)" express
fi
