# Locates a real Node.js 26 to compare jnode against (sourced by bench/lib.sh and
# test/run-on-node.sh). find_node26 prints the path of its `node` binary:
#   1. $NODE26, when set (the path of a node binary; it must be version 26);
#   2. otherwise a private copy in ${XDG_CACHE_HOME:-$HOME/.cache}/jnode/node26, installed there
#      on first use from the npm registry (package node-linux-<arch>@26) with `npm install --prefix`.
# Messages go to stderr; returns non-zero when no Node 26 can be found or installed.

node26_cache_dir() {
  echo "${XDG_CACHE_HOME:-$HOME/.cache}/jnode/node26"
}

# The npm package holding the Node binary for this machine.
node26_package() {
  local arch
  case "$(uname -m)" in
    x86_64 | amd64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    ppc64le) arch=ppc64le ;;
    s390x) arch=s390x ;;
    *) arch="$(uname -m)" ;;
  esac
  echo "node-linux-$arch"
}

# The major version of the node binary at $1, or nothing when it does not run.
node26_major() {
  local v
  v="$("$1" --version 2>/dev/null)" || return 0
  v="${v#v}"
  echo "${v%%.*}"
}

find_node26() {
  local dir pkg bin
  if [[ -n "${NODE26:-}" ]]; then
    if [[ ! -x "$NODE26" ]]; then
      echo "node26: \$NODE26 ($NODE26) is not an executable" >&2; return 1
    fi
    if [[ "$(node26_major "$NODE26")" != 26 ]]; then
      echo "node26: \$NODE26 ($NODE26) is not Node 26 (it says $("$NODE26" --version 2>&1))" >&2
      return 1
    fi
    echo "$NODE26"; return 0
  fi

  dir="$(node26_cache_dir)"
  pkg="$(node26_package)"
  bin="$dir/node_modules/$pkg/bin/node"
  if [[ -x "$bin" && "$(node26_major "$bin")" == 26 ]]; then
    echo "$bin"; return 0
  fi

  if ! command -v npm >/dev/null 2>&1; then
    echo "node26: no Node 26 found; set NODE26=/path/to/node, or install npm so that" \
         "$pkg@26 can be installed into $dir" >&2
    return 1
  fi
  echo "node26: installing $pkg@26 into $dir (once)..." >&2
  mkdir -p "$dir"
  if ! npm install --prefix "$dir" --no-audit --no-fund --no-save --loglevel=error \
         "$pkg@26" >&2; then
    echo "node26: npm install of $pkg@26 failed" >&2; return 1
  fi
  if [[ -x "$bin" && "$(node26_major "$bin")" == 26 ]]; then
    echo "$bin"; return 0
  fi
  echo "node26: $pkg@26 installed, but $bin is not a working Node 26" >&2
  return 1
}
