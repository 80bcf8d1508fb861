"""Live across rooms: a score saved on another workstation (another process, its own
connection to the department server) shows on this one's worklist within two seconds, carried
by the server's notification and not by any timer."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from ebp_logger.gui.change_feed import ChangeFeed
from ebp_logger.gui.screens.worklist_screen import WorklistScreen
from ebp_logger.store import changes
from tests.core.ward.helpers import new_patient, patch_to_rest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.pg, pytest.mark.parametrize("backend", ["postgresql"], indirect=True)]


def test_a_score_saved_on_the_ward_pc_shows_here_within_two_seconds(
    qtbot, doctor, nurse, clock, db_path
):
    changes.reset()
    sid = patch_to_rest(doctor, new_patient(doctor, 0, "Ward Patient One").id, clock)
    clock.advance(hours=23)
    screen = WorklistScreen(nurse)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen._timer.stop()
    assert [r.session_id for r in screen.due_rows()] == [sid]
    feed = ChangeFeed.instance()
    feed._timer.stop()  # no polling: only the server's notification may bring it
    feed.poll()  # bearings
    with qtbot.waitSignal(feed.server_reachable, timeout=5000) as up:
        feed.listen_to_server(str(db_path))
    assert up.args == [True]
    child = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from datetime import datetime
        from ebp_logger.clock import set_clock
        from ebp_logger.store.audit import Actor
        from ebp_logger.store.opening import open_database
        from ebp_logger.store.services import ward
        set_clock(lambda: datetime.fromisoformat({clock.now.isoformat()!r}))
        open_database({str(db_path)!r})
        import time
        print(time.monotonic(), flush=True)
        ward.record_score(Actor({nurse.user_id}, "nurse", "nurse"), {sid}, "h24", 1, 3)
        print(time.monotonic(), flush=True)
        """
    )
    try:
        done = subprocess.run(
            [sys.executable, "-c", child], check=True, timeout=60, capture_output=True, text=True
        )
        committed = float(done.stdout.split()[-1])
        qtbot.waitUntil(lambda: screen.due_rows() == [], timeout=2000)
        assert time.monotonic() - committed < 2.0
        assert [r.session_id for r in screen.scored_rows()] == [sid]
    finally:
        feed.stop_listening()
        feed._timer.start()
