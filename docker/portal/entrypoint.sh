#!/bin/bash
# Starts the portal in the foreground: the Payara domain the image was built with (make-domain.sh: the
# JDBC pool reading PORTAL_DB_*, the admin listener on loopback, JSON logs; the domain holds no state,
# everything lives in PostgreSQL), with the mounted secret as its admin password, and the EAR deployed
# after boot.
#
# Environment:
#   PAYARA_ADMIN_PASSWORD_FILE  the admin password of the domain (required: there is no default)
#   PORTAL_DB_HOST, PORTAL_DB_PORT (5432), PORTAL_DB_NAME, PORTAL_DB_USER, PORTAL_DB_PASSWORD_FILE
#   PORTAL_ADMIN_PASSWORD_FILE  the portal's first platform admin (optional: else generated)
#   PORTAL_KEK_FILE, PORTAL_KEK_PASSWORD_FILE  the key-encryption keystore shared by every instance
#   PORTAL_JVM_HEAP             -Xmx of the server (768m)
#   PORTAL_*                    everything else the portal reads through MicroProfile Config
set -euo pipefail

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

# The admin's key as Payara's file realm stores it ({SSHA256}): SHA-256 over the password and an
# 8-byte salt, hashed 100 times in all, then base64 of hash and salt. Written before the server
# starts, it replaces the throwaway password the domain was built with.
# shellcheck disable=SC2001 # every pair of hex digits becomes an escape
unhex() { local escaped; escaped=$(sed -e 's/../\\x&/g' <<<"$1"); printf '%b' "$escaped"; }
admin_key() {
  local salt hex i
  salt=$(od -An -tx1 -N8 /dev/urandom | tr -d ' \n')
  hex=$( { printf '%s' "$1"; unhex "$salt"; } | sha256sum | cut -c1-64)
  for ((i = 1; i < 100; i++)); do hex=$(unhex "$hex" | sha256sum | cut -c1-64); done
  printf '{SSHA256}%s' "$(unhex "$hex$salt" | base64 -w0)"
}
printf 'admin;%s;asadmin\n' "$(admin_key "$admin_password")" > "$DOMAINS/$DOMAIN/config/admin-keyfile"

# One JVM in the foreground, as PID 1's child signals reach it: the command start-domain would run
# (recorded when the image was built), with this container's heap.
mapfile -t command < <(sed -e "s|^-Xmx.*|-Xmx$PORTAL_JVM_HEAP|" /opt/trust-portal/server-command)
[ ${#command[@]} -gt 0 ] || die "/opt/trust-portal/server-command is empty: the image was not built by docker/portal/Dockerfile"
exec "${command[@]}" < "$password_file"
