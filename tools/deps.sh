#!/usr/bin/env bash
# Installs the Debian packages the portal runs on and is tested with, if any is missing.
# Maven brings everything else (Payara, libraries).
#
#   deps.sh           what the machine's stack and its tests need
#   deps.sh docker    what the production topology's test needs besides (docker module): Debian's
#                     Docker engine, docker-compose 1.29 and debootstrap (the base image)
set -euo pipefail

# fonts-wqy-zenhei: Chinese glyphs in the browser tests' screenshots.
# nodejs: vaadin-maven-plugin runs node to prepare the frontend (it cannot download one here).
# softhsm2: the PKCS#11 token the key-custody tests (Pkcs11KeystoreIT) run against.
# haproxy: the load balancer in front of two Payara instances in ClusterIT.
# The shellcheck package: the test command checks every shell script of the repository (tools/check-scripts.sh).
needed=(notary postgresql openssl curl nodejs softhsm2 chromium chromium-driver fonts-wqy-zenhei haproxy shellcheck)
# docker.io, only where no Docker CLI is on the PATH: `docker trust inspect` in OwnerHeldRootsBrowserIT
# shows what a consumer's Docker sees (it talks to notary-server only, no daemon).
command -v docker >/dev/null || needed+=(docker.io)
if [ "${1:-}" = docker ]; then
  needed=(docker.io docker-compose debootstrap notary openssl curl)
fi
missing=()
for pkg in "${needed[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]}. Install them as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian's postgresql package creates and starts a system cluster; the portal runs its own.
if command -v pg_lsclusters >/dev/null; then
  pg_lsclusters -h 2>/dev/null | while read -r ver name _; do pg_ctlcluster "$ver" "$name" stop 2>/dev/null || true; done
fi
