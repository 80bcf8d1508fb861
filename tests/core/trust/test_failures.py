"""Failure behaviour: disk full, read-only database, database locked. Each gives a
``StorageError`` with a clear message, nothing already saved is lost, the caller's input is
untouched, and the next write works once the cause is gone."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from ebp_logger.errors import StorageError
from ebp_logger.store.database import close_database, db
from ebp_logger.store.models import Vital
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import procedure
from ebp_logger.store.verify import verify

ROOT = Path(__file__).resolve().parents[3]
TYPED = {"bp": "128/82", "spo2": "97", "heart_rate": "64"}


def _sound() -> None:
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    report = verify()
    assert report.ok, report.problems


def _saved_ids() -> list[int]:
    return [v.id for v in Vital.select(Vital.id).order_by(Vital.id)]


def _write_until_refused(doctor, sid, limit: int = 5000) -> StorageError:
    typed = dict(TYPED)
    for _ in range(limit):
        try:
            procedure.record_vitals(doctor, sid, **typed)
        except StorageError as exc:
            assert typed == TYPED, "the caller's input must be untouched"
            return exc
    raise AssertionError("the write was never refused")


def test_disk_full_via_max_page_count(doctor, live_session):
    procedure.record_vitals(doctor, live_session, spo2=98)
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    exc = _write_until_refused(doctor, live_session)
    assert "disk is full" in str(exc) and "nothing was saved" in str(exc)
    saved = _saved_ids()
    db.execute_sql("PRAGMA max_page_count = 1073741823")  # space freed
    new_id = procedure.record_vitals(doctor, live_session, **TYPED)
    assert _saved_ids() == saved + [new_id]
    _sound()


def _copy_in_wal_mode(source: Path, target: Path) -> Path:
    """A consistent copy of the database, in WAL mode like the app's own file."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.execute("PRAGMA journal_mode=WAL")
    dst.close()
    return target


def _mount_tmpfs(size: str) -> Path | None:
    if sys.platform != "linux" or os.geteuid() != 0 or not shutil.which("mount"):
        return None
    point = Path(tempfile.mkdtemp(prefix="ebp-tmpfs-"))
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)], capture_output=True
    )
    if r.returncode != 0:
        point.rmdir()
        return None
    return point


def test_disk_full_for_real_on_a_small_tmpfs(tmp_path, db_path, actors, live_session):
    """A real ENOSPC: the database on a 4 MiB tmpfs, the rest of it filled up."""
    doctor = actors[1]
    point = _mount_tmpfs("4m")
    if point is None:
        pytest.skip("needs root and mount to make a small tmpfs; max_page_count covers the rest")
    try:
        procedure.record_vitals(doctor, live_session, spo2=98)
        close_database()
        target = _copy_in_wal_mode(db_path, point / "ebp.sqlite")
        open_database(target)
        procedure.record_vitals(doctor, live_session, spo2=97)  # works on the tmpfs
        filler = point / "filler"
        with open(filler, "wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        exc = _write_until_refused(doctor, live_session)
        assert "disk is full" in str(exc), str(exc)
        saved = _saved_ids()
        filler.unlink()
        new_id = procedure.record_vitals(doctor, live_session, **TYPED)
        assert _saved_ids() == saved + [new_id]
        _sound()
    finally:
        close_database()
        subprocess.run(["umount", "-l", str(point)], check=False)
        point.rmdir()


def test_database_locked_by_another_connection(doctor, live_session, db_path):
    procedure.record_vitals(doctor, live_session, spo2=98)
    saved = _saved_ids()
    db.execute_sql("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        typed = dict(TYPED)
        with pytest.raises(StorageError, match="busy") as err:
            procedure.record_vitals(doctor, live_session, **typed)
        assert typed == TYPED and "Try again" in str(err.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _saved_ids() == saved
    new_id = procedure.record_vitals(doctor, live_session, **TYPED)  # works once released
    assert _saved_ids() == saved + [new_id]
    _sound()


READ_ONLY_CHECK = r"""
import json, sys
from ebp_logger.errors import StorageError
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import close_database
from ebp_logger.store.opening import open_checked, open_database
from ebp_logger.store.services import procedure

path, sid, uid = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
out = {}
out["readonly"], out["problems"] = open_checked(path)
close_database()
open_database(path)  # as a careless caller would: for writing, without the check
typed = {"bp": "128/82", "spo2": "97"}
try:
    procedure.record_vitals(Actor(uid, "doc", "anaesthesiologist"), sid, **typed)
    out["error"] = None
except StorageError as exc:
    out["error"] = str(exc)
out["typed"] = typed
print(json.dumps(out))
"""


def _as_nobody(*args: str) -> subprocess.CompletedProcess:
    cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.mark.skipif(sys.platform != "linux", reason="file permissions tested on Linux")
def test_read_only_database_as_a_user_without_write_access(doctor, live_session, db_path):
    """Root ignores file permissions, so the check runs as the unprivileged user 'nobody'."""
    if os.geteuid() != 0 and not os.access(db_path, os.W_OK):
        pytest.skip("cannot set up a file this user may not write")
    procedure.record_vitals(doctor, live_session, spo2=98)
    close_database()
    shared = Path(tempfile.mkdtemp(prefix="ebp-ro-"))
    try:
        target = _copy_in_wal_mode(db_path, shared / "ebp.sqlite")
        os.chmod(target, 0o444)
        if os.geteuid() == 0:
            os.chmod(shared, 0o1777)  # nobody may add the WAL files, not write the database
            probe = _as_nobody("-c", "print(1)")
            if probe.returncode != 0:
                pytest.skip(f"cannot run as an unprivileged user: {probe.stderr.strip()}")
            run = _as_nobody(
                "-c", READ_ONLY_CHECK, str(target), str(live_session), str(doctor.user_id)
            )
        else:
            run = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    READ_ONLY_CHECK,
                    str(target),
                    str(live_session),
                    str(doctor.user_id),
                ],
                capture_output=True,
                text=True,
                timeout=120,
                cwd=ROOT,
            )
        assert run.returncode == 0, run.stderr
        out = json.loads(run.stdout.strip().splitlines()[-1])
        assert out["readonly"] is True
        assert any("read-only for this user" in p for p in out["problems"])
        assert out["error"] and "read-only" in out["error"] and "nothing was saved" in out["error"]
        assert out["typed"] == {"bp": "128/82", "spo2": "97"}
        open_database(target, readonly=True)
        assert Vital.select().count() == 1  # what was saved is all there
        assert verify().ok
        close_database()
    finally:
        os.chmod(shared, 0o700)
        shutil.rmtree(shared, ignore_errors=True)
