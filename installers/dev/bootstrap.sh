#!/usr/bin/env bash
# Prepares a checkout to run: Debian libraries Qt needs (when missing and we may install them),
# a virtual environment in .venv, and the project with its test extras. Idempotent and quiet
# when nothing changed, so run.sh and test.sh can call it every time.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$top"
venv="$top/.venv"

sudo_cmd=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo_cmd="sudo -n"; fi
fi
can_apt() { [ "$(id -u)" -eq 0 ] || [ -n "$sudo_cmd" ]; }

apt_updated=0
apt_install() {
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "bootstrap: please install these system packages: $*" >&2; return 1
    fi
    if ! can_apt; then
        echo "bootstrap: missing system packages (need root to install): $*" >&2; return 1
    fi
    if [ "$apt_updated" -eq 0 ]; then $sudo_cmd apt-get update -qq >/dev/null; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Python with venv support.
py="${PYTHON:-}"
usable() { "$1" -c 'import sys; sys.exit(sys.version_info < (3, 10))' >/dev/null 2>&1; }
if [ -z "$py" ]; then
    # The system python3 first; version managers may list shims that do not run, so try each.
    for cand in python3 python3.13 python3.12 python3.11 python3.10; do
        if usable "$cand"; then py="$cand"; break; fi
    done
fi
if [ -z "$py" ]; then apt_install python3 python3-venv python3-pip; py=python3; fi
if ! "$py" -c "import venv, ensurepip" >/dev/null 2>&1; then
    apt_install python3-venv python3-pip || true
fi

# Shared libraries the Qt xcb/offscreen plugins load (DESIGN.md, "Traps").
need_pkgs=()
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
declare -A libs=(
    [libGL.so.1]=libgl1 [libEGL.so.1]=libegl1 [libxkbcommon.so.0]=libxkbcommon0
    [libfontconfig.so.1]=libfontconfig1 [libdbus-1.so.3]=libdbus-1-3 [libglib-2.0.so.0]=libglib2.0-0
    [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4
    [libxcb-image.so.0]=libxcb-image0 [libxcb-keysyms.so.1]=libxcb-keysyms1
    [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-shape.so.0]=libxcb-shape0
    [libxcb-xkb.so.1]=libxcb-xkb1 [libxkbcommon-x11.so.0]=libxkbcommon-x11-0
)
for lib in "${!libs[@]}"; do have_lib "$lib" || need_pkgs+=("${libs[$lib]}"); done
# A font, so text renders the same everywhere.
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need_pkgs+=(fonts-dejavu-core)
if [ "${EBP_WITH_XVFB:-0}" = "1" ]; then
    command -v Xvfb >/dev/null 2>&1 || need_pkgs+=(xvfb xauth)
fi
if [ ${#need_pkgs[@]} -gt 0 ]; then
    echo "bootstrap: installing system packages: ${need_pkgs[*]}" >&2
    apt_install "${need_pkgs[@]}" || echo "bootstrap: continuing without them; Qt may not start" >&2
fi

# Virtual environment and packages; re-installed only when the dependency list changes.
if [ ! -x "$venv/bin/python" ]; then
    "$py" -m venv "$venv"
fi
stamp="$venv/.ebp-installed"
want="$(cat pyproject.toml installers/dev/constraints.txt | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "bootstrap: installing Python packages into .venv (first run takes a minute)" >&2
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
    "$venv/bin/python" -m pip install -q --disable-pip-version-check \
        -c installers/dev/constraints.txt -e ".[test]"
    echo "$want" > "$stamp"
fi
