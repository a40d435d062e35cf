# Payara Server with the EAR: the stack's own instance, more instances and HAProxy in front of them.
# Sourced by tools/stack.sh (which sets DATA, PKI, SECRETS, LOGS, RUN, the ports and the helpers).
# shellcheck shell=bash disable=SC2154,SC2153 # those variables, "here" among them, are assigned by tools/stack.sh

# Every asadmin command authenticates as admin with the generated password (secrets/payara-admin-password,
# 0600): the admin listener answers nothing without it, so no local user can deploy into the server that
# holds the key-encryption key.
admin_password_file() {
  local file=$RUN/asadmin.pw
  [ -s "$file" ] || (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$(secret payara-admin-password)" > "$file")
  echo "$file"
}
asadmin_local() { "$PAYARA_HOME/bin/asadmin" --user admin --passwordfile "$(admin_password_file)" "$@"; }
asadmin() { asadmin_local --port "$ADMIN_PORT" "$@"; }

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
  asadmin_local create-domain --portbase "$PORT_BASE" \
    --domaindir "$DOMAINS" "$DOMAIN" >"$LOGS/create-domain.log" 2>&1 \
    || die "create-domain failed, see $LOGS/create-domain.log"
  # Listeners default to 0.0.0.0 and the data grid to the first non-loopback interface.
  sed -i -e 's/address="0\.0\.0\.0"/address="127.0.0.1"/g' \
    -e 's/<network-listener port=/<network-listener address="127.0.0.1" port=/g' \
    -e 's/<hazelcast-runtime-configuration /<hazelcast-runtime-configuration interface="127.0.0.1" /' \
    "$DOMAINS/$DOMAIN/config/domain.xml"
  cp "${PORTAL_JDBC_JAR:?PORTAL_JDBC_JAR must name the PostgreSQL JDBC driver}" "$DOMAINS/$DOMAIN/lib/"
  touch "$DOMAINS/$DOMAIN/.admin-password"
}

# A domain made before the admin password existed (an older `run`) gets it now, while it runs.
secure_admin_listener() {
  [ -f "$DOMAINS/$DOMAIN/.admin-password" ] && return
  local file=$RUN/asadmin-change.pw
  (umask 077 && printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$(secret payara-admin-password)" > "$file")
  "$PAYARA_HOME/bin/asadmin" --port "$ADMIN_PORT" --user admin --passwordfile "$file" change-admin-password \
    >>"$LOGS/payara-start.log" 2>&1 || { rm -f "$file"; die "setting Payara's admin password failed, see $LOGS/payara-start.log"; }
  rm -f "$file"
  touch "$DOMAINS/$DOMAIN/.admin-password"
  log "Payara's admin listener now needs the password in $SECRETS/payara-admin-password"
}

configure_domain() {
  [ -f "$DOMAINS/$DOMAIN/.configured" ] && return
  cat > "$DOMAINS/$DOMAIN/config/portal.asadmin" <<EOF
create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 32 --isconnectvalidatereq=true --validationmethod auto-commit --property user=portal:password=$(secret portal-db-password):serverName=127.0.0.1:portNumber=$PG_PORT:databaseName=portal portal-pool
create-jdbc-resource --connectionpoolid portal-pool jdbc/portal
set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true
set configs.config.server-config.jms-service.type=DISABLED
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=16
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
  asadmin_local start-domain --domaindir "$DOMAINS" "$DOMAIN" >>"$LOGS/payara-start.log" 2>&1 \
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
  secure_admin_listener
  configure_domain
  deploy
  wait_for "the portal" 180 portal_ready
  log "Payara on http://127.0.0.1:$HTTP_PORT (admin console on 127.0.0.1:$ADMIN_PORT)"
}

stop_payara() {
  [ -d "$DOMAINS/$DOMAIN" ] && [ -n "${PAYARA_HOME:-}" ] || return 0
  asadmin_local stop-domain --domaindir "$DOMAINS" "$DOMAIN" >/dev/null 2>&1 || true
}

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
  sed -e "s|@BIND@|127.0.0.1:$BALANCER_PORT|" "$here/haproxy.cfg" > "$DATA/haproxy.cfg"
  printf '%s' "$servers" >> "$DATA/haproxy.cfg"
  stop_process haproxy
  launch haproxy haproxy -db -f "$DATA/haproxy.cfg"
  wait_for haproxy 30 port_in_use "$BALANCER_PORT"
  log "HAProxy on http://127.0.0.1:$BALANCER_PORT"
}
