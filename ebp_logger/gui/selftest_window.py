"""The Qt half of ``ebp-logger --self-test`` (see ``ebp_logger/selftest.py``): an offscreen
QApplication with the application icon through Qt's SVG plugin, a pyqtgraph plot, and the main
window, each painted into a pixmap. Each check returns what it saw or raises."""

from __future__ import annotations

import importlib
import sys

from ebp_logger.paths import resource_path


def _application():
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    return app or QApplication([sys.argv[0] if sys.argv else "ebp-logger"])


def check_qt() -> str:
    """The application object on the offscreen platform and the icon through the SVG plugin."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QIcon

    app = _application()

    svg = resource_path("icons", "ebp-logger.svg")
    if not svg.is_file():
        raise FileNotFoundError(f"application icon missing at {svg}")
    if QIcon(str(svg)).pixmap(64, 64).isNull():
        raise RuntimeError("Qt cannot draw the SVG icon (imageformats/svg plugin missing?)")
    return f"PySide6 {pyside_version} on {app.platformName()}, SVG icon drawn"


def check_plot() -> str:
    """pyqtgraph is loaded lazily by the app, so the self-test loads it on purpose."""
    import pyqtgraph as pg

    _application()

    plot = pg.PlotWidget()
    plot.plot([0, 5, 10], [98, 97, 98])
    plot.resize(200, 120)
    if plot.grab().isNull():
        raise RuntimeError("pyqtgraph plot did not paint")
    plot.deleteLater()
    return f"pyqtgraph {pg.__version__} plot painted"


def _main_window_class():
    try:
        module = importlib.import_module("ebp_logger.gui.main_window")
    except ModuleNotFoundError as exc:
        if exc.name and "ebp_logger.gui.main_window".startswith(exc.name):
            raise LookupError("not available (ebp_logger.gui.main_window is missing)") from None
        raise
    cls = getattr(module, "MainWindow", None)
    if cls is None:
        raise LookupError("not available (ebp_logger.gui.main_window.MainWindow is missing)")
    return cls


def check_main_window() -> str:
    """Build and paint the main window on the open database; returns what was shown."""
    app = _application()
    window = _main_window_class()()
    try:
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        shot = window.grab()
        if shot.isNull():
            raise RuntimeError("main window did not paint")
        title = window.windowTitle()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        from PySide6.QtCore import QThreadPool

        # The window may have started its automatic backup on a worker: let it finish before
        # the self-test removes its temporary folder.
        QThreadPool.globalInstance().waitForDone(60_000)
    return f"{title or 'main window'} painted {shot.width()}x{shot.height()}"
