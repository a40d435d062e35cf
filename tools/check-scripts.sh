#!/usr/bin/env bash
# Checks every shell script of the repository with shellcheck, following the files they source.
# Run by ./trust-portal test before the build; a finding fails the test command.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

mapfile -t scripts < <(git ls-files '*.sh' trust-portal .ci/run 2>/dev/null || find . -name '*.sh' -not -path '*/target/*')
shellcheck -x "${scripts[@]}"
echo "[check-scripts] ${#scripts[@]} shell scripts pass shellcheck"
