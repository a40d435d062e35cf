#!/usr/bin/env bash
# A Keycloak for the single sign-on tests and for trying single sign-on out: Keycloak's own
# distribution (unpacked from Maven by the ear build), in development mode with an in-memory
# database, on loopback, with the example realm tools/keycloak/trust-portal-realm.json imported on
# every start. Not for production: point the portal at a real Keycloak instead (README).
#
#   keycloak.sh start | stop | status | env
#
# Environment:
#   KEYCLOAK_HOME      the unpacked keycloak-quarkus-dist (required for start)
#   KEYCLOAK_DATA_DIR  where the port, secrets, log and pid are kept (required)
#   TRUST_PORTAL_URL   the portal's base URL, e.g. http://127.0.0.1:8080 (required for start):
#                      the realm allows redirects back to it only
#   KEYCLOAK_PORT      the HTTP port, or "auto" (default) for a free one; kept in keycloak.env
#   KEYCLOAK_NO_WAIT   set to 1 to return as soon as Keycloak is launched (start again to wait)
#   KEYCLOAK_JAVA_HOME the JDK to run it on (default: the java on PATH; Keycloak 26 runs on 17+)
#
# keycloak.env (after start) holds KEYCLOAK_URL, KEYCLOAK_ISSUER, KEYCLOAK_CLIENT_ID and the
# files with the client secret and the users' password: what the portal's PORTAL_OIDC_* need.
# KEYCLOAK_BACKCHANNEL_ISSUER is the same realm by another name (localhost): a server that reaches
# Keycloak there is given token and key URLs on that name, while the issuer stays KEYCLOAK_ISSUER,
# as the portal containers of docker/compose.yaml reach their Keycloak on the backend network.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${KEYCLOAK_DATA_DIR:?KEYCLOAK_DATA_DIR must name the directory Keycloak keeps its state in}"
mkdir -p "$KEYCLOAK_DATA_DIR"
DATA=$(cd "$KEYCLOAK_DATA_DIR" && pwd)
REALM_FILE=$here/keycloak/trust-portal-realm.json
REALM=trust-portal

log() { printf '[keycloak] %s\n' "$*"; }
die() { printf '[keycloak] error: %s\n' "$*" >&2; exit 1; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

secret() {
  local file=$DATA/$1
  [ -s "$file" ] || (umask 077 && openssl rand -hex 16 > "$file")
  cat "$file"
}

# The HTTP port and the management port right above it, both free.
choose_port() {
  [ -f "$DATA/keycloak.env" ] && return
  local port=${KEYCLOAK_PORT:-auto}
  if [ "$port" = auto ]; then
    port=18080
    while port_in_use "$port" || port_in_use $((port + 1)); do
      port=$((port + 2))
      [ "$port" -lt 19000 ] || die "no two free loopback ports found between 18080 and 19000"
    done
  fi
  cat > "$DATA/keycloak.env" <<EOF
KEYCLOAK_PORT=$port
KEYCLOAK_URL=http://127.0.0.1:$port
KEYCLOAK_ISSUER=http://127.0.0.1:$port/realms/$REALM
KEYCLOAK_BACKCHANNEL_ISSUER=http://localhost:$port/realms/$REALM
KEYCLOAK_CLIENT_ID=trust-portal
KEYCLOAK_CLIENT_SECRET_FILE=$DATA/client-secret
KEYCLOAK_USER_PASSWORD_FILE=$DATA/user-password
EOF
}

running() { [ -f "$DATA/keycloak.pid" ] && kill -0 "$(cat "$DATA/keycloak.pid")" 2>/dev/null; }

ready() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$KEYCLOAK_ISSUER/.well-known/openid-configuration")" = 200 ]
}

launch() {
  : "${KEYCLOAK_HOME:?KEYCLOAK_HOME must name an unpacked keycloak-quarkus-dist}"
  : "${TRUST_PORTAL_URL:?TRUST_PORTAL_URL must name the portal, e.g. http://127.0.0.1:8080}"
  [ -x "$KEYCLOAK_HOME/bin/kc.sh" ] || die "no Keycloak at $KEYCLOAK_HOME (the ear build unpacks it unless tests are skipped)"
  port_in_use "$KEYCLOAK_PORT" && die "port $KEYCLOAK_PORT is taken"
  # --import-realm reads data/import of the distribution only; placeholders come from the environment.
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$REALM_FILE" "$KEYCLOAK_HOME/data/import/$REALM-realm.json"
  log "starting on $KEYCLOAK_URL (realm $REALM, redirects to $TRUST_PORTAL_URL)"
  TRUST_PORTAL_URL=${TRUST_PORTAL_URL%/} \
  TRUST_PORTAL_CLIENT_SECRET=$(secret client-secret) \
  TRUST_PORTAL_SSO_PASSWORD=$(secret user-password) \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=$(secret admin-password) \
  JAVA_HOME=${KEYCLOAK_JAVA_HOME:-${JAVA_HOME:-}} \
    setsid "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm --db=dev-mem \
      --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --http-management-port=$((KEYCLOAK_PORT + 1)) \
      --hostname="$KEYCLOAK_URL" --hostname-backchannel-dynamic=true </dev/null >>"$DATA/keycloak.log" 2>&1 &
  echo $! > "$DATA/keycloak.pid"
}

await_ready() {
  local i
  for ((i = 0; i < 360; i++)); do
    ready && { log "ready: $KEYCLOAK_ISSUER"; return 0; }
    running || die "Keycloak stopped while starting; see $DATA/keycloak.log"
    sleep 0.5
  done
  die "Keycloak did not come up within 180s; see $DATA/keycloak.log"
}

start() {
  running || launch
  [ -n "${KEYCLOAK_NO_WAIT:-}" ] || await_ready
}

# kc.sh runs Keycloak as a child of its own: stop the whole process group setsid made.
stop() {
  running || { rm -f "$DATA/keycloak.pid"; return 0; }
  local pid i
  pid=$(cat "$DATA/keycloak.pid")
  kill -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
  for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 -- -"$pid" 2>/dev/null || true
  rm -f "$DATA/keycloak.pid"
  log "stopped"
}

choose_port
# shellcheck source=/dev/null
. "$DATA/keycloak.env"
case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) running && echo "keycloak: running on $KEYCLOAK_URL" || echo "keycloak: stopped" ;;
  env) cat "$DATA/keycloak.env" ;;
  *) echo "usage: $0 start|stop|status|env" >&2; exit 2 ;;
esac
