#!/usr/bin/env bash
# Soak test: a jnode node:http hello-world server is loaded with keep-alive requests for the
# WARMUP (while the JIT compiles and the heap finds its size; RSS and fds are sampled every 10 s),
# then answers REQUESTS more over CONNECTIONS connections (loopback; the client is Node 26,
# bench/fixtures/soak-client.js); the server's resident memory and open file descriptors are
# sampled every STEP requests of the measured part. Prints the samples, then a verdict: the fd
# count must end where it was after the first STEP requests (all connections open) and RSS must
# not grow by more than 10% from there to the end. Exits 1 when either is not flat, when a
# request fails, or after LIMIT seconds. WARMUP is a duration ("180s") or a request count.
# Usage: bench/soak-http.sh [-n REQUESTS] [-w WARMUP] [-c CONNECTIONS] [-s STEP] [-t LIMIT]
#        (defaults 100000, 180s, 100, 10000, 900)
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

REQUESTS=100000 WARMUP=180s CONNS=100 STEP=10000 LIMIT=900
while (($#)); do
  case "$1" in
    -n | --requests) REQUESTS="${2:?}"; shift 2 ;;
    -w | --warmup) WARMUP="${2:?}"; shift 2 ;;
    -c | --connections) CONNS="${2:?}"; shift 2 ;;
    -s | --step) STEP="${2:?}"; shift 2 ;;
    -t | --limit) LIMIT="${2:?}"; shift 2 ;;
    -h | --help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) bench_die "unknown argument: $1" ;;
  esac
done

NODE="$(bench_node26)" || bench_die "Node 26 is needed for the client"
bench_load_before
bench_prepare_jnode
bench_server_setup

"$JNODE" "$JNODE_ROOT/bench/fixtures/http-hello.js" 0 >"$TMP/server.out" 2>"$TMP/server.err" &
SERVER_PID=$!
port="$(bench_wait_listening "$TMP/server.out" "$TMP/server.err")" || exit 1
# The JVM's pid is the launcher's (bin/jnode execs java).
echo "soak: $WARMUP warm-up + $REQUESTS measured keep-alive requests over $CONNS connections to jnode (pid $SERVER_PID, port $port)"
bench_load_note
timeout "$LIMIT" "$NODE" "$JNODE_ROOT/bench/fixtures/soak-client.js" \
  "$port" "$SERVER_PID" "$REQUESTS" "$CONNS" "$STEP" "$WARMUP" >"$TMP/client.out" 2>"$TMP/client.err"
status=$?
if grep -q '^warmup' "$TMP/client.out"; then
  printf '\nwarm-up\n%10s %10s %10s %6s\n' seconds requests "RSS MB" fds
  awk '$1 == "warmup" { printf "%10d %10d %10.1f %6d\n", $2, $3, $4 / 1024, $5 }' "$TMP/client.out"
  printf '\nmeasured'
fi
printf '\n%10s %10s %6s\n' requests "RSS MB" fds
awk '$1 ~ /^[0-9]+$/ { printf "%10d %10.1f %6d\n", $1, $2 / 1024, $3 }' "$TMP/client.out"
if ((status != 0)); then
  echo "FAILED: client exit status $status ($(grep -E '^(error|done)' "$TMP/client.out" | tail -1))"
  cat "$TMP/client.err" >&2
  exit 1
fi
echo "$(grep '^done' "$TMP/client.out" | awk '{ printf "%d requests in %.1f s", '"$REQUESTS"', $2 / 1000 }')"
# Verdict: compare the end with the first sample taken after warm-up (at STEP requests).
awk -v step="$STEP" '
  $1 ~ /^[0-9]+$/ { if ($1 == step) { r0 = $2; f0 = $3 } last_r = $2; last_f = $3 }
  END {
    if (r0 == "") { print "FAILED: no sample after warm-up"; exit 1 }
    growth = (last_r - r0) / r0 * 100
    printf "RSS %.1f MB -> %.1f MB (%+.1f%%), fds %d -> %d\n", r0 / 1024, last_r / 1024, growth, f0, last_f
    if (last_f > f0 || growth > 10) { print "NOT FLAT"; exit 1 }
    print "flat"
  }' "$TMP/client.out"
