"""Fixtures for the live-procedure screen tests: a temp database with users, a patient and a
started session (tests/conftest.py), and a shown ProcedureScreen on the fake clock."""

from __future__ import annotations

import pytest


class BeepCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture
def screen(qtbot, doctor, live_session, clock):
    """The live screen on a started non-targeted session; its 1 s timer stopped (the tests
    advance the fake clock and call ``tick`` themselves)."""
    from ebp_logger.gui.screens.procedure_screen import ProcedureScreen

    widget = ProcedureScreen(doctor, live_session)
    widget._timer.stop()
    widget.countdown.beep = BeepCounter()
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
