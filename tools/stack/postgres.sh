# PostgreSQL: one cluster in <data>/postgres, run as an unprivileged user, with one role and one
# database per user of it (the portal, notary-server, notary-signer).
# Sourced by tools/stack.sh (which sets DATA, PKI, SECRETS, LOGS, RUN, the ports and the helpers).
# shellcheck shell=bash disable=SC2154 # those variables, "here" among them, are assigned by tools/stack.sh

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_OS_USER" -- "$@"; else "$@"; fi
}

ensure_pg_user() {
  [ "$(id -u)" -eq 0 ] || return 0
  id "$PG_OS_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER"
  as_pg test -x "$DATA" || die "$DATA is not reachable by user $PG_OS_USER, who runs PostgreSQL: choose a data directory outside private home directories (PORTAL_DATA_DIR)"
}

pg_bin() { printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1; }


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
