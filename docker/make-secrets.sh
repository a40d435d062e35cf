#!/usr/bin/env bash
# Makes the secret files the compose file mounts, in docker/secrets/ (or the directory given), once:
# files that exist are kept, so running it again only adds what is missing. Needs openssl and a
# JDK's keytool.
#
#   docker/make-secrets.sh [directory]
#
# The directory is private (0700); the files in it are readable (0644) because each container reads
# its secrets as its own user, and a container sees only the files the compose file gives it. Payara's
# admin password is 0600, owned by the portal containers' user (uid 1000).
# Back it up with the databases (README, Production): without custody-kek.* the keys the portal holds
# cannot be decrypted, without signer-alias-passphrase neither can notary-signer's.
set -euo pipefail

dir=${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/secrets}
mkdir -p "$dir" && chmod 700 "$dir"
cd "$dir"

log() { printf '[secrets] %s\n' "$*"; }

random() {
  [ -s "$1" ] && return
  openssl rand -hex 24 > "$1" && chmod 644 "$1"
  log "made $1"
}

issue() {
  local name=$1 usage=$2 dns=$3
  [ -s "$name.crt" ] && return
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=trust-portal $name" \
    -keyout "$name.key" -out "$name.csr" 2>/dev/null
  printf 'subjectAltName=%s\nextendedKeyUsage=%s\nkeyUsage=critical,digitalSignature\nbasicConstraints=critical,CA:FALSE\n' \
    "$dns" "$usage" > "$name.ext"
  openssl x509 -req -in "$name.csr" -CA ca.crt -CAkey ca.key -set_serial "0x$(openssl rand -hex 16)" \
    -days 825 -sha256 -extfile "$name.ext" -out "$name.crt" 2>/dev/null
  rm -f "$name.csr" "$name.ext"
  chmod 644 "$name.crt" "$name.key"
  log "made $name.crt and $name.key"
}

# The CA of notary-server's, notary-signer's and the client's certificates, as tools/stack.sh makes it.
# Its key stays here and is mounted nowhere.
pki() {
  if [ ! -s ca.crt ]; then
    openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 -sha256 \
      -subj "/CN=Trust Portal CA" -addext "basicConstraints=critical,CA:TRUE" \
      -addext "keyUsage=critical,keyCertSign,cRLSign" -keyout ca.key -out ca.crt 2>/dev/null
    chmod 600 ca.key && chmod 644 ca.crt
    log "made ca.crt"
  fi
  issue notary-server serverAuth DNS:notary-server,DNS:localhost,IP:127.0.0.1
  issue notary-signer serverAuth DNS:notary-signer,DNS:localhost
  issue signer-client clientAuth DNS:signer-client
}

# The key that signs notary-server's bearer tokens (the portal is its token service) and its
# certificate, notary-server's root certificate bundle; as tools/stack.sh makes them.
token_signing() {
  [ -s token-signing.crt ] && return
  openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 -sha256 \
    -subj "/CN=Trust Portal notary token signing" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,digitalSignature,keyCertSign" \
    -keyout token-signing.key -out token-signing.crt 2>/dev/null
  chmod 644 token-signing.crt token-signing.key
  log "made token-signing.crt and token-signing.key"
}

# The key-encryption key that seals the root and targets keys the portal holds: an AES-256 key
# "portal-kek" in a PKCS#12 keystore whose password is in custody-kek.password, the format the
# portal generates on the machine (custody.internal.Pkcs12Keystore). Every portal instance mounts
# the same two files.
kek() {
  [ -s custody-kek.p12 ] && return
  random custody-kek.password
  keytool -genseckey -alias portal-kek -keyalg AES -keysize 256 -storetype PKCS12 -keystore custody-kek.p12 \
    -storepass:file custody-kek.password -keypass:file custody-kek.password >/dev/null 2>&1
  chmod 644 custody-kek.p12
  log "made custody-kek.p12"
}

# Payara's admin password: read only by the portal containers' user (uid 1000), as 0600.
payara_admin() {
  [ -s payara-admin-password ] && return
  (umask 077 && openssl rand -hex 24 > payara-admin-password)
  [ "$(id -u)" -ne 0 ] || chown 1000:1000 payara-admin-password
  log "made payara-admin-password (0600, owned by uid 1000: the portal containers' user)"
}

for name in postgres-password portal-db-password notary-db-password signer-db-password keycloak-db-password \
  signer-alias-passphrase admin-password keycloak-admin-password oidc-client-secret sso-user-password; do
  random "$name"
done
payara_admin
pki
token_signing
kek
log "secrets are in $dir; the portal's admin password is in admin-password"
