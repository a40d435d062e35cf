# The local CA, the notary certificates, and the key that signs notary-server's tokens, in <data>/pki.
# Sourced by tools/stack.sh (which sets DATA, PKI, SECRETS, LOGS, RUN, the ports and the helpers).
# shellcheck shell=bash

issue_certificate() {
  local name=$1 usage=$2
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=trust-portal $name" \
    -keyout "$PKI/$name.key" -out "$PKI/$name.csr" 2>/dev/null
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=%s\nkeyUsage=critical,digitalSignature\nbasicConstraints=critical,CA:FALSE\n' \
    "$usage" > "$PKI/$name.ext"
  openssl x509 -req -in "$PKI/$name.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -set_serial "0x$(openssl rand -hex 16)" \
    -days 825 -sha256 -extfile "$PKI/$name.ext" -out "$PKI/$name.crt" 2>/dev/null
  rm -f "$PKI/$name.csr" "$PKI/$name.ext"
  chmod 600 "$PKI/$name.key"
}

init_pki() {
  [ -f "$PKI/ca.crt" ] && return
  log "generating the local CA and the notary certificates in $PKI"
  mkdir -p "$PKI" && chmod 700 "$PKI"
  openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 -sha256 \
    -subj "/CN=Trust Portal local CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" -keyout "$PKI/ca.key" -out "$PKI/ca.crt" 2>/dev/null
  chmod 600 "$PKI/ca.key"
  issue_certificate notary-server serverAuth
  issue_certificate notary-signer serverAuth
  issue_certificate signer-client clientAuth
}

# The key that signs notary-server's bearer tokens, made here rather than by the portal: notary-server in
# token mode refuses to start without its root certificate bundle, and must not wait for Payara (the
# portal publishes through it from its first minute). The portal reads the key (mode 0600, in the 0700
# pki directory, like the signer client key) through portal.notary.token.key; notary-server reads the
# self-signed certificate as its rootcertbundle.
init_token_signing() {
  [ -f "$PKI/token-signing.crt" ] && return
  log "generating the notary token-signing key in $PKI"
  openssl req -x509 -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 -sha256 \
    -subj "/CN=Trust Portal notary token signing" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,digitalSignature,keyCertSign" \
    -keyout "$PKI/token-signing.key" -out "$PKI/token-signing.crt" 2>/dev/null
  chmod 600 "$PKI/token-signing.key"
}
