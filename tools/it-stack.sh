#!/usr/bin/env bash
# The stack for the integration tests: started fresh in its own data directory on free ports,
# stopped afterwards with its logs kept under IT_LOG_DIR and the data directory removed.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${PORTAL_DATA_DIR:?}" "${IT_LOG_DIR:?}"

case "${1:-}" in
  start)
    rm -rf "$PORTAL_DATA_DIR"
    if ! "$here/stack.sh" start; then
      "$0" stop || true
      exit 1
    fi
    ;;
  stop)
    [ -d "$PORTAL_DATA_DIR" ] || exit 0
    "$here/stack.sh" stop || true
    mkdir -p "$IT_LOG_DIR"
    cp -r "$PORTAL_DATA_DIR/logs/." "$IT_LOG_DIR/" 2>/dev/null || true
    cp "$PORTAL_DATA_DIR/payara/portal/logs/server.log" "$IT_LOG_DIR/payara-server.log" 2>/dev/null || true
    [ -n "${KEEP_IT_DATA:-}" ] || rm -rf "$PORTAL_DATA_DIR"
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
