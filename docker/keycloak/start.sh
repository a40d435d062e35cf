#!/bin/bash
# Starts Keycloak with the example realm on the PostgreSQL of the compose file, under /auth of the
# portal's public URL (HAProxy sends /auth/ to it; /sso/ is the portal's own sign-in and callback).
# Browsers reach it there; the portal instances reach it directly on the backend network, and
# --hostname-backchannel-dynamic gives them token and key URLs on that address. The realm file's placeholders and Keycloak's own
# passwords come from the mounted secret files.
#
# Environment: TRUST_PORTAL_URL  the portal's public URL (the realm redirects back there only)
set -euo pipefail
secret() { local value; value=$(cat "/run/secrets/$1"); printf '%s' "$value"; }
: "${TRUST_PORTAL_URL:?TRUST_PORTAL_URL must be the public URL of the portal}"

KC_DB_PASSWORD=$(secret keycloak-db-password)
KC_BOOTSTRAP_ADMIN_PASSWORD=$(secret keycloak-admin-password)
TRUST_PORTAL_CLIENT_SECRET=$(secret oidc-client-secret)
TRUST_PORTAL_SSO_PASSWORD=$(secret sso-user-password)
export KC_DB_PASSWORD KC_BOOTSTRAP_ADMIN_PASSWORD TRUST_PORTAL_CLIENT_SECRET TRUST_PORTAL_SSO_PASSWORD
export TRUST_PORTAL_URL=${TRUST_PORTAL_URL%/}
exec /opt/keycloak/bin/kc.sh start --optimized --import-realm --http-enabled=true --http-port=8180 \
  --hostname="$TRUST_PORTAL_URL/auth" --hostname-backchannel-dynamic=true --proxy-headers=xforwarded "$@"
