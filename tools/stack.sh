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
PG_DIR=$DATA/postgres
PKI=$DATA/pki
SECRETS=$DATA/secrets
NOTARY_DIR=$DATA/notary
LOGS=$DATA/logs
RUN=$DATA/run
DOMAINS=$DATA/payara
DOMAIN=portal
PG_OS_USER=trustportal

log() { printf '[stack] %s\n' "$*"; }
die() { printf '[stack] error: %s\n' "$*" >&2; exit 1; }

# --- ports ------------------------------------------------------------------------------------

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Payara's --portbase uses base+9 ... base+86; the portal's own services sit between; the balancer
# of several instances takes base+90.
range_free() {
  local base=$1 offset
  for offset in 9 32 37 38 39 44 45 48 49 59 66 76 80 81 86 90; do
    port_in_use $((base + offset)) && return 1
  done
  return 0
}

choose_ports() {
  [ -f "$DATA/ports.env" ] && return
  local base=${PORT_BASE:-8000}
  if [ "$base" = auto ]; then
    base=20000
    until range_free "$base"; do
      base=$((base + 100))
      [ "$base" -lt 60000 ] || die "no free range of loopback ports found"
    done
  elif ! range_free "$base"; then
    die "a port of the range $base-$((base + 99)) is taken; choose another with PORT_BASE=<number> or PORT_BASE=auto"
  fi
  cat > "$DATA/ports.env" <<EOF
PORT_BASE=$base
PG_PORT=$((base + 32))
NOTARY_SERVER_PORT=$((base + 44))
NOTARY_SIGNER_PORT=$((base + 45))
ADMIN_PORT=$((base + 48))
HTTP_PORT=$((base + 80))
EOF
}

# --- the unprivileged user PostgreSQL runs as ----------------------------------------------------

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}

