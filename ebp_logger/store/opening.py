"""Opening the database: a file (checked, created 0600, its schema brought up to date) or the
department server (its schema the administrator's), and the start-up check the window, the
listeners and the command line make before they write.

The sequences live here, above the connection (``database``), the schema steps
(``migrations``) and the checks (``verify``), so none of those needs the others to open.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee

from ebp_logger.errors import EbpError, StorageError
from ebp_logger.i18n import _
from ebp_logger.store import migrations
from ebp_logger.store.backends import is_server
from ebp_logger.store.database import (
    connect_file,
    connect_server,
    db,
    use_file_backend,
)
from ebp_logger.store.verify import check_sqlite, verify

SQLITE_MAGIC = b"SQLite format 3\x00"
_DB_ERRORS = (peewee.DatabaseError, sqlite3.DatabaseError, sqlite3.Warning)


def open_database(
    path: str | Path, *, readonly: bool = False, create: bool = True
) -> peewee.Database:
    """Open (and, unless ``create`` is False, create and migrate) the database at ``path``,
    or the department server when ``path`` is a ``postgresql://`` URL (``open_server``)."""
    if is_server(path):
        return open_server(str(path))
    path = Path(path)
    if not create and not path.exists():
        raise StorageError(_("No database at {path}.").format(path=str(path)))
    if not readonly and not path.exists():  # 0600 before SQLite writes; WAL and -shm follow
        from ebp_logger.store.keys import private_dir, private_file

        private_file(private_dir(path.parent) / path.name)
    connect_file(path, readonly=readonly)
    if not readonly:
        migrations.migrate(path)
    return db


def open_server(url: str, *, check_schema: bool = True) -> peewee.Database:
    """Connect to the department server. Its schema is the administrator's (``server init``
    and ``server upgrade``, which pass ``check_schema=False``): a workstation never creates or
    upgrades it, and refuses a server whose schema is older or newer than this program's."""
    connect_server(url)
    have, want = migrations.current_version(), migrations.latest_version()
    if check_schema and have != want:
        use_file_backend()
        raise StorageError(
            _(
                "The department server's database is at schema version {have}; this program "
                "needs {want}. Ask the administrator to run 'ebp-logger server init' (new "
                "database) or 'ebp-logger server upgrade'."
            ).format(have=have, want=want)
        )
    return db


def open_checked(path: str | Path) -> tuple[bool, list[str]]:
    """Open the database for the app: (readonly, problems), never raising for a damaged file.

    The file is checked first (header, SQLite quick check, the audit chain's tail; see
    ``verify.verify(quick=True)``) on a read-only connection. Sound: reopened for writing
    (and migrated). Damaged, unreadable or not writable: left open read-only (when SQLite can
    open it at all) and the reasons are returned for a banner.
    """
    if is_server(path):
        return check_server(str(path))
    return check_file(Path(path))


def check_server(url: str) -> tuple[bool, list[str]]:
    """``open_checked`` for a department server: connect (the schema must be the
    administrator's, at this program's version), then the quick check of the chain's tail.
    Unreachable or refused raises ``StorageError``; a failed check leaves it open read-only in
    name: the window shows the reasons and saves nothing."""
    open_database(url)
    report = verify(quick=True)
    return (not report.ok), report.problems


def _header_problem(path: Path) -> str | None:
    size = path.stat().st_size
    if size == 0:
        return (
            f"The database file {path} is empty (0 bytes): it was cut off or never written. "
            f"Restore it from a backup."
        )
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return (
            f"The file {path} is not a readable database (damaged or overwritten). "
            f"Restore it from a backup."
        )
    return None


def writable(path: Path) -> bool:
    """Can this user write the file and the files SQLite keeps beside it (WAL, shared memory)?"""
    if not os.access(path, os.W_OK):
        return False
    if os.access(path.parent, os.W_OK):
        return True
    side = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    return all(p.exists() and os.access(p, os.W_OK) for p in side)


def _open_readonly(path: Path) -> str | None:
    try:
        open_database(path, readonly=True, create=False)
        db.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (EbpError, *_DB_ERRORS) as exc:
        return f"The database cannot be opened even for reading: {exc}."
    return None


def check_file(path: Path) -> tuple[bool, list[str]]:
    """``open_checked`` for a file: (readonly, problems); see there."""
    if not path.exists():
        open_database(path)
        return False, []
    problem = _header_problem(path)
    if problem:
        failed = _open_readonly(path)
        return True, [problem] + ([failed] if failed else [])
    failed = _open_readonly(path)
    if failed:
        return True, [failed]
    try:
        # A schema upgrade writes: only on a file SQLite itself finds sound (else the quick
        # check below, after opening, is the one check; it is the slow part at start-up).
        upgrade = migrations.current_version() < migrations.latest_version()
        problems = check_sqlite(quick=True) if upgrade else []
    except _DB_ERRORS as exc:
        problems = [f"The database could not be read: {exc}."]
    if problems:
        return True, problems
    if not writable(path):
        report = verify(quick=True)
        return True, [
            f"The database file {path} is read-only for this user: records can be read, "
            f"nothing can be saved. Ask IT to restore write access."
        ] + report.problems
    try:
        open_database(path)  # for writing: brings the schema up to date (backup first)
    except (EbpError, *_DB_ERRORS) as exc:
        _open_readonly(path)
        return True, [f"The database could not be opened for writing: {exc}."]
    report = verify(quick=True)
    if not report.ok:
        _open_readonly(path)
        return True, report.problems
    return False, []
