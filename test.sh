#!/usr/bin/env bash
# Runs the whole test suite offscreen (sets itself up on first run). Extra arguments go to pytest.
# Starts a throw-away PostgreSQL server for it (EBP_TEST_PG_URL) and stops it afterwards; a URL
# already in EBP_TEST_PG_URL is used as it is (empty: none, its tests skip). A server that does
# not start fails the run when CI=true; elsewhere its tests skip.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$top/installers/dev/bootstrap.sh"
cd "$top"
export QT_QPA_PLATFORM=offscreen

if [ -z "${EBP_TEST_PG_URL+set}" ]; then
    pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/ebp-test-pg.XXXXXX")"
    trap 'bash "$top/installers/dev/pg_test_cluster.sh" stop "$pg_dir" || true' EXIT
    trap 'exit 130' INT TERM HUP # so the server is stopped then too
    if url="$(bash "$top/installers/dev/pg_test_cluster.sh" start "$pg_dir")"; then
        export EBP_TEST_PG_URL="$url"
    elif [ "${CI:-}" = "true" ]; then
        echo "test.sh: the PostgreSQL test server did not start (see above); CI=true needs it" >&2
        exit 1
    else
        echo "test.sh: warning: no PostgreSQL test server; the tests that need it skip" >&2
    fi
fi

status=0
"$top/.venv/bin/python" -m pytest "$@" || status=$?
exit "$status"
