"""The code's clinical pointers lead somewhere a newcomer can follow: every citation names
docs/clinical-rules.md (inside the repository) and a section that file has."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

TOP = Path(__file__).resolve().parents[2]
RULES = TOP / "docs" / "clinical-rules.md"
CITED = re.compile(r'clinical-rules\.md\s+"([^"]+)"')


def _tracked_text_files() -> list[Path]:
    keep = (".py", ".md", ".sh", ".toml", ".po", ".ui")
    try:
        out = subprocess.run(
            ["git", "ls-files"], cwd=TOP, capture_output=True, text=True, check=True
        ).stdout.split()
        files = [TOP / f for f in out]
    except (OSError, subprocess.CalledProcessError):  # a tree without git: walk it
        skip = {".venv", ".git", "build", "dist"}
        files = [p for p in TOP.rglob("*") if not skip & set(p.relative_to(TOP).parts)]
    return [p for p in files if p.suffix in keep and p.is_file()]


def _headings() -> list[str]:
    text = RULES.read_text(encoding="utf-8")
    return [m.group(1).strip() for m in re.finditer(r"^#{2,3}\s+(.+)$", text, re.M)]


def test_no_pointer_leads_outside_the_repository():
    bad = [
        str(p.relative_to(TOP))
        for p in _tracked_text_files()
        if p != Path(__file__).resolve()
        and "GUIDELINE" + ".md" in p.read_text(encoding="utf-8", errors="replace")
    ]
    assert bad == []


def test_every_cited_section_exists():
    headings = _headings()
    assert "The procedure" in headings
    missing = []
    for p in _tracked_text_files():
        text = p.read_text(encoding="utf-8", errors="replace")
        for name in CITED.findall(" ".join(text.split())):
            if not any(h == name or h.startswith(name + " ") for h in headings):
                missing.append(f"{p.relative_to(TOP)}: {name}")
    assert missing == []


def test_the_code_cites_the_reference_often():
    """The rules stay traceable: the clinical code keeps citing its sections."""
    count = sum(
        len(CITED.findall(" ".join(p.read_text(encoding="utf-8").split())))
        for p in (TOP / "ebp_logger").rglob("*.py")
    )
    assert count >= 100, count
