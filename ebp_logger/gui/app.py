"""Start the GUI: ``python -m ebp_logger [--db PATH] [--demo] [--read-only]``.

Start-up in order: the writer lock (a second instance is told who holds it and may continue
read-only), the database's quick check (a damaged file opens read-only under a red banner
instead of crashing), then the main window. pyqtgraph and reportlab are not imported here: the
screens that draw plots or PDFs load them when first opened.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ebp_logger.errors import StorageError
from ebp_logger.gui import prompts, style
from ebp_logger.paths import APP_NAME, default_db_path, resource_path

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ebp-logger", description="EBP Logger: bedside record of epidural blood patches."
    )
    parser.add_argument(
        "--db", type=Path, help="the database file (default: the user's data folder)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="a throw-away database filled with demo patients and users",
    )
    parser.add_argument("--read-only", action="store_true", help="open the database read-only")
    # Prints "ready" once the main window is shown and the event loop idles, then exits
    # (benchmarks/bench_startup.py and smoke tests).
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    return parser


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "ebp-logger"])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setStyle("Fusion")
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(style.COLOR_WINDOW))
    app.setPalette(palette)
    app.setStyleSheet(style.stylesheet())
    icon = resource_path("icons", "ebp-logger-256.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def install_translator(app: QApplication) -> None:
    """Danish (or another language) from resources/translations when a .qm file is there."""
    from ebp_logger.gui.ui_language import current_lang

    lang = current_lang()
    if lang == "en":
        return
    translator = QTranslator(app)
    folder = resource_path("translations")
    if translator.load(QLocale(lang), "ebp_logger", "_", str(folder)):
        app.installTranslator(translator)


@dataclass
class Store:
    """The database as the window gets it."""

    path: Path
    readonly: bool = False
    problems: list[str] = field(default_factory=list)
    lock: object | None = None  # lockfile.WriterLock while this process may write

    def close(self) -> None:
        from ebp_logger.store.database import close_database

        close_database()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def open_store(path: Path, readonly: bool = False) -> Store | None:
    """Lock, check and open the database. None when the user chose to quit."""
    from ebp_logger.store import database, lockfile

    store = Store(Path(path), readonly=readonly)
    if not readonly:
        try:
            store.lock = lockfile.acquire(store.path)
        except lockfile.AlreadyOpen as exc:
            if not prompts.confirm(
                None,
                _tr("EBP Logger is already open"),
                str(exc) + "\n\n" + _tr("Open this database read-only to look up records?"),
                _tr("Open read-only"),
                _tr("Quit"),
                warning=True,
            ):
                return None
            store.readonly = True
            store.problems.append(str(exc))
        except StorageError as exc:  # e.g. the folder is read-only for this user
            store.readonly = True
            store.problems.append(str(exc))
    try:
        if store.readonly:
            database.open_database(store.path, readonly=True, create=False)
        else:
            readonly_now, problems = database.open_checked(store.path)
            store.readonly = readonly_now
            store.problems += problems
    except Exception as exc:  # any failure becomes a banner, not a crash
        log.exception("opening %s failed", store.path)
        store.readonly = True
        store.problems.append(_tr("The database cannot be opened: ") + str(exc))
    if store.readonly and store.lock is not None:
        store.lock.release()  # a read-only window does not keep others from writing
        store.lock = None
    return store


def _make_demo(folder: Path) -> tuple[Path, str]:
    from ebp_logger.store.database import close_database, open_database
    from ebp_logger.store.demo import DEMO_PASSWORD, create_demo

    path = folder / "demo.sqlite"
    open_database(path)
    create_demo()
    close_database()
    hint = _tr(
        "Demo database, thrown away on exit.\nUsers: doctor, nurse, admin\nPassword: %1"
    ).replace("%1", DEMO_PASSWORD)
    return path, hint


def run_gui(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = make_application()
    demo_dir = tempfile.TemporaryDirectory(prefix="ebp-demo-") if args.demo else None
    hint = ""
    if demo_dir is not None:
        path, hint = _make_demo(Path(demo_dir.name))
    else:
        path = args.db or default_db_path()
    store = open_store(path, readonly=args.read_only)
    if store is None:
        return 0
    install_translator(app)
    from ebp_logger.gui.main_window import MainWindow

    window = MainWindow(
        problems=store.problems, readonly=store.readonly, hint=hint, demo=demo_dir is not None
    )
    window.resize(1366, 860)
    window.show()
    if args.startup_probe:
        QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    try:
        return app.exec()
    finally:
        window.idle.stop()
        store.close()
        if demo_dir is not None:
            demo_dir.cleanup()
