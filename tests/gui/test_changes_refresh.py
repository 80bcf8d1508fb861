"""Screens refresh on announced changes, not on timers: a score saved elsewhere (through the
service, or by another process on the same file) reaches the shown worklist; a long outcome
range is read on a worker thread and can be cancelled."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from ebp_logger.gui.change_feed import ChangeFeed
from ebp_logger.gui.screens.worklist_screen import WorklistScreen
from ebp_logger.gui.workers import ReadJob
from ebp_logger.store import changes
from ebp_logger.store.services import ward
from tests.core.ward.helpers import new_patient, patch_to_rest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def resting(doctor, clock):
    changes.reset()
    sid = patch_to_rest(doctor, new_patient(doctor, 0, "Ward Patient One").id, clock)
    clock.advance(hours=23)
    return sid


def _shown_worklist(qtbot, nurse) -> WorklistScreen:
    screen = WorklistScreen(nurse)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen._timer.stop()  # only the announced change may refresh it
    assert [r.session_id for r in screen.due_rows()]
    return screen


def test_a_score_saved_elsewhere_in_this_process_refreshes_the_worklist(qtbot, nurse, resting):
    screen = _shown_worklist(qtbot, nurse)
    ward.record_score(nurse, resting, "h24", 1, 3)  # not through the screen
    qtbot.waitUntil(lambda: screen.due_rows() == [], timeout=5000)
    assert [r.session_id for r in screen.scored_rows()] == [resting]


def test_a_score_saved_by_another_process_refreshes_the_worklist(
    qtbot, nurse, resting, db_path, clock
):
    screen = _shown_worklist(qtbot, nurse)
    at = clock.now.isoformat()  # the other process is in the 24-hour window too
    feed = ChangeFeed.instance()
    feed.poll()  # bearings
    child = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from datetime import datetime
        from ebp_logger.clock import set_clock
        from ebp_logger.store.audit import Actor
        from ebp_logger.store.opening import open_database
        from ebp_logger.store.services import ward
        set_clock(lambda: datetime.fromisoformat({at!r}))
        open_database({str(db_path)!r})
        ward.record_score(Actor({nurse.user_id}, "nurse", "nurse"), {resting}, "h24", 1, 3)
        """
    )
    subprocess.run([sys.executable, "-c", child], check=True, timeout=60)
    qtbot.waitUntil(lambda: screen.due_rows() == [], timeout=10_000)  # the feed's own timer


def test_a_long_read_reports_progress_and_can_be_cancelled(qtbot, db_path):
    seen: list[tuple[int, int]] = []

    def read(progress):
        for k in range(3):
            if not progress(k, 3):
                from ebp_logger.errors import Cancelled

                raise Cancelled("stopped")
        return "done"

    job = ReadJob(read)
    job.signals.progress.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(job.signals.finished) as done:
        job.run()
    assert done.args == ["done"] and seen == [(0, 3), (1, 3), (2, 3)]

    job = ReadJob(read)
    job.cancel()
    with qtbot.waitSignal(job.signals.cancelled):
        job.run()


def test_a_ten_year_overview_runs_behind_a_progress_bar(qtbot, doctor, clock, db_path):
    from ebp_logger.gui.screens.outcome_screen import OutcomeScreen
    from ebp_logger.store import outcomes

    patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    clock.advance(days=3 * 365)
    patch_to_rest(doctor, new_patient(doctor, 1).id, clock)
    screen = OutcomeScreen(doctor)
    qtbot.addWidget(screen)
    assert outcomes.is_long(date(2020, 1, 1), date(2031, 1, 1))
    screen.set_period(date(2020, 1, 1), date(2031, 1, 1))
    assert screen._job is not None  # read on the pool, not here
    qtbot.waitUntil(lambda: screen._job is None, timeout=20_000)
    assert screen.summary_label.text() == "2 patients, 2 patches"
