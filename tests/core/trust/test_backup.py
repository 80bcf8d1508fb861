"""Backups: after a session and daily, named by UTC time, rotated; restore verifies first."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from ebp_logger.errors import StorageError
from ebp_logger.store import backup, lockfile, settings
from ebp_logger.store.database import close_database, db
from ebp_logger.store.lockfile import AlreadyOpen
from ebp_logger.store.models import Audit, Vital
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import procedure, sessions
from ebp_logger.store.verify import verify


def _count(path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        con.close()


def _finish(doctor, sid) -> None:
    procedure.record_stop(doctor, sid, "back_pain")


def test_backup_after_the_procedure_ends(doctor, live_session, db_path, clock):
    procedure.record_vitals(doctor, live_session, spo2=97)
    _finish(doctor, live_session)
    outcome = sessions.end_procedure_and_back_up(doctor, live_session)
    assert outcome.error is None and not outcome.skipped
    assert outcome.path.parent == db_path.parent / "backups"
    assert outcome.path.name == "ebp-20261123T090000Z.sqlite"  # the UTC time of the backup
    assert _count(outcome.path, "vital") == 1
    assert sessions.entries.session_row(live_session).status == "supine_rest"
    con = sqlite3.connect(outcome.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    assert con.execute("PRAGMA user_version").fetchone()[0] == Audit.select().count()
    con.close()


def test_names_rotation_and_configured_folder(admin, db_path, clock, tmp_path):
    folder = tmp_path / "elsewhere"
    settings.save(admin, backup_folder=str(folder), backup_keep=3)
    made = []
    for _ in range(5):
        clock.advance(hours=1)
        made.append(backup.run_backup())
    assert backup.backup_folder() == folder
    kept = backup.list_backups()
    assert [b.path for b in kept] == made[::-1][:3]  # newest first, the oldest two rotated away
    assert kept[0].taken_at == clock.now
    same_second = backup.run_backup()
    assert same_second.name.endswith("-2.sqlite")
    assert backup.list_backups()[0].path == same_second
    (folder / "notes.txt").write_text("not ours")
    (folder / "other-20200101T000000Z.sqlite").write_text("another database's backup")
    backup.rotate(folder, 1)
    assert (folder / "notes.txt").exists() and (folder / "other-20200101T000000Z.sqlite").exists()
    assert len(backup.list_backups()) == 1


def test_daily_backup_only_when_due(admin, db_path, clock):
    first = backup.backup_if_due()
    assert first.path and not first.skipped
    clock.advance(hours=23)
    assert backup.backup_if_due().skipped
    clock.advance(hours=1)
    second = backup.backup_if_due()
    assert not second.skipped and second.path != first.path
    clock.advance(hours=-48)  # the clock was put back: a backup "from the future" is not trusted
    assert not backup.backup_if_due().skipped


def test_automatic_backup_failure_is_reported_not_raised(admin, live_session, db_path, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    settings.save(admin, backup_folder=str(blocker / "backups"))
    outcome = backup.backup_after_session(live_session)
    assert outcome.path is None and "backup failed" in outcome.error


def test_restore_verifies_and_keeps_a_safety_copy(doctor, live_session, db_path, clock, tmp_path):
    procedure.record_vitals(doctor, live_session, spo2=97)
    good = backup.run_backup()
    procedure.record_vitals(doctor, live_session, spo2=91)
    close_database()
    result = backup.restore(db_path, good)
    assert result.safety_copy.name == "ebp-before-restore-20261123T090000Z.sqlite"
    assert _count(result.safety_copy, "vital") == 2  # what was there is kept
    open_database(db_path)
    assert Vital.select().count() == 1
    last = Audit.select().order_by(Audit.id.desc()).first()
    assert last.action == "restore" and last.new["from"] == str(good)
    assert verify().ok
    close_database()


def test_restore_refuses_a_bad_copy_and_changes_nothing(doctor, live_session, db_path, tmp_path):
    procedure.record_vitals(doctor, live_session, spo2=97)
    tampered = backup.run_backup()
    close_database()
    con = sqlite3.connect(tampered)
    con.execute('DROP TRIGGER "audit_no_overwrite"')
    con.execute("UPDATE audit SET reason = 'changed' WHERE id = 2")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="failed verification"):
        backup.restore(db_path, tampered)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database" * 500)
    with pytest.raises(StorageError, match="nothing was changed"):
        backup.restore(db_path, garbage)
    with pytest.raises(StorageError, match="No backup file"):
        backup.restore(db_path, tmp_path / "missing.sqlite")
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*before-restore*"))
    assert not list(db_path.parent.glob("*.restore-part"))


def test_restore_refused_while_the_app_writes(doctor, db_path):
    good = backup.run_backup()
    with lockfile.acquire(db_path):
        with pytest.raises(AlreadyOpen):
            backup.restore(db_path, good)
    assert db.database  # the app's database untouched


def _cli(*args: str, password: str = "admin-pass") -> subprocess.CompletedProcess:
    env = dict(os.environ, EBP_LOGGER_PASSWORD=password)
    return subprocess.run(
        [sys.executable, "-m", "ebp_logger", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_cli_backup_and_restore(doctor, live_session, db_path):
    close_database()
    r = _cli("backup", "--db", str(db_path), "--user", "doc", password="doc-pass1")
    assert r.returncode == 0, r.stderr
    copy = next((db_path.parent / "backups").glob("ebp-*.sqlite"))
    assert str(copy) in r.stdout
    r = _cli("restore", "--db", str(db_path), "--from", str(copy), "--user", "admin")
    assert r.returncode == 0, r.stderr
    assert "verified" in r.stdout and "before-restore" in r.stdout
    assert _cli("verify", "--db", str(db_path), "--against", str(copy)).returncode == 0
    r = _cli("restore", "--db", str(db_path))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def test_backup_is_consistent_while_another_connection_writes(doctor, live_session, db_path):
    """The backup API copies one consistent state even with a writer in between."""
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # an uncommitted write in progress elsewhere
    out = backup.run_backup()
    other.execute("ROLLBACK")
    other.close()
    close_database()
    open_database(out, readonly=True)
    assert verify().ok
    close_database()


def test_automatic_backup_on_a_worker_thread(live_session, db_path):
    """The GUI runs it off the UI thread: it opens its own connection and closes it again."""
    import threading

    from ebp_logger.store.database import db

    out = {}

    def work() -> None:
        out["outcome"] = backup.backup_after_session(live_session)
        out["closed"] = db.is_closed()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert out["outcome"].error is None and out["outcome"].path.exists()
    assert out["closed"] and not db.is_closed()  # the worker's closed, the UI thread's not
