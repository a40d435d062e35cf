# notary-signer and notary-server, configured from the templates the containers use too
# (tools/notary/*.json.in).
# Sourced by tools/stack.sh (which sets DATA, PKI, SECRETS, LOGS, RUN, the ports and the helpers).
# shellcheck shell=bash disable=SC2154 # those variables, "here" among them, are assigned by tools/stack.sh

write_notary_configs() {
  mkdir -p "$NOTARY_DIR" && chmod 700 "$NOTARY_DIR"
  (umask 077
   "$here/notary/render.sh" signer GRPC_ADDR="127.0.0.1:$NOTARY_SIGNER_PORT" TLS_CERT=../pki/notary-signer.crt \
     TLS_KEY=../pki/notary-signer.key CA=../pki/ca.crt \
     DB_URL="postgres://signer:$(secret signer-db-password)@127.0.0.1:$PG_PORT/notarysigner?sslmode=disable" \
     > "$NOTARY_DIR/signer.json"
   "$here/notary/render.sh" server HTTP_ADDR="127.0.0.1:$NOTARY_SERVER_PORT" TLS_CERT=../pki/notary-server.crt \
     TLS_KEY=../pki/notary-server.key SIGNER_HOST=127.0.0.1 SIGNER_PORT="$NOTARY_SIGNER_PORT" CA=../pki/ca.crt \
     CLIENT_CERT=../pki/signer-client.crt CLIENT_KEY=../pki/signer-client.key \
     TOKEN_REALM="http://127.0.0.1:$HTTP_PORT/service/token" TOKEN_ROOT_CERTS="$PKI/token-signing.crt" \
     DB_URL="postgres://notary:$(secret notary-db-password)@127.0.0.1:$PG_PORT/notaryserver?sslmode=disable" \
     > "$NOTARY_DIR/server.json")
}

notary_server_healthy() {
  [ "$(curl -s -o /dev/null -w '%{http_code}' --cacert "$PKI/ca.crt" \
    "https://127.0.0.1:$NOTARY_SERVER_PORT/_notary_server/health")" = 200 ]
}

start_notary_server() {
  launch notary-server notary-server -config "$NOTARY_DIR/server.json"
  wait_for notary-server 30 notary_server_healthy
  log "notary-server on https://127.0.0.1:$NOTARY_SERVER_PORT"
}

start_notary() {
  # The signer's key passphrase alias: NOTARY_SIGNER_<ALIAS> in upper case (notary-v1-facts §10).
  NOTARY_SIGNER_PORTAL=$(secret signer-alias-passphrase) launch notary-signer \
    notary-signer -config "$NOTARY_DIR/signer.json"
  wait_for notary-signer 30 port_in_use "$NOTARY_SIGNER_PORT"
  log "notary-signer on 127.0.0.1:$NOTARY_SIGNER_PORT"
  start_notary_server
}

