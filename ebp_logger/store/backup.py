"""Backups through SQLite's online backup API (consistent even while the app writes), and restore.

Automatic backups go to ``AppSettings.backup_folder`` (default: a ``backups`` folder beside the
database), named ``<database name>-<UTC time>.sqlite`` (``ebp-logger-20261123T091500Z.sqlite``),
and the newest ``AppSettings.backup_keep`` are kept:

* ``backup_after_session(session_id)`` after a procedure ended (the app calls it on a worker
  thread after ``sessions.end_procedure``; ``services.sessions.end_procedure_and_back_up`` does both);
* ``backup_if_due()`` at start-up and now and then: a backup when the newest is a day old.

Both return a ``BackupOutcome`` and never raise: a failed backup must not disturb the clinical
work, it is shown as a warning. Every backup, automatic or ``backup -o``, is read back with
SQLite's quick check before it counts; a damaged database gives no backup but an error.

Backups, safety copies and staged restores are created 0600 in folders made 0700, whatever the
umask. With ``AppSettings.backup_encrypt`` (or ``backup --encrypt``) a backup is sealed with
AES-256-GCM under the department's backup key (``store.keys``) and named ``….sqlite.enc``;
``restore`` opens either kind.

``restore`` verifies a copy before it replaces the database, compares its audit trail with the
file it replaces (a copy whose history contradicts the current one is refused unless an
administrator forces it with a reason, audited) and keeps the current file as a safety copy.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import peewee

from ebp_logger.clock import utcnow
from ebp_logger.errors import EbpError, StorageError
from ebp_logger.i18n import _
from ebp_logger.store import keys
from ebp_logger.store.database import close_database, database_path, db
from ebp_logger.store.opening import open_database

log = logging.getLogger(__name__)
DAILY = timedelta(hours=24)
_STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.sqlite(?P<enc>\.enc)?$")
ENCRYPTED_SUFFIX = ".enc"
_busy = threading.Lock()  # one backup at a time (after-session and daily may coincide)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # UTC, from the name
    n: int = 1  # several in the same second: 1, 2, 3 …


@dataclass(frozen=True)
class BackupOutcome:
    """What an automatic backup did: ``path`` written, or ``error`` to show as a warning."""

    path: Path | None = None
    error: str | None = None
    skipped: bool = False  # not due yet (``backup_if_due``)


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    safety_copy: Path | None
    audit_rows: int
    forced: bool = False  # the copy contradicted the current history; restored on purpose


def backup_to(target: str | Path, *, encrypt: bool = False, key: bytes | None = None) -> Path:
    """Write a consistent copy of the open database to ``target`` (never a file copy), read it
    back with SQLite's quick check (a damaged database gives ``StorageError``, no backup) and,
    with ``encrypt``, seal it under ``key`` (default: the department's backup key)."""
    target = Path(target)
    try:
        keys.private_dir(target.parent)
    except OSError as exc:
        raise StorageError(
            _("The backup folder {parent} cannot be created: {exc}").format(
                parent=target.parent, exc=exc
            )
        ) from exc
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.unlink(missing_ok=True)
        keys.private_file(tmp)  # 0600 before SQLite writes a byte into it
        dst = sqlite3.connect(tmp)
        try:
            db.connection().backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        _fsync(tmp)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        if "malformed" in str(exc) or "corrupt" in str(exc):
            raise StorageError(
                _(
                    "The database is damaged; no backup was written to {target}: {exc}. Run 'verify', and restore from an earlier backup."
                ).format(target=target, exc=exc)
            ) from exc
        raise StorageError(
            _("The backup to {target} failed: {exc}").format(target=target, exc=exc)
        ) from exc
    problems = check_copy(tmp)
    if problems:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            _(
                "The database is damaged; no backup was written to {target}: {detail}. Run 'verify', and restore from an earlier backup."
            ).format(target=target, detail=" ".join(problems[0].split())[:200])
        )
    try:
        if encrypt:
            keys.encrypt_file(tmp, target, key or keys.backup_key(_db_file()))
        else:
            tmp.replace(target)  # a half-written backup never carries the final name
    except OSError as exc:
        raise StorageError(
            _("The backup to {target} failed: {exc}").format(target=target, exc=exc)
        ) from exc
    finally:
        tmp.unlink(missing_ok=True)  # the plain copy never stays beside an encrypted one
    return target


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _on_server() -> bool:
    """A department server is backed up by IT (README, 'Department server'), not per PC."""
    from ebp_logger.store.database import on_server

    return on_server()


