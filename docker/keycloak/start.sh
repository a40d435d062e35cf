#!/bin/bash
# Starts Keycloak with the example realm (tools/keycloak/trust-portal-realm.json, imported when the
# realm does not exist yet) on the PostgreSQL of the compose file. The realm file's placeholders and
# Keycloak's own passwords come from the mounted secret files.
set -euo pipefail
secret() { local value; value=$(cat "/run/secrets/$1"); printf '%s' "$value"; }

export KC_DB_PASSWORD=$(secret keycloak-db-password)
export KC_BOOTSTRAP_ADMIN_PASSWORD=$(secret keycloak-admin-password)
export TRUST_PORTAL_CLIENT_SECRET=$(secret oidc-client-secret)
export TRUST_PORTAL_SSO_PASSWORD=$(secret sso-user-password)
exec /opt/keycloak/bin/kc.sh start --import-realm "$@"
