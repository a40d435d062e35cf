#!/bin/bash
# notary-server: its health endpoint (200 once its database answers; its certificate names localhost). notary-signer: its gRPC port
# accepts connections (a TLS handshake needs the client certificate, which the signer's container
# does not hold).
if [ -f "${NOTARY_CONFIG_DIR:-/etc/notary}/server.json" ]; then
  exec curl -fsS -o /dev/null --cacert "$NOTARY_CA" https://localhost:4443/_notary_server/health
fi
exec 3<>/dev/tcp/127.0.0.1/7899