def _db_file() -> Path:
    from ebp_logger.store.database import on_server

    path = database_path()
    if path is None and on_server():
        raise StorageError(
            _(
                "A department server is backed up by IT with PostgreSQL's own tools (see the "
                "README, 'Department server'), not by this program."
            )
        )
    if path is None:
        raise StorageError(_("No database is open."))
    return path


def backup_folder() -> Path:
    """The configured folder, or ``backups`` beside the open database."""
    from ebp_logger.store import settings

    configured = settings.load().backup_folder.strip()
    return Path(configured).expanduser() if configured else _db_file().parent / "backups"


def list_backups(folder: Path | None = None, stem: str | None = None) -> list[BackupFile]:
    """This database's backups in ``folder``, newest first."""
    folder = folder or backup_folder()
    stem = stem or _db_file().stem
    found = []
    if folder.is_dir():
        for p in folder.iterdir():
            m = _NAME.match(p.name)
            if m and m.group("stem") == stem and p.is_file():
                at = datetime.strptime(m.group("stamp"), _STAMP).replace(tzinfo=timezone.utc)
                found.append(BackupFile(p, at, int(m.group("n") or 1)))
    return sorted(found, key=lambda b: (b.taken_at, b.n), reverse=True)


def _new_name(folder: Path, stem: str, now: datetime, encrypted: bool = False) -> Path:
    base = f"{stem}-{now.astimezone(timezone.utc).strftime(_STAMP)}"
    ext = ".sqlite" + (ENCRYPTED_SUFFIX if encrypted else "")

    def taken(p: Path) -> bool:
        plain = p.with_name(p.name.removesuffix(ENCRYPTED_SUFFIX))
        return any(
            q.exists() or q.with_name(q.name + ".part").exists()
            for q in (plain, plain.with_name(plain.name + ENCRYPTED_SUFFIX))
        )

    target, n = folder / f"{base}{ext}", 1
    while taken(target):
        n += 1
        target = folder / f"{base}-{n}{ext}"
    return target


def check_copy(path: Path) -> list[str]:
    """SQLite's quick check on a plain backup file (a cheap proof it can be opened and read)."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
        finally:
            con.close()
    except sqlite3.Error as exc:
        return [f"The copy cannot be read: {exc}"]
    return [] if rows == ["ok"] else [f"SQLite integrity: {r}" for r in rows[:5]]


def rotate(folder: Path, keep: int, stem: str | None = None) -> list[Path]:
    """Delete this database's oldest backups beyond the newest ``keep``; returns the deleted."""
    gone = []
    for old in list_backups(folder, stem)[max(1, keep) :]:
        try:
            old.path.unlink()
            gone.append(old.path)
        except OSError as exc:
            log.warning("could not delete old backup %s: %s", old.path, exc)
    return gone


def run_backup(folder: Path | None = None, keep: int | None = None) -> Path:
    """One named backup into the backup folder, checked, then rotation. Raises StorageError."""
    from ebp_logger.store import settings

    with _busy:
        folder = folder or backup_folder()
        keep = settings.load().backup_keep if keep is None else keep
        stem = _db_file().stem
        try:
            keys.private_dir(folder)  # 0700: backups hold patient data
        except OSError as exc:
            raise StorageError(
                _("The backup folder {folder} cannot be created: {error}").format(
                    folder=str(folder), error=str(exc)
                )
            ) from exc
        encrypt = settings.load().backup_encrypt
        # backup_to reads the copy back (quick check) before it carries its name
        target = backup_to(_new_name(folder, stem, utcnow(), encrypt), encrypt=encrypt)
        rotate(folder, keep, stem)
    return target


