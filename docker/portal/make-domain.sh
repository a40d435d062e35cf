#!/bin/bash
# Run once while the image is built: the Payara domain with every setting that is the same for every
# container, so that a container only sets its admin password and deploys the EAR when it starts.
# The domain is made with a throwaway password (kept nowhere: the entrypoint replaces the admin's key
# with the mounted secret before the server starts). The same pool and domain settings as tools/stack.sh.
#
#   make-domain.sh DOMAINS_DIR DOMAIN
set -euo pipefail
DOMAINS=$1
DOMAIN=$2
PAYARA=${PAYARA_HOME:-/opt/payara6}
DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

umask 077
printf 'AS_ADMIN_PASSWORD=%s\n' "$(od -An -tx1 -N24 /dev/urandom | tr -d ' \n')" > "$work/pw"
asadmin() { "$PAYARA/bin/asadmin" --user admin --passwordfile "$work/pw" "$@"; }
umask 022

mkdir -p "$DOMAINS"
asadmin create-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null
cp "${POSTGRESQL_JAR:-/opt/trust-portal/postgresql.jar}" "$DOMAINS/$DOMAIN/lib/"
# Structured logs: one JSON object a line on the container's output (and in server.log), as log
# collectors read them.
sed -i -e 's|^com.sun.enterprise.server.logging.GFFileHandler.formatter=.*|com.sun.enterprise.server.logging.GFFileHandler.formatter=fish.payara.enterprise.server.logging.JSONLogFormatter|' \
  -e 's|^java.util.logging.ConsoleHandler.formatter=.*|java.util.logging.ConsoleHandler.formatter=fish.payara.enterprise.server.logging.JSONLogFormatter|' \
  "$DOMAINS/$DOMAIN/config/logging.properties"

# The settings tools/stack.sh applies with asadmin on a running server, written into the new domain's
# domain.xml (booting a server here would need ports of the build's host network). Each edit is
# checked: a Payara whose template changed fails the build instead of starting unconfigured.
# - the JDBC pool: its values are references Payara resolves from the environment when it opens
#   connections, so no secret is ever written into domain.xml;
# - the admin listener answers on the container's loopback only (docker exec): no other container
#   of the network, not even the load balancer, can connect to it, password or not;
# - no JMS broker (the portal sends no messages; the embedded one listens on 7676 otherwise);
# - 16 request threads instead of Payara's 5 (a request waiting for notary-server or the database
#   held one of five; 50 API clients at once queued behind them), with a pool of 32 database
#   connections, so that every request thread may hold two (a REQUIRES_NEW step inside a request).
xml=$DOMAINS/$DOMAIN/config/domain.xml
# shellcheck disable=SC2016 # ${ENV=...} is Payara's reference, for Payara to expand
pool='    <jdbc-connection-pool name="portal-pool" datasource-classname="org.postgresql.ds.PGSimpleDataSource" res-type="javax.sql.DataSource" steady-pool-size="2" max-pool-size="32" is-connection-validation-required="true" connection-validation-method="auto-commit">\
      <property name="user" value="${ENV=PORTAL_DB_USER}"/>\
      <property name="password" value="${ENV=PORTAL_DB_PASSWORD}"/>\
      <property name="serverName" value="${ENV=PORTAL_DB_HOST}"/>\
      <property name="portNumber" value="${ENV=PORTAL_DB_PORT}"/>\
      <property name="databaseName" value="${ENV=PORTAL_DB_NAME}"/>\
    </jdbc-connection-pool>\
    <jdbc-resource pool-name="portal-pool" jndi-name="jdbc/portal"/>'
sed -i \
  -e "0,/^ *<\/resources>/s||$pool\n&|" \
  -e '0,/<server name="server" config-ref="server-config">/s||&\n            <resource-ref ref="jdbc/portal"/>|' \
  -e 's|<network-listener port="4848" protocol="admin-listener"|<network-listener address="127.0.0.1" port="4848" protocol="admin-listener"|' \
  -e '0,/<thread-pool name="http-thread-pool" /s||<thread-pool name="http-thread-pool" max-thread-pool-size="16" |' \
  -e '0,/^\( *\)<security-service>/s||\1<jms-service type="DISABLED" default-jms-host="default_JMS_host"><jms-host name="default_JMS_host" host="localhost" port="7676"/></jms-service>\n\1<security-service activate-default-principal-to-role-mapping="true">|' \
  "$xml"
for expected in 'jndi-name="jdbc/portal"' '<resource-ref ref="jdbc/portal"/>' 'address="127.0.0.1" port="4848" protocol="admin-listener"' \
  '<jms-service type="DISABLED"' 'activate-default-principal-to-role-mapping="true"' \
  '<thread-pool name="http-thread-pool" max-thread-pool-size="16" '; do
  grep -qF "$expected" "$xml" || { echo "domain.xml: the edit that writes $expected did not apply" >&2; exit 1; }
done

# The server's command line, as start-domain would run it: the entrypoint runs it in the foreground
# with the EAR deployed after boot.
"$PAYARA/bin/asadmin" start-domain --dry-run --domaindir "$DOMAINS" \
  --postbootcommandfile "$DIR/post-boot.asadmin" "$DOMAIN" \
  | sed -n -e '2,/^$/p' | sed -e '/^$/d' > "$DIR/server-command"
[ -s "$DIR/server-command" ] || { echo "start-domain --dry-run printed no command" >&2; exit 1; }
