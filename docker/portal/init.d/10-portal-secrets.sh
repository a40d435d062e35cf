#!/bin/bash
# Sourced by the Payara image's entrypoint before the server starts (init.d/*.sh): each secret the
# portal or the domain reads from a variable comes from the file named by <VARIABLE>_FILE, a mounted
# secret, so no secret is ever in the container's configuration. The variables live only in the
# server's process.
portal_secret_from_file() {
  local name=$1 file_var="${1}_FILE"
  local file=${!file_var:-}
  [ -n "$file" ] || return 0
  if [ ! -r "$file" ]; then
    echo "[trust-portal] $file_var names $file, which cannot be read: mount the secret there" >&2
    exit 1
  fi
  # Trailing newlines of an editor are not part of the secret.
  export "$name=$(cat "$file")"
}

portal_secret_from_file PORTAL_DB_PASSWORD
portal_secret_from_file PORTAL_ADMIN_PASSWORD

for required in PORTAL_DB_HOST PORTAL_DB_PORT PORTAL_DB_NAME PORTAL_DB_USER PORTAL_DB_PASSWORD; do
  if [ -z "${!required:-}" ]; then
    echo "[trust-portal] $required is not set: the database pool needs it (README, Production)" >&2
    exit 1
  fi
done
unset required
