#!/bin/bash
# Healthy when MicroProfile Health at /health answers 200: the database, notary-server and
# notary-signer are reachable and the portal is deployed.
exec curl -fsS -o /dev/null --max-time 4 http://127.0.0.1:8080/health
