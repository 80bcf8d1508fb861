"""Moving a department's records between a SQLite file and a server (``ebp-logger migrate``).

Everything is copied as stored, row by row in id order: patients, sessions, every entry and
correction, users, settings, the outboxes and the whole audit chain (a server's chain trigger
checks each copied link as it arrives). The source must verify clean first; the copy is then
verified on its own and its row counts compared with the source's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import peewee

from ebp_logger.errors import StorageError
from ebp_logger.i18n import _
from ebp_logger.store.backends import is_server
from ebp_logger.store.database import close_database, db, use_file_backend
from ebp_logger.store.models import ALL_MODELS, EntryKey, PatientNameWord, SchemaVersion
from ebp_logger.store.opening import open_database

BATCH = 500


@dataclass
class TransferReport:
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows copied
    problems: list[str] = field(default_factory=list)


def _tables() -> list[type[peewee.Model]]:
    return [m for m in ALL_MODELS if m is not SchemaVersion] + [PatientNameWord, EntryKey]


def _open_target(target: str) -> None:
    """An empty database of the current schema: a new file, or a server set up with
    ``server init`` that holds no records yet."""
    if is_server(target):
        open_database(target)
    else:
        path = Path(target)
        if path.exists():
            raise StorageError(
                _("{path} exists already: a copy goes into a new file.").format(path=path)
            )
        open_database(path)
    found = db.execute_sql('SELECT count(*) FROM "audit"').fetchone()[0]
    if found:
        raise StorageError(
            _(
                "The target already holds records ({n} audit rows): copy only into an empty one."
            ).format(n=found)
        )


def _read_all(source: str) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every table of the verified source, as stored (columns, rows in id order)."""
    from ebp_logger.store.verify import verify

    open_database(source if is_server(source) else Path(source), create=False)
    report = verify()
    if not report.ok:
        close_database()
        raise StorageError(
            _("The source does not verify clean; nothing was copied. First problem: {p}").format(
                p=report.problems[0]
            )
        )
    out = {}
    for model in _tables():
        cols = [f.column_name for f in model._meta.sorted_fields]
        conv = [
            _stored_bool if isinstance(f, peewee.BooleanField) else None
            for f in model._meta.sorted_fields
        ]
        names = ", ".join(f'"{c}"' for c in cols)
        order = ", ".join(f'"{c}"' for c in _order(model))
        rows = db.execute_sql(f'SELECT {names} FROM "{model._meta.table_name}" ORDER BY {order}')
        out[model._meta.table_name] = (
            cols,
            [
                tuple(v if c is None or v is None else c(v) for v, c in zip(r, conv, strict=True))
                for r in rows
            ],
        )
    close_database()
    return out


def _stored_bool(value: object) -> bool:
    return bool(value)  # SQLite keeps 0/1, a server true/false


def _order(model: type[peewee.Model]) -> list[str]:
    pk = model._meta.primary_key
    if isinstance(pk, peewee.CompositeKey):
        return [model._meta.fields[n].column_name for n in pk.field_names]
    if pk is False or pk is None:
        return [f.column_name for f in model._meta.sorted_fields]
    return [pk.column_name]


def copy(source: str, target: str) -> TransferReport:
    """Copy ``source`` into the empty ``target`` (each a file path or a server URL)."""
    data = _read_all(source)
    _open_target(target)
    report = TransferReport()
    try:
        with db.atomic():
            db.begin_write()
            for table, (cols, rows) in data.items():
                names = ", ".join(f'"{c}"' for c in cols)
                one = "(" + ", ".join("?" for _ in cols) + ")"
                for i in range(0, len(rows), BATCH):
                    batch = rows[i : i + BATCH]
                    db.execute_sql(
                        f'INSERT INTO "{table}" ({names}) VALUES ' + ", ".join([one] * len(batch)),
                        [v for r in batch for v in r],
                    )
                report.counts[table] = len(rows)
            _after_copy()
        report.problems = _check_copy(report.counts)
    finally:
        use_file_backend()  # as it was: the file backend, nothing open
    return report


def _after_copy() -> None:
    """The head counter, and on a server the id sequences past the copied ids."""
    top = db.execute_sql('SELECT COALESCE(max("id"), 0) FROM "audit"').fetchone()[0]
    db.set_chain_head(int(top))
    if not db.obj.server:
        return
    for model in _tables():
        pk = model._meta.primary_key
        if isinstance(pk, peewee.AutoField):
            t, c = model._meta.table_name, pk.column_name
            db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{t}\"', '{c}'), "
                f'COALESCE((SELECT max("{c}") FROM "{t}"), 0) + 1, false)'
            )


def _check_copy(counts: dict[str, int]) -> list[str]:
    from ebp_logger.store.verify import verify

    problems = list(verify().problems)
    for table, n in counts.items():
        have = db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if have != n:
            problems.append(f"{table}: {have} rows in the copy, {n} in the source.")
    return problems
