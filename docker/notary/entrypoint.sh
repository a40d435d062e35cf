#!/bin/bash
# Writes the configuration of notary-server or notary-signer from the templates tools/stack.sh
# uses on the machine (tools/notary/*.json.in: PostgreSQL storage, TLS, mutual TLS between the two) from environment variables and
# mounted secret files, then runs it in the foreground.
#
#   notary-entrypoint server | signer
#
# Both: NOTARY_DB_HOST, NOTARY_DB_PORT (5432), NOTARY_DB_NAME, NOTARY_DB_USER, NOTARY_DB_PASSWORD_FILE,
#   NOTARY_TLS_CERT, NOTARY_TLS_KEY (this server's certificate and key), NOTARY_CA (the CA of the other side)
# server: NOTARY_SIGNER_HOST, NOTARY_SIGNER_PORT (7899), NOTARY_SIGNER_CLIENT_CERT, NOTARY_SIGNER_CLIENT_KEY,
#   NOTARY_TOKEN_REALM (the portal's /service/token as clients reach it), NOTARY_TOKEN_ROOT_CERTS (the
#   certificate of the portal's token-signing key)
# signer: NOTARY_SIGNER_PASSPHRASE_FILE (encrypts the keys it stores, alias "portal")
set -euo pipefail
CONFIG_DIR=${NOTARY_CONFIG_DIR:-/etc/notary}

die() { echo "[notary] $*" >&2; exit 1; }
need() { [ -n "${!1:-}" ] || die "$1 is not set (README, Production)"; }
secret_file() {
  need "$1"
  [ -r "${!1}" ] || die "$1 names ${!1}, which cannot be read: mount the secret there"
  # Trailing newlines of an editor are not part of the secret.
  printf '%s' "$(cat "${!1}")"
}

db_url() {
  need NOTARY_DB_HOST; need NOTARY_DB_NAME; need NOTARY_DB_USER
  local password
  password=$(secret_file NOTARY_DB_PASSWORD_FILE)
  # It goes into a URL inside JSON as it is: keep it to characters neither needs escaped.
  [[ $password =~ ^[A-Za-z0-9._~-]+$ ]] \
    || die "the password in NOTARY_DB_PASSWORD_FILE may hold only letters, digits and . _ ~ - (make-secrets.sh makes such)"
  printf 'postgres://%s:%s@%s:%s/%s?sslmode=disable' "$NOTARY_DB_USER" "$password" "$NOTARY_DB_HOST" \
    "${NOTARY_DB_PORT:-5432}" "$NOTARY_DB_NAME"
}

RENDER=${NOTARY_RENDER:-/opt/trust-portal/notary/render.sh}

# The configuration holds the database password: it is written with mode 0600 and only inside the
# container. NOTARY_PRINT_CONFIG=1 prints it instead of starting (the docker module's tests compare it
# with what tools/stack.sh writes).
write_config() {
  local file=$1; shift
  if [ -n "${NOTARY_PRINT_CONFIG:-}" ]; then "$RENDER" "$@"; exit 0; fi
  (umask 077 && "$RENDER" "$@" > "$file")
}

server() {
  need NOTARY_TLS_CERT; need NOTARY_TLS_KEY; need NOTARY_CA; need NOTARY_SIGNER_HOST
  need NOTARY_SIGNER_CLIENT_CERT; need NOTARY_SIGNER_CLIENT_KEY
  need NOTARY_TOKEN_REALM; need NOTARY_TOKEN_ROOT_CERTS
  local url
  url=$(db_url)
  write_config "$CONFIG_DIR/server.json" server HTTP_ADDR=:4443 TLS_CERT="$NOTARY_TLS_CERT" \
    TLS_KEY="$NOTARY_TLS_KEY" SIGNER_HOST="$NOTARY_SIGNER_HOST" SIGNER_PORT="${NOTARY_SIGNER_PORT:-7899}" \
    CA="$NOTARY_CA" CLIENT_CERT="$NOTARY_SIGNER_CLIENT_CERT" CLIENT_KEY="$NOTARY_SIGNER_CLIENT_KEY" \
    TOKEN_REALM="$NOTARY_TOKEN_REALM" TOKEN_ROOT_CERTS="$NOTARY_TOKEN_ROOT_CERTS" DB_URL="$url"
  exec notary-server -config "$CONFIG_DIR/server.json"
}

signer() {
  need NOTARY_TLS_CERT; need NOTARY_TLS_KEY; need NOTARY_CA
  local url passphrase
  url=$(db_url)
  passphrase=$(secret_file NOTARY_SIGNER_PASSPHRASE_FILE)
  write_config "$CONFIG_DIR/signer.json" signer GRPC_ADDR=:7899 TLS_CERT="$NOTARY_TLS_CERT" \
    TLS_KEY="$NOTARY_TLS_KEY" CA="$NOTARY_CA" DB_URL="$url"
  # The passphrase of the alias "portal": NOTARY_SIGNER_<ALIAS> in upper case (notary-v1-facts §10).
  export NOTARY_SIGNER_PORTAL=$passphrase
  exec notary-signer -config "$CONFIG_DIR/signer.json"
}

case "${1:-}" in
  server) server ;;
  signer) signer ;;
  *) die "usage: notary-entrypoint server|signer" ;;
esac
