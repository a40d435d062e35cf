#!/usr/bin/env bash
# The portal with an organisation of 100,000 repositories, on a stack of its own (tools/stack.sh in a
# fresh data directory, free loopback ports):
#   1. server time of the first page of GET /api/v1/orgs/{org}/repositories, one client at a time;
#   2. 50 concurrent API clients listing repositories (wrk), p95;
#   3. server time of the repositories grid's first page in headless Chromium.
# Each figure is printed with its peer measured in the same run: the same call on an organisation with
# five repositories (paging in the database should make them alike) and, for the HTTP figures,
# notary-server serving a root.json to the same wrk load. Each wrk line also gives the CPU the serving
# process spent per request (from /proc, all its threads: JIT and GC included): unlike latency, it
# hardly moves when other work shares the cores, so it is the figure to compare between runs. After
# each load, a line gives the portal's p95 and rps as ratios to notary-server's.
#
#   bench/repositories.sh            builds the reactor first
#   BENCH_SKIP_BUILD=1 bench/repositories.sh
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
REPOSITORIES=${BENCH_REPOSITORIES:-100000}
DURATION=${BENCH_DURATION:-20s}

command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
[ -n "${BENCH_SKIP_BUILD:-}" ] || mvn -q -B -ntp install -DskipTests
mvn -q -B -ntp -f bench/pom.xml package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt

export PORTAL_DATA_DIR
PORTAL_DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/trust-portal-bench.XXXXXX")
export PORT_BASE=auto PAYARA_HOME=$top/ear/target/runtime/payara6 PORTAL_JDBC_JAR=$top/ear/target/runtime/postgresql.jar \
  PORTAL_EAR=$top/ear/target/trust-portal.ear PORTAL_ADMIN_PASSWORD=bench-Admin-Secret-1
trap 'tools/stack.sh stop >/dev/null 2>&1 || true; rm -rf "$PORTAL_DATA_DIR"' EXIT
tools/stack.sh start >/dev/null
# shellcheck source=/dev/null
. "$PORTAL_DATA_DIR/ports.env"
portal=http://127.0.0.1:$HTTP_PORT
auth="Authorization: Basic $(printf 'admin:%s' "$PORTAL_ADMIN_PASSWORD" | base64 -w0)"
api() { curl -fsS -H "$auth" -H 'Content-Type: application/json' "$@"; }

echo "== seeding: organisation 'large' with $REPOSITORIES repositories, 'small' with 5"
# The admin founds both without naming an owner, and so is their first owner: it lists and seeds them as a member.
api -X POST "$portal/api/v1/orgs" -d '{"name":"large"}' >/dev/null
api -X POST "$portal/api/v1/orgs" -d '{"name":"small"}' >/dev/null
for i in 1 2 3 4 5; do api -X POST "$portal/api/v1/orgs/small/repositories" -d "{\"name\":\"app-$i\"}" >/dev/null; done
gun=$(api "$portal/api/v1/orgs/small/repositories/app-1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["gun"])')
# notary-server asks the portal's token service: an owner of 'small' reads and publishes its GUNs.
bench_user=bench-owner bench_password=bench-Owner-Secret-1
api -X POST "$portal/api/v1/users" -d "{\"username\":\"$bench_user\",\"password\":\"$bench_password\"}" >/dev/null
api -X POST "$portal/api/v1/orgs/small/members" -d "{\"username\":\"$bench_user\",\"role\":\"OWNER\"}" >/dev/null
notary_token() { # a pull token for $gun, fetched anew because tokens live five minutes
  curl -fsS -u "$bench_user:$bench_password" -G "$portal/service/token" --data-urlencode service=notary-server \
    --data-urlencode "scope=repository:$gun:pull" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}
PGPASSWORD=$(cat "$PORTAL_DATA_DIR/secrets/portal-db-password") psql -q -h 127.0.0.1 -p "$PG_PORT" -U portal -d portal <<SQL
insert into repository (organisation_id, name, gun, created_at)
select o.id, 'service-' || lpad(n::text, 6, '0'), 'registry.trust-portal.test/large/service-' || lpad(n::text, 6, '0'), now()
from organisation o, generate_series(1, $REPOSITORIES) n where o.name = 'large';
analyze repository;
SQL

list() { echo "$portal/api/v1/orgs/$1/repositories?page=0&size=50"; }
notary_root="https://127.0.0.1:$NOTARY_SERVER_PORT/v2/$gun/_trust/tuf/root.json"
payara_pid=$(cat "$PORTAL_DATA_DIR/payara/portal/config/pid")
notary_pid=$(cat "$PORTAL_DATA_DIR/run/notary-server.pid")
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system time of a process, in clock ticks
declare -A p95 rps
run_wrk() { # key label pid connections url [wrk options]: wrk's line and the CPU of process pid per request
  local key=$1 label=$2 pid=$3 connections=$4 url=$5 before line; shift 5
  before=$(cpu_ticks "$pid")
  line=$(wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"$DURATION" -s bench/p95.lua "$@" "$url" | tail -n 1)
  p95[$key]=$(sed -E 's/.*p95 ([0-9.]+) ms.*/\1/' <<<"$line")
  rps[$key]=$(sed -E 's/.*rps ([0-9]+) .*/\1/' <<<"$line")
  awk -v label="$label" -v line="$line" -v ticks="$(( $(cpu_ticks "$pid") - before ))" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { split(line, f, " "); printf "%-44s %s  cpu %.2f ms/req\n", label, line, ticks * 1000 / hz / (f[2] > 0 ? f[2] : 1) }'
}
peer_ratios() { # the portal's p95 and rps against notary-server's on the same load
  awk -v a="${p95[large]}" -v b="${p95[small]}" -v n="${p95[notary]}" -v ra="${rps[large]}" -v rn="${rps[notary]}" \
    'BEGIN { printf "%-44s p95 %.1fx (org of 5: %.1fx), rps %.2fx\n", "ratio portal/notary-server", a / n, b / n, ra / rn }'
}
wrk_three() { # connections [wrk options]: the three peers under the same load
  local connections=$1; shift
  run_wrk large "portal, org of $REPOSITORIES" "$payara_pid" "$connections" "$(list large)" -H "$auth" "$@"
  run_wrk small "portal, org of 5 (peer)" "$payara_pid" "$connections" "$(list small)" -H "$auth" "$@"
  run_wrk notary "notary-server root.json (peer)" "$notary_pid" "$connections" "$notary_root" \
    -H "Authorization: Bearer $(notary_token)" "$@"
  peer_ratios
}
# Warm-up: JIT, connection pool, the verified-password memory.
wrk -t1 -c4 -d5s -H "$auth" "$(list large)" >/dev/null

echo "== load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) cores before the first figure"
echo "== 1. first page of GET /repositories, one client (server time on loopback)"
wrk_three 1
echo "== 2a. 50 concurrent API clients, each calling again ${BENCH_PAUSE_MS:-500} ms after its answer"
export BENCH_PAUSE_MS=${BENCH_PAUSE_MS:-500}
wrk_three 50 -s bench/paced.lua
# Little's law: with no pause, latency is 50 / throughput; these lines are the capacity of this machine.
echo "== 2b. 50 concurrent API clients without pause (saturation: wrk shares the cores)"
wrk_three 50
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg) after the HTTP figures"
echo "== 3. repositories grid, first page (headless Chromium)"
java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" dev.trustportal.bench.RepositoriesGridBenchmark \
  "$portal" admin "$PORTAL_ADMIN_PASSWORD" large small "${BENCH_ROUNDS:-20}"

