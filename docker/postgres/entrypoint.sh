#!/bin/bash
# Runs PostgreSQL in the foreground. On an empty data directory it first makes the cluster (the
# superuser's password from POSTGRES_PASSWORD_FILE) and one role and one database for each user, as
# tools/stack.sh makes them on the machine: portal, notary-server (notaryserver), notary-signer
# (notarysigner) and Keycloak, each password from its mounted secret; notary's schemas are the ones
# the machine's tests run against (tools/sql). Every connection needs a password (scram-sha-256).
set -euo pipefail
die() { echo "[postgres] $*" >&2; exit 1; }
secret() { [ -r "$1" ] || die "$1 cannot be read: mount the secret there"; printf '%s' "$(cat "$1")"; }

create_database() {
  local role=$1 db=$2 password
  password=$(secret "$3")
  psql -v ON_ERROR_STOP=1 -q -h /var/run/postgresql -U postgres -d postgres \
    -v role="$role" -v db="$db" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role";
SQL
}

initialise() {
  local pwfile
  pwfile=$(mktemp)
  secret "${POSTGRES_PASSWORD_FILE:?POSTGRES_PASSWORD_FILE must name the superuser password}" > "$pwfile"
  initdb -D "$PGDATA" -U postgres --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  rm -f "$pwfile"
  pg_ctl -D "$PGDATA" -w -o "-c listen_addresses='' -c unix_socket_directories=/var/run/postgresql" start >/dev/null
  create_database portal portal /run/secrets/portal-db-password
  create_database notary notaryserver /run/secrets/notary-db-password
  create_database signer notarysigner /run/secrets/signer-db-password
  create_database keycloak keycloak /run/secrets/keycloak-db-password
  # As the owners, so that notary-server and notary-signer own their tables.
  psql -v ON_ERROR_STOP=1 -q -h /var/run/postgresql -U notary -d notaryserver -f /opt/trust-portal/sql/notary-server.sql
  psql -v ON_ERROR_STOP=1 -q -h /var/run/postgresql -U signer -d notarysigner -f /opt/trust-portal/sql/notary-signer.sql
  pg_ctl -D "$PGDATA" -m fast -w stop >/dev/null
  # From now on, local connections need the password too; remote ones come from the compose network.
  cat > "$PGDATA/pg_hba.conf" <<'HBA'
local all all scram-sha-256
host  all all 0.0.0.0/0 scram-sha-256
host  all all ::/0 scram-sha-256
HBA
  echo "[postgres] cluster made in $PGDATA"
}

[ -s "$PGDATA/PG_VERSION" ] || initialise
exec postgres -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories=/var/run/postgresql
