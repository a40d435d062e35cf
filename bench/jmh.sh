#!/usr/bin/env bash
# JMH micro-benchmarks of the bridge's hot paths (canonical JSON, parsing, signature check, key ID), from a
# fresh clone in one command. Extra arguments go to JMH (e.g. -f 2 -i 10, or a benchmark name regex).
#   bench/jmh.sh                      build, then 1 fork, 3 warm-up and 5 measured iterations of 1 s each
#   BENCH_SKIP_BUILD=1 bench/jmh.sh   measure what was built before
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  mvn -q -B -ntp -pl notary-bridge -am install -DskipTests
  mvn -q -B -ntp -f bench/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
fi
echo "load average before: $(cat /proc/loadavg)"
java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main \
  -f 1 -wi 3 -w 1s -i 5 -r 1s "${@:-HotPathsBenchmark}"
echo "load average after: $(cat /proc/loadavg)"
