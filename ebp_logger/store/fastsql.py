"""Hot-path SQL for the writes made on every keystroke-level entry (vitals, audit rows).

peewee builds each statement anew in Python, which costs more than SQLite's own work for a
one-row insert; here the INSERT text is built once per table and column set and reused.
Values still pass through each field's ``db_value`` so the stored form is identical.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import peewee

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


def session_patient_id(session_id: int) -> int | None:
    cur = db.execute_sql('SELECT "patient_id" FROM "session" WHERE "id" = ?', (session_id,))
    found = cur.fetchone()
    return found[0] if found else None


def last_audit() -> tuple[int, str] | None:
    found = db.execute_sql('SELECT "id", "hash" FROM "audit" ORDER BY "id" DESC LIMIT 1').fetchone()
    return (found[0], found[1]) if found else None


def session_state(session_id: int) -> tuple[str, str, str | None] | None:
    """(status, patch_type, started_at as stored) of a session, or None."""
    cur = db.execute_sql(
        'SELECT "status", "patch_type", "started_at" FROM "session" WHERE "id" = ?', (session_id,)
    )
    return cur.fetchone()
