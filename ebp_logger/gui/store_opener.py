"""Opening the database for the window: the writer lock, the start-up quick check and, with
``--demo``, the throw-away demo data, on a worker thread so the window is up at once.

A second instance (``lockfile.AlreadyOpen``) is asked on the UI thread whether to continue
read-only; a damaged or unwritable file is opened read-only with the reasons for the banner.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from ebp_logger.errors import StorageError
from ebp_logger.gui.messages import explain
from ebp_logger.gui.translations import TextContext

log = logging.getLogger(__name__)


class StoreOpenerText(TextContext):
    """This module's texts (their translation context)."""


class Store:
    """The database as the window gets it. (A plain class: ``dataclasses`` pulls in
    ``inspect`` and friends, which the window does not need before it is shown.)"""

    def __init__(self, path: Path | str, readonly: bool = False) -> None:
        self.path = path  # a file, or a department server's URL
        self.readonly = readonly
        self.problems: list[str] = []
        self.lock: object | None = None  # lockfile.WriterLock while this process may write
        self.already_open = ""  # another instance writes: the message, for the question

    def close(self) -> None:
        from ebp_logger.store.database import close_database

        close_database()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def check_store(path: Path | str, readonly: bool = False) -> Store:
    """Lock, check and open (any thread). ``already_open`` is set, and nothing opened, when
    another instance holds the writer lock: the caller asks the user (``resolve_already_open``)."""
    from ebp_logger.store import lockfile, opening
    from ebp_logger.store.backends import is_server

    store = Store(path if is_server(path) else Path(path), readonly=readonly)
    if not readonly:
        try:
            store.lock = lockfile.acquire_for(store.path)
        except lockfile.AlreadyOpen as exc:
            store.already_open = explain(exc)
            return store
        except StorageError as exc:  # e.g. the folder is read-only for this user
            store.readonly = True
            store.problems.append(explain(exc))
    try:
        if store.readonly:
            opening.open_database(store.path, readonly=True, create=False)
        else:
            readonly_now, problems = opening.open_checked(store.path)
            store.readonly = readonly_now
            store.problems += problems
    except Exception as exc:  # any failure becomes a banner, not a crash
        log.exception("opening %s failed", store.path)
        store.readonly = True
        store.problems.append(StoreOpenerText.tr("The database cannot be opened: ") + str(exc))
    if store.readonly and store.lock is not None:
        store.lock.release()  # a read-only window does not keep others from writing
        store.lock = None
    return store


def resolve_already_open(store: Store, parent=None) -> Store | None:
    """Another instance writes: continue read-only (opened here) or None to quit. UI thread."""
    from ebp_logger.gui import prompts
    from ebp_logger.store import opening

    if not store.already_open:
        return store
    if not prompts.confirm(
        parent,
        StoreOpenerText.tr("EBP Logger is already open"),
        store.already_open
        + "\n\n"
        + StoreOpenerText.tr("Open this database read-only to look up records?"),
        StoreOpenerText.tr("Open read-only"),
        StoreOpenerText.tr("Quit"),
        warning=True,
    ):
        return None
    store.readonly = True
    store.problems.append(store.already_open)
    store.already_open = ""
    try:
        opening.open_database(store.path, readonly=True, create=False)
    except Exception as exc:  # as in check_store: a banner, not a crash
        store.problems.append(StoreOpenerText.tr("The database cannot be opened: ") + str(exc))
    return store


def open_store(path: Path | str, readonly: bool = False) -> Store | None:
    """Lock, check and open on the calling thread; None when the user chose to quit."""
    return resolve_already_open(check_store(path, readonly))


def make_demo(folder: Path) -> tuple[Path, str]:
    """A demo database in ``folder`` and the sign-in hint that goes with it."""
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services.demo import DEMO_PASSWORD, create_demo

    path = folder / "demo.sqlite"
    open_database(path)
    create_demo()
    close_database()
    hint = StoreOpenerText.tr(
        "Demo database, thrown away on exit.\nUsers: doctor, nurse, admin\nPassword: %1"
    ).replace("%1", DEMO_PASSWORD)
    return path, hint


class StoreOpener(QThread):
    """``check_store`` (after making the demo data, if asked) off the UI thread.

    The worker's own connection is closed before ``opened`` is emitted; the UI thread then
    connects on its first query with the same settings (peewee connections are per thread).
    """

    opened = Signal(object)  # Store
    hint_ready = Signal(str)  # the demo's sign-in hint

    def __init__(
        self, path: Path | str | None, readonly: bool = False, demo_folder: Path | None = None
    ):
        super().__init__()
        self._path = path
        self._readonly = readonly
        self._demo_folder = demo_folder

    def run(self) -> None:
        from ebp_logger.store.database import db

        path = self._path
        if self._demo_folder is not None:
            path, hint = make_demo(self._demo_folder)
            self.hint_ready.emit(hint)
        store = check_store(path, self._readonly)
        if db.database is not None and not db.is_closed():
            db.close()  # this thread's connection only
        self.opened.emit(store)
