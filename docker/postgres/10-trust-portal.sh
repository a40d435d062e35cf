#!/bin/bash
# Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d): one role and
# one database for each user of the cluster, as tools/stack.sh makes them on the machine: the portal,
# notary-server, notary-signer, and Keycloak. Passwords come from the mounted secret files; the
# notary schemas are the ones the machine's tests run against (tools/sql).
set -euo pipefail

create_database() {
  local role=$1 db=$2 password_file=$3
  psql -v ON_ERROR_STOP=1 -q --username "$POSTGRES_USER" --dbname postgres \
    -v role="$role" -v db="$db" -v password="$(cat "$password_file")" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"db" OWNER :"role";
SQL
}

create_database portal portal /run/secrets/portal-db-password
create_database notary notaryserver /run/secrets/notary-db-password
create_database signer notarysigner /run/secrets/signer-db-password
create_database keycloak keycloak /run/secrets/keycloak-db-password

# As the owners, so that notary-server and notary-signer own their tables (local connections are
# trusted while the image initialises).
psql -v ON_ERROR_STOP=1 -q --username notary --dbname notaryserver -f /opt/trust-portal/sql/notary-server.sql
psql -v ON_ERROR_STOP=1 -q --username signer --dbname notarysigner -f /opt/trust-portal/sql/notary-signer.sql