ensure_pg_user() {
  [ "$(id -u)" -eq 0 ] || return 0
  id "$PG_OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER"
  as_pg test -x "$DATA" || die "$DATA is not reachable by user $PG_OS_USER, who runs PostgreSQL: choose a data directory outside private home directories (PORTAL_DATA_DIR)"
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

secret() {
  local file=$SECRETS/$1
  [ -s "$file" ] || (umask 077 && openssl rand -hex 24 > "$file")
  cat "$file"
}

# --- PostgreSQL ---------------------------------------------------------------------------------

psql_as() {
  local user=$1 password=$2 db=$3; shift 3
  PGOPTIONS="-c client_min_messages=warning" PGPASSWORD=$password psql -h 127.0.0.1 -p "$PG_PORT" -U "$user" -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"
}
psql_super() { psql_as postgres "$(secret postgres-password)" postgres "$@"; }

init_postgres() {
  [ -f "$PG_DIR/PG_VERSION" ] && return
  log "initialising the PostgreSQL cluster in $PG_DIR"
  mkdir -p "$PG_DIR" && chmod 700 "$PG_DIR"
  local pwfile=$RUN/initdb.pw
  secret postgres-password > "$pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown "$PG_OS_USER" "$PG_DIR" "$pwfile"; chmod 711 "$RUN"; fi
  as_pg "$(pg_bin)/initdb" -D "$PG_DIR" -U postgres --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 >"$LOGS/initdb.log" 2>&1 \
    || die "initdb failed, see $LOGS/initdb.log"
  rm -f "$pwfile"
  chmod 700 "$RUN"
}

start_postgres() {
  if as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR" status >/dev/null 2>&1; then return; fi
  touch "$LOGS/postgres.log"
  [ "$(id -u)" -eq 0 ] && chown "$PG_OS_USER" "$LOGS/postgres.log"
  as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR" -l "$LOGS/postgres.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=''" start >/dev/null \
    || die "PostgreSQL did not start, see $LOGS/postgres.log"
  log "PostgreSQL on 127.0.0.1:$PG_PORT"
}

# One role and one database per user of the cluster: the portal, notary-server, notary-signer.
ensure_database() {
  local role=$1 db=$2 password
  password=$(secret "$role-db-password")
  if [ -z "$(psql_super -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]; then
    psql_super -c "CREATE ROLE $role LOGIN PASSWORD '$password'"
  fi
  if [ -z "$(psql_super -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    psql_super -c "CREATE DATABASE $db OWNER $role"
  fi
}

prepare_databases() {
  ensure_database portal portal
  ensure_database notary notaryserver
  ensure_database signer notarysigner
  psql_as notary "$(secret notary-db-password)" notaryserver -f "$here/sql/notary-server.sql" >/dev/null
  psql_as signer "$(secret signer-db-password)" notarysigner -f "$here/sql/notary-signer.sql" >/dev/null
}

stop_postgres() {
  [ -f "$PG_DIR/PG_VERSION" ] || return 0
  as_pg "$(pg_bin)/pg_ctl" -D "$PG_DIR" -m fast -w stop >/dev/null 2>&1 || true
}

# --- certificates -------------------------------------------------------------------------------

issue_certificate() {
  local name=$1 usage=$2
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=trust-portal $name" \
    -keyout "$PKI/$name.key" -out "$PKI/$name.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=%s\nkeyUsage=critical,digitalSignature\nbasicConstraints=critical,CA:FALSE\n' \
    "$usage" > "$PKI/$name.ext"
  openssl x509 -req -in "$PKI/$name.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -set_serial "0x$(openssl rand -hex 16)" \
    -days 825 -sha256 -extfile "$PKI/$name.ext" -out "$PKI/$name.crt" 2>/dev/null
  rm -f "$PKI/$name.csr" "$PKI/$name.ext"
  chmod 600 "$PKI/$name.key"
}

init_pki() {
  [ -f "$PKI/ca.crt" ] && return
  log "generating the local CA and the notary certificates in $PKI"
  mkdir -p "$PKI" && chmod 700 "$PKI"
  openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 -sha256 \
    -subj "/CN=Trust Portal local CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" -keyout "$PKI/ca.key" -out "$PKI/ca.crt" 2>/dev/null
  chmod 600 "$PKI/ca.key"
  issue_certificate notary-server serverAuth
  issue_certificate notary-signer serverAuth
  issue_certificate signer-client clientAuth
}

# The key that signs notary-server's bearer tokens, made here rather than by the portal: notary-server in
# token mode refuses to start without its root certificate bundle, and must not wait for Payara (the
# portal publishes through it from its first minute). The portal reads the key (mode 0600, in the 0700
# pki directory, like the signer client key) through portal.notary.token.key; notary-server reads the
# self-signed certificate as its rootcertbundle.
init_token_signing() {
  [ -f "$PKI/token-signing.crt" ] && return
  log "generating the notary token-signing key in $PKI"
  openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 -sha256 \
    -subj "/CN=Trust Portal notary token signing" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,digitalSignature,keyCertSign" \
    -keyout "$PKI/token-signing.key" -out "$PKI/token-signing.crt" 2>/dev/null
  chmod 600 "$PKI/token-signing.key"
}

# --- notary-signer and notary-server --------------------------------------------------------------

write_notary_configs() {
  mkdir -p "$NOTARY_DIR" && chmod 700 "$NOTARY_DIR"
  cat > "$NOTARY_DIR/signer.json" <<EOF
{"server": {"grpc_addr": "127.0.0.1:$NOTARY_SIGNER_PORT", "tls_cert_file": "../pki/notary-signer.crt",
            "tls_key_file": "../pki/notary-signer.key", "client_ca_file": "../pki/ca.crt"},
 "logging": {"level": "info"},
 "storage": {"backend": "postgres", "default_alias": "portal",
             "db_url": "postgres://signer:$(secret signer-db-password)@127.0.0.1:$PG_PORT/notarysigner?sslmode=disable"}}
EOF
  cat > "$NOTARY_DIR/server.json" <<EOF
{"server": {"http_addr": "127.0.0.1:$NOTARY_SERVER_PORT", "tls_cert_file": "../pki/notary-server.crt",
            "tls_key_file": "../pki/notary-server.key"},
 "trust_service": {"type": "remote", "hostname": "127.0.0.1", "port": "$NOTARY_SIGNER_PORT",
                   "tls_ca_file": "../pki/ca.crt", "key_algorithm": "ecdsa",
                   "tls_client_cert": "../pki/signer-client.crt", "tls_client_key": "../pki/signer-client.key"},
 "auth": {"type": "token",
          "options": {"realm": "http://127.0.0.1:$HTTP_PORT/service/token", "service": "notary-server",
                      "issuer": "trust-portal", "rootcertbundle": "$PKI/token-signing.crt"}},
 "logging": {"level": "info"},
 "storage": {"backend": "postgres",
             "db_url": "postgres://notary:$(secret notary-db-password)@127.0.0.1:$PG_PORT/notaryserver?sslmode=disable"}}
EOF
  chmod 600 "$NOTARY_DIR"/*.json
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

notary_server_healthy() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' --cacert "$PKI/ca.crt" \
    "https://127.0.0.1:$NOTARY_SERVER_PORT/_notary_server/health")" = 200 ]
}

start_notary_server() {
  launch notary-server notary-server -config "$NOTARY_DIR/server.json"
  wait_for notary-server 30 notary_server_healthy
  log "notary-server on https://127.0.0.1:$NOTARY_SERVER_PORT"
}

start_notary() {
  # The signer's key passphrase alias: NOTARY_SIGNER_<ALIAS> in upper case (notary-v1-facts §10).
  NOTARY_SIGNER_PORTAL=$(secret signer-alias-passphrase) launch notary-signer \
    notary-signer -config "$NOTARY_DIR/signer.json"
  wait_for notary-signer 30 port_in_use "$NOTARY_SIGNER_PORT"
  log "notary-signer on 127.0.0.1:$NOTARY_SIGNER_PORT"
  start_notary_server
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

# --- Payara -------------------------------------------------------------------------------------

asadmin() { "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" "$@"; }

# The portal's configuration reaches the server as environment variables, which MicroProfile
# Config reads (portal.notary.url <- PORTAL_NOTARY_URL); no escaping rules of asadmin apply.
export_portal_config() {
  export PORTAL_DATA_DIR=$DATA
  export PORTAL_NOTARY_URL=https://127.0.0.1:$NOTARY_SERVER_PORT
  export PORTAL_NOTARY_CA=$PKI/ca.crt
  export PORTAL_NOTARY_SIGNER_ADDRESS=127.0.0.1:$NOTARY_SIGNER_PORT
  export PORTAL_NOTARY_CLIENT_CERT=$PKI/signer-client.crt
  export PORTAL_NOTARY_CLIENT_KEY=$PKI/signer-client.key
  # The token service of notary-server (see init_token_signing); issuer and service are the defaults.
  export PORTAL_NOTARY_TOKEN_KEY=$PKI/token-signing.key
  export PORTAL_NOTARY_TOKEN_CERTIFICATE=$PKI/token-signing.crt
}

create_domain() {
  [ -d "$DOMAINS/$DOMAIN" ] && return
  log "creating the Payara domain in $DOMAINS"
  mkdir -p "$DOMAINS" && chmod 700 "$DOMAINS"
  "$PAYARA_HOME/bin/asadmin" create-domain --nopassword=true --portbase "$PORT_BASE" \
    --domaindir "$DOMAINS" "$DOMAIN" >"$LOGS/create-domain.log" 2>&1 \
    || die "create-domain failed, see $LOGS/create-domain.log"
  # Listeners default to 0.0.0.0 and the data grid to the first non-loopback interface.
  sed -i -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
    -e 's/<network-listener port=/<network-listener address="127.0.0.1" port=/g' \
    -e 's/<hazelcast-runtime-configuration /<hazelcast-runtime-configuration interface="127.0.0.1" /' \
    "$DOMAINS/$DOMAIN/config/domain.xml"
  cp "${PORTAL_JDBC_JAR:?PORTAL_JDBC_JAR must name the PostgreSQL JDBC driver}" "$DOMAINS/$DOMAIN/lib/"
}

configure_domain() {
  [ -f "$DOMAINS/$DOMAIN/.configured" ] && return
  cat > "$DOMAINS/$DOMAIN/config/portal.asadmin" <<EOF
create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 16 --isconnectvalidatereq=true --validationmethod auto-commit --property user=portal:password=$(secret portal-db-password):serverName=127.0.0.1:portNumber=$PG_PORT:databaseName=portal portal-pool
create-jdbc-resource --connectionpoolid portal-pool jdbc/portal
set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
set configs.config.server-config.jms-service.type=DISABLED
delete-jvm-options -Xmx512m
create-jvm-options -Xmx768m
create-jvm-options -Dhazelcast.socket.bind.any=false
EOF
  asadmin multimode --file "$DOMAINS/$DOMAIN/config/portal.asadmin" >"$LOGS/configure-domain.log" 2>&1 \
    || die "configuring the domain failed, see $LOGS/configure-domain.log"
  rm -f "$DOMAINS/$DOMAIN/config/portal.asadmin"
  touch "$DOMAINS/$DOMAIN/.configured"
  asadmin stop-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null
  start_domain
}

start_domain() {
  export_portal_config
  "$PAYARA_HOME/bin/asadmin" start-domain --domaindir "$DOMAINS" "$DOMAIN" >>"$LOGS/payara-start.log" 2>&1 \
    || die "Payara did not start, see $LOGS/payara-start.log and $DOMAINS/$DOMAIN/logs/server.log"
}

deploy() {
  [ -n "${PORTAL_EAR:-}" ] || return 0
  log "deploying $(basename "$PORTAL_EAR")"
  asadmin deploy --force=true --name trust-portal "$PORTAL_EAR" >"$LOGS/deploy.log" 2>&1 \
    || die "deployment failed: $(tail -n 3 "$LOGS/deploy.log"); see $DOMAINS/$DOMAIN/logs/server.log"
}

portal_ready() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/health")" = 200 ] &&
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/login")" = 200 ]
}

start_payara() {
  : "${PAYARA_HOME:?PAYARA_HOME must name an unpacked Payara Server 6}"
  create_domain
  if ! port_in_use "$ADMIN_PORT"; then start_domain; fi
  configure_domain
  deploy
  wait_for "the portal" 180 portal_ready
  log "Payara on http://127.0.0.1:$HTTP_PORT (admin console on 127.0.0.1:$ADMIN_PORT)"
}

stop_payara() {
  [ -d "$DOMAINS/$DOMAIN" ] && [ -n "${PAYARA_HOME:-}" ] || return 0
  "$PAYARA_HOME/bin/asadmin" stop-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null 2>&1 || true
}

# --- more instances and the balancer -----------------------------------------------------------

# Runs "$@" with DOMAIN, PORT_BASE, ADMIN_PORT and HTTP_PORT of instance $1 (1 is the stack's own).
as_instance() {
  local n=$1; shift
  [[ "$n" =~ ^[1-9]$ ]] || die "an instance is a number from 1 to 9, not '$n'"
  if [ "$n" -gt 1 ]; then
    local DOMAIN=portal-$n PORT_BASE=$PORT_BASE
    PORT_BASE=$(instance_port_base "$n")
    local ADMIN_PORT=$((PORT_BASE + 48)) HTTP_PORT=$((PORT_BASE + 80))
  fi
  "$@"
}

# An instance keeps the ports it got first (in <data>/instance-N.port-base): the next free range of
# 100 above the stack's.
instance_port_base() {
  local file=$DATA/instance-$1.port-base base
  if [ ! -f "$file" ]; then
    base=$((PORT_BASE + 100))
    until range_free "$base" && ! grep -qx "$base" "$DATA"/instance-*.port-base 2>/dev/null; do
      base=$((base + 100))
      [ "$base" -lt 60000 ] || die "no free range of loopback ports found for instance $1"
    done
    echo "$base" > "$file"
  fi
  cat "$file"
}

instance_start() {
  port_in_use "$HTTP_PORT" || die "start the stack first (instance 1)"
  as_instance "$1" start_payara
}

instance_stop() {
  as_instance "$1" stop_payara
  log "instance $1 stopped"
}

# Stops the instance and removes its domain and ports, so that the next start begins afresh.
instance_remove() {
  [ "$1" -gt 1 ] || die "instance 1 is the stack's own; stop the stack instead"
  instance_stop "$1"
  rm -rf "$DOMAINS/portal-$1" "$DATA/instance-$1.port-base"
}

# As a crash would: no shutdown hooks, transactions cut off mid-way.
instance_kill() {
  local pid_file
  pid_file=$(as_instance "$1" domain_pid_file)
  [ -f "$pid_file" ] || die "instance $1 is not running"
  kill -9 "$(cat "$pid_file")" 2>/dev/null || true
  rm -f "$pid_file"
  log "instance $1 killed"
}

domain_pid_file() { echo "$DOMAINS/$DOMAIN/config/pid"; }
printenv_http_port() { echo "$HTTP_PORT"; }

balancer_port() { echo $((PORT_BASE + 90)); }

balancer_start() {
  local servers="" n http BALANCER_PORT
  BALANCER_PORT=$(balancer_port)
  for n in 1 2 3 4 5 6 7 8 9; do
    [ "$n" -eq 1 ] || [ -d "$DOMAINS/portal-$n" ] || continue
    http=$(as_instance "$n" printenv_http_port)
    servers+="  server portal-$n 127.0.0.1:$http check cookie portal-$n"$'\n'
  done
  sed -e "s|@BALANCER_PORT@|$BALANCER_PORT|" "$here/haproxy.cfg" > "$DATA/haproxy.cfg"
  printf '%s' "$servers" >> "$DATA/haproxy.cfg"
  stop_process haproxy
  launch haproxy haproxy -db -f "$DATA/haproxy.cfg"
  wait_for haproxy 30 port_in_use "$BALANCER_PORT"
  log "HAProxy on http://127.0.0.1:$BALANCER_PORT"
}

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