def _outcome(what: str) -> BackupOutcome:
    # On a worker thread peewee has no connection yet: open one for the backup, close it after.
    opened_here = db.database is not None and db.is_closed()
    try:
        if opened_here:
            db.connect()
        return BackupOutcome(path=run_backup())
    except (EbpError, OSError, sqlite3.Error, peewee.DatabaseError) as exc:
        log.error("%s backup failed: %s", what, exc)
        return BackupOutcome(error=f"The automatic backup failed: {exc}")
    finally:
        if opened_here and not db.is_closed():
            db.close()


def backup_after_session(session_id: int) -> BackupOutcome:
    """The backup after a procedure ended. Never raises; see ``BackupOutcome``."""
    if _on_server():
        return BackupOutcome(skipped=True)
    log.info("backup after session %s", session_id)
    return _outcome(f"after-session {session_id}")


def newest_backup() -> BackupFile | None:
    found = list_backups()
    return found[0] if found else None


def backup_if_due(max_age: timedelta = DAILY) -> BackupOutcome:
    """The daily backup: made when the newest backup is ``max_age`` old (or none exists, or
    its time lies in the future, i.e. the clock was wrong). Never raises."""
    if _on_server():
        return BackupOutcome(skipped=True)
    try:
        newest = newest_backup()
    except (EbpError, OSError) as exc:
        return BackupOutcome(error=f"The backup folder cannot be read: {exc}")
    now = utcnow()
    if newest is not None and timedelta(0) <= now - newest.taken_at < max_age:
        return BackupOutcome(path=newest.path, skipped=True)
    return _outcome("daily")


# --- restore --------------------------------------------------------------------------------


