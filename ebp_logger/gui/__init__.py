"""The Qt layer: the only package that imports PySide6 and pyqtgraph."""

import os

# pyqtgraph must bind to PySide6 even when PyQt is also installed.
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
