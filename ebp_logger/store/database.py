"""The database: one SQLite file on this PC (the default, opened for durability: WAL,
synchronous=FULL, foreign keys) or a department's PostgreSQL server. Connecting is here; the sequences
around it (checks, schema) are in ``opening``.

``db`` is a proxy the models are bound to; it points at ``backends.sqlite.FileDatabase`` or
``backends.postgresql.ServerDatabase``. Writes go through ``write()``, which takes the write
lock up front (BEGIN IMMEDIATE on a file, the server's write lock) so a transaction never
fails half-way on a lock upgrade and what a service checked still holds when it commits, and
turns the database's failures into ``StorageError`` messages a clinician can act on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

from ebp_logger.errors import ServerUnreachable, StorageError
from ebp_logger.i18n import _
from ebp_logger.store.backends.sqlite import FileDatabase

db = peewee.DatabaseProxy()
_file_db = FileDatabase()
db.initialize(_file_db)

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL: a commit survives power loss, not only a crash
    "foreign_keys": 1,
    "busy_timeout": 5000,
}


def connect_file(path: Path, *, readonly: bool = False) -> None:
    """Point ``db`` at the SQLite file and connect (``opening.open_database`` is the sequence
    around it: the checks, the 0600 file, the schema)."""
    close_database()
    db.initialize(_file_db)
    if readonly:
        # A URI, so a path with '?', '#' or '%' in it still names the file.
        uri = path.resolve().as_uri() + "?mode=ro"
        db.init(uri, uri=True, pragmas={"foreign_keys": 1, "busy_timeout": 5000})
    else:
        db.init(str(path), pragmas=PRAGMAS)
    db.connect(reuse_if_open=True)
    if readonly:
        _immutable_if_unopenable(path)


def _immutable_if_unopenable(path: Path) -> None:
    """On read-only media or a full disk SQLite cannot create the WAL's shared-memory file,
    and even a read-only open fails ("unable to open database file", "disk I/O error"). When
    no write-ahead log holds data (none, or empty), everything is in the main file, so it is
    opened as immutable instead: readable, and still refused for writing."""
    try:
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        return
    except peewee.DatabaseError as exc:
        text = str(exc).lower()
        if not ("unable to open" in text or "disk i/o" in text) or not path.exists():
            return  # a damaged file: the caller's checks say so
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # committed data in the log: an immutable open would not see it
    db.close()
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    db.init(uri, uri=True, pragmas={"foreign_keys": 1})
    db.connect(reuse_if_open=True)


def connect_server(url: str) -> None:
    """Point ``db`` at the department server and connect; ``ServerUnreachable`` when it
    cannot be reached (``db`` then points back at the file backend, closed)."""
    from ebp_logger.store.backends.postgresql import ServerDatabase

    close_database()
    db.initialize(ServerDatabase(url))
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        db.initialize(_file_db)
        raise ServerUnreachable(server_unreachable(url, exc)) from exc


def use_file_backend() -> None:
    """Closed, and pointing at the file backend again (after a refused server)."""
    close_database()
    db.initialize(_file_db)


def server_unreachable(url: str, exc: BaseException) -> str:
    return _("The department server {server} cannot be reached: {error}").format(
        server=redact_url(url), error=" ".join(str(exc).split())[:300]
    )


def redact_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def on_server() -> bool:
    """Is the open database the department server?"""
    return bool(getattr(db.obj, "server", False))


def close_database() -> None:
    if db.database is not None and not db.is_closed():
        db.close()


def is_readonly() -> bool:
    """True when the open database was opened read-only (second instance, damaged file)."""
    return not on_server() and isinstance(db.database, str) and db.database.startswith("file:")


def database_path() -> Path | None:
    """The open database file, whether opened for writing or read-only (None on a server)."""
    if not db.database or on_server():
        return None
    if is_readonly():
        from urllib.parse import urlsplit
        from urllib.request import url2pathname

        return Path(url2pathname(urlsplit(db.database).path))
    return Path(db.database)


def explain(exc: BaseException) -> str:
    """A sentence a user can act on for a failed write."""
    text = str(exc).lower()
    if "full" in text:
        return _(
            "The disk is full: nothing was saved. Free space on the disk, then press Enter again."
        )
    if "readonly" in text or "read-only" in text:
        return _("The database is read-only: nothing was saved. Ask IT to restore write access.")
    if "connection" in text or "server closed" in text or "terminat" in text:
        return _(
            "The department server cannot be reached: nothing was saved. Your input is kept; "
            "try again when the network is back."
        )
    if "locked" in text or "busy" in text:
        return _("The database is busy (another program is writing): nothing was saved. Try again.")
    return _("The database could not save: {error}. Nothing was saved; your input is kept.").format(
        error=str(exc)
    )


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
    if db.transaction_depth() == 0:
        db.obj.drop_if_broken()  # a server connection lost earlier: connect afresh
        db.obj.expect_write()  # a server takes its write lock with the BEGIN
    try:
        with db.atomic():
            if db.transaction_depth() == 1:
                db.begin_write()
            yield
    except _DB_ERRORS as exc:
        for _, on_rollback in _after:
            on_rollback()
        if isinstance(exc, (peewee.IntegrityError, sqlite3.IntegrityError)):
            raise
        cause = _first_cause(exc)
        if db.obj.lost(cause):
            raise ServerUnreachable(explain(cause)) from exc
        raise StorageError(explain(cause)) from exc
    except BaseException:
        for _, on_rollback in _after:
            on_rollback()
        raise
    for on_commit, _ in _after:
        on_commit()
