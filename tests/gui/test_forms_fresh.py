"""The generated forms in ebp_logger/gui/forms match ui/*.ui (run compile_ui.py after editing)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]


def test_generated_forms_are_fresh():
    result = subprocess.run(
        [sys.executable, str(TOP / "installers" / "dev" / "compile_ui.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_form_has_a_generated_module():
    forms = {p.stem for p in (TOP / "ui").glob("*.ui")}
    generated = {p.stem.removeprefix("ui_") for p in (TOP / "ebp_logger/gui/forms").glob("ui_*.py")}
    assert forms and forms <= generated