echo "== 4. add-signer change to PUBLISHED (approval quorum 0), ${BENCH_SIGNERS:-30} signers, one after another"
work=$PORTAL_DATA_DIR/bench-signers
mkdir -p "$work"
api -X POST "$portal/api/v1/orgs/small/repositories" -d '{"name":"signed"}' >/dev/null
certificate() { # name -> PEM of a fresh P-256 certificate valid now (two years: notary warns of less)
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$work/$1.key" \
    -out "$work/$1.crt" -days 730 -subj "/CN=$1" 2>/dev/null
  cat "$work/$1.crt"
}
now_ms() { date +%s%3N; }
portal_times=()
for i in $(seq "${BENCH_SIGNERS:-30}"); do
  body=$(python3 -c 'import json,sys; print(json.dumps({"name": sys.argv[1], "certificate": sys.argv[2]}))' \
    "signer-$i" "$(certificate "signer-$i")")
  start=$(now_ms)
  id=$(api -X POST "$portal/api/v1/orgs/small/repositories/signed/signers" -d "$body" \
    | grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2)
  # Polled with curl and grep only: a Python start per poll would add ~40 ms to every figure.
  until api "$portal/api/v1/changes/$id" | grep -q '"state":"PUBLISHED"'; do
    sleep 0.01
  done
  portal_times+=($(( $(now_ms) - start )))
done
# Peer: the notary CLI making the same change (a key into targets/releases and a new targets/<name>)
# and publishing it, on a repository it initialised itself against the same notary-server.
export NOTARY_ROOT_PASSPHRASE=bench-root NOTARY_TARGETS_PASSPHRASE=bench-targets NOTARY_SNAPSHOT_PASSPHRASE=bench-snapshot
NOTARY_AUTH=$(printf '%s:%s' "$bench_user" "$bench_password" | base64 -w0); export NOTARY_AUTH
cli() { notary -s "https://127.0.0.1:$NOTARY_SERVER_PORT" --tlscacert "$PORTAL_DATA_DIR/pki/ca.crt" -d "$work/trust" "$@" >/dev/null; }
cli_gun=registry.trust-portal.test/small/cli-signed
cli init "$cli_gun" && cli key rotate "$cli_gun" snapshot -r && cli publish "$cli_gun"
cli_times=()
for i in $(seq "${BENCH_SIGNERS:-30}"); do
  start=$(now_ms)
  cli delegation add "$cli_gun" targets/releases "$work/signer-$i.crt" --all-paths
  cli delegation add "$cli_gun" "targets/signer-$i" "$work/signer-$i.crt" --all-paths
  cli publish "$cli_gun"
  cli_times+=($(( $(now_ms) - start )))
done
python3 - "${portal_times[*]}" "${cli_times[*]}" <<'PY'
import math, sys
def p(values, q):
    values = sorted(values); return values[max(0, math.ceil(q / 100 * len(values)) - 1)]
portal = [int(v) for v in sys.argv[1].split()]; cli = [int(v) for v in sys.argv[2].split()]
print(f"{'portal: file, approve (quorum 0), publish':44} p50 {p(portal, 50):5d} ms  p95 {p(portal, 95):5d} ms")
print(f"{'notary CLI: delegation add x2 + publish':44} p50 {p(cli, 50):5d} ms  p95 {p(cli, 95):5d} ms")
print(f"add-signer p95 ratio portal/CLI: {p(portal, 95) / p(cli, 95):.2f}")
PY
