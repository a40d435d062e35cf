#!/usr/bin/env bash
# Bridge vs notary CLI benchmark: builds notary-bridge, starts a private notary-server (memory storage, TLS,
# free loopback port), runs the benchmark in a JVM capped at 64 MB heap, and stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -f notary-bridge/pom.xml install -DskipTests
mvn -q -B -f bench/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

WORK=$(mktemp -d "${TMPDIR:-/tmp}/notary-bench.XXXXXX")
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$WORK/ca.key" -out "$WORK/ca.pem" \
  -days 2 -subj "/CN=bench CA" 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$WORK/server.key" -out "$WORK/server.csr" \
  -subj "/CN=127.0.0.1" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > "$WORK/ext.cnf"
openssl x509 -req -in "$WORK/server.csr" -CA "$WORK/ca.pem" -CAkey "$WORK/ca.key" -CAcreateserial -days 2 \
  -extfile "$WORK/ext.cnf" -out "$WORK/server.crt" 2>/dev/null
cat > "$WORK/config.json" <<JSON
{"server": {"http_addr": "127.0.0.1:$PORT", "tls_key_file": "server.key", "tls_cert_file": "server.crt"},
 "trust_service": {"type": "local", "hostname": "", "port": "", "key_algorithm": "ecdsa"},
 "logging": {"level": "error"}, "storage": {"backend": "memory"}}
JSON
notary-server -config "$WORK/config.json" 2> "$WORK/notary-server.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS --cacert "$WORK/ca.pem" "https://127.0.0.1:$PORT/_notary_server/health" >/dev/null 2>&1 && break
  sleep 0.2
done

java -Xmx64m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  dev.trustportal.bench.BridgeVsCliBenchmark "https://127.0.0.1:$PORT" "$WORK/ca.pem" "$WORK"
