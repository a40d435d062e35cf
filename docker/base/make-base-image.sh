#!/usr/bin/env bash
# The image every image of the topology is built FROM: Debian bookworm made here by debootstrap
# (--variant=minbase) and imported into the engine, so that no container registry is needed.
#
#   docker/base/make-base-image.sh      prints the image's name, e.g. trust-portal-base:bookworm
#
# The image is tagged with the hash of this script (trust-portal-base:<hash>) as well as
# trust-portal-base:bookworm, the name the Dockerfiles use; when the hashed tag exists, nothing is
# made again. Needs root (debootstrap) and Debian's package mirror. Engines with a registry may use
# debian:bookworm-slim instead: `--build-arg BASE_IMAGE=debian:bookworm-slim`.
set -euo pipefail

MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
NAME=trust-portal-base
hash=$( { cat "${BASH_SOURCE[0]}"; echo "$MIRROR $SECURITY_MIRROR"; } | sha256sum | cut -c1-12)

log() { printf '[base-image] %s\n' "$*" >&2; }

if docker image inspect "$NAME:$hash" >/dev/null 2>&1; then
  docker tag "$NAME:$hash" "$NAME:bookworm"
  echo "$NAME:bookworm"
  exit 0
fi

[ "$(id -u)" -eq 0 ] || { log "debootstrap needs root"; exit 1; }
command -v debootstrap >/dev/null || { log "debootstrap is not installed (tools/deps.sh docker)"; exit 1; }
root=$(mktemp -d /var/tmp/trust-portal-base.XXXXXX)
trap 'rm -rf "$root"' EXIT
log "debootstrap --variant=minbase bookworm from $MIRROR (a few minutes)"
debootstrap --variant=minbase bookworm "$root" "$MIRROR" >"$root.log" 2>&1 \
  || { tail -n 20 "$root.log" >&2; exit 1; }
rm -f "$root.log"

cat > "$root/etc/apt/sources.list" <<SOURCES
deb $MIRROR bookworm main
deb $MIRROR bookworm-updates main
deb $SECURITY_MIRROR bookworm-security main
SOURCES
# As Debian's own container images: no recommended packages, no documentation, no caches.
cat > "$root/etc/apt/apt.conf.d/90trust-portal" <<'APT'
APT::Install-Recommends "false";
APT::Install-Suggests "false";
Acquire::Languages "none";
APT
cat > "$root/etc/dpkg/dpkg.cfg.d/90trust-portal" <<'DPKG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
path-exclude /usr/share/locale/*
DPKG
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin "$root"/var/cache/apt/archives/*.deb \
  "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/usr/share/locale/* "$root"/var/log/*.log

log "importing as $NAME:$hash"
tar --numeric-owner -C "$root" -c . \
  | docker import --change 'CMD ["/bin/bash"]' --change 'ENV LANG=C.UTF-8' \
    --message "debootstrap --variant=minbase bookworm" - "$NAME:$hash" >/dev/null
docker tag "$NAME:$hash" "$NAME:bookworm"
echo "$NAME:bookworm"
