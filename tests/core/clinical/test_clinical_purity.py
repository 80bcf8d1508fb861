"""The clinical package stays pure: no Qt, no database, no files, no reading of shared/."""

from __future__ import annotations

import ast
from pathlib import Path

import ebp_logger.clinical as clinical

PACKAGE = Path(clinical.__file__).parent
FORBIDDEN_IMPORTS = {
    "PySide6",
    "pyqtgraph",
    "peewee",
    "playhouse",
    "reportlab",
    "os",
    "pathlib",
    "io",
    "sqlite3",
    "subprocess",
    "shutil",
}


def test_no_forbidden_imports_or_io() -> None:
    for path in sorted(PACKAGE.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "open":
                    raise AssertionError(f"{path.name} opens a file")
                continue
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN_IMPORTS, f"{path.name} imports {name}"


def test_no_reference_to_shared_folder() -> None:
    for path in PACKAGE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "../shared" not in text and "/shared/" not in text, path.name
