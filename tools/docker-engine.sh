#!/usr/bin/env bash
# A Docker engine for the production test on a machine without one running: Debian's dockerd (which
# starts its own containerd), started only when no engine answers, and stopped again by `stop` only
# if this script started it.
#
#   docker-engine.sh start | stop
#
# It leaves the host's network as it found it: the engine runs without iptables rules, without IP
# forwarding and without the default bridge (docker0). Compose's own networks are plain bridges the
# engine removes with them; published ports are served by docker-proxy on the host. Image builds use
# the host's network (the compose file builds with `network: host`), so nothing needs NAT.
#
# Environment: DOCKER_ENGINE_DIR (default /var/lib/trust-portal-docker-engine): pid and log.
set -euo pipefail

DIR=${DOCKER_ENGINE_DIR:-/var/lib/trust-portal-docker-engine}
PID=$DIR/dockerd.pid

log() { printf '[docker-engine] %s\n' "$*"; }
die() { printf '[docker-engine] error: %s\n' "$*" >&2; exit 1; }

answers() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

start() {
  answers && { log "an engine is running already: $(docker version --format '{{.Server.Version}}')"; return; }
  [ "$(id -u)" -eq 0 ] || die "no Docker engine answers, and only root may start one"
  command -v dockerd >/dev/null || die "dockerd is not installed (tools/deps.sh docker installs Debian's docker.io)"
  mkdir -p "$DIR"
  log "starting dockerd (log: $DIR/dockerd.log)"
  setsid dockerd --iptables=false --ip6tables=false --ip-forward=false --ip-masq=false --bridge=none \
    --pidfile "$PID" </dev/null >>"$DIR/dockerd.log" 2>&1 &
  local i
  for ((i = 0; i < 120; i++)); do
    answers && { log "dockerd $(docker version --format '{{.Server.Version}}') is up"; return; }
    sleep 0.5
  done
  tail -n 20 "$DIR/dockerd.log" >&2
  die "dockerd did not answer within 60 s"
}

stop() {
  [ -f "$PID" ] || { log "no engine started by this script is running"; return; }
  local pid i
  pid=$(cat "$PID")
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  rm -f "$PID"
  # Bridges of networks still defined stay behind when the engine stops; none of them is the host's.
  local link
  for link in $(ip -o link show type bridge 2>/dev/null | awk -F': ' '{print $2}' | grep '^br-' || true); do
    ip link delete "$link" 2>/dev/null || true
  done
  log "dockerd stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
