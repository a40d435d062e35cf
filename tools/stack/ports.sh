# The loopback ports of the stack: one range of 100, kept in <data>/ports.env.
# Sourced by tools/stack.sh (which sets DATA, PKI, SECRETS, LOGS, RUN, the ports and the helpers).
# shellcheck shell=bash

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Payara's --portbase uses base+9 ... base+86; the portal's own services sit between; the balancer
# of several instances takes base+90.
range_free() {
  local base=$1 offset
  for offset in 9 32 37 38 39 44 45 48 49 59 66 76 80 81 86 90; do
    port_in_use $((base + offset)) && return 1
  done
  return 0
}

choose_ports() {
  [ -f "$DATA/ports.env" ] && return
  local base=${PORT_BASE:-8000}
  if [ "$base" = auto ]; then
    base=20000
    until range_free "$base"; do
      base=$((base + 100))
      [ "$base" -lt 60000 ] || die "no free range of loopback ports found"
    done
  elif ! range_free "$base"; then
    die "a port of the range $base-$((base + 99)) is taken; choose another with PORT_BASE=<number> or PORT_BASE=auto"
  fi
  cat > "$DATA/ports.env" <<EOF
PORT_BASE=$base
PG_PORT=$((base + 32))
NOTARY_SERVER_PORT=$((base + 44))
NOTARY_SIGNER_PORT=$((base + 45))
ADMIN_PORT=$((base + 48))
HTTP_PORT=$((base + 80))
EOF
}
