"""One writer per database: an OS-level lock on ``<database>.lock``.

The first instance takes an exclusive, non-blocking lock (``fcntl.flock`` on POSIX, ``msvcrt``
on Windows) and writes who holds it (host, process, user, start time) into the file. A second
instance gets ``AlreadyOpen`` with that information and opens the database read-only. The
operating system drops the lock when the holder's process ends, however it ends, so a crashed
instance never blocks the next one; the file itself stays (deleting it would let two
processes lock two different files of the same name).

    lock = lockfile.acquire(db_path)      # AlreadyOpen when another instance writes
    ...
    lock.release()                         # also on interpreter exit

Every process that writes holds it while it may write (the window, ``hl7-listen``, a restore),
so a restore can never replace the file under a writer that has acknowledged values.
"""

from __future__ import annotations

import atexit
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from ebp_logger.clock import to_local, utcnow
from ebp_logger.errors import StorageError
from ebp_logger.i18n import _
from ebp_logger.store.fields import format_utc, parse_utc

_LOCK_OFFSET = 1 << 20  # Windows locks a byte far past the text, so others can still read it


class AlreadyOpen(StorageError):
    """Another instance has the database open for writing. ``holder`` says who, if known."""

    def __init__(self, message: str, holder: dict | None = None) -> None:
        super().__init__(message)
        self.holder = holder or {}


def lock_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def _who(purpose: str = "") -> dict:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (service accounts)
        user = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return {
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "user": user,
        "started": format_utc(utcnow()),
        "program": purpose,
    }


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def read_holder(db_path: str | Path) -> dict:
    """Who wrote the lock file last (empty when unknown or unreadable)."""
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def describe(holder: dict) -> str:
    """'user on host (process 123) since 09:15' for a message."""
    if not holder:
        return "another program"
    since = ""
    try:
        since = f" since {to_local(parse_utc(holder['started'])):%Y-%m-%d %H:%M}"
    except (KeyError, TypeError, ValueError):
        pass
    program = f"{holder['program']}: " if holder.get("program") else ""
    return (
        f"{program}{holder.get('user', '?')} on {holder.get('host', '?')} "
        f"(process {holder.get('pid', '?')}){since}"
    )


@dataclass
class WriterLock:
    """Held while this process may write the database."""

    path: Path
    fd: int | None
    holder: dict

    @property
    def held(self) -> bool:
        return self.fd is not None

    def release(self) -> None:
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        try:
            os.ftruncate(fd, 0)  # no stale holder shown to the next instance
            _unlock(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


class NoLock:
    """A department server serialises its writers itself (``backends.postgresql``): the
    window and the listeners on several PCs write at once, so there is no file to lock."""

    def release(self) -> None:
        pass

    def __enter__(self) -> NoLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def acquire_for(target: str | Path, purpose: str = "") -> WriterLock | NoLock:
    """``acquire`` for a database file; a ``NoLock`` for a department server's URL."""
    from ebp_logger.store.backends import is_server

    return NoLock() if is_server(target) else acquire(target, purpose)


def acquire(db_path: str | Path, purpose: str = "") -> WriterLock:
    """Take the writer lock for ``db_path`` or raise ``AlreadyOpen`` naming who holds it.

    Every process that writes holds it for as long as it may write: the window, the monitor
    listener (``hl7-listen``), a restore. ``purpose`` names the program for the message the
    next one gets ("the monitor listener (hl7-listen)")."""
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as exc:
        raise StorageError(
            _(
                "The lock file {path} cannot be created ({error}); the database folder "
                "may be read-only. Open the database read-only or ask IT for write access."
            ).format(path=str(path), error=str(exc.strerror))
        ) from exc
    if not _try_lock(fd):
        os.close(fd)
        holder = read_holder(db_path)
        raise AlreadyOpen(
            _(
                "The database is already open for writing by {holder}. "
                "Only one window can write at a time: close the other one, or continue read-only."
            ).format(holder=describe(holder)),
            holder,
        )
    holder = _who(purpose)
    data = json.dumps(holder).encode("utf-8")
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, data)  # for the message only: no fsync needed, the lock is the kernel's
    lock = WriterLock(path, fd, holder)
    atexit.register(lock.release)
    return lock
