"""The database file: pragmas, append-only triggers, migrations with a backup first."""

from __future__ import annotations

import sqlite3

import peewee
import pytest

from ebp_logger.store import migrations
from ebp_logger.store.database import close_database, db
from ebp_logger.store.opening import open_database

pytestmark = pytest.mark.both_backends


@pytest.mark.file_only
def test_pragmas_are_durable(db_path):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 5000


@pytest.mark.file_only
def test_clinical_rows_cannot_be_deleted_or_overwritten(live_session, doctor):
    from ebp_logger.store.services import procedure

    vid = procedure.record_vitals(doctor, live_session, bp="120/80", spo2=98)
    raw = sqlite3.connect(db.database)
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        raw.execute("DELETE FROM vital WHERE id=?", (vid,))
    with pytest.raises(sqlite3.IntegrityError, match="never overwritten"):
        raw.execute("UPDATE vital SET systolic=90 WHERE id=?", (vid,))
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
        raw.execute("DELETE FROM audit")
    with pytest.raises(sqlite3.IntegrityError, match="never overwritten"):
        raw.execute("UPDATE audit SET reason='x' WHERE id=1")
    raw.close()


def test_void_fields_can_be_set_once_only(live_session, doctor):
    from ebp_logger.errors import StateError
    from ebp_logger.store.services import procedure

    vid = procedure.record_vitals(doctor, live_session, spo2=97)
    procedure.void_entry(doctor, "vital", vid, "typed into the wrong session")
    with pytest.raises(StateError):
        procedure.void_entry(doctor, "vital", vid, "again")
    with pytest.raises(peewee.IntegrityError):
        db.execute_sql("UPDATE vital SET void_reason='changed' WHERE id=?", (vid,))


def test_migration_backs_up_then_applies_a_playhouse_step(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite"
    open_database(path)
    latest = migrations.latest_version()  # whatever steps the schema has by now
    assert migrations.current_version() == latest
    close_database()

    def step(migrator):
        from playhouse.migrate import migrate

        migrate(migrator.add_column("patient", "nickname", peewee.TextField(default="")))

    monkeypatch.setitem(migrations.MIGRATIONS, latest + 1, step)
    open_database(path)
    assert migrations.current_version() == latest + 1
    cols = [r[1] for r in db.execute_sql("PRAGMA table_info(patient)").fetchall()]
    assert "nickname" in cols
    backup = tmp_path / f"old.sqlite.schema-v{latest}.bak"
    assert backup.exists()
    con = sqlite3.connect(backup)
    assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == latest
    con.close()
    close_database()


def test_every_entry_survives_reopen(tmp_path, clock):
    """Each write is committed: a second connection sees it at once."""
    from tests.conftest import answer_checklist_safely  # noqa: F401 (helper import check)

    path = tmp_path / "durable.sqlite"
    open_database(path)
    from ebp_logger.store.audit import Actor
    from ebp_logger.store.services import users

    u = users.create_first_administrator("first", "First Admin", "password1")
    other = sqlite3.connect(path)
    assert other.execute("SELECT username FROM user").fetchall() == [("first",)]
    assert other.execute("SELECT count(*) FROM audit").fetchone()[0] >= 1
    other.close()
    close_database()
    assert Actor(u.id, u.username, u.role).role == "administrator"
