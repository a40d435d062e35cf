#!/usr/bin/env bash
# The production topology for the docker module's integration test (ProductionTopologyIT): built from
# this checkout and brought up on free loopback ports under its own project name and secrets, then
# torn down with its volumes (the images are kept, so the next run builds only what changed).
#
#   production-test.sh up       engine, base image, secrets, build, up; waits until every service is healthy
#   production-test.sh down     down -v; stops the engine if `up` started it
#   production-test.sh compose ARGS...   docker-compose on the test's project
#
# Environment: PRODUCTION_TEST_DIR  where the secrets, ports (production.env), logs and timings are kept
#              PRODUCTION_TEST_HEALTHY_SECONDS  how long `up` waits for every service to be healthy (1500)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
: "${PRODUCTION_TEST_DIR:?PRODUCTION_TEST_DIR must name the directory of the test}"
mkdir -p "$PRODUCTION_TEST_DIR"
STATE=$(cd "$PRODUCTION_TEST_DIR" && pwd)
ENV_FILE=$STATE/production.env
EAR_BUILD="mvn -B -ntp package -DskipTests -DskipITs=false -pl ear -am"
SERVICES=(postgres notary-signer notary-server keycloak portal-1 portal-2 load-balancer)
# One service per image: notary-server and portal-2 share the images of notary-signer and portal-1, and
# each build sends the whole build context (~470 MB) to the engine again.
BUILD_SERVICES=(postgres notary-signer keycloak portal-1 load-balancer)

log() { printf '[production-test] %s\n' "$*"; }
die() { printf '[production-test] error: %s\n' "$*" >&2; exit 1; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
  local port=$1
  while port_in_use "$port" || grep -q "=$port\$" "$ENV_FILE" 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}
elapsed() { echo $(( $(date +%s) - $1 )); }
timing() { echo "$1=$2" >> "$STATE/timings.env"; log "$1: ${2}s"; }

load_env() {
  [ -f "$ENV_FILE" ] || die "no $ENV_FILE: run up first"
  set -a
  # shellcheck source=/dev/null
  . "$ENV_FILE"
  set +a
}

compose() { docker-compose --ansi never -p "$COMPOSE_PROJECT_NAME" -f "$here/compose.yaml" "$@"; }

choose_ports() {
  [ -f "$ENV_FILE" ] && return
  local portal notary
  portal=$(free_port 28080)
  echo "TRUST_PORTAL_PORT=$portal" > "$ENV_FILE"
  notary=$(free_port 28443)
  cat >> "$ENV_FILE" <<ENV
NOTARY_SERVER_PORT=$notary
TRUST_PORTAL_URL=http://localhost:$portal
TRUST_PORTAL_SECRETS=$STATE/secrets
COMPOSE_PROJECT_NAME=trust-portal-test
ENV
}

# True when every service is healthy; records when each became so first (healthy_<service>_seconds
# since $1, in timings.env), which tells where a slow start spends its time.
healthy() {
  local started=${1:-} service id status all=0
  for service in "${SERVICES[@]}"; do
    id=$(compose ps -q "$service")
    [ -n "$id" ] || { all=1; continue; }
    status=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}' "$id")
    if [ "$status" = healthy ]; then
      if [ -n "$started" ] && [ -z "${HEALTHY_SEEN[$service]:-}" ]; then
        HEALTHY_SEEN[$service]=1
        timing "healthy_${service//-/_}_seconds" "$(elapsed "$started")"
      fi
    else
      all=1
    fi
  done
  return "$all"
}
declare -A HEALTHY_SEEN=()

# Waits until every service is healthy (the portals boot and deploy in a few minutes on 2 cores).
await_healthy() {
  local started=$1 limit=${2:-${PRODUCTION_TEST_HEALTHY_SECONDS:-1500}}
  until healthy "$started"; do
    if [ "$(elapsed "$started")" -gt "$limit" ]; then
      compose ps >&2 || true
      compose logs --tail 40 >&2 || true
      die "the topology was not healthy within ${limit}s"
    fi
    sleep 3
  done
}

up() {
  # A failed start leaves nothing behind: Maven runs no post-integration-test after a failed phase.
  trap 'log "start failed: taking the topology down"; down' EXIT
  "$top/tools/deps.sh" docker
  "$top/tools/docker-engine.sh" start
  local t
  rm -f "$STATE/timings.env"
  t=$(date +%s)
  "$here/base/make-base-image.sh" >/dev/null
  timing base_image_seconds "$(elapsed "$t")"
  choose_ports
  load_env
  "$here/make-secrets.sh" "$TRUST_PORTAL_SECRETS" >/dev/null
  [ -f "$top/ear/target/trust-portal.ear" ] || die "no EAR: build the ear module first ($EAR_BUILD)"
  # The ear module unpacks Keycloak only when its integration tests are not skipped.
  compgen -G "$top/ear/target/runtime/keycloak-*/bin/kc.sh" >/dev/null \
    || die "no Keycloak in ear/target/runtime: build the ear module with integration tests not skipped ($EAR_BUILD)"
  t=$(date +%s)
  compose build "${BUILD_SERVICES[@]}" >"$STATE/build.log" 2>&1 || { tail -n 40 "$STATE/build.log" >&2; die "the images did not build (see $STATE/build.log)"; }
  timing build_seconds "$(elapsed "$t")"
  t=$(date +%s)
  compose up -d >"$STATE/up.log" 2>&1 || { cat "$STATE/up.log" >&2; die "up failed"; }
  await_healthy "$t"
  timing up_healthy_seconds "$(elapsed "$t")"
  docker images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep '^trust-portal' | sort > "$STATE/image-sizes.txt"
  log "up: portal on $TRUST_PORTAL_URL, notary-server on https://localhost:$NOTARY_SERVER_PORT"
  trap - EXIT
}

down() {
  if [ -f "$ENV_FILE" ] && docker version >/dev/null 2>&1; then
    load_env
    compose logs --no-color >"$STATE/compose.log" 2>&1 || true
    compose down -v --remove-orphans >"$STATE/down.log" 2>&1 || true
  fi
  "$top/tools/docker-engine.sh" stop
  rm -f "$ENV_FILE"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  await-healthy) load_env; await_healthy "$(date +%s)" "${2:-600}" ;;
  compose) shift; load_env; compose "$@" ;;
  *) echo "usage: $0 up|down|await-healthy [seconds]|compose ARGS..." >&2; exit 2 ;;
esac