def _copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a database file (with its WAL, if any) via the backup API."""
    target.unlink(missing_ok=True)
    keys.private_file(target)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _fsync(target)


def _safety_copy(path: Path, target: Path) -> Path:
    """Keep the current file before it is replaced: a consistent copy when SQLite can read it,
    otherwise the files byte for byte (main file, WAL and shared memory side by side)."""
    try:
        _copy_database(path, target)
        return target
    except (sqlite3.Error, OSError):
        target.unlink(missing_ok=True)
    for suffix in ("", "-wal", "-shm"):
        src = path.with_name(path.name + suffix)
        if src.exists():
            dst = target.with_name(target.name + suffix)
            keys.private_file(dst)
            shutil.copyfile(src, dst)  # the contents only: the copy stays 0600
    return target


def _stage(source: Path, staged: Path, key: bytes | None, db_path: Path) -> None:
    """The copy to restore, decrypted when it is an encrypted backup, at ``staged`` (0600)."""
    plain = source
    if keys.is_encrypted(source):
        plain = staged.with_name(staged.name + ".plain")
        keys.decrypt_file(
            source, plain, key or keys.read_key(keys.key_path(db_path, keys.BACKUP_KEY))
        )
    try:
        _copy_database(plain, staged)
    finally:
        if plain != source:
            plain.unlink(missing_ok=True)


def _history_conflicts(staged: Path, db_path: Path) -> list[str]:
    """The copy against the file it replaces (``verify.contradictions``). A current file too
    damaged to read cannot contradict anything: restoring it is what the copy is for."""
    from ebp_logger.store.verify import contradictions

    if not db_path.exists():
        return []
    try:
        return contradictions(staged, db_path)
    except sqlite3.Error as exc:
        log.warning("the current database cannot be read for the comparison: %s", exc)
        return []


def restore(
    db_path: str | Path,
    source: str | Path,
    *,
    actor=None,
    force_reason: str = "",
    key: bytes | None = None,
) -> RestoreResult:
    """Replace the database at ``db_path`` with the backup ``source``.

    The copy is verified first (the full ``verify``); a copy with any problem is refused and
    nothing changes. Its audit trail is then compared with the file it replaces: a copy whose
    history contradicts the current one (rows both hold but that differ: one of them was
    rewritten, with recomputed hashes) is refused unless ``force_reason`` says why it must be
    restored anyway; the forced restore and its reason are audited. An encrypted backup is
    opened with ``key`` (default: the department's backup key beside the database).
    The current file is kept beside it as ``<name>-before-restore-<time>`` (0600).
    Refused while another instance has the database open for writing (``AlreadyOpen``).
    The restore itself is recorded in the restored audit trail, under ``actor`` (the
    administrator; the system when none is given).
    """
    from ebp_logger.store import audit, lockfile
    from ebp_logger.store.verify import verify

    db_path, source = Path(db_path), Path(source)
    force_reason = (force_reason or "").strip()
    if not source.is_file():
        raise StorageError(_("No backup file at {source}.").format(source=str(source)))
    if source.resolve() == db_path.resolve():
        raise StorageError(_("The backup and the database are the same file."))
    try:
        lock = lockfile.acquire(db_path, "a restore")
    except lockfile.AlreadyOpen as exc:  # a writer would go on writing into the replaced file
        raise lockfile.AlreadyOpen(
            _(
                "The database is in use by {holder}. Stop that program (the window or the "
                "monitor listener) before restoring: what it saves after the copy would be "
                "lost. Nothing was changed."
            ).format(holder=lockfile.describe(exc.holder)),
            exc.holder,
        ) from None
    with lock:
        close_database()
        staged = db_path.with_name(db_path.name + ".restore-part")
        try:
            _stage(source, staged, key, db_path)
        except (sqlite3.Error, OSError) as exc:
            staged.unlink(missing_ok=True)
            raise StorageError(
                _("{source} is not a readable database ({error}); nothing was changed.").format(
                    source=str(source), error=str(exc)
                )
            ) from exc
        except StorageError:
            staged.unlink(missing_ok=True)
            raise
        try:
            open_database(staged, readonly=True, create=False)
            report = verify()
        finally:
            close_database()
        if not report.ok:
            staged.unlink(missing_ok=True)
            raise StorageError(
                _("{source} failed verification; nothing was changed. {problems}").format(
                    source=str(source), problems=" ".join(report.problems[:5])
                )
            )
        conflicts = _history_conflicts(staged, db_path)
        if conflicts and not force_reason:
            staged.unlink(missing_ok=True)
            raise StorageError(
                _(
                    "{source} contradicts the history of the current database ({count} audit row(s) differ, the first: {first}); nothing was changed. If this copy must win, an administrator restores it with --force and a --reason."
                ).format(source=source, count=len(conflicts), first=conflicts[0])
            )
        safety = None
        if db_path.exists():
            stamp = utcnow().strftime(_STAMP)
            safety = _safety_copy(
                db_path, db_path.with_name(f"{db_path.stem}-before-restore-{stamp}.sqlite")
            )
        for suffix in ("-wal", "-shm"):  # they belong to the replaced file
            db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
        os.replace(staged, db_path)
        open_database(db_path)
        try:
            detail = {
                "from": str(source),
                "safety_copy": str(safety) if safety else None,
                "encrypted": keys.is_encrypted(source),
            }
            if conflicts:
                detail.update(forced=True, reason=force_reason, conflicts=conflicts[:5])
            audit.record_event(actor or audit.Actor.system(), "restore", detail=detail)
            rows = verify(quick=True).head_id
        finally:
            close_database()
    return RestoreResult(source, safety, rows, forced=bool(conflicts))
