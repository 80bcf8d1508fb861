"""Compile every Qt Designer form ``ui/<name>.ui`` into ``ebp_logger/gui/forms/ui_<name>.py``.

    python installers/dev/compile_ui.py           # (re)generate what is missing or stale
    python installers/dev/compile_ui.py --check   # exit 1 and list the stale files; write nothing

Runs ``pyside6-uic`` from the same environment as the Python running this script. The
generated files are committed; a test runs ``--check`` so a form edited without recompiling
fails the suite. The line naming the compiler version is ignored when comparing, so a patch
release of PySide6 does not make every form "stale".

uic imports a fixed list of some 30 Qt classes into every form; each class PySide6 touches is
built with all its enums on first use (QGradient alone has 180 presets), which made the first
form cost a tenth of a second at start-up. The imports are therefore pruned to the names the
form uses; nothing else in the generated code changes.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
UI_DIR = TOP / "ui"
FORMS_DIR = TOP / "ebp_logger" / "gui" / "forms"
_VERSION_LINE = "## Created by: Qt User Interface Compiler version"


def uic_command() -> list[str]:
    """``pyside6-uic`` next to this interpreter (the venv's bin), else the one on PATH."""
    bindir = Path(sys.executable).parent
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        candidate = bindir / name
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise SystemExit("compile_ui: pyside6-uic not found (install PySide6-Essentials)")


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_one(ui_file: Path) -> str:
    """The generated Python for one form (run from ui/ so the header names only the file)."""
    result = subprocess.run(
        [*uic_command(), "--no-autoconnection", "-g", "python", ui_file.name],
        cwd=ui_file.parent,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if result.returncode != 0:
        raise SystemExit(f"compile_ui: {ui_file.name}: {result.stderr.strip()}")
    return prune_imports(result.stdout)


def prune_imports(text: str) -> str:
    """Keep only the names a form uses in its ``from PySide6.* import (...)`` statements."""
    tree = ast.parse(text)
    used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    skip_until = 0
    for node in tree.body:
        if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6")):
            continue
        start, end = node.lineno - 1, node.end_lineno
        out += lines[skip_until:start]
        names = [a.name for a in node.names if (a.asname or a.name) in used]
        if names:
            out.append(f"from {node.module} import {', '.join(names)}\n")
        skip_until = end
    out += lines[skip_until:]
    return "".join(out)


def _comparable(text: str) -> list[str]:
    return [line for line in text.splitlines() if not line.startswith(_VERSION_LINE)]


def stale_forms(ui_files: list[Path]) -> list[tuple[Path, str]]:
    """(ui file, generated text) for every form whose generated file is missing or differs."""
    out = []
    for ui_file in ui_files:
        text = compile_one(ui_file)
        target = target_for(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current is None or _comparable(current) != _comparable(text):
            out.append((ui_file, text))
    return out


def orphan_forms(ui_files: list[Path]) -> list[Path]:
    """Generated ``ui_*.py`` files whose ``.ui`` source is gone."""
    wanted = {target_for(u).name for u in ui_files}
    return sorted(p for p in FORMS_DIR.glob("ui_*.py") if p.name not in wanted)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report stale forms, write nothing")
    args = parser.parse_args(argv)
    ui_files = sorted(UI_DIR.glob("*.ui"))
    stale = stale_forms(ui_files)
    if args.check:
        for ui_file, _ in stale:
            print(f"stale: {target_for(ui_file).relative_to(TOP)} (from ui/{ui_file.name})")
        orphans = orphan_forms(ui_files)
        for path in orphans:
            print(f"orphan: {path.relative_to(TOP)} (its .ui file is gone; delete it)")
        if stale:
            print("run: python installers/dev/compile_ui.py", file=sys.stderr)
        return 1 if stale or orphans else 0
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    for ui_file, text in stale:
        target_for(ui_file).write_text(text, encoding="utf-8")
        print(f"wrote {target_for(ui_file).relative_to(TOP)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
