"""Restore compares the copy with the file it replaces (issue 14, item 10): a backup whose
history was rewritten consistently (a value changed, its audit row changed to match and every
later hash recomputed, the protection put back) passes ``verify`` on its own, but contradicts
the current file and is refused, unless an administrator forces it with a reason (audited)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ebp_logger.errors import StorageError
from ebp_logger.store import audit, backup
from ebp_logger.store.database import close_database
from ebp_logger.store.migrations import _immutability_triggers
from ebp_logger.store.models import Audit, Vital
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import procedure
from ebp_logger.store.verify import verify

ROOT = Path(__file__).resolve().parents[3]


def rewrite_history(path: Path, vital_id: int, spo2: int) -> None:
    """What a careful forger with file access does to a copy: no trace in the copy alone."""
    con = sqlite3.connect(path, isolation_level=None)
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        con.execute(f'DROP TRIGGER "{name}"')
    con.execute("UPDATE vital SET spo2 = ? WHERE id = ?", (spo2, vital_id))
    rid, new = con.execute(
        "SELECT id, new FROM audit WHERE \"table\" = 'vital' AND row_id = ? ORDER BY id DESC",
        (str(vital_id),),
    ).fetchone()
    snap = json.loads(new)
    snap["spo2"] = spo2
    con.execute(
        "UPDATE audit SET new = ? WHERE id = ?",
        (json.dumps(snap, sort_keys=True, ensure_ascii=False, separators=(",", ":")), rid),
    )
    cols = audit.HASHED_COLUMNS + audit.OPTIONAL_HASHED
    prev = con.execute("SELECT hash FROM audit WHERE id = ?", (rid - 1,)).fetchone()[0]
    names = ", ".join(f'"{c}"' for c in cols)
    for values in con.execute(
        f"SELECT {names} FROM audit WHERE id >= ? ORDER BY id", (rid,)
    ).fetchall():
        row = dict(zip(cols, values, strict=True))
        digest = audit.digest(prev, row)
        con.execute(
            "UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, row["id"])
        )
        prev = digest
    for stmt in _immutability_triggers():
        con.execute(stmt)
    con.close()


@pytest.fixture
def forged(doctor, live_session, db_path, tmp_path):
    vid = procedure.record_vitals(doctor, live_session, spo2=84)  # a low value, documented
    copy = backup.backup_to(tmp_path / "copy.sqlite")
    procedure.record_vitals(doctor, live_session, spo2=95)  # the file goes on after the backup
    close_database()
    rewrite_history(copy, vid, 98)  # the copy now says 98
    open_database(copy, readonly=True)
    assert verify().ok  # on its own the forged copy is sound
    close_database()
    return copy, vid


def test_a_copy_that_contradicts_the_current_history_is_refused(forged, db_path):
    copy, vid = forged
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="contradicts the history") as err:
        backup.restore(db_path, copy)
    assert "--force" in str(err.value)
    assert db_path.read_bytes() == before
    open_database(db_path)
    assert Vital.get_by_id(vid).spo2 == 84
    close_database()


def test_an_honest_older_copy_is_restored_without_force(doctor, live_session, db_path, tmp_path):
    procedure.record_vitals(doctor, live_session, spo2=84)
    copy = backup.backup_to(tmp_path / "copy.sqlite")
    procedure.record_vitals(doctor, live_session, spo2=95)
    close_database()
    assert not backup.restore(db_path, copy).forced


def test_forced_restore_needs_a_reason_and_is_audited(forged, db_path, admin):
    copy, vid = forged
    result = backup.restore(db_path, copy, actor=admin, force_reason="current file from a bad disk")
    assert result.forced
    open_database(db_path)
    row = Audit.select().order_by(Audit.id.desc()).first()
    assert (row.action, row.username) == ("restore", "admin")
    assert row.new["forced"] is True and row.new["reason"] == "current file from a bad disk"
    assert row.new["conflicts"]
    assert Vital.get_by_id(vid).spo2 == 98
    close_database()


def test_cli_force_needs_a_reason(forged, db_path):
    copy, _ = forged
    env = dict(os.environ, EBP_LOGGER_PASSWORD="admin-pass", PYTHONPATH=str(ROOT))

    def cli(*extra: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "ebp_logger", "restore", "--db", str(db_path)]
            + ["--from", str(copy), "--user", "admin", *extra],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )

    r = cli()
    assert r.returncode == 2 and "contradicts" in r.stderr
    r = cli("--force")
    assert r.returncode == 2 and "--reason" in r.stderr
    r = cli("--force", "--reason", "the current file is the forgery")
    assert r.returncode == 0, r.stderr
    assert "forced" in r.stdout
