#!/usr/bin/env bash
# The portal's runtime on one machine: a PostgreSQL cluster (the portal's database and notary's
# two), notary-signer, notary-server and Payara Server 6 with the EAR, all on loopback and all
# state in one data directory. Used by the run command and by the integration tests.
#
#   stack.sh start | stop | restart | status | env | notary-stop | notary-start
#   stack.sh instance-start N | instance-stop N | instance-kill N | instance-remove N
#   stack.sh balancer-start | balancer-stop
#
# The instance and balancer commands make the production topology on one machine: more Payara
# instances (N >= 2, each a domain of its own on the next free range of 100 ports) on the same
# database and data directory, and HAProxy on PORT_BASE + 90 in front of every instance, sticky by
# cookie as Vaadin needs.
#
# Each concern is a file of its own under tools/stack/: ports.sh, postgres.sh, pki.sh, notary.sh (its
# configuration from the templates the containers use, tools/notary/*.json.in) and payara.sh (with
# the balancer, from tools/haproxy.cfg). Payara's admin listener answers only with the generated
# password in <data>/secrets/payara-admin-password (0600).
#
# Environment:
#   PORTAL_DATA_DIR  the data directory (required)
#   PAYARA_HOME      an unpacked Payara Server 6 (required for start)
#   PORTAL_EAR       the EAR to deploy on start (optional: without it, what is deployed stays)
#   PORT_BASE        first of the ports used, or "auto" for a free range; kept in ports.env
#   PORTAL_JDBC_JAR  the PostgreSQL JDBC driver copied into the Payara domain on its creation
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${PORTAL_DATA_DIR:?PORTAL_DATA_DIR must name the data directory}"
mkdir -p "$PORTAL_DATA_DIR"
DATA=$(cd "$PORTAL_DATA_DIR" && pwd)
# Read by the concern files sourced below (tools/stack/*.sh).
# shellcheck disable=SC2034
{
PG_DIR=$DATA/postgres
PKI=$DATA/pki
SECRETS=$DATA/secrets
NOTARY_DIR=$DATA/notary
LOGS=$DATA/logs
RUN=$DATA/run
DOMAINS=$DATA/payara
DOMAIN=portal
PG_OS_USER=trustportal
}

log() { printf '[stack] %s\n' "$*"; }
die() { printf '[stack] error: %s\n' "$*" >&2; exit 1; }

# --- helpers shared by the concerns ---------------------------------------------------------------

secret() {
  local file=$SECRETS/$1
  [ -s "$file" ] || (umask 077 && openssl rand -hex 24 > "$file")
  cat "$file"
}

running() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

launch() {
  local name=$1; shift
  running "$name" && return
  setsid "$@" </dev/null >>"$LOGS/$name.log" 2>&1 &
  echo $! > "$RUN/$name.pid"
}

wait_for() {
  local what=$1 seconds=$2; shift 2
  local i
  for ((i = 0; i < seconds * 2; i++)); do
    "$@" && return 0
    sleep 0.5
  done
  die "$what did not come up within ${seconds}s; see $LOGS"
}


stop_process() {
  local name=$1 pid i
  [ -f "$RUN/$name.pid" ] || return 0
  pid=$(cat "$RUN/$name.pid")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/$name.pid"
}

# The concerns, one file each.
for concern in ports postgres pki notary payara; do
  # shellcheck source=/dev/null
  . "$here/stack/$concern.sh"
done

# --- commands -----------------------------------------------------------------------------------

prepare() {
  mkdir -p "$LOGS" "$RUN" "$SECRETS"
  chmod 711 "$DATA"
  chmod 700 "$SECRETS" "$RUN"
  choose_ports
  # shellcheck source=/dev/null
  . "$DATA/ports.env"
}

start() {
  ensure_pg_user
  init_postgres
  start_postgres
  prepare_databases
  init_pki
  init_token_signing
  write_notary_configs
  start_notary
  start_payara
}

stop() {
  stop_process haproxy
  local domain
  for domain in "$DOMAINS"/portal-[2-9]; do
    [ -d "$domain" ] && instance_stop "${domain##*-}"
  done
  stop_payara
  stop_process notary-server
  stop_process notary-signer
  stop_postgres
  log "stopped"
}

status() {
  local name
  as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1 && echo "postgresql: running on 127.0.0.1:$PG_PORT" || echo "postgresql: stopped"
  for name in notary-signer notary-server; do
    running "$name" && echo "$name: running (pid $(cat "$RUN/$name.pid"))" || echo "$name: stopped"
  done
  port_in_use "$HTTP_PORT" && echo "payara: running on http://127.0.0.1:$HTTP_PORT" || echo "payara: stopped"
}

prepare
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) status ;;
  env) cat "$DATA/ports.env"; echo "BALANCER_PORT=$(balancer_port)" ;;
  # Only notary-server, for tests of an outage: the portal queues changes until it is back.
  notary-stop) stop_process notary-server; log "notary-server stopped" ;;
  notary-start) start_notary_server ;;
  instance-start) instance_start "${2:?instance number}" ;;
  instance-stop) instance_stop "${2:?instance number}" ;;
  instance-kill) instance_kill "${2:?instance number}" ;;
  instance-remove) instance_remove "${2:?instance number}" ;;
  balancer-start) balancer_start ;;
  balancer-stop) stop_process haproxy ;;
  *) echo "usage: $0 start|stop|restart|status|env|notary-stop|notary-start|instance-start N|instance-stop N|instance-kill N|instance-remove N|balancer-start|balancer-stop" >&2; exit 2 ;;
esac
