# Shared helpers for the infra scripts (sourced, not run).
# Installs are cached under $NITHET_CACHE (default ~/.cache/nithet) so that every checkout
# on a machine reuses them; runtime data lives in the checkout's git-ignored var/ folder.

set -euo pipefail
INFRA_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd "$INFRA_DIR/.." && pwd)"
NITHET_CACHE="${NITHET_CACHE:-$HOME/.cache/nithet}"
NITHET_VAR="${NITHET_VAR:-$ROOT_DIR/var}"
mkdir -p "$NITHET_CACHE" "$NITHET_VAR"

log() { printf '[infra] %s\n' "$*" >&2; }

# content_hash FILE... : a short hash of the files' contents, to key cached builds.
content_hash() { cat "$@" | sha256sum | cut -c1-12; }

# wait_for_port HOST PORT SECONDS : succeed once something accepts TCP connections.
wait_for_port() {
  local host=$1 port=$2 secs=$3 i
  for ((i = 0; i < secs * 10; i++)); do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  return 1
}
