#!/usr/bin/env bash
# Writes the configuration of notary-server or notary-signer from its one template (server.json.in,
# signer.json.in beside this script), for the machine's stack (tools/stack.sh) and the containers
# (docker/notary/entrypoint.sh) alike, so that the two cannot drift.
#
#   render.sh server|signer KEY=VALUE... > config.json
#
# Every @KEY@ of the template must be given and every KEY given must be in the template. Values go
# into JSON strings as they are: they may not hold '"', '\', '|', '&' or control characters.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
template=$here/${1:?server or signer}.json.in
[ -f "$template" ] || { echo "render.sh: no template $template" >&2; exit 2; }
shift
text=$(cat "$template")
for pair in "$@"; do
  key=${pair%%=*} value=${pair#*=}
  [[ $value != *[\"\\\|\&]* && $value != *[[:cntrl:]]* ]] || { echo "render.sh: the value of $key holds a character JSON or sed would change" >&2; exit 2; }
  grep -q "@$key@" <<<"$text" || { echo "render.sh: $key is not in $(basename "$template")" >&2; exit 2; }
  text=${text//"@$key@"/$value}
done
if grep -o '@[A-Z_]*@' <<<"$text" >&2; then
  echo "render.sh: the keys above are not given" >&2
  exit 2
fi
printf '%s\n' "$text"
