"""Session set-up: the checklist blocks the start until all is clear; then the procedure
starts and its screen opens."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ebp_logger.clock import to_local, utcnow
from tests.gui.shell_helpers import sign_in


@pytest.fixture
def setup_page(main_window, patient):
    sign_in(main_window, "doc")
    main_window.open_setup(patient_id=patient.id)
    return main_window.current_page


def answer_row(page, key: str, value: str) -> None:
    row = page.checklist.rows[key]
    if row.edit is not None:
        row.edit.setText(value)
        QTest.keyClick(row.edit, Qt.Key.Key_Return)
    else:
        row.buttons[value].click()


def test_checklist_blocks_the_start_until_all_clear(setup_page, main_window, patient):
    from ebp_logger.clinical.checklist import NO, YES
    from ebp_logger.store.services import checklist, queries

    page = setup_page
    ui = page.ui
    assert not ui.startButton.isEnabled()
    assert not page.checklist.rows["consent"].isEnabled()  # no session yet
    QTest.keyClicks(ui.neurologistEdit, "Neurology Dept.")
    ui.saveSessionButton.click()
    assert page.session is not None
    sid = page.session.id
    assert queries.get_session(sid).referring_neurologist == "Neurology Dept."
    assert not ui.startButton.isEnabled()

    # Everything clear but consent refused: still blocked, and the screen says why.
    for key, value in checklist.all_clear_answers().items():
        answer_row(page, key, NO if key == "consent" else value)
    assert not ui.startButton.isEnabled()
    assert "consent" in ui.problemsLabel.text().lower()

    # A "yes" to anticoagulants asks the follow-up questions, which block until answered.
    answer_row(page, "consent", YES)
    assert ui.startButton.isEnabled()
    answer_row(page, "anticoagulant", YES)
    assert {"anticoagulant_drug", "anticoagulant_last_dose", "anticoagulant_cleared"} <= set(
        page.checklist.rows
    )
    assert not ui.startButton.isEnabled()
    answer_row(page, "anticoagulant_drug", "dabigatran 150 mg twice daily")
    time_row = page.checklist.rows["anticoagulant_last_dose"]
    assert time_row.time_edit.text() == ""  # starts empty, never "now"
    time_row.time_edit.setText(f"{to_local(utcnow() - timedelta(hours=36)):%d.%m.%Y %H:%M}")
    time_row.buttons["save"].click()
    assert not ui.startButton.isEnabled()
    answer_row(page, "anticoagulant_cleared", YES)
    assert checklist.blocking_problems(sid) == []
    assert ui.startButton.isEnabled()

    # Baseline headache score, Enter from field to field.
    ui.lyingSpin.lineEdit().selectAll()
    QTest.keyClicks(ui.lyingSpin, "2")
    QTest.keyClick(ui.lyingSpin, Qt.Key.Key_Return)
    assert ui.standingSpin.hasFocus()
    ui.standingSpin.lineEdit().selectAll()
    QTest.keyClicks(ui.standingSpin, "8")
    QTest.keyClick(ui.standingSpin, Qt.Key.Key_Return)
    detail = queries.session_detail(sid)
    assert (detail.score("baseline").lying, detail.score("baseline").standing) == (2, 8)
    answers = checklist.current_answers(sid)
    assert answers["anticoagulant_drug"] == "dabigatran 150 mg twice daily"

    ui.startButton.click()
    assert queries.get_session(sid).status == "in_progress"
    assert main_window.procedure_page(sid) is main_window.current_page


def test_start_without_baseline_asks_first(setup_page, prompt_answers):
    from ebp_logger.store.services import checklist, queries

    page = setup_page
    page.ui.saveSessionButton.click()
    for key, value in checklist.all_clear_answers().items():
        answer_row(page, key, value)
    assert page.ui.startButton.isEnabled()
    prompt_answers.answers = [False]
    page.ui.startButton.click()
    assert prompt_answers.titles() == ["No headache score before the procedure"]
    assert queries.get_session(page.session.id).status == "setup"
    assert page.ui.lyingSpin.hasFocus()


def test_targeted_patch_needs_the_leak_level(setup_page):
    from ebp_logger.store.services import queries

    page = setup_page
    ui = page.ui
    assert not ui.leakLevelCombo.isVisible()
    ui.patchTypeCombo.setCurrentIndex(ui.patchTypeCombo.findData("targeted"))
    assert ui.leakLevelCombo.isVisible()
    ui.saveSessionButton.click()
    assert page.session is None
    assert "leak level" in ui.sessionMessage.text()
    ui.leakLevelCombo.setCurrentText("t2-t3")
    ui.saveSessionButton.click()
    assert queries.get_session(page.session.id).leak_level == "T2–T3"
    assert ui.leakLevelCombo.currentText() == "T2–T3"


def test_setup_changes_are_saved_with_a_reason(setup_page):
    from ebp_logger.store.models import Audit
    from ebp_logger.store.services import queries

    page = setup_page
    ui = page.ui
    page.ui.saveSessionButton.click()
    sid = page.session.id
    assert not ui.saveSessionButton.isEnabled()
    ui.indicationCombo.setCurrentIndex(ui.indicationCombo.findData("plph"))
    assert ui.saveSessionButton.isEnabled()
    ui.saveSessionButton.click()
    assert queries.get_session(sid).indication == "plph"
    row = Audit.select().where(Audit.action == "correct").order_by(Audit.id.desc()).first()
    assert row.reason == "changed during set-up"


def test_bern_score_and_symptoms_are_saved(setup_page):
    from ebp_logger.store.services import imaging, queries

    page = setup_page
    page.ui.saveSessionButton.click()
    sid = page.session.id
    for code in (
        "venous_sinus_engorgement",
        "pachymeningeal_enhancement",
        "subdural_fluid_collection",
    ):
        page._bern_items[code].setCheckState(Qt.CheckState.Checked)
    assert "5 of 9" in page.ui.bernResultLabel.text()
    assert "High probability" in page.ui.bernResultLabel.text()
    page.ui.saveBernButton.click()
    assert set(imaging.current_bern(sid)) == {
        "venous_sinus_engorgement",
        "pachymeningeal_enhancement",
        "subdural_fluid_collection",
    }
    page._symptom_items["tinnitus"].setCheckState(Qt.CheckState.Checked)
    page.ui.saveSymptomsButton.click()
    assert queries.get_session(sid).symptoms == ("tinnitus",)


def test_repeat_within_two_weeks_is_warned(main_window, doctor, patient, clock):
    from ebp_logger.store.services import procedure, sessions, ward
    from tests.conftest import answer_checklist_safely

    sid = sessions.create_session(doctor, patient.id, indication="plph", patch_type="non_targeted")
    answer_checklist_safely(doctor, sid)
    ward.record_score(doctor, sid, "baseline", 2, 8)
    sessions.start_procedure(doctor, sid)
    procedure.record_injection(doctor, sid, 20)
    procedure.record_stop(doctor, sid, "back_pain")
    sessions.end_procedure(doctor, sid)
    clock.advance(days=3)
    sign_in(main_window, "doc")
    main_window.open_setup(patient_id=patient.id)
    page = main_window.current_page
    assert "EBP no. 2" in page.ui.attemptLabel.text()
    assert page.ui.adviceLabel.isVisible()
    assert "2 weeks" in page.ui.adviceLabel.text()
    assert page.ui.adviceLabel.property("kind") == "alarm"
    clock.advance(days=12)
    main_window.open_setup(patient_id=patient.id)
    assert main_window.current_page.ui.adviceLabel.property("kind") == "warning"
