"""``verify`` compares the protecting triggers' SQL, not only their names (issue 14, item 14):
a trigger renamed-in-place to protect nothing is caught; a migration re-creates a trigger whose
definition grew (a column added to a protected table)."""

from __future__ import annotations

import sqlite3

from ebp_logger.store.database import close_database, db
from ebp_logger.store.migrations import _immutability_triggers, sync_protection
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import procedure
from ebp_logger.store.verify import verify


def _defused(path, name: str) -> None:
    con = sqlite3.connect(path)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    con.execute(f'DROP TRIGGER "{name}"')
    # Same name, same table, never fires: the old check saw nothing wrong.
    con.execute(sql.replace(" WHEN ", " WHEN 0 AND (", 1).replace(" BEGIN", ") BEGIN", 1))
    con.commit()
    con.close()


def test_a_trigger_that_no_longer_protects_is_reported(live_session, doctor, db_path):
    procedure.record_vitals(doctor, live_session, spo2=97)
    assert verify().ok
    close_database()
    _defused(db_path, "vital_no_overwrite")
    open_database(db_path)
    problems = verify(quick=True).problems
    assert any("vital_no_overwrite" in p and "differs" in p for p in problems)
    # And it really did not protect: a value could be overwritten.
    db.execute_sql("UPDATE vital SET spo2 = 80")
    close_database()


def test_sync_protection_recreates_a_changed_trigger(db_path):
    _defused(db_path, "vital_no_overwrite")
    close_database()
    open_database(db_path)
    assert not verify(quick=True).ok
    with db.atomic():
        sync_protection()
    assert verify(quick=True).ok
    stored = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert len(stored) == len(_immutability_triggers())
