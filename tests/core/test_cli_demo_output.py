"""`demo-data` says in a sentence what it wrote, with counts (not a dict of session ids)."""

from __future__ import annotations

import subprocess
import sys


def test_demo_data_prints_counts(tmp_path):
    db = tmp_path / "demo.sqlite"
    result = subprocess.run(
        [sys.executable, "-m", "ebp_logger", "demo-data", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert "{" not in first and "in_progress" not in first
    assert "3 users, 4 patients, 4 EBP sessions" in first
    assert "1 procedure in progress" in first
