"""Guard for the PySide6 6.12.0 crash on Python < 3.12 (DESIGN.md "Traps"): many calls of Qt
methods returning void must not leak references to None (the leak ends in 'none_dealloc')."""

from __future__ import annotations

import sys

import PySide6


def test_installed_pyside_is_not_the_crashing_release():
    if sys.version_info < (3, 12):
        major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
        assert (major, minor) < (6, 12), f"PySide6 {PySide6.__version__} aborts Python < 3.12"


def test_void_calls_do_not_leak_none(qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    for i in range(200):  # warm up caches
        label.setText(str(i))
    before = sys.getrefcount(None)
    for i in range(1000):
        label.setText(str(i))
    after = sys.getrefcount(None)
    assert abs(after - before) < 50, f"None refcount drifted by {after - before} over 1000 calls"
