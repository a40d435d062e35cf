#!/bin/bash
# Writes HAProxy's configuration from tools/haproxy.cfg (the machine's stack uses the same file) with
# one server per portal instance, and runs HAProxy in the foreground.
#
# Environment: PORTAL_INSTANCES  the instances' host names, e.g. "portal-1 portal-2" (each on port 8080)
#              KEYCLOAK_ADDRESS  host:port of Keycloak, which then answers under /auth/realms/ and
#                                /auth/resources/ (optional)
#              HAPROXY_PRINT_CONFIG=1 prints the configuration instead of starting
set -euo pipefail
: "${PORTAL_INSTANCES:?PORTAL_INSTANCES must name the portal instances, e.g. portal-1 portal-2}"
config=/var/lib/trust-portal-haproxy/haproxy.cfg
[ -z "${HAPROXY_PRINT_CONFIG:-}" ] || config=/dev/stdout
{
  if [ -n "${KEYCLOAK_ADDRESS:-}" ]; then
    # Only what browsers need of Keycloak (its advice on exposed paths): its realms' pages and
    # endpoints, and their resources; its consoles and APIs for administrators stay inside.
    sed -e 's|@BIND@|:8080|' \
      -e '/^  default_backend portals/i\  http-request deny deny_status 404 if { path_beg /auth/ } !{ path_beg /auth/realms/ /auth/resources/ }' \
      -e '/^  default_backend portals/i\  use_backend keycloak if { path_beg /auth/realms/ /auth/resources/ }' \
      "${HAPROXY_TEMPLATE:-/opt/trust-portal/haproxy.cfg.in}"
  else
    sed -e 's|@BIND@|:8080|' "${HAPROXY_TEMPLATE:-/opt/trust-portal/haproxy.cfg.in}"
  fi
  for instance in $PORTAL_INSTANCES; do
    # An instance that is down at start, or comes back with a new address, is found again by name.
    echo "  server $instance $instance:8080 check cookie $instance resolvers docker init-addr last,libc,none"
  done
  if [ -n "${KEYCLOAK_ADDRESS:-}" ]; then
    printf '\nbackend keycloak\n  server keycloak %s resolvers docker init-addr last,libc,none\n' "$KEYCLOAK_ADDRESS"
  fi
  cat <<'RESOLVERS'

resolvers docker
  parse-resolv-conf
  hold valid 5s
RESOLVERS
} > "$config"
[ -z "${HAPROXY_PRINT_CONFIG:-}" ] || exit 0
exec haproxy -W -db -f "$config"
