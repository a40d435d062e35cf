#!/usr/bin/env bash
# Bridge vs notary CLI, from a fresh clone in one command: installs the parent POM and notary-bridge (one
# reactor build into your Maven local repository; honour MAVEN_OPTS=-Dmaven.repo.local=… if you use one),
# builds bench/, starts a private notary-server (memory storage, TLS, free loopback port), runs every task
# BENCH_RUNS times (default 5) after a warm-up, bridge and CLI in turns, and stops the server.
# Needs: JDK 17, Maven, notary and notary-server (Debian: apt-get install notary), openssl, python3, curl.
#
#   bench/run.sh                         build, then measure
#   BENCH_SKIP_BUILD=1 bench/run.sh      measure what was built before
#   BENCH_LARGE=0 bench/run.sh           without the 100,000-target heap figure (minutes on a busy machine)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${BENCH_RUNS:-5}
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  mvn -q -B -ntp -pl notary-bridge -am install -DskipTests
  mvn -q -B -ntp -f bench/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(java -version 2>&1 | head -1), notary $(dpkg-query -W -f='${Version}' notary 2>/dev/null || notary version | grep -m1 "Go version"), runs $RUNS"

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
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do
  curl -fsS --cacert "$WORK/ca.pem" "https://127.0.0.1:$PORT/_notary_server/health" >/dev/null 2>&1 && break
  sleep 0.2
done

# The bridge's JVM is not capped: its live heap is measured in JVMs of their own (-Xmx64m, -Xmx256m).
# shellcheck disable=SC2086 # the options are words on purpose
java ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  dev.trustportal.bench.BridgeVsCliBenchmark "https://127.0.0.1:$PORT" "$WORK/ca.pem" "$WORK" "$RUNS"
