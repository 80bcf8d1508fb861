#!/usr/bin/env bash
# The scripted proof that the Linux package works (issue 8): build the .deb, install it with
# dpkg (through apt-get, which pulls the Qt libraries it depends on), check the menu entry and
# icons, run the installed binary's --self-test (also with every Python on the machine hidden),
# launch it under Xvfb and take a screenshot, then remove and purge it and check nothing is left.
#
# Run as root on a Debian/Ubuntu machine (it installs and removes a system package):
#   bash installers/linux/test_deb.sh [--reuse-bundle]
# It rebuilds the PyInstaller bundle from the checkout first; --reuse-bundle packages an
# existing dist/ebp-logger/ instead. EBP_SCREENSHOT=path chooses where the screenshot goes
# (default build/deb/installed-deb.png). Prints each step; exits non-zero on the first failure.
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$top"
shot="${EBP_SCREENSHOT:-$top/build/deb/installed-deb.png}"
work="$(mktemp -d /tmp/ebp-test-deb.XXXXXX)"
current="setup"
xvfb_pid=""
app_pid=""

step() { current="$*"; printf '\n== %s\n' "$*"; }
ok() { echo "PASS: $current${1:+ — $1}"; }
fail() { echo "FAIL: $current — $*" >&2; exit 1; }
# EBP_SELFTEST_STRICT=0 (while parts of the app are still being built): a failing self-test is
# noted and the remaining steps still run; the script exits 1 at the end all the same.
tolerated=()
selftest_fail() {
    if [ "${EBP_SELFTEST_STRICT:-1}" = "0" ]; then
        echo "FAIL (noted, continuing): $current — $*" >&2; tolerated+=("$current")
    else
        fail "$@"
    fi
}

cleanup() {
    local rc=$?
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    if [ $rc -ne 0 ]; then
        echo "FAIL: $current (exit $rc)" >&2
        # Leave the machine as it was unless asked to keep the package for a look.
        if [ "${EBP_KEEP_INSTALLED:-0}" != "1" ] && dpkg-query -W ebp-logger >/dev/null 2>&1; then
            dpkg --purge ebp-logger >/dev/null 2>&1 || true
        fi
    fi
    rm -rf "$work"
    exit $rc
}
trap cleanup EXIT

step "preconditions: root, dpkg, test tools"
[ "$(id -u)" -eq 0 ] || fail "run as root: installing a package needs it"
command -v dpkg >/dev/null || fail "not a Debian-based system"
need=()
command -v Xvfb >/dev/null || need+=(xvfb xauth)
command -v import >/dev/null || need+=(imagemagick)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v dpkg-deb >/dev/null || need+=(dpkg-dev)
if [ ${#need[@]} -gt 0 ]; then
    echo "installing test tools: ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
ok

step "build the .deb"
if dpkg-query -W -f='${Status}' ebp-logger 2>/dev/null | grep -q installed; then
    echo "an earlier ebp-logger is installed; purging it first"
    dpkg --purge ebp-logger >/dev/null
fi
started=$(date +%s)
# The bundle is rebuilt from the checkout, so the proof is about the current code;
# --reuse-bundle packages an existing dist/ebp-logger/ as it is (faster, for script work).
if [ "${1:-}" = "--reuse-bundle" ]; then build_args=(); else build_args=(--rebuild); fi
bash installers/linux/build_deb.sh "${build_args[@]}" | tee "$work/build.log"
deb="$(tail -1 "$work/build.log")"
[ -f "$deb" ] || fail "build_deb.sh made no package"
ok "$deb ($(du -h "$deb" | cut -f1), $(( $(date +%s) - started )) s)"

step "package metadata"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends
dpkg-deb --contents "$deb" >"$work/contents.txt"
grep -q '\./opt/ebp-logger/ebp-logger$' "$work/contents.txt" || fail "no /opt/ebp-logger/ebp-logger"
grep -q '\./usr/bin/ebp-logger -> /opt/ebp-logger/ebp-logger' "$work/contents.txt" ||
    fail "no /usr/bin/ebp-logger link"
echo "$(wc -l <"$work/contents.txt") entries"
for lib in libgl1 libegl1 libxkbcommon-x11-0 libxcb-cursor0 libfontconfig1; do
    dpkg-deb --field "$deb" Depends | grep -q "$lib" || fail "Depends lacks $lib"
done
ok

step "install with apt-get (dependencies from the archive)"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" 2>&1 | grep -v '^debconf' | tail -3 || true
dpkg-query -W -f='${Status} ${Version}\n' ebp-logger | grep -q 'install ok installed' || fail "dpkg says not installed"
ok "$(dpkg-query -W -f='${Package} ${Version}' ebp-logger)"

step "files in place"
[ -x /opt/ebp-logger/ebp-logger ] || fail "/opt/ebp-logger/ebp-logger missing"
[ "$(readlink -f /usr/bin/ebp-logger)" = /opt/ebp-logger/ebp-logger ] || fail "/usr/bin/ebp-logger link"
[ "$(command -v ebp-logger)" = /usr/bin/ebp-logger ] || fail "ebp-logger not on PATH"
for f in /usr/share/icons/hicolor/{48x48,128x128,256x256}/apps/ebp-logger.png \
    /usr/share/icons/hicolor/scalable/apps/ebp-logger.svg \
    /usr/share/metainfo/org.ebplogger.EbpLogger.metainfo.xml; do
    [ -f "$f" ] || fail "$f missing"
done
ok

step "menu entry"
desktop=/usr/share/applications/ebp-logger.desktop
[ -f "$desktop" ] || fail "$desktop missing"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
grep -q '^Exec=ebp-logger' "$desktop" || fail "Exec line"
grep -q '^Icon=ebp-logger' "$desktop" || fail "Icon line"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net /usr/share/metainfo/org.ebplogger.EbpLogger.metainfo.xml ||
        fail "appstreamcli validate"
fi
ok "$(grep '^Name=' "$desktop" | cut -d= -f2) in $(grep '^Categories=' "$desktop" | cut -d= -f2)"

step "self-test of the installed binary"
HOME="$work/home" XDG_RUNTIME_DIR="$work/run" ebp-logger --self-test 2>&1 || selftest_fail "ebp-logger --self-test"
ok

step "self-test with every Python on this machine hidden"
if command -v unshare >/dev/null && unshare --mount true 2>/dev/null; then
    hide=()
    for d in /usr/lib/python3* /usr/local/lib/python3* /root/.pyenv /opt/hostedtoolcache \
        /tmp/probe-venv /tmp/build-venv "$top/.venv" "$top/.venv-build"; do
        [ -d "$d" ] && hide+=("$d")
    done
    unshare --mount --propagation private env HIDE="${hide[*]}" HOME="$work/home" \
        XDG_RUNTIME_DIR="$work/run" sh -ec '
        for d in $HIDE; do mount -t tmpfs -o ro tmpfs "$d"; done
        for p in /usr/bin/python3* /usr/local/bin/python3*; do
            [ -f "$p" ] && mount --bind /dev/null "$p"
        done
        if python3 -c "import sys" 2>/dev/null; then echo "a python3 still runs"; exit 3; fi
        echo "hidden: $HIDE and every python3 executable"
        /usr/bin/ebp-logger --self-test' || selftest_fail "self-test without Python"
    ok
else
    echo "SKIP: unshare --mount not permitted here"
fi

step "launch under Xvfb and take a screenshot"
mkdir -p "$work/home" "$work/run" "$work/data" "$(dirname "$shot")"
chmod 0700 "$work/run"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do xwininfo -root -display "$display" >/dev/null 2>&1 && break; sleep 0.2; done
xwininfo -root -display "$display" >/dev/null 2>&1 || fail "Xvfb did not start"
# From the menu entry's Exec line, with a throw-away demo database and data folder.
exec_line="$(sed -n 's/^Exec=//p' "$desktop")"
DISPLAY="$display" HOME="$work/home" XDG_RUNTIME_DIR="$work/run" EBP_LOGGER_DATA="$work/data" \
    QT_QPA_PLATFORM=xcb $exec_line --demo >"$work/app.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 120); do
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "the app exited"; }
    # the main window: titled "EBP Logger…" and larger than Qt's 1x1 helper windows
    window="$(xwininfo -root -tree -display "$display" | awk '/"EBP Logger/ {
        for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+x[0-9]+[+-]/) {
            split($i, g, /[x+-]/); if (g[1] >= 200 && g[2] >= 200) { print; exit } } }' || true)"
    [ -n "$window" ] && break
    sleep 0.5
