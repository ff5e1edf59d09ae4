# Shared helpers for the benchmark scripts in bench/ (source it; it sets no shell options).
#
#   JNODE_ROOT   the repository root
#   JNODE        the jnode launcher (bin/jnode; override with $JNODE)
#   bench_node26 prints the path of a Node 26 binary ($NODE26, or a copy cached under
#                ${XDG_CACHE_HOME:-$HOME/.cache}/jnode/node26, installed with npm on first use)
#   bench_median, bench_run_measured, bench_has_gnu_time, bench_ratio: see below.

JNODE_ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
JNODE="${JNODE:-$JNODE_ROOT/bin/jnode}"
# shellcheck source=../bin/lib/node26.sh
source "$JNODE_ROOT/bin/lib/node26.sh"

bench_die() { echo "${0##*/}: $*" >&2; exit 1; }

bench_node26() { find_node26; }

# Checks that jnode is there and built (the first run builds it; that is not something to time).
bench_prepare_jnode() {
  [[ -x "$JNODE" ]] || bench_die "jnode launcher not found at $JNODE"
  "$JNODE" -e 0 >/dev/null 2>&1 || true
}

# The median of the numbers given as arguments (mean of the middle two for an even count).
bench_median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 }
    END { if (NR == 0) { print "nan"; exit }
          if (NR % 2) printf "%.3f\n", v[(NR + 1) / 2]
          else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# $1 / $2 formatted as "12.3x", or "-" when either is missing or zero.
bench_ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a + 0 == 0 || b + 0 == 0 ||
      a == "-" || b == "-") print "-"; else printf "%.1fx\n", a / b }'
}

# Whether GNU time (which reports peak RSS as %M) is installed as /usr/bin/time.
bench_has_gnu_time() {
  [[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true >/dev/null 2>&1
}

# bench_run_measured OUTFILE ERRFILE CMD...
# Runs CMD once with stdout/stderr in OUTFILE/ERRFILE and sets BENCH_WALL_MS (wall time, ms),
# BENCH_RSS_KB (peak resident set size in KB, or "-" when it cannot be measured) and
# BENCH_STATUS (the exit status). Peak RSS comes from GNU time when present; otherwise the
# process's VmHWM is sampled from /proc while it runs (approximate: short processes may exit
# between samples, and the sampling loop shares the CPU).
bench_run_measured() {
  local out="$1" err="$2"; shift 2
  local t0 t1 rssf hwm="" line pid
  if bench_has_gnu_time; then
    rssf="$(mktemp)"
    t0=$(date +%s%N)
    /usr/bin/time -f %M -o "$rssf" "$@" >"$out" 2>"$err"
    BENCH_STATUS=$?
    t1=$(date +%s%N)
    BENCH_RSS_KB="$(tail -n 1 "$rssf")"
    [[ "$BENCH_RSS_KB" =~ ^[0-9]+$ ]] || BENCH_RSS_KB="-"
    rm -f "$rssf"
  else
    t0=$(date +%s%N)
    "$@" >"$out" 2>"$err" &
    pid=$!
    local done=""
    while [[ -z "$done" && -r /proc/$pid/status ]]; do
      while IFS= read -r line; do
        case "$line" in
          State:*Z*) done=1 ;;   # exited, not yet reaped: VmHWM is gone
          VmHWM:*) line="${line#VmHWM:}"; line="${line% kB}"; hwm="${line//[[:space:]]/}"; break ;;
        esac
      done <"/proc/$pid/status" 2>/dev/null
    done
    wait "$pid"
    BENCH_STATUS=$?
    t1=$(date +%s%N)
    BENCH_RSS_KB="${hwm:--}"
  fi
  BENCH_WALL_MS="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f\n", (b - a) / 1e6 }')"
}

# KB -> MB with one decimal, passing "-" through.
bench_mb() {
  [[ "$1" =~ ^[0-9.]+$ ]] && awk -v k="$1" 'BEGIN { printf "%.1f\n", k / 1024 }' || echo "-"
}

# A line about the machine's load (1-minute average, as read when bench_load_before ran, or now):
# benchmarks on a busy machine are noisy. Call bench_load_before before measuring.
bench_load_before() { read -r BENCH_LOAD _ </proc/loadavg 2>/dev/null || BENCH_LOAD=""; }
bench_load_note() {
  local load="${BENCH_LOAD:-}" cores
  [[ -n "$load" ]] || read -r load _ </proc/loadavg 2>/dev/null || { echo "load:   unknown"; return; }
  cores="$(nproc 2>/dev/null || echo 1)"
  if awk -v l="$load" -v c="$cores" 'BEGIN { exit !(l >= c) }'; then
    echo "load:   $load before the runs, $cores cores -- WARNING: machine busy, figures are noisy"
  else
    echo "load:   $load before the runs, $cores cores"
  fi
}

# For scripts that start a server: makes $TMP (removed at exit) and kills $SERVER_PID at exit.
bench_server_setup() {
  TMP="$(mktemp -d)"
  SERVER_PID=""
  trap bench_server_cleanup EXIT
}
bench_server_cleanup() { [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$TMP"; }

# bench_wait_listening OUT ERR: waits up to 120 s for the server $SERVER_PID to print
# "listening PORT" to the file OUT and prints PORT; if it ends first or never says so, shows
# the start of OUT and ERR and returns 1.
bench_wait_listening() {
  local out="$1" err="$2" line i
  for ((i = 0; i < 1200; i++)); do
    line="$(grep -m1 '^listening ' "$out" 2>/dev/null)"
    [[ -n "$line" ]] && { echo "${line#listening }"; return 0; }
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "the server did not start:" >&2
  head -c 2000 "$out" "$err" >&2
  return 1
}
