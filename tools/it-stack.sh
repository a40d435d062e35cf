#!/usr/bin/env bash
# The stack for the integration tests: started fresh in its own data directory on free ports,
# stopped afterwards with its logs kept under IT_LOG_DIR and the data directory removed. The tests' own
# restarts and extra instances (PortalStack) go through "it-stack.sh stack COMMAND ...", so that Payara
# gets the test configuration below every time it starts, not only the first time.
# When KEYCLOAK_HOME names an unpacked Keycloak, Keycloak starts in the background beside the stack
# (in <data>/keycloak), so that it is up by the time SingleSignOnIT, which runs last, needs it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
: "${PORTAL_DATA_DIR:?}"
export KEYCLOAK_DATA_DIR=$PORTAL_DATA_DIR/keycloak
# Browsers' virtual authenticators give 'none' or self attestation: the test stack accepts any
# authenticator (the platform status flags it); the YubiKey-only default is proven by unit tests.
export PORTAL_WEBAUTHN_ATTESTATION=${PORTAL_WEBAUTHN_ATTESTATION:-any-authenticator-testing}
# The FIDO metadata the tests upload is signed under a root made at start (tools/mds-test-root.sh); the
# tests read its signer's key from <data>/mds-test.
export PORTAL_WEBAUTHN_MDS_ROOT=${PORTAL_WEBAUTHN_MDS_ROOT:-$PORTAL_DATA_DIR/mds-test/root.crt}
# 127.0.0.2 plays a proxy in front of the portal (its X-Forwarded-For and X-Forwarded-Proto are believed);
# the tests connect from it, and from 127.0.0.1 and 127.0.0.3 as clients of their own.
export PORTAL_HTTP_TRUSTED_PROXIES=${PORTAL_HTTP_TRUSTED_PROXIES:-127.0.0.2}
# The webhook tests' receiver listens on loopback, and their retries come after 1 s, 2 s, 4 s... instead of
# the default 30 s, 1 min, 2 min...
export PORTAL_WEBHOOKS_ALLOW_LOOPBACK=${PORTAL_WEBHOOKS_ALLOW_LOOPBACK:-true}
export PORTAL_WEBHOOKS_BACKOFF_BASE=${PORTAL_WEBHOOKS_BACKOFF_BASE:-PT1S}
export PORTAL_WEBHOOKS_BACKOFF_CAP=${PORTAL_WEBHOOKS_BACKOFF_CAP:-PT5S}

launch_keycloak() {
  [ -x "${KEYCLOAK_HOME:-}/bin/kc.sh" ] || return 0
  local http_port
  http_port=$("$here/stack.sh" env | sed -n 's/^HTTP_PORT=//p')
  TRUST_PORTAL_URL=http://127.0.0.1:$http_port KEYCLOAK_NO_WAIT=1 "$here/keycloak.sh" start
}

case "${1:-}" in
  start)
    rm -rf "$PORTAL_DATA_DIR"
    "$here/mds-test-root.sh" "$PORTAL_DATA_DIR/mds-test"
    if ! { launch_keycloak && "$here/stack.sh" start; }; then
      "$0" stop || true
      exit 1
    fi
    ;;
  stop)
    : "${IT_LOG_DIR:?}"
    [ -d "$PORTAL_DATA_DIR" ] || exit 0
    "$here/keycloak.sh" stop || true
    "$here/stack.sh" stop || true
    mkdir -p "$IT_LOG_DIR"
    cp -r "$PORTAL_DATA_DIR/logs/." "$IT_LOG_DIR/" 2>/dev/null || true
    cp "$PORTAL_DATA_DIR/payara/portal/logs/server.log" "$IT_LOG_DIR/payara-server.log" 2>/dev/null || true
    cp "$KEYCLOAK_DATA_DIR/keycloak.log" "$IT_LOG_DIR/keycloak.log" 2>/dev/null || true
    [ -n "${KEEP_IT_DATA:-}" ] || rm -rf "$PORTAL_DATA_DIR"
    ;;
  stack)
    # Any command of tools/stack.sh (restart, instance-start, ...) with the test configuration above.
    shift
    exec "$here/stack.sh" "$@"
    ;;
  *) echo "usage: $0 start|stop|stack COMMAND..." >&2; exit 2 ;;
esac
