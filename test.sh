#!/usr/bin/env bash
# Runs the whole test suite offscreen (sets itself up on first run). Extra arguments go to pytest.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$top/installers/dev/bootstrap.sh"
cd "$top"
export QT_QPA_PLATFORM=offscreen
exec "$top/.venv/bin/python" -m pytest "$@"
