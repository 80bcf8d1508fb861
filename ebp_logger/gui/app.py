"""Start the GUI: ``python -m ebp_logger [--db PATH] [--demo] [--read-only]``.

The window comes up at once on the sign-in screen while a worker thread takes the writer lock
and runs the database's quick check (store_opener.py): a second instance is told who writes
and may continue read-only; a damaged file opens read-only under a red banner instead of
crashing. Typing the user name and password goes on meanwhile; signing in waits for the check.
pyqtgraph and reportlab are not imported here: the screens that draw plots or PDFs load them
when first opened.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ebp_logger.gui import style
from ebp_logger.gui.store_opener import Store, StoreOpener, open_store, resolve_already_open
from ebp_logger.paths import APP_NAME, default_db_path, resource_path

__all__ = ["build_parser", "make_application", "open_store", "run_gui"]

log = logging.getLogger(__name__)


def _db_target(text: str) -> Path | str:
    """A department server's URL stays text (a Path would fold its '//'); else a file."""
    from ebp_logger.store.backends import is_server

    return text if is_server(text) else Path(text)


def _this_pcs_database() -> Path | str:
    """The department server this PC was set up with at first run, else its own file."""
    from ebp_logger.paths import data_dir
    from ebp_logger.store.workstation import configured_server

    return configured_server(data_dir()) or default_db_path()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ebp-logger", description="EBP Logger: bedside record of epidural blood patches."
    )
    parser.add_argument(
        "--db",
        type=_db_target,
        default=os.environ.get("EBP_LOGGER_DB") or None,
        help="the database file (default: the user's data folder), or a department server: "
        "postgresql://USER@HOST:PORT/DATABASE (also from EBP_LOGGER_DB)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="a throw-away database filled with demo patients and users",
    )
    parser.add_argument("--read-only", action="store_true", help="open the database read-only")
    # Prints "ready" once the main window is shown and the event loop idles, and "checked"
    # once the database is open, then exits (benchmarks/bench_startup.py, smoke tests).
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
    """The department's language setting, once the database is open (translations.py); widgets
    already shown retranslate on the LanguageChange event."""
    from ebp_logger.gui.translations import install_translators
    from ebp_logger.gui.ui_language import current_lang

    install_translators(app, current_lang())


class _Probe:
    """``--startup-probe``: report the two moments, then quit."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.seen: set[str] = set()

    def mark(self, what: str) -> None:
        import time

        print(what, f"{time.process_time():.3f}", flush=True)
        self.seen.add(what)
        if {"ready", "checked"} <= self.seen:
            self.app.quit()


def run_gui(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(list(argv))
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = make_application()
    demo_dir = None
    if args.demo:
        import tempfile

        demo_dir = tempfile.TemporaryDirectory(prefix="ebp-demo-")
    from ebp_logger.gui.main_window import MainWindow
    from ebp_logger.gui.translations import install_translators

    install_translators(app)  # EBP_LOGGER_LANG or the system's; the setting once the db is open
    window = MainWindow(pending=True, demo=demo_dir is not None)
    window.resize(1366, 860)
    window.show()
    probe = _Probe(app) if args.startup_probe else None
    opened: list[Store] = []

    def on_opened(store: Store) -> None:
        resolved = resolve_already_open(store, window)
        if resolved is None:
            app.quit()
            return
        opened.append(resolved)
        install_translator(app)
        window.store_opened(resolved.problems, resolved.readonly)
        if isinstance(resolved.path, str):  # a department server's URL
            window.listen_to_server(resolved.path)
        if probe is not None:
            probe.mark("checked")

    db = _db_target(args.db) if isinstance(args.db, str) else args.db  # from the environment
    path = None if demo_dir is not None else (db or _this_pcs_database())
    opener = StoreOpener(path, args.read_only, Path(demo_dir.name) if demo_dir else None)
    opener.hint_ready.connect(window.set_hint)
    opener.opened.connect(on_opened)
    if probe is not None:
        QTimer.singleShot(0, lambda: probe.mark("ready"))
    # Started from the running event loop, so the first paint does not share the GIL with
    # the worker's imports and checks.
    QTimer.singleShot(0, opener.start)
    try:
        return app.exec()
    finally:
        opener.wait()
        window.shutdown()
        for store in opened:
            store.close()
        if demo_dir is not None:
            demo_dir.cleanup()
