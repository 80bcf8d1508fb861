"""Schema versions. Before any step runs on an existing file, the file is backed up next to
itself (SQLite backup API), so a failed upgrade can always be undone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee
from playhouse.migrate import SqliteMigrator

from ebp_logger.clock import utcnow
from ebp_logger.store.database import db
from ebp_logger.store.models import (
    ALL_MODELS,
    AUDITED_MODELS,
    Audit,
    DeviceMessage,
    Entry,
    PatientNameWord,
    SchemaVersion,
)


def _immutability_triggers() -> list[str]:
    """Triggers that make clinical history append-only at the SQLite level."""
    sql = []
    protected = [m for m in AUDITED_MODELS if issubclass(m, Entry)] + [DeviceMessage, Audit]
    for model in protected:
        t = model._meta.table_name
        sql.append(
            f'CREATE TRIGGER IF NOT EXISTS "{t}_no_delete" BEFORE DELETE ON "{t}" '
            f"BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted'); END"
        )
        set_once = getattr(model, "SET_ONCE", ())
        clearable = getattr(model, "CLEARABLE", {})
        conds = []
        for f in model._meta.sorted_fields:
            col = f.column_name
            if col in clearable:  # may become '' once, when its flag is set in the same update
                flag = clearable[col]
                conds.append(
                    f'(OLD."{col}" IS NOT NEW."{col}" AND NOT (NEW."{col}" = \'\' '
                    f'AND OLD."{flag}" IS NULL AND NEW."{flag}" IS NOT NULL))'
                )
            elif col in set_once:
                conds.append(f'(OLD."{col}" IS NOT NULL AND OLD."{col}" IS NOT NEW."{col}")')
            else:
                conds.append(f'OLD."{col}" IS NOT NEW."{col}"')
        sql.append(
            f'CREATE TRIGGER IF NOT EXISTS "{t}_no_overwrite" BEFORE UPDATE ON "{t}" '
            f"WHEN {' OR '.join(conds)} "
            f"BEGIN SELECT RAISE(ABORT, 'clinical values are never overwritten'); END"
        )
    for t in ("patient", "session", "adt_message", "outbox_message"):
        sql.append(
            f'CREATE TRIGGER IF NOT EXISTS "{t}_no_delete" BEFORE DELETE ON "{t}" '
            f"BEGIN SELECT RAISE(ABORT, 'clinical records are never deleted'); END"
        )
    return sql


def sync_protection() -> None:
    """Re-create each protecting trigger whose SQL differs from the models' definition: a
    column added by a later step must be covered by ``*_no_overwrite`` too (``verify``
    compares the SQL, not only the name)."""
    from ebp_logger.store.verify import trigger_sql

    stored = dict(db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    for stmt in _immutability_triggers():
        name = stmt.split('"')[1]
        if name in stored and trigger_sql(stored[name]) != trigger_sql(stmt):
            db.execute_sql(f'DROP TRIGGER "{name}"')
        db.execute_sql(stmt)


def _v5_trust(migrator: SqliteMigrator) -> None:
    """Trust, second round: the protecting triggers as the models define them now."""
    sync_protection()


# At most one session per patient in set-up or in progress (sessions.create_session checks it
# inside the write; the index holds it whatever writes).
ONE_OPEN_SESSION = (
    'CREATE UNIQUE INDEX IF NOT EXISTS "session_one_open" ON "session" ("patient_id") '
    "WHERE status IN ('setup', 'in_progress')"
)


def _v8_one_open_session(migrator: SqliteMigrator) -> None:
    """The rule holds for new sessions from now on. A file that already holds two open
    sessions for one patient keeps them (nothing clinical is changed by a schema step) and
    goes without the index: the service's check, inside SQLite's write lock, still holds."""
    twice = db.execute_sql(
        "SELECT 1 FROM session WHERE status IN ('setup', 'in_progress') "
        "GROUP BY patient_id HAVING count(*) > 1 LIMIT 1"
    ).fetchone()
    if twice is None:
        db.execute_sql(ONE_OPEN_SESSION)


def _v1(migrator: SqliteMigrator) -> None:
    db.create_tables(ALL_MODELS)
    for stmt in _immutability_triggers():
        db.execute_sql(stmt)


def add_column_if_missing(
    migrator: SqliteMigrator, table: str, name: str, field: peewee.Field
) -> None:
    """Add a column unless it is there already. A fresh database gets every table from the
    current models in step 1, so later steps must be idempotent: they run on fresh and old
    databases alike."""
    if name in {c.name for c in db.get_columns(table)}:
        return
    if field.null or field.default is None or callable(field.default):
        from playhouse.migrate import migrate as run

        run(migrator.add_column(table, name, field))
        return
    # NOT NULL with a constant default: added in place. playhouse would rebuild the table
    # (copy, drop, rename), which fails on a table that others point at with foreign keys on.
    ctx = db.get_sql_context()
    column, params = ctx.sql(field.ddl(ctx)).query()
    db.execute_sql(
        f'ALTER TABLE "{table}" ADD COLUMN {column} DEFAULT {_literal(field.db_value(field.default))}',
        params,
    )


def _literal(value: object) -> str:
    """A constant for a column's DEFAULT clause (DDL takes no parameters)."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _v2(migrator: SqliteMigrator) -> None:
    """Reads and search: the name-word index (filled from the names already stored) and the
    indexes the screens' lists and the outcome overview read by."""
    from ebp_logger.store import names

    db.create_tables([PatientNameWord], safe=True)
    for stmt in READ_INDEXES:
        db.execute_sql(stmt)
    names.reindex_all()


