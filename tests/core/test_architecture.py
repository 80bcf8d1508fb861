"""The core loads without Qt: importing every non-GUI module pulls in no PySide6 or pyqtgraph."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import ebp_logger


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(ebp_logger.__path__, "ebp_logger."):
        if info.name.startswith("ebp_logger.gui"):
            continue
        names.append(info.name)
    return names


def test_core_imports_no_qt():
    mods = core_modules()
    assert "ebp_logger.store.services.procedure" in mods
    code = (
        "import sys, importlib\n"
        f"for m in {mods!r}: importlib.import_module(m)\n"
        "bad = sorted(k for k in sys.modules if k.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "", f"core modules loaded Qt: {r.stdout}"


def test_cli_help_loads_no_qt():
    code = (
        "import sys\n"
        "from ebp_logger.cli import build_parser\n"
        "build_parser().format_help()\n"
        "print(any(k.startswith('PySide6') for k in sys.modules))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.stdout.strip() == "False", r.stderr
