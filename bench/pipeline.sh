#!/usr/bin/env bash
# The portal's change pipeline against the notary CLI, on a stack of its own (tools/stack.sh in a fresh
# data directory, free loopback ports): an add-signer change from filing to PUBLISHED with approval
# quorum 0 against the CLI's `delegation add` ×2 + `publish` on the same notary-server, in turns; then
# BENCH_CLIENTS (default 50) API clients filing one change each to repositories of their own at once.
# Every figure is the median (min–max) of BENCH_RUNS runs (default 5) after a warm-up.
#
#   bench/pipeline.sh                      builds the reactor first
#   BENCH_SKIP_BUILD=1 bench/pipeline.sh   measures what was built before
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  mvn -q -B -ntp install -DskipTests
  mvn -q -B -ntp -f bench/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "$(java -version 2>&1 | head -1), notary $(dpkg-query -W -f='${Version}' notary 2>/dev/null || echo '?')"

export PORTAL_DATA_DIR
PORTAL_DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/trust-portal-pipeline.XXXXXX")
export PORT_BASE=auto PORTAL_ADMIN_PASSWORD=bench-Admin-Secret-1
export PAYARA_HOME=${PAYARA_HOME:-$top/ear/target/runtime/payara6}
export PORTAL_JDBC_JAR=${PORTAL_JDBC_JAR:-$top/ear/target/runtime/postgresql.jar}
export PORTAL_EAR=${PORTAL_EAR:-$top/ear/target/trust-portal.ear}
trap 'tools/stack.sh stop >/dev/null 2>&1 || true; rm -rf "$PORTAL_DATA_DIR"' EXIT
tools/stack.sh start >/dev/null
# shellcheck source=/dev/null
. "$PORTAL_DATA_DIR/ports.env"
mkdir -p "$PORTAL_DATA_DIR/bench"
java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.trustportal.bench.PipelineBenchmark \
  "http://127.0.0.1:$HTTP_PORT" "$PORTAL_ADMIN_PASSWORD" "https://127.0.0.1:$NOTARY_SERVER_PORT" \
  "$PORTAL_DATA_DIR/pki/ca.crt" "$PORTAL_DATA_DIR/bench" "${BENCH_RUNS:-5}" "${BENCH_CHANGES:-10}" \
  "${BENCH_CLIENTS:-50}"
