#!/usr/bin/env bash
# The watcher (docs/trust-data.md) on a stack of its own (tools/stack.sh in a fresh data directory, free
# loopback ports), beside an organisation of 100,000 repositories:
#   1. a pass: the time the watcher takes to read BENCH_WATCHED real repositories (made through the API,
#      with trust data on notary-server) against their pins, and from it the time for 100,000;
#   2. the API's p95 (GET /api/v1/orgs/large/repositories, first page, BENCH_CLIENTS paced clients) while
#      the watcher reads, against the same load while it has nothing to read; ratio on/off.
# Runs alternate (off, on, off, on …), BENCH_RUNS of them after one uncounted warm-up, and each figure is
# printed as median (min–max) of the runs. The 100,000 seeded repositories have no trust data and are
# kept out of the watcher's way (read "tomorrow"), so that every read it makes is a real one.
#
#   bench/watcher.sh            builds the reactor first
#   BENCH_SKIP_BUILD=1 bench/watcher.sh
set -euo pipefail
cd "$(dirname "$0")/.."
top=$PWD
REPOSITORIES=${BENCH_REPOSITORIES:-100000}
WATCHED=${BENCH_WATCHED:-100}
RUNS=${BENCH_RUNS:-5}
CLIENTS=${BENCH_CLIENTS:-10}
DURATION=${BENCH_DURATION:-20s}

command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
[ -n "${BENCH_SKIP_BUILD:-}" ] || mvn -q -B -ntp install -DskipTests

export PORTAL_DATA_DIR
PORTAL_DATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/trust-portal-bench.XXXXXX")
export PORT_BASE=auto PAYARA_HOME=$top/ear/target/runtime/payara6 PORTAL_JDBC_JAR=$top/ear/target/runtime/postgresql.jar \
  PORTAL_EAR=$top/ear/target/trust-portal.ear PORTAL_ADMIN_PASSWORD=bench-Admin-Secret-1
# A repository rests an hour after a read: one pass per run, nothing read twice.
export PORTAL_EXPIRY_RECHECK=PT1H
trap 'tools/stack.sh stop >/dev/null 2>&1 || true; rm -rf "$PORTAL_DATA_DIR"' EXIT
tools/stack.sh start >/dev/null
# shellcheck source=/dev/null
. "$PORTAL_DATA_DIR/ports.env"
portal=http://127.0.0.1:$HTTP_PORT
auth="Authorization: Basic $(printf 'admin:%s' "$PORTAL_ADMIN_PASSWORD" | base64 -w0)"
api() { curl -fsS -H "$auth" -H 'Content-Type: application/json' "$@"; }
sql() { PGPASSWORD=$(cat "$PORTAL_DATA_DIR/secrets/portal-db-password") psql -qtA -h 127.0.0.1 -p "$PG_PORT" -U portal -d portal -c "$1"; }

echo "== seeding: organisation 'large' with $REPOSITORIES repositories, 'watched' with $WATCHED made through the API"
api -X POST "$portal/api/v1/orgs" -d '{"name":"large"}' >/dev/null
api -X POST "$portal/api/v1/orgs" -d '{"name":"watched"}' >/dev/null
for i in $(seq "$WATCHED"); do
  api -X POST "$portal/api/v1/orgs/watched/repositories" -d "{\"name\":\"app-$i\"}" >/dev/null
done
sql "insert into repository (organisation_id, name, gun, created_at, expiry_read_at)
select o.id, 'service-' || lpad(n::text, 6, '0'), 'registry.trust-portal.test/large/service-' || lpad(n::text, 6, '0'),
  now(), now() + interval '1 day'
from organisation o, generate_series(1, $REPOSITORIES) n where o.name = 'large'; analyze repository;" >/dev/null
watched="gun like 'registry.trust-portal.test/watched/%'"
until [ "$(sql "select count(*) from repository where $watched and pending_change_id is null")" = "$WATCHED" ]; do
  sleep 1
done

list="$portal/api/v1/orgs/large/repositories?page=0&size=50"
export BENCH_PAUSE_MS=${BENCH_PAUSE_MS:-200}
p95_of() { # -> p95 in ms of the paced load
  wrk -t1 -c"$CLIENTS" -d"$DURATION" -s bench/paced.lua -H "$auth" "$list" | tail -n 1 \
    | sed -E 's/.*p95 ([0-9.]+) ms.*/\1/'
}
now_ms() { date +%s%3N; }
wrk -t1 -c4 -d5s -H "$auth" "$list" >/dev/null

echo "== load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) cores before the first run"
off=() on=() pass=()
for run in $(seq 0 "$RUNS"); do
  # Off: every watched repository was read just now; the watcher only looks at the changefeed.
  sql "update repository set expiry_read_at = now() where $watched" >/dev/null
  sleep 2
  p95_off=$(p95_of)
  # On: every watched repository is due; the pass starts at the next tick (every 10 s).
  sql "update repository set expiry_read_at = null where $watched" >/dev/null
  start=$(now_ms)
  p95_on=$(p95_of)
  until [ "$(sql "select count(*) from repository where $watched and expiry_read_at is null")" = 0 ]; do
    sleep 0.2
  done
  took=$(( $(now_ms) - start ))
  if [ "$run" -gt 0 ]; then
    off+=("$p95_off") on+=("$p95_on") pass+=("$took")
  fi
  label=$run
  [ "$run" -gt 0 ] || label="0 (warm-up)"
  echo "run $label: p95 off $p95_off ms, on $p95_on ms; pass over $WATCHED repositories $took ms"
done
echo "== load: $(cut -d' ' -f1-3 /proc/loadavg) after the runs"
python3 - "${off[*]}" "${on[*]}" "${pass[*]}" "$WATCHED" "$REPOSITORIES" <<'PY'
import statistics, sys
off, on, passes = ([float(v) for v in a.split()] for a in sys.argv[1:4])
watched, total = int(sys.argv[4]), int(sys.argv[5])
def fig(values, unit):
    return f"{statistics.median(values):.1f} {unit} ({min(values):.1f}–{max(values):.1f})"
print(f"{'API p95, watcher idle':44} {fig(off, 'ms')}")
print(f"{'API p95, watcher reading':44} {fig(on, 'ms')}")
print(f"{'p95 ratio reading/idle (medians)':44} {statistics.median(on) / statistics.median(off):.2f}")
per_read = [p / watched for p in passes]
print(f"{'pass over ' + str(watched) + ' repositories':44} {fig([p / 1000 for p in passes], 's')}")
print(f"{'per repository':44} {fig(per_read, 'ms')}")
hours = statistics.median(per_read) * total / 1000 / 3600
print(f"{'a pass over ' + format(total, ',') + ' at that rate':44} {hours:.1f} h")
PY
