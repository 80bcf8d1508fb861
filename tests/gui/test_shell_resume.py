"""Crash-safe resume: a child process records a session through the real service layer and is
killed with SIGKILL mid-session; a fresh window signed in as that user offers the session and
reopens it with every entry the child had seen committed. A session left in set-up reopens in
its set-up screen with the answers given so far."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.gui.shell_helpers import make_window, sign_in

TOP = Path(__file__).resolve().parents[2]

# The child: set up and start a session, then record entries as fast as it can, printing each
# acknowledged id (after the service returned, i.e. after the commit) until it is killed.
CHILD = r"""
import sys
from ebp_logger.store.audit import Actor
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import checklist, patients, procedure, sessions, ward

open_database(sys.argv[1])
doc = Actor(int(sys.argv[2]), "doc", "anaesthesiologist")
p = patients.register_patient(doc, "120571-1003", "Test Patient One")
sid = sessions.create_session(doc, p.id, indication="sih", patch_type="non_targeted")
for key, value in checklist.all_clear_answers().items():
    checklist.answer(doc, sid, key, value)
ward.record_score(doc, sid, "baseline", 3, 9)
sessions.start_procedure(doc, sid)
print("started", sid, flush=True)
i = 0
while True:
    i += 1
    if i % 10 == 0 and i <= 300:
        print("injection", procedure.record_injection(doc, sid, 0.1), flush=True)
    elif i % 7 == 0:
        print("event", procedure.record_event(doc, sid, "note", note=f"note {i}"), flush=True)
    else:
        vid = procedure.record_vitals(doc, sid, bp=f"{100 + i % 40}/70", spo2=97, heart_rate=70)
        print("vital", vid, flush=True)
"""

WANTED = 40  # acknowledged entries before the kill


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_session_is_offered_and_reopened_with_everything(
    qtbot, gui_db, db_path, doctor, prompt_answers
):
    from ebp_logger.store import verify
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import queries

    close_database()  # the child is the only writer, as it would be on the ward
    env = {**os.environ, "PYTHONPATH": str(TOP)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_path), str(doctor.user_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    acked: dict[str, list[int]] = {"vital": [], "event": [], "injection": []}
    session_id = None
    try:
        for line in child.stdout:
            kind, value = line.split()
            if kind == "started":
                session_id = int(value)
                continue
            acked[kind].append(int(value))
            if sum(len(v) for v in acked.values()) >= WANTED:
                break
        else:
            pytest.fail("the child stopped: " + child.stderr.read())
        child.send_signal(signal.SIGKILL)  # mid-write: it never stops on its own
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    open_database(db_path)
    assert verify.verify().ok
    prompt_answers.answers = [True]  # "Reopen"
    window = make_window(qtbot)
    sign_in(window, "doc")
    qtbot.waitUntil(lambda: window.procedure_page(session_id) is not None, timeout=5000)
    assert prompt_answers.titles() == ["Unfinished session"]
    assert "Test Patient One" in prompt_answers.asked[0][1]
    assert window.current_page is window.procedure_page(session_id)

    detail = queries.session_detail(session_id)
    assert detail.session.status == "in_progress"
    assert set(acked["vital"]) <= {v.meta.id for v in detail.vitals}
    assert set(acked["event"]) <= {e.meta.id for e in detail.events}
    assert set(acked["injection"]) <= {i.meta.id for i in detail.injections}
    assert detail.score("baseline").standing == 9
    page = window.current_page
    if hasattr(page, "detail"):  # the live screen shows what the store holds
        shown = page.detail
        shown = shown() if callable(shown) else shown
        assert {v.meta.id for v in shown.vitals} >= set(acked["vital"])
    window.idle.stop()
    window._close_procedure_pages()


def test_session_left_in_setup_reopens_in_setup(qtbot, gui_db, doctor, patient, prompt_answers):
    from ebp_logger.gui.screens.session_setup_screen import SessionSetupScreen
    from ebp_logger.store.services import checklist, sessions

    sid = sessions.create_session(
        doctor, patient.id, indication="plph", patch_type="non_targeted", room_bed="Bed 4"
    )
    checklist.answer(doctor, sid, "referral_neurologist", "yes")
    checklist.answer(doctor, sid, "anticoagulant", "yes")

    prompt_answers.answers = [True]
    window = make_window(qtbot)
    sign_in(window, "doc")
    qtbot.waitUntil(lambda: isinstance(window.current_page, SessionSetupScreen), timeout=5000)
    page = window.current_page
    assert page.session.id == sid
    assert page.ui.roomBedEdit.text() == "Bed 4"
    assert page.ui.indicationCombo.currentData() == "plph"
    assert page.checklist.rows["referral_neurologist"].buttons["yes"].isChecked()
    assert "anticoagulant_drug" in page.checklist.rows  # the follow-up is back too
    assert not page.ui.startButton.isEnabled()
    window.idle.stop()


def test_declined_resume_lists_the_session_at_home(qtbot, gui_db, live_session, prompt_answers):
    from ebp_logger.gui.screens.home_screen import HomeScreen

    prompt_answers.answers = [False]  # "Not now"
    window = make_window(qtbot)
    sign_in(window, "doc")
    qtbot.waitUntil(lambda: prompt_answers.asked != [], timeout=5000)
    home = window.current_page
    assert isinstance(home, HomeScreen)
    assert [s.id for s in home.in_progress_model.records()] == [live_session]
    home.ui.inProgressTable.selectRow(0)
    home.ui.resumeButton.click()
    assert window.current_page is window.procedure_page(live_session)
    # Home and back again: the very same live screen, not a new one.
    page = window.current_page
    window.go_home()
    window.resume_session(live_session)
    assert window.current_page is page
    window.idle.stop()
    window._close_procedure_pages()


def test_with_open_warnings_the_offer_is_made_in_the_list_not_over_the_panel(
    qtbot, gui_db, doctor, patient, prompt_answers, clock
):
    """A dialog would lie over the warning panel: with warning signs open, the unfinished
    session is offered in the home screen's own list (selected, Enter reopens it) and no
    dialog opens; every warning row stays shown whole."""
    from PySide6.QtWidgets import QApplication

    from ebp_logger.store.services import sessions, ward
    from tests.conftest import answer_checklist_safely
    from tests.core.ward.helpers import new_patient, patch_to_rest

    resting = patch_to_rest(doctor, new_patient(doctor, 5, "Ward Patient Five").id, clock)
    ward.record_observation(doctor, resting, ["fever"])
    sid = sessions.create_session(doctor, patient.id, indication="plph", patch_type="non_targeted")
    answer_checklist_safely(doctor, sid)
    ward.record_score(doctor, sid, "baseline", 2, 8)
    sessions.start_procedure(doctor, sid)

    window = make_window(qtbot)
    sign_in(window, "doc")
    home = window.current_page
    qtbot.waitUntil(lambda: "Enter reopens it" in home.ui.inProgressHint.text(), timeout=5000)
    assert prompt_answers.asked == []
    assert QApplication.activeModalWidget() is None
    assert home.ui.warningsBox.isVisible() and home.warnings_model.rowCount() == 1
    assert patient.name in home.ui.inProgressHint.text()
    selected = home.ui.inProgressTable.currentIndex().row()
    assert home.in_progress_model.record(selected).id == sid
    window.idle.stop()
