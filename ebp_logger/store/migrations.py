"""Schema versions. Before any step runs on an existing file, the file is backed up next to
itself (SQLite backup API), so a failed upgrade can always be undone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee
from playhouse.migrate import PostgresqlMigrator, SchemaMigrator, SqliteMigrator

from ebp_logger.clock import utcnow
from ebp_logger.store.database import db
from ebp_logger.store.models import (
    ALL_MODELS,
    Audit,
    PatientNameWord,
    SchemaVersion,
)


def _immutability_triggers() -> list[str]:
    """The statements that make clinical history append-only in the open database."""
    from ebp_logger.store.protection import protected_tables

    return db.protection_statements(protected_tables())


def sync_protection() -> None:
    """Re-create each protecting trigger that differs from the models' definition: a column
    added by a later step must be covered by ``*_no_overwrite`` too (``verify`` compares the
    definition, not only the name)."""
    from ebp_logger.store.protection import protected_tables

    tables = protected_tables()
    stored = db.stored_protection()
    wanted = db.expected_protection(tables)
    for stmt in db.protection_statements(tables):
        name = stmt.split('"', 2)[1]
        if name in stored and stored[name] != wanted.get(name):
            db.drop_protection(name)
        db.execute_sql(stmt)


def _v5_trust(migrator: SchemaMigrator) -> None:
    """Trust, second round: the protecting triggers as the models define them now."""
    sync_protection()


# At most one session per patient in set-up or in progress (sessions.create_session checks it
# inside the write; the index holds it whatever writes).
ONE_OPEN_SESSION = (
    'CREATE UNIQUE INDEX IF NOT EXISTS "session_one_open" ON "session" ("patient_id") '
    "WHERE status IN ('setup', 'in_progress')"
)


def _v8_one_open_session(migrator: SchemaMigrator) -> None:
    """The rule holds for new sessions from now on. A file that already holds two open
    sessions for one patient keeps them (nothing clinical is changed by a schema step) and
    goes without the index: the service's check, inside SQLite's write lock, still holds."""
    twice = db.execute_sql(
        "SELECT 1 FROM session WHERE status IN ('setup', 'in_progress') "
        "GROUP BY patient_id HAVING count(*) > 1 LIMIT 1"
    ).fetchone()
    if twice is None:
        db.execute_sql(ONE_OPEN_SESSION)


def _v9_workstation(migrator: SchemaMigrator) -> None:
    """Department server: every audit row names the PC it came from."""
    add_column_if_missing(migrator, "audit", "workstation", Audit._meta.fields["workstation"])


def _v10_entry_keys(migrator: SchemaMigrator) -> None:
    """Department server: idempotency keys of procedure entries (services.offline)."""
    from ebp_logger.store.models import EntryKey

    db.create_tables([EntryKey], safe=True)


def _v1(migrator: SchemaMigrator) -> None:
    db.create_tables(ALL_MODELS)
    for stmt in _immutability_triggers():
        db.execute_sql(stmt)


def add_column_if_missing(
    migrator: SchemaMigrator, table: str, name: str, field: peewee.Field
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


def _v2(migrator: SchemaMigrator) -> None:
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


def _v7_listener(migrator: SchemaMigrator) -> None:
    """Monitor listener trust: the text of a quarantined message may be cleared once after the
    department's retention time (the row, the fact, stays): its column and the trigger."""
    from ebp_logger.store.fields import UTCDateTimeField

    add_column_if_missing(migrator, "device_message", "raw_cleared_at", UTCDateTimeField(null=True))
    db.drop_protection("device_message_no_overwrite")
    for stmt in _immutability_triggers():
        if '"device_message_no_overwrite"' in stmt:
            db.execute_sql(stmt)


def _v4(migrator: SchemaMigrator) -> None:
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
# 2 reads and search, 3 (unused), 9 and 10 department server, 4 hospital interfaces, 5 trust, 6 ward safety.
MIGRATIONS: dict[int, Callable[[SchemaMigrator], None]] = {
    1: _v1,
    2: _v2,
    4: _v4,
    5: _v5_trust,
    7: _v7_listener,
    8: _v8_one_open_session,
    9: _v9_workstation,
    10: _v10_entry_keys,
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


def backup_before_migration(path: Path | None, version: int) -> Path | None:
    """Copy the file with the SQLite backup API before touching its schema. (A server is
    backed up by its administrator before ``server upgrade``: the README says how.)"""
    if version == 0 or path is None or not path.exists():
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


def migrate(path: Path | None) -> int:
    """Bring the open database up to the latest schema; returns the version reached. Every
    step not yet recorded runs, in order: step numbers were reserved for parallel work, so a
    file may hold 5 without 4. On a server only ``server init`` / ``server upgrade`` call it."""
    missing = sorted(set(MIGRATIONS) - applied_versions())
    if not missing:
        return current_version()
    backup_before_migration(path, current_version())
    migrator = PostgresqlMigrator(db.obj) if db.obj.server else SqliteMigrator(db.obj)
    for step in missing:
        with db.atomic():
            MIGRATIONS[step](migrator)
            SchemaVersion.create(version=step, applied_at=utcnow())
    with db.atomic():
        for stmt in db.server_objects():  # a server's head counter and collations
            db.execute_sql(stmt)
        sync_protection()  # after any step that added a column to a protected table
    return latest_version()