done
[ -n "$window" ] || { cat "$work/app.log"; fail "no EBP Logger window within 60 s"; }
echo "window: $window"
sleep 3  # let the first screen paint
kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log"; fail "the app exited"; }
wid="$(echo "$window" | awk '{print $1}')"
wm_class="$(xprop -display "$display" -id "$wid" WM_CLASS 2>/dev/null || true)"
echo "$wm_class"
import -display "$display" -window root "$work/root.png"
# keep the app's window (Xvfb has no window manager, so it sits at its own geometry)
geometry="$(echo "$window" | grep -oE '[0-9]+x[0-9]+\+[0-9]+\+[0-9]+' | head -1)"
convert "$work/root.png" -crop "$geometry" +repage "$shot"
spread="$(convert "$shot" -colorspace gray -format '%[fx:standard_deviation]' info:)"
awk -v s="$spread" 'BEGIN { exit !(s > 0.02) }' || fail "screenshot is blank (spread $spread)"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""
ok "$shot"

step "remove with dpkg -r"
dpkg -r ebp-logger >/dev/null
left=()
for p in /opt/ebp-logger /usr/bin/ebp-logger "$desktop" /usr/share/metainfo/org.ebplogger.EbpLogger.metainfo.xml \
    /usr/share/icons/hicolor/256x256/apps/ebp-logger.png /usr/share/icons/hicolor/scalable/apps/ebp-logger.svg; do
    if [ -e "$p" ] || [ -L "$p" ]; then left+=("$p"); fi
done
[ ${#left[@]} -eq 0 ] || fail "left behind: ${left[*]}"
ok "nothing left in /opt/ebp-logger, /usr/bin, /usr/share"

step "purge with dpkg --purge"
dpkg --purge ebp-logger >/dev/null
if dpkg-query -W -f='${Status}' ebp-logger 2>/dev/null | grep -qv 'not-installed'; then
    fail "dpkg still knows ebp-logger: $(dpkg-query -W -f='${Status}' ebp-logger)"
fi
[ ! -e /opt/ebp-logger ] && [ ! -e /usr/bin/ebp-logger ] || fail "files after purge"
hash -r  # forget the path bash remembered from the earlier steps
if type -P ebp-logger >/dev/null; then fail "ebp-logger still on PATH"; fi
ok

current="all steps"
if [ ${#tolerated[@]} -gt 0 ]; then
    printf '\nFAILED: %s\n' "${tolerated[*]}" >&2
    exit 1
fi
printf '\nALL PASSED: built, installed, menu entry, self-test (also without Python), Xvfb screenshot, removed, purged\n'
