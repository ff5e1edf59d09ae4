# Finds a JDK >= 21 for bin/jnode and bin/test: JAVA_HOME when new enough, then the java on PATH,
# then the newest under /usr/lib/jvm. Prints its home directory.

# The major version of the JDK at $1 (a JAVA_HOME), from its release file; 0 when unknown.
jdk_major() {
  local rel="$1/release" v
  [[ -f "$rel" && -x "$1/bin/java" ]] || { echo 0; return; }
  v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$rel")"
  echo "${v:-0}"
}

find_jdk() {
  local home best="" bestv=0 v
  if [[ -n "${JAVA_HOME:-}" ]] && (( $(jdk_major "$JAVA_HOME") >= 21 )); then
    echo "$JAVA_HOME"; return
  fi
  if command -v java >/dev/null 2>&1; then
    home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    if (( $(jdk_major "$home") >= 21 )); then echo "$home"; return; fi
  fi
  for home in /usr/lib/jvm/*/; do
    home="${home%/}"
    v="$(jdk_major "$home")"
    if (( v >= 21 && v > bestv )); then best="$home"; bestv="$v"; fi
  done
  [[ -n "$best" ]] && { echo "$best"; return; }
  return 1
}
