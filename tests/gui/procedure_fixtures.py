"""Fixtures for the live-procedure screen tests.

The database with users, a patient and a started session is built once per test run (password
hashing costs about a second per user) and copied for each test, so every test still gets its
own real SQLite file. Importing ``doctor`` and ``live_session`` from here replaces the
conftest fixtures of the same name in that test module; they mean the same: an
anaesthesiologist, and a non-targeted session started at the fake clock's 09:00.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timezone

import pytest

from tests.conftest import FakeClock, create_staff, started_session

START = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)  # the conftest clock's start


@dataclass(frozen=True)
class Template:
    path: object
    doctor: object
    session_id: int


class BeepCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> None:
        self.count += 1


@pytest.fixture(scope="session")
def procedure_template(tmp_path_factory) -> Template:
    from ebp_logger import clock as clock_mod
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import patients

    path = tmp_path_factory.mktemp("procedure-template") / "ebp.sqlite"
    clock_mod.set_clock(FakeClock(START))
    try:
        open_database(path)
        _, doctor, _ = create_staff(with_nurse=False)
        p = patients.register_patient(doctor, "120571-1003", "Test Patient One")
        sid = started_session(doctor, p.id)
    finally:
        close_database()
        clock_mod.set_clock(None)
    return Template(path, doctor, sid)


@pytest.fixture
def procedure_db(tmp_path, clock, procedure_template):
    """A private copy of the template database, open, with the fake clock at 09:00."""
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database

    path = tmp_path / "ebp.sqlite"
    shutil.copyfile(procedure_template.path, path)
    open_database(path)
    yield path
    close_database()


@pytest.fixture
def doctor(procedure_db, procedure_template):
    return procedure_template.doctor


@pytest.fixture
def live_session(procedure_db, procedure_template):
    return procedure_template.session_id


@pytest.fixture
def screen(qtbot, doctor, live_session, clock):
    """The live screen on the started session; its 1 s timer stopped (the tests move the fake
    clock and call ``tick`` themselves) and its beep counted instead of sounded."""
    from ebp_logger.gui.screens.procedure_screen import ProcedureScreen

    widget = ProcedureScreen(doctor, live_session)
    widget._timer.stop()
    widget.countdown.beep = BeepCounter()
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
