#!/usr/bin/env bash
# Starts EBP Logger (sets itself up on first run). Extra arguments go to the app, e.g. --demo.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$top/installers/dev/bootstrap.sh"
exec "$top/.venv/bin/python" -m ebp_logger "$@"
