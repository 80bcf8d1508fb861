#!/usr/bin/env bash
# Builds the one-folder bundle dist/ebp-logger/ with PyInstaller (Linux; Windows: see
# installers/README.md). PyInstaller and the runtime dependencies go into a separate build venv
# (default .venv-build/, gitignored; override with EBP_BUILD_VENV) so the project's .venv stays
# as the tests expect it. Ends by running the bundle's own --self-test with a bare environment.
#
#   bash installers/pyinstaller/build.sh            # build + self-test
#   EBP_SKIP_SELFTEST=1 bash installers/pyinstaller/build.sh
set -euo pipefail
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$top"
PYINSTALLER_VERSION="6.22.3"
venv="${EBP_BUILD_VENV:-$top/.venv-build}"
dist="$top/dist"
work="$top/build/pyinstaller"
started=$(date +%s)

step() { printf '\n== %s\n' "$*"; }

# PyInstaller needs a Python built with a shared libpython (pyenv: PYTHON_CONFIGURE_OPTS=--enable-shared;
# Debian's python3 has it).
py="${PYTHON:-python3}"
if ! "$py" -c 'import sys, sysconfig; sys.exit(not sysconfig.get_config_var("Py_ENABLE_SHARED") and sys.platform != "win32")'; then
    echo "build.sh: $py has no shared libpython; PyInstaller cannot bundle it. Set PYTHON=..." >&2
    exit 1
fi

step "build venv: $venv"
if [ ! -x "$venv/bin/python" ]; then "$py" -m venv "$venv"; fi
stamp="$venv/.ebp-build-installed"
want="$(cat pyproject.toml installers/dev/constraints.txt | sha256sum | cut -d' ' -f1)-$PYINSTALLER_VERSION"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    # The runtime dependencies only (no test extras, not the project: it is read from the checkout).
    "$venv/bin/python" - > "$venv/runtime-requirements.txt" <<'PY'
try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: pip vendors the same parser
    from pip._vendor import tomli as tomllib
with open("pyproject.toml", "rb") as f:
    print("\n".join(tomllib.load(f)["project"]["dependencies"]))
PY
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$venv/bin/python" -m pip install -q --disable-pip-version-check \
        -c installers/dev/constraints.txt -r "$venv/runtime-requirements.txt" \
        "pyinstaller==$PYINSTALLER_VERSION"
    echo "$want" > "$stamp"
fi
"$venv/bin/python" -m PyInstaller --version | sed 's/^/PyInstaller /'

step "PyInstaller: installers/pyinstaller/ebp_logger.spec -> dist/ebp-logger/"
rm -rf "$dist/ebp-logger"
"$venv/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" installers/pyinstaller/ebp_logger.spec

# libpython of a source-built Python (pyenv) carries ~18 MB of debug symbols; the rest of the
# bundle is left alone (stripping numpy's OpenBLAS breaks it).
for lib in "$dist"/ebp-logger/_internal/libpython3*.so*; do
    [ -L "$lib" ] || strip --strip-debug "$lib" 2>/dev/null || true
done

step "shared libraries: every bundled ELF file finds its Qt and Python libraries"
missing=$(find "$dist/ebp-logger" -type f \( -name '*.so*' -o -name ebp-logger \) -print0 |
    xargs -0 -n 20 env LD_LIBRARY_PATH="$dist/ebp-logger/_internal:$dist/ebp-logger/_internal/PySide6/Qt/lib" ldd 2>/dev/null |
    grep 'not found' | grep -E 'Qt6|python|pyside|shiboken|icu' | sort -u || true)
if [ -n "$missing" ]; then
    echo "missing libraries inside the bundle:"; echo "$missing"; exit 1
fi
echo "ok"

if [ "${EBP_SKIP_SELFTEST:-0}" != "1" ]; then
    step "bundle self-test (bare environment, no Python on PATH)"
    env -i HOME="$(mktemp -d)" PATH=/usr/bin:/bin LANG=C.UTF-8 \
        "$dist/ebp-logger/ebp-logger" --self-test || {
        echo "build.sh: the bundle's self-test failed (see above)" >&2
        # EBP_SELFTEST_STRICT=0 keeps the bundle anyway (e.g. to inspect it)
        [ "${EBP_SELFTEST_STRICT:-1}" = "0" ] || exit 1
    }
fi

step "done"
echo "bundle: $dist/ebp-logger ($(du -sh "$dist/ebp-logger" | cut -f1), $(find "$dist/ebp-logger" -type f | wc -l) files)"
echo "build time: $(( $(date +%s) - started )) s"
