"""`ebp-logger settings`: lists every setting; changes need an administrator's password and are
audited; a nurse or a wrong password changes nothing."""

from __future__ import annotations

import os
import subprocess
import sys


def _cli(*args: str, password: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if password is not None:
        env["EBP_LOGGER_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "ebp_logger", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_settings_list_and_change(tmp_path):
    db = str(tmp_path / "s.sqlite")
    assert _cli("demo-data", "--db", db).returncode == 0
    listed = _cli("settings", "--db", db)
    assert listed.returncode == 0 and "hl7_enabled = False" in listed.stdout
    changed = _cli(
        "settings",
        "--db",
        db,
        "--user",
        "admin",
        "--set",
        "hl7_enabled=true",
        "--set",
        "checkpoint_hours=6,12",
        password="demo-pass",
    )
    assert changed.returncode == 0, changed.stderr
    assert "hl7_enabled = True" in changed.stdout and "checkpoint_hours = (6, 12)" in changed.stdout
    wrong = _cli(
        "settings", "--db", db, "--user", "admin", "--set", "hl7_enabled=false", password="nope"
    )
    assert wrong.returncode == 2 and "Wrong" in wrong.stderr
    nurse = _cli(
        "settings",
        "--db",
        db,
        "--user",
        "nurse",
        "--set",
        "hl7_enabled=false",
        password="demo-pass",
    )
    assert nurse.returncode == 2 and "may not" in nurse.stderr
    assert "hl7_enabled = True" in _cli("settings", "--db", db).stdout
    assert _cli("verify", "--db", db).returncode == 0
