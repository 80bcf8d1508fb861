"""The nurse worklist on screen: due soon at 23 h, off the list once the 24 h pair is saved,
a ticked warning sign reaching the anaesthesiologist, bad input kept and explained."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ebp_logger.gui import prompts
from ebp_logger.gui.models.worklist_model import COL_DUE, COL_PATIENT, WorklistModel
from ebp_logger.gui.screens.worklist_screen import WorklistScreen
from ebp_logger.store.services import queries, ward, worklist
from ebp_logger.store.services.worklist import DueState
from tests.core.ward.helpers import new_patient, patch_to_rest


@pytest.fixture
def resting(doctor, clock):
    """One patient 23 hours into supine rest, baseline 2 lying / 8 standing."""
    sid = patch_to_rest(doctor, new_patient(doctor, 0, "Ward Patient One").id, clock)
    clock.advance(hours=23)
    return sid


def _screen(qtbot, actor) -> WorklistScreen:
    screen = WorklistScreen(actor)
    qtbot.addWidget(screen)
    return screen


def test_23h_patient_is_due_soon_and_leaves_after_24h_scores(qtbot, nurse, resting):
    screen = _screen(qtbot, nurse)
    (row,) = screen.due_rows()
    assert row.session_id == resting and row.state is DueState.DUE_SOON
    model = screen.due_model
    assert model.index(0, COL_PATIENT).data() == "Ward Patient One"
    assert "Due soon" in model.index(0, COL_DUE).data()
    assert model.index(0, COL_DUE).data(Qt.ItemDataRole.BackgroundRole) is not None

    dialog = screen.open_score_dialog(row)
    assert not dialog.h24_radio.isChecked()  # never preselected: the nurse says which score
    dialog.h24_radio.setChecked(True)
    assert "standing 8" in dialog.baseline_label.text()
    qtbot.keyClicks(dialog.lying_edit, "1")
    qtbot.keyClicks(dialog.standing_edit, "3")
    assert "good response" in dialog.change_label.text()
    with qtbot.waitSignal(screen.score_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert screen.due_rows() == []
    assert [r.session_id for r in screen.scored_rows()] == [resting]
    assert screen.due_empty.isVisibleTo(screen)
    h24 = queries.session_detail(resting).score("h24")
    assert (h24.lying, h24.standing) == (1, 3)


def test_bad_score_is_explained_and_kept(qtbot, nurse, resting):
    screen = _screen(qtbot, nurse)
    dialog = screen.open_score_dialog(screen.due_rows()[0])
    qtbot.keyClicks(dialog.lying_edit, "2")
    qtbot.keyClicks(dialog.standing_edit, "11")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "standing" in dialog.message.text().lower() and "0" in dialog.message.text()
    assert (dialog.lying_edit.text(), dialog.standing_edit.text()) == ("2", "11")
    assert dialog.standing_edit.property("state") == "refused"
    assert queries.session_detail(resting).score("h24") is None
    assert screen.due_rows()[0].state is DueState.DUE_SOON


def test_ticked_warning_sign_reaches_the_anaesthesiologist(qtbot, nurse, doctor, resting):
    screen = _screen(qtbot, nurse)
    dialog = screen.open_observation_dialog(screen.due_rows()[0])
    from ebp_logger.clinical.warning_signs import WarningSign

    dialog.boxes[WarningSign.LEG_WEAKNESS_OR_SENSORY_CHANGE].setChecked(True)
    assert dialog.flag_label.text()
    with qtbot.waitSignal(screen.observation_saved) as sig:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert sig.args == [resting, True]
    ((session, obs),) = queries.unacknowledged_warnings()
    assert session.id == resting and obs.signs == ("leg_weakness_or_sensory_change",)
    assert screen.warning_banner.isVisibleTo(screen)
    assert "Ward Patient One" in screen.warning_banner.text()

    from ebp_logger.gui.screens.home_screen import HomeScreen

    home = HomeScreen(doctor)
    qtbot.addWidget(home)
    assert home.ui.warningsBox.isVisibleTo(home)
    assert home.warnings_model.rowCount() == 1
    texts = [
        home.warnings_model.index(0, c).data() for c in range(home.warnings_model.columnCount())
    ]
    assert "Ward Patient One" in texts
    assert any("legs" in (t or "") for t in texts)


def test_end_of_rest_records_who_discharged(qtbot, nurse, resting, monkeypatch):
    screen = _screen(qtbot, nurse)
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    assert screen.end_rest(screen.due_rows()[0]) is False
    assert queries.get_session(resting).status == "supine_rest"
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(prompts, "ask_reason", lambda *a, **k: "patient's wish")  # 23 h: early
    with qtbot.waitSignal(screen.rest_ended):
        screen.end_rest(screen.due_rows()[0])
    s = queries.get_session(resting)
    assert s.status == "discharged" and s.discharged_by == "Test Nurse"
    assert screen.due_rows() == [] and screen.scored_rows() == []


def test_nurse_sees_no_follow_up_list_doctor_does(qtbot, nurse, doctor, resting):
    assert not _screen(qtbot, nurse).follow_box.isVisibleTo(None)
    doc_screen = _screen(qtbot, doctor)
    assert doc_screen.follow_box.isVisibleTo(doc_screen)
    assert doc_screen.follow_model.rowCount() == 1  # the resting patch has no follow-up yet


def test_worklist_model_passes_the_model_tester(qtmodeltester, doctor, nurse, clock):
    patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    sid = patch_to_rest(doctor, new_patient(doctor, 1).id, clock)
    clock.advance(hours=25)
    ward.record_observation(nurse, sid, ["fever"])
    model = WorklistModel("en")
    model.set_rows(worklist.worklist())
    assert model.rowCount() == 2
    qtmodeltester.check(model)
