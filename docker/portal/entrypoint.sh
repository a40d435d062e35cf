#!/bin/bash
# Starts the portal in the foreground: a fresh Payara domain on every start (the domain holds no state;
# everything lives in PostgreSQL), whose admin password is the mounted secret, the JDBC pool read from
# PORTAL_DB_*, and the EAR deployed after boot. The same pool and domain settings as tools/stack.sh.
#
# Environment:
#   PAYARA_ADMIN_PASSWORD_FILE  the admin password of the domain (required: there is no default)
#   PORTAL_DB_HOST, PORTAL_DB_PORT (5432), PORTAL_DB_NAME, PORTAL_DB_USER, PORTAL_DB_PASSWORD_FILE
#   PORTAL_ADMIN_PASSWORD_FILE  the portal's first platform admin (optional: else generated)
#   PORTAL_KEK_FILE, PORTAL_KEK_PASSWORD_FILE  the key-encryption keystore shared by every instance
#   PORTAL_JVM_HEAP             -Xmx of the server (768m)
#   PORTAL_*                    everything else the portal reads through MicroProfile Config
set -euo pipefail

PAYARA=/opt/payara6
STATE=/var/lib/trust-portal
DOMAINS=$STATE/domains
DOMAIN=portal
RUN=$STATE/run

die() { echo "[trust-portal] $*" >&2; exit 1; }

# Reads the file that <NAME>_FILE names; trailing newlines of an editor are not part of the secret.
secret_from_file() {
  local file_var="${1}_FILE" file
  file=${!file_var:-}
  [ -n "$file" ] || return 1
  [ -r "$file" ] || die "$file_var names $file, which cannot be read: mount the secret there"
  printf '%s' "$(cat "$file")"
}

admin_password=$(secret_from_file PAYARA_ADMIN_PASSWORD) \
  || die "PAYARA_ADMIN_PASSWORD_FILE is not set: the admin listener has no default password (docs/production.md)"
[ ${#admin_password} -ge 12 ] || die "the password in PAYARA_ADMIN_PASSWORD_FILE is shorter than 12 characters"
PORTAL_DB_PASSWORD=$(secret_from_file PORTAL_DB_PASSWORD) || die "PORTAL_DB_PASSWORD_FILE is not set"
export PORTAL_DB_PASSWORD
if value=$(secret_from_file PORTAL_ADMIN_PASSWORD); then export PORTAL_ADMIN_PASSWORD=$value; fi
export PORTAL_DB_PORT=${PORTAL_DB_PORT:-5432}
for required in PORTAL_DB_HOST PORTAL_DB_NAME PORTAL_DB_USER; do
  [ -n "${!required:-}" ] || die "$required is not set: the database pool needs it (docs/production.md)"
done

# The key-encryption key lives in <portal.data.dir>/secrets under fixed names: link the mounted files there.
mkdir -p "$PORTAL_DATA_DIR/secrets" "$RUN" && chmod 700 "$PORTAL_DATA_DIR/secrets" "$RUN"
if [ -n "${PORTAL_KEK_FILE:-}" ]; then
  if [ ! -r "$PORTAL_KEK_FILE" ] || [ ! -r "${PORTAL_KEK_PASSWORD_FILE:?PORTAL_KEK_PASSWORD_FILE must name the keystore password}" ]; then
    die "PORTAL_KEK_FILE and PORTAL_KEK_PASSWORD_FILE must name readable files"
  fi
  ln -sf "$PORTAL_KEK_FILE" "$PORTAL_DATA_DIR/secrets/custody-kek.p12"
  ln -sf "$PORTAL_KEK_PASSWORD_FILE" "$PORTAL_DATA_DIR/secrets/custody-kek.password"
fi

umask 077
password_file=$RUN/asadmin.pw
printf 'AS_ADMIN_PASSWORD=%s\n' "$admin_password" > "$password_file"
asadmin() { "$PAYARA/bin/asadmin" --user admin --passwordfile "$password_file" "$@"; }

rm -rf "${DOMAINS:?}/$DOMAIN"
mkdir -p "$DOMAINS"
asadmin create-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null || die "create-domain failed"
cp /opt/trust-portal/postgresql.jar "$DOMAINS/$DOMAIN/lib/"
# Structured logs: one JSON object a line on the container's output (and in server.log), as log
# collectors read them.
sed -i -e 's|^com.sun.enterprise.server.logging.GFFileHandler.formatter=.*|com.sun.enterprise.server.logging.GFFileHandler.formatter=fish.payara.enterprise.server.logging.JSONLogFormatter|' \
  -e 's|^java.util.logging.ConsoleHandler.formatter=.*|java.util.logging.ConsoleHandler.formatter=fish.payara.enterprise.server.logging.JSONLogFormatter|' \
  "$DOMAINS/$DOMAIN/config/logging.properties"

# Applied to domain.xml before the server boots; with the first line after boot (the JMS service exists
# only then), the settings of tools/stack.sh's configure_domain.
# The admin listener answers on the container's loopback only (docker exec): no other container of the
# network, not even the load balancer, can connect to it, password or not.
cat > "$RUN/pre-boot.asadmin" <<ASADMIN
set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
set configs.config.server-config.network-config.network-listeners.network-listener.admin-listener.address=127.0.0.1
ASADMIN
# After boot: the pool (its values are references Payara resolves from the environment when it opens
# connections, so no secret is written into domain.xml), then the EAR.
cat > "$RUN/post-boot.asadmin" <<'ASADMIN'
set configs.config.server-config.jms-service.type=DISABLED
create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 16 --isconnectvalidatereq=true --validationmethod auto-commit portal-pool
set resources.jdbc-connection-pool.portal-pool.property.user=${ENV=PORTAL_DB_USER}
set resources.jdbc-connection-pool.portal-pool.property.password=${ENV=PORTAL_DB_PASSWORD}
set resources.jdbc-connection-pool.portal-pool.property.serverName=${ENV=PORTAL_DB_HOST}
set resources.jdbc-connection-pool.portal-pool.property.portNumber=${ENV=PORTAL_DB_PORT}
set resources.jdbc-connection-pool.portal-pool.property.databaseName=${ENV=PORTAL_DB_NAME}
create-jdbc-resource --connectionpoolid portal-pool jdbc/portal
deploy --name trust-portal /opt/trust-portal/trust-portal.ear
ASADMIN

# One JVM in the foreground, as PID 1's child signals reach it: the command start-domain would run.
command=$(asadmin start-domain --dry-run --domaindir "$DOMAINS" --prebootcommandfile "$RUN/pre-boot.asadmin" \
  --postbootcommandfile "$RUN/post-boot.asadmin" "$DOMAIN" | sed -n -e '2,/^$/p' | sed -e "s|^-Xmx.*|-Xmx$PORTAL_JVM_HEAP|")
[ -n "$command" ] || die "start-domain --dry-run printed no command"
# shellcheck disable=SC2086 # one argument per line, none with spaces
exec $command < "$password_file"
