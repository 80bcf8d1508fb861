#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite (test.sh calls it).
#   pg_test_cluster.sh start DIR   a fresh cluster in DIR on 127.0.0.1 and a free port; prints
#                                  one line, postgresql://ebp_admin@127.0.0.1:PORT/ebp_test
#                                  (trust auth, ebp_admin is a superuser). Again on a running
#                                  DIR: prints the URL again.
#   pg_test_cluster.sh stop DIR    stops it and removes DIR.
#   pg_test_cluster.sh crash DIR   stops it at once (pg_ctl stop -m immediate), as a power cut
#                                  or a lost network would; start DIR brings it back on the
#                                  same port (the outage tests).
# Installs Debian's postgresql package when no server binaries are found (without creating or
# starting Debian's own cluster). As root, the server runs as the postgres system user.
set -euo pipefail
exec 3>&1 1>&2 # the URL goes to fd 3 (stdout); everything else to stderr

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
cmd="$1"
dir="$2"
marker=".ebp-pg-test-cluster"

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo_cmd="sudo -n"; fi
fi

apt_install() {
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "pg_test_cluster: please install these system packages: $*" >&2; return 1
    fi
    if [ "$(id -u)" -ne 0 ] && [ -z "$sudo_cmd" ]; then
        echo "pg_test_cluster: missing system packages (need root to install): $*" >&2; return 1
    fi
    $sudo_cmd apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# The newest directory holding both pg_ctl and initdb: on PATH, or Debian's versioned ones.
find_bindir() {
    local d v best="" best_v=0 on_path=""
    if command -v pg_ctl >/dev/null 2>&1; then on_path="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"; fi
    for d in $on_path /usr/lib/postgresql/*/bin; do
        if [ ! -x "$d/pg_ctl" ] || [ ! -x "$d/initdb" ]; then continue; fi
        v="$("$d/pg_ctl" --version | sed -n 's/.* \([0-9][0-9]*\).*/\1/p')" # "pg_ctl (PostgreSQL) 15.18"
        if [ "${v:-0}" -gt "$best_v" ]; then best="$d"; best_v="$v"; fi
    done
    echo "$best"
}

# Runs a server command as the user the server runs as: postgres refuses to run as root. Without
# fd 3: the server would hold the caller's stdout open, and url="$(... start DIR)" never return.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then (cd / && runuser -u postgres -- "$@" 3>&-); else "$@" 3>&-; fi
}

url_for() { echo "postgresql://ebp_admin@127.0.0.1:$1/ebp_test"; }

running() { [ -f "$dir/data/postmaster.pid" ] && as_pg "$bindir/pg_ctl" status -D "$dir/data" >/dev/null 2>&1; }

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
        || echo $((20000 + RANDOM % 40000))
}

case "$cmd" in
start)
    bindir="$(find_bindir)"
    if [ -z "$bindir" ]; then
        echo "pg_test_cluster: installing PostgreSQL (Debian package postgresql)" >&2
        # Debian's package would create and start a "main" cluster on port 5432; a drop-in in
        # createcluster.d (read by its postinst) tells it not to, for this install only.
        conf_d=/etc/postgresql-common/createcluster.d
        made_d=0; [ -d "$conf_d" ] || { $sudo_cmd mkdir -p "$conf_d" 2>/dev/null && made_d=1; } || true
        echo "create_main_cluster = false" | $sudo_cmd tee "$conf_d/ebp-no-main.conf" >/dev/null 2>&1 || true
        rc=0; apt_install postgresql || rc=$?
        $sudo_cmd rm -f "$conf_d/ebp-no-main.conf" || true
        [ "$made_d" -eq 0 ] || $sudo_cmd rmdir "$conf_d" 2>/dev/null || true
        [ "$rc" -eq 0 ] || exit "$rc"
        bindir="$(find_bindir)"
        [ -n "$bindir" ] || { echo "pg_test_cluster: no pg_ctl/initdb after installing postgresql" >&2; exit 1; }
    fi

    if [ -d "$dir" ] && [ -n "$(ls -A "$dir")" ] && [ ! -e "$dir/$marker" ]; then
        echo "pg_test_cluster: $dir is not empty and not a test cluster; refusing to use it" >&2; exit 1
    fi
    mkdir -p "$dir"
    dir="$(cd "$dir" && pwd)"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 \
            || useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres
        chown postgres: "$dir"
        if ! as_pg test -w "$dir"; then
            echo "pg_test_cluster: user postgres cannot write $dir (is a parent directory private?)" >&2; exit 1
        fi
    fi
    as_pg touch "$dir/$marker"

    port=""
    if running; then port="$(sed -n 4p "$dir/data/postmaster.pid")"; fi

    if [ -z "$port" ] && [ ! -f "$dir/data/PG_VERSION" ]; then
        if locale -a 2>/dev/null | grep -qix 'c\.utf-\?8'; then loc=(--locale=C.UTF-8 -E UTF8); else loc=(--no-locale -E UTF8); fi
        # The bootstrap superuser is ebp_admin; trust on the local socket and 127.0.0.1 only.
        if ! as_pg "$bindir/initdb" -D "$dir/data" -U ebp_admin "${loc[@]}" --auth-local=trust \
                --auth-host=trust --no-sync >"$dir/initdb.log" 2>&1; then
            cat "$dir/initdb.log" >&2; echo "pg_test_cluster: initdb failed" >&2; exit 1
        fi
        as_pg mkdir -p "$dir/sock"
        as_pg tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF

# pg_test_cluster.sh: a throw-away server for the tests
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir/sock'
max_connections = 200
EOF
    fi

    # Back after a crash: the same port, so the clients' URL holds. Else a free port, which
    # may be taken between choosing and binding it: try a few.
    tries=0
    while [ -z "$port" ] && [ "$tries" -lt 5 ]; do
        tries=$((tries + 1))
        if [ "$tries" -eq 1 ] && [ -f "$dir/port" ]; then p="$(cat "$dir/port")"; else p="$(free_port)"; fi
        if as_pg "$bindir/pg_ctl" start -s -w -t 30 -D "$dir/data" -l "$dir/postgres.log" -o "-p $p"; then
            port="$p"
        fi
    done
    if [ -z "$port" ]; then
        tail -n 20 "$dir/postgres.log" >&2 || true
        echo "pg_test_cluster: the server did not start" >&2; exit 1
    fi
    echo "$port" | as_pg tee "$dir/port" >/dev/null

    # psql from the server's own version (Debian's postgresql-client-N puts it beside pg_ctl).
    psql="$bindir/psql"; [ -x "$psql" ] || psql=psql
    q() { "$psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U ebp_admin -d postgres -tA -c "$1"; }
    if [ "$(q "SELECT 1 FROM pg_database WHERE datname = 'ebp_test'")" != "1" ]; then
        q "CREATE DATABASE ebp_test OWNER ebp_admin" >/dev/null
    fi
    url_for "$port" >&3
    ;;
stop)
    [ -d "$dir" ] || exit 0
    if [ -n "$(ls -A "$dir")" ] && [ ! -e "$dir/$marker" ]; then
        echo "pg_test_cluster: $dir is not a test cluster; not removing it" >&2; exit 1
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
        bindir="$(find_bindir)"
        as_pg "$bindir/pg_ctl" stop -s -w -m fast -D "$dir/data" || true
    fi
    rm -rf "$dir"
    ;;
crash)
    bindir="$(find_bindir)"
    as_pg "$bindir/pg_ctl" stop -s -w -m immediate -D "$dir/data"
    ;;
*) usage ;;
esac
