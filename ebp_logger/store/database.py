"""The one SQLite database, opened for durability: WAL, synchronous=FULL, foreign keys.

Writes go through ``write()``, which takes the write lock up front (BEGIN IMMEDIATE) so a
transaction never fails half-way on a lock upgrade, and turns SQLite's failures into
``StorageError`` messages a clinician can act on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

from ebp_logger.errors import StorageError

db = peewee.SqliteDatabase(None, lock_type="IMMEDIATE")

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a commit survives power loss, not only a crash
    "foreign_keys": 1,
    "busy_timeout": 5000,
}


@db.func("casefold")
def _casefold(text: str | None) -> str | None:
    """SQLite's LIKE folds only ASCII; names are searched with æ, ø and å in any case."""
    return text.casefold() if isinstance(text, str) else text


def open_database(
    path: str | Path, *, readonly: bool = False, create: bool = True
) -> peewee.SqliteDatabase:
    """Open (and, unless ``create`` is False, create and migrate) the database at ``path``."""
    from ebp_logger.store import migrations

    path = Path(path)
    if not create and not path.exists():
        raise StorageError(f"No database at {path}.")
    if db.database is not None and not db.is_closed():
        db.close()
    if readonly:
        # A URI, so a path with '?', '#' or '%' in it still names the file.
        uri = path.resolve().as_uri() + "?mode=ro"
        db.init(uri, uri=True, pragmas={"foreign_keys": 1, "busy_timeout": 5000})
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        db.init(str(path), pragmas=PRAGMAS)
    db.connect(reuse_if_open=True)
    if not readonly:
        migrations.migrate(path)
    return db


def close_database() -> None:
    if db.database is not None and not db.is_closed():
        db.close()


def is_readonly() -> bool:
    """True when the open database was opened read-only (second instance, damaged file)."""
    return isinstance(db.database, str) and db.database.startswith("file:")


def database_path() -> Path | None:
    """The open database file, whether opened for writing or read-only."""
    if not db.database:
        return None
    if is_readonly():
        from urllib.parse import urlsplit
        from urllib.request import url2pathname

        return Path(url2pathname(urlsplit(db.database).path))
    return Path(db.database)


def open_checked(path: str | Path) -> tuple[bool, list[str]]:
    """Open the database for the app: (readonly, problems), never raising for a damaged file.

    The file is checked first (header, SQLite quick check, the audit chain's tail; see
    ``verify.verify(quick=True)``) on a read-only connection. Sound: reopened for writing
    (and migrated). Damaged, unreadable or not writable: left open read-only (when SQLite can
    open it at all) and the reasons are returned for a banner.
    """
    from ebp_logger.store.verify import check_file

    return check_file(Path(path))


def explain(exc: BaseException) -> str:
    """A sentence a user can act on for a failed write."""
    text = str(exc).lower()
    if "full" in text:
        return (
            "The disk is full: nothing was saved. Free space on the disk, then press Enter again."
        )
    if "readonly" in text or "read-only" in text:
        return "The database is read-only: nothing was saved. Ask IT to restore write access."
    if "locked" in text or "busy" in text:
        return "The database is busy (another program is writing): nothing was saved. Try again."
    return f"The database could not save: {exc}. Nothing was saved; your input is kept."


_DB_ERRORS = (peewee.DatabaseError, sqlite3.DatabaseError)


def _first_cause(exc: BaseException) -> BaseException:
    """The database error that started it. When SQLite has already rolled back (disk full),
    peewee's own rollback fails with "no transaction is active" and hides the real reason."""
    found, seen = exc, 0
    cur: BaseException | None = exc.__context__
    while cur is not None and seen < 10:
        if isinstance(cur, _DB_ERRORS):
            found = cur
        cur, seen = cur.__context__, seen + 1
    return found


# Called after each write() block: (on commit, on rollback). store.changes registers here, so
# what a transaction changed is announced only once it is on disk.
_after: list[tuple[Callable[[], None], Callable[[], None]]] = []


def after_commit(on_commit: Callable[[], None], on_rollback: Callable[[], None]) -> None:
    _after.append((on_commit, on_rollback))


@contextmanager
def write() -> Iterator[None]:
    """One durable write transaction; SQLite errors become ``StorageError``."""
    try:
        with db.atomic():
            yield
    except _DB_ERRORS as exc:
        for _, on_rollback in _after:
            on_rollback()
        if isinstance(exc, (peewee.IntegrityError, sqlite3.IntegrityError)):
            raise
        raise StorageError(explain(_first_cause(exc))) from exc
    except BaseException:
        for _, on_rollback in _after:
            on_rollback()
        raise
    for on_commit, _ in _after:
        on_commit()