# The read paths' indexes (tests/core/store/test_reads_scale.py checks each hot query's plan).
READ_INDEXES = (
    # Today's sessions (home screen); the registry's open range.
    'CREATE INDEX IF NOT EXISTS "session_created_at" ON "session" ("created_at")',
    # The outcome overview and the registry export read patches by start of procedure.
    'CREATE INDEX IF NOT EXISTS "session_started_at" ON "session" ("started_at")',
    # In progress, lying flat, follow-ups due: a handful of rows among decades of discharged.
    'CREATE INDEX IF NOT EXISTS "session_status" ON "session" ("status", "created_at")',
    # Warning signs still to acknowledge: few among many observations.
    'CREATE INDEX IF NOT EXISTS "observation_unacknowledged" ON "observation" ("session_id") '
    "WHERE acknowledged_at IS NULL",
)


def _v7_listener(migrator: SqliteMigrator) -> None:
    """Monitor listener trust: the text of a quarantined message may be cleared once after the
    department's retention time (the row, the fact, stays): its column and the trigger."""
    from ebp_logger.store.fields import UTCDateTimeField

    add_column_if_missing(migrator, "device_message", "raw_cleared_at", UTCDateTimeField(null=True))
    db.execute_sql('DROP TRIGGER IF EXISTS "device_message_no_overwrite"')
    for stmt in _immutability_triggers():
        if '"device_message_no_overwrite"' in stmt:
            db.execute_sql(stmt)


def _v4(migrator: SqliteMigrator) -> None:
    """Hospital interfaces: the patient's origin and master data, received ADT messages, the
    outbox of documents for the hospital's record."""
    from ebp_logger.store import audit
    from ebp_logger.store.models import AdtMessage, OutboxMessage, Patient

    added = []
    for name in ("source", "address", "phone", "location", "merged_into"):
        if name not in {c.name for c in db.get_columns("patient")}:
            add_column_if_missing(migrator, "patient", name, Patient._meta.fields[name])
            added.append(name)
    db.create_tables([AdtMessage, OutboxMessage], safe=True)
    for stmt in _immutability_triggers():  # the new tables' too (every one IF NOT EXISTS)
        db.execute_sql(stmt)
    if added:  # existing patients gained columns: their audited value must show them too
        for row in Patient.select().order_by(Patient.id):
            audit.record(
                audit.Actor.system(),
                "schema",
                row,
                reason=f"schema 4: columns {', '.join(added)} added with their defaults",
            )


# version -> step. Steps run in order on every database, fresh ones included (see
# ``add_column_if_missing``); anything a model cannot express (triggers, partial indexes)
# is created with IF NOT EXISTS. Reserved numbers keep parallel work from colliding:
# 2 reads and search, 3 department server, 4 hospital interfaces, 5 trust, 6 ward safety.
MIGRATIONS: dict[int, Callable[[SqliteMigrator], None]] = {
    1: _v1,
    2: _v2,
    4: _v4,
    5: _v5_trust,
    7: _v7_listener,
    8: _v8_one_open_session,
}


def current_version() -> int:
    if not SchemaVersion.table_exists():
        return 0
    return (
        SchemaVersion.select(SchemaVersion.version).order_by(SchemaVersion.version.desc()).scalar()
        or 0
    )


def latest_version() -> int:
    return max(MIGRATIONS)


def backup_before_migration(path: Path, version: int) -> Path | None:
    """Copy the file with the SQLite backup API before touching its schema."""
    if version == 0 or not path.exists():
        return None
    from ebp_logger.store.keys import private_file

    target = path.with_name(f"{path.name}.schema-v{version}.bak")
    target.unlink(missing_ok=True)
    private_file(target)  # a full copy of the patient data: 0600 like the database
    dst = sqlite3.connect(target)
    try:
        db.connection().backup(dst)
    finally:
        dst.close()
    return target


def applied_versions() -> set[int]:
    if not SchemaVersion.table_exists():
        return set()
    return {v for (v,) in SchemaVersion.select(SchemaVersion.version).tuples()}


def migrate(path: Path) -> int:
    """Bring the open database up to the latest schema; returns the version reached. Every
    step not yet recorded runs, in order: step numbers were reserved for parallel work, so a
    file may hold 5 without 4."""
    missing = sorted(set(MIGRATIONS) - applied_versions())
    if not missing:
        return current_version()
    backup_before_migration(path, current_version())
    migrator = SqliteMigrator(db)
    for step in missing:
        with db.atomic():
            MIGRATIONS[step](migrator)
            SchemaVersion.create(version=step, applied_at=utcnow())
    with db.atomic():
        sync_protection()  # after any step that added a column to a protected table
    return latest_version()
