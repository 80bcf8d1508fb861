"""Hot-path SQL for the writes made on every keystroke-level entry (vitals, audit rows).

peewee builds each statement anew in Python, which costs more than SQLite's own work for a
one-row insert; here the INSERT text is built once per table and column set and reused.
Values still pass through each field's ``db_value`` so the stored form is identical.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

import peewee

from ebp_logger.store import database
from ebp_logger.store.database import db


def _insert_sql(
    model: type[peewee.Model], names: tuple[str, ...]
) -> tuple[str, tuple[peewee.Field, ...]]:
    return _built(model, names, db.obj.server)


@lru_cache(maxsize=256)
def _built(
    model: type[peewee.Model], names: tuple[str, ...], server: bool
) -> tuple[str, tuple[peewee.Field, ...]]:
    fields = tuple(model._meta.fields[n] for n in names)
    cols = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join("?" for _ in fields)
    sql = f'INSERT INTO "{model._meta.table_name}" ({cols}) VALUES ({marks})'
    if server:  # psycopg has no lastrowid: the server says the new id itself
        sql += f' RETURNING "{model._meta.primary_key.column_name}"'
    return sql, fields


def _new_id(cursor: Any) -> int:
    return cursor.fetchone()[0] if db.obj.server else cursor.lastrowid


def insert(model: type[peewee.Model], values: dict[str, Any]) -> peewee.Model:
    """Insert one row (defaults filled like ``Model.create``) and return it, id set."""
    row = model(**values)  # applies field defaults
    data = {
        k: v for k, v in row.__data__.items() if k != model._meta.primary_key.name or v is not None
    }
    sql, fields = _insert_sql(model, tuple(data))
    params = [f.db_value(data[f.name]) for f in fields]
    cursor = db.execute_sql(sql, params)
    if model._meta.primary_key.name not in data:
        row._pk = _new_id(cursor)
    return row


def insert_stored(model: type[peewee.Model], stored: dict[str, Any]) -> int:
    """Insert values already in their stored form (field name -> ``db_value``), e.g. ones a
    hash was computed over, so they are not encoded a second time. Returns the row id."""
    sql, _ = _insert_sql(model, tuple(stored))
    return _new_id(db.execute_sql(sql, list(stored.values())))


def last_audit() -> tuple[int, str] | None:
    found = db.execute_sql('SELECT "id", "hash" FROM "audit" ORDER BY "id" DESC LIMIT 1').fetchone()
    return (found[0], found[1]) if found else None


# A session's row as a write transaction reads it, read once per transaction: an entry's
# checks (state, time bounds) and its audit row (the patient) all need it, and on a server each
# read is a round trip. Forgotten when the transaction ends and whenever a session is written
# (``audit.record`` of a Session row).
_memo = threading.local()
_SESSION_SQL = (
    'SELECT "status", "patch_type", "started_at", "created_at", "ended_at", "patient_id" '
    'FROM "session" WHERE "id" = ?'
)


def session_facts(session_id: int) -> tuple | None:
    """(status, patch_type, started_at, created_at, ended_at, patient_id), times as stored."""
    cache: dict[int, tuple] | None = getattr(_memo, "sessions", None)
    if cache is not None and session_id in cache:
        return cache[session_id]
    found = db.execute_sql(_SESSION_SQL, (session_id,)).fetchone()
    if found is not None and db.transaction_depth() > 0:
        if cache is None:
            cache = _memo.sessions = {}
        cache[session_id] = tuple(found)
    return found


def forget_sessions() -> None:
    _memo.sessions = None


def session_patient_id(session_id: int) -> int | None:
    found = session_facts(session_id)
    return found[5] if found else None


def session_state(session_id: int) -> tuple[str, str, str | None] | None:
    """(status, patch_type, started_at as stored) of a session, or None."""
    found = session_facts(session_id)
    return found[:3] if found else None


database.after_commit(forget_sessions, forget_sessions)
