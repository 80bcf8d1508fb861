"""Ward safety on screen: the 24-hour score is never preselected and a score taken outside its
window is saved, after a question, as what it is (a score during the rest)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ebp_logger.gui import prompts
from ebp_logger.gui.dialogs.score_dialog import ScoreDialog
from ebp_logger.store.services import queries
from tests.core.ward.helpers import new_patient, patch_to_rest


@pytest.fixture
def just_ended(doctor, clock):
    """A patch that ended a minute ago (baseline 2 lying / 8 standing)."""
    sid = patch_to_rest(doctor, new_patient(doctor, 0, "Ward Patient One").id, clock)
    clock.advance(minutes=1)
    return sid


def _dialog(qtbot, actor, sid, timepoint=None) -> ScoreDialog:
    dialog = ScoreDialog(actor, sid, timepoint)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot, dialog, lying: str, standing: str) -> None:
    qtbot.keyClicks(dialog.lying_edit, lying)
    qtbot.keyClicks(dialog.standing_edit, standing)


def test_24h_score_is_not_preselected_and_a_choice_is_needed(qtbot, nurse, just_ended):
    dialog = _dialog(qtbot, nurse, just_ended, "h24")
    assert not dialog.h24_radio.isChecked() and not dialog.checkpoint_radio.isChecked()
    assert "20–28 h" in dialog.h24_radio.text()
    _type(qtbot, dialog, "0", "1")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "choose which score" in dialog.message.text()
    assert queries.session_detail(just_ended).scores[-1].timepoint == "baseline"


def test_early_24h_score_asks_and_is_saved_as_a_score_during_the_rest(
    qtbot, nurse, just_ended, monkeypatch
):
    asked: list[str] = []

    def answer(yes):
        def _confirm(parent, title, text, *a, **k):
            asked.append(text)
            return yes

        return _confirm

    dialog = _dialog(qtbot, nurse, just_ended)
    dialog.h24_radio.setChecked(True)
    _type(qtbot, dialog, "0", "1")
    monkeypatch.setattr(prompts, "confirm", answer(False))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "0.0 h after the procedure ended" in asked[0]
    assert queries.session_detail(just_ended).score("checkpoint") is None
    assert (dialog.lying_edit.text(), dialog.standing_edit.text()) == ("0", "1")  # kept

    monkeypatch.setattr(prompts, "confirm", answer(True))
    with qtbot.waitSignal(dialog.score_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    detail = queries.session_detail(just_ended)
    assert detail.score("h24") is None
    assert (detail.score("checkpoint").lying, detail.score("checkpoint").standing) == (0, 1)


def test_home_and_worklist_agree_on_the_24h_score(qtbot, doctor, nurse, just_ended, clock):
    from ebp_logger.gui.screens.home_screen import HomeScreen
    from ebp_logger.store.services import ward, worklist

    ward.record_score(nurse, just_ended, "checkpoint", 0, 1)  # early: not the 24-hour score
    clock.advance(hours=25)
    home = HomeScreen(doctor)
    qtbot.addWidget(home)
    assert home.rest_model.index(0, 2).data() != "Done"  # the Due column
    assert "24-hour score due now: 1" in home.ui.restSummaryLabel.text()
    assert worklist.ward_overview().scored == ()

    ward.record_score(nurse, just_ended, "h24", 0, 1)  # 25 h: inside the window
    home.refresh()
    assert home.rest_model.index(0, 2).data() == "Done"
    assert "due now" not in home.ui.restSummaryLabel.text()
    assert [r.session_id for r in worklist.ward_overview().scored] == [just_ended]


def test_impossible_bp_asks_before_it_is_saved(qtbot, doctor, live_session, monkeypatch):
    from ebp_logger.gui.widgets import live_support as ls
    from ebp_logger.gui.widgets.vitals_entry import VitalsEntry

    entry = VitalsEntry(doctor, live_session)
    qtbot.addWidget(entry)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda p, t, text, *a, **k: asked.append(text))
    qtbot.keyClicks(entry.bp_edit, "300/20")
    qtbot.keyClick(entry.bp_edit, Qt.Key.Key_Return)
    assert "systolic pressure 300" in asked[0] and "diastolic pressure 20" in asked[0]
    assert queries.session_detail(live_session).vitals == ()
    assert entry.bp_edit.text() == "300/20" and entry.bp_edit.property("state") == ls.REFUSED

    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: True)
    with qtbot.waitSignal(entry.vitals_saved):
        qtbot.keyClick(entry.bp_edit, Qt.Key.Key_Return)
    (v,) = queries.session_detail(live_session).vitals
    assert (v.systolic, v.diastolic) == (300, 20)


def test_summary_reports_lowest_systolic_diastolic_and_mean(qtbot, doctor, live_session):
    from ebp_logger.gui.screens.summary_screen import SummaryScreen
    from ebp_logger.store.services import procedure

    procedure.record_vitals(doctor, live_session, bp="110/70/85")
    procedure.record_vitals(doctor, live_session, bp="300/20", confirmed_implausible=True)
    summary = SummaryScreen(doctor, live_session)
    qtbot.addWidget(summary)
    summary.refresh()
    text = summary.values["lowest"].text()
    assert "lowest systolic 110, diastolic 20, mean 85" in text


def test_last_dose_starts_empty_refuses_the_future_and_flags_a_short_interval(
    qtbot, admin, doctor, patient, clock
):
    from datetime import timedelta

    from ebp_logger.clock import to_local
    from ebp_logger.gui.widgets.checklist_panel import ChecklistPanel
    from ebp_logger.store import settings
    from ebp_logger.store.services import checklist, sessions

    settings.save(admin, anticoagulant_min_hours="dabigatran=48")
    sid = sessions.create_session(doctor, patient.id, indication="sih", patch_type="non_targeted")
    checklist.answer(doctor, sid, "anticoagulant", "yes")
    checklist.answer(doctor, sid, "anticoagulant_drug", "dabigatran 150 mg twice daily")
    panel = ChecklistPanel(doctor, sid, "en")
    qtbot.addWidget(panel)
    row = panel.rows["anticoagulant_last_dose"]
    assert row.time_edit.text() == ""
    qtbot.keyClick(row.time_edit, Qt.Key.Key_Return)  # Enter on the empty field saves nothing
    assert "anticoagulant_last_dose" not in checklist.current_answers(sid)
    assert "Type the date and time" in row.status.text()

    def typed(hours: float) -> str:
        return f"{to_local(clock.now + timedelta(hours=hours)):%d.%m.%Y %H:%M}"

    row.time_edit.setText(typed(+2))
    qtbot.keyClick(row.time_edit, Qt.Key.Key_Return)
    assert "future" in row.status.text()
    assert "anticoagulant_last_dose" not in checklist.current_answers(sid)

    row.time_edit.setText(typed(-36))
    qtbot.keyClick(row.time_edit, Qt.Key.Key_Return)
    row = panel.rows["anticoagulant_last_dose"]
    assert "36.0 h since the last dose" in row.status.text()
    assert "INSIDE the department's minimum interval for dabigatran (48 h)" in row.status.text()
    assert row.status.text().startswith("⚠")


def test_early_end_of_rest_shows_hours_and_needs_a_reason_and_a_doctor_for_a_warning(
    qtbot, nurse, doctor, just_ended, clock, monkeypatch
):
    from ebp_logger.gui.screens.worklist_screen import WorklistScreen
    from ebp_logger.store.services import ward

    ward.record_observation(nurse, just_ended, ["new_severe_back_pain"])
    questions: list[str] = []
    monkeypatch.setattr(
        prompts, "confirm", lambda p, t, text, *a, **k: questions.append(text) or True
    )
    monkeypatch.setattr(prompts, "ask_reason", lambda p, t, label: questions.append(label) or "x")

    screen = WorklistScreen(nurse)
    qtbot.addWidget(screen)
    assert screen.end_rest(screen.due_rows()[0]) is False  # a nurse cannot, with an open sign
    assert "warning sign" in screen.message.text() and questions == []
    assert queries.get_session(just_ended).status == "supine_rest"

    doc = WorklistScreen(doctor)
    qtbot.addWidget(doc)
    monkeypatch.setattr(prompts, "ask_reason", lambda p, t, label: questions.append(label) or None)
    assert doc.end_rest(doc.due_rows()[0]) is False  # no reason given: nothing happens
    assert "has rested 1 min of the 24 h" in questions[0] and "Rested 1 min" in questions[1]
    answers = iter(["patient's wish", "examined, no deficit"])
    monkeypatch.setattr(prompts, "ask_reason", lambda p, t, label: next(answers))
    with qtbot.waitSignal(doc.rest_ended):
        assert doc.end_rest(doc.due_rows()[0]) is True
    assert queries.get_session(just_ended).status == "discharged"
    assert queries.unacknowledged_warnings() == []


def test_home_acknowledge_asks_for_the_action_taken(qtbot, nurse, doctor, just_ended, monkeypatch):
    from ebp_logger.gui.screens.home_screen import HomeScreen
    from ebp_logger.store.services import ward

    ward.record_observation(nurse, just_ended, ["fever"])
    home = HomeScreen(doctor)
    qtbot.addWidget(home)
    monkeypatch.setattr(prompts, "ask_reason", lambda *a, **k: None)
    home._on_acknowledge_clicked()
    assert len(queries.unacknowledged_warnings()) == 1
    monkeypatch.setattr(prompts, "ask_reason", lambda *a, **k: "paracetamol given")
    home._on_acknowledge_clicked()
    assert queries.unacknowledged_warnings() == []


def test_warning_sign_dialog_speaks_clinically_to_the_nurse(qtbot, nurse, just_ended):
    from ebp_logger.gui.dialogs.observation_dialog import ObservationDialog

    dialog = ObservationDialog(nurse, just_ended)
    qtbot.addWidget(dialog)
    texts = [box.text() for box in dialog.boxes.values()]
    assert "Urinary or faecal incontinence" in texts and "Urinary retention" in texts
    assert not [t for t in texts if "you" in t.lower().split() or "cannot control" in t]


def test_doctor_warning_panel_shows_whole_rows(qtbot, nurse, doctor, clock):
    from ebp_logger.gui.screens.home_screen import HomeScreen
    from ebp_logger.store.services import ward

    for n in range(3):
        sid = patch_to_rest(doctor, new_patient(doctor, n).id, clock)
        ward.record_observation(
            nurse,
            sid,
            ["leg_weakness_or_sensory_change", "urinary_retention", "new_severe_back_pain"],
            "reports numbness in both legs since the last turn, bladder scan 600 ml",
        )
    home = HomeScreen(doctor)
    qtbot.addWidget(home)
    home.resize(1366, 700)
    home.show()
    qtbot.waitExposed(home)
    table = home.ui.warningsTable
    assert not table.horizontalScrollBar().isVisible()
    viewport = table.viewport().rect()
    model = home.warnings_model
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            rect = table.visualRect(model.index(row, col))
            assert viewport.contains(rect), (row, col, rect, viewport)


def test_discharge_sheet_refused_on_screen_while_the_procedure_runs(
    qtbot, doctor, live_session, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ebp_logger.gui import report_actions
    from ebp_logger.gui.dialogs.pdf_preview_dialog import PdfPreviewDialog

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    parent = QWidget()
    qtbot.addWidget(parent)
    report_actions.open_discharge_sheet(parent, live_session, actor=doctor)
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "once the procedure has ended" in warnings[0]
    assert parent.findChild(PdfPreviewDialog) is None


def test_worklist_shows_an_early_score_with_its_own_hours(qtbot, nurse, just_ended, clock):
    from ebp_logger.gui.models.worklist_model import COL_CHANGE, COL_NEXT, WorklistModel
    from ebp_logger.store.services import ward, worklist

    clock.advance(minutes=5)
    ward.record_score(nurse, just_ended, "checkpoint", 0, 1)
    model = WorklistModel("en")
    model.set_rows(worklist.worklist())
    assert model.index(0, COL_CHANGE).data().startswith("at 0.1 h: Standing 8 → 1")
    assert model.index(0, COL_NEXT).data() == "24-hour score"  # still to take
