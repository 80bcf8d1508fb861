"""The live screen as a tired user meets it: messages that do not move the chart and do not
linger, the volume field keeping the keyboard, corrections in plain sight, a chart that draws
every reading and labels that do not overprint."""

# ruff: noqa: F811 - the fixtures imported below are used as test parameters
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ebp_logger.gui.dialogs.correction_dialog import CORRECT, VOID
from ebp_logger.store.services import procedure
from tests.gui.procedure_fixtures import (  # noqa: F401 - fixtures
    doctor,
    live_session,
    procedure_db,
    procedure_template,
    screen,
)


def enter(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_refusal_does_not_move_the_chart_or_the_fields(qtbot, screen):
    settle()
    plot_height = screen.plot.height()
    bp_top = screen.vitals.bp_edit.geometry().top()
    keys_top = screen.events.geometry().top()
    enter(qtbot, screen.vitals.spo2_edit, "12")  # refused: outside 50–100
    settle()
    assert "50 to 100" in screen.vitals.messages["spo2"].toolTip()
    assert "Not saved" in screen.vitals.status_label.text()
    assert "50 to 100" in screen.entry_message.text()  # the reason, full width
    enter(qtbot, screen.injection.amount_edit, "abc")
    screen.events.level_combo.setEditText("X9")
    screen.events._on_level_combo_activated()
    settle()
    assert screen.plot.height() == plot_height
    assert screen.vitals.bp_edit.geometry().top() == bp_top
    assert screen.events.geometry().top() == keys_top


def test_old_error_goes_once_something_else_is_saved(qtbot, screen):
    enter(qtbot, screen.injection.amount_edit, "abc")
    assert "Not saved" in screen.injection.message.text()
    screen.injection.amount_edit.clear()
    screen.injection._on_amount_text_edited("")  # the refused text was taken away
    enter(qtbot, screen.vitals.bp_edit, "120/80")
    assert "Saved" in screen.vitals.status_label.text()
    assert screen.injection.message.text() == ""


def test_refused_text_still_there_keeps_its_message(qtbot, screen):
    enter(qtbot, screen.injection.amount_edit, "abc")
    enter(qtbot, screen.vitals.bp_edit, "120/80")
    assert "not a number" in screen.injection.message.text()  # "abc" still waits there


def test_41_ml_with_17_given_says_what_is_left(qtbot, screen):
    enter(qtbot, screen.injection.amount_edit, "17")
    enter(qtbot, screen.injection.amount_edit, "41")
    message = screen.injection.message.text()
    assert "23 ml left of the 40 ml maximum" in message
    assert screen.injection.amount_edit.text() == "41"


def test_add_ml_keeps_the_keyboard_in_the_volume_field(qtbot, screen):
    screen.injection.focus_amount()
    qtbot.keyClicks(screen.injection.amount_edit, "5")
    qtbot.mouseClick(screen.injection.add_button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is screen.injection.amount_edit
    enter(qtbot, QApplication.focusWidget(), "3")  # the next amount lands in the ml field
    assert next(iter(screen.injection.totals.values())).text() == "8 ml"
    assert screen.vitals.bp_edit.text() == ""


def test_entries_have_correct_and_void_buttons_and_keys(qtbot, screen, monkeypatch):
    opened = []
    monkeypatch.setattr(screen, "open_correction", lambda row, mode=CORRECT: opened.append(mode))
    assert not screen.correct_button.isEnabled()
    enter(qtbot, screen.vitals.bp_edit, "120/80")
    qtbot.keyClick(screen.vitals.bp_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == []  # nothing selected: the key selects the newest entry first
    assert screen.table.selectionModel().selectedRows()[0].row() == 0
    assert screen.correct_button.isEnabled() and screen.void_button.isEnabled()
    assert not screen.artefact_button.isEnabled()  # a typed value is no monitor artefact
    qtbot.keyClick(screen.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(screen.void_button, Qt.MouseButton.LeftButton)
    assert opened == [CORRECT, VOID, VOID]


def test_the_entries_table_grows_on_a_big_screen(qtbot, screen):
    screen.resize(1920, 1000)
    settle()
    assert screen.table.height() >= 250  # ten rows and more, not five


def test_a_single_spo2_or_heart_rate_reading_is_drawn(qtbot, screen):
    enter(qtbot, screen.vitals.spo2_edit, "97")
    screen.plot.flush()
    curve = screen.plot.curves["spo2"]
    assert screen.plot.point_count()["spo2"] == 1
    assert curve.opts["symbol"] is not None  # a dot, since a line needs two points


def test_event_labels_close_together_do_not_share_a_row(qtbot, screen, doctor, live_session):
    start = screen.detail.session.started_at
    for i, kind in enumerate(("needle_in", "loss_of_resistance", "blood_drawn", "paraesthesia")):
        at = start + timedelta(seconds=20 * i)
        level = "L3-L4" if kind == "loss_of_resistance" else ""
        procedure.record_event(doctor, live_session, kind, level=level, at=at)
    screen.reload()
    rows = screen.plot.marker_rows()
    assert len(rows) == 4 and len(set(rows)) == 4  # 20 s apart: each label on its own row


def test_a_refused_level_says_which_levels_are_allowed(qtbot, screen):
    screen.events.level_combo.setEditText("X9")
    qtbot.keyClick(screen.events.level_combo.lineEdit(), Qt.Key.Key_Return)
    settle()
    label = screen.entry_message  # the live screen's shared message line
    assert "X9" in label.text() and "T1–T2 to L5–S1" in label.text()
    assert label.heightForWidth(label.width()) <= label.height()  # the whole text shows


def test_f12_works_right_after_the_stop_dialog_and_enter_presses_buttons(
    qtbot, screen, live_session
):
    qtbot.keyClick(screen.vitals.bp_edit, Qt.Key.Key_F12)
    dialog = screen._dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    dialog.accept()
    settle()
    assert screen._dialog is None and screen.end_button.isVisible()
    assert QApplication.focusWidget() is screen.vitals.bp_edit  # no click needed first
    qtbot.keyClick(screen.vitals.bp_edit, Qt.Key.Key_F12)  # F12 now ends the procedure
    assert screen.stack.currentWidget() is screen.summary
    screen.summary.back_button.setFocus()
    qtbot.keyClick(screen.summary.back_button, Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is screen.live_page
    screen.end_button.setFocus()
    qtbot.keyClick(screen.end_button, Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is screen.summary
    with qtbot.waitSignal(screen.summary.confirmed):
        qtbot.keyClick(screen.summary.confirm_button, Qt.Key.Key_Return)


def test_enter_on_start_procedure_starts_it(qtbot):
    from PySide6.QtWidgets import QPushButton

    from ebp_logger.gui.widgets.enter_filter import enter_clicks

    button = QPushButton("Start procedure")
    qtbot.addWidget(button)
    enter_clicks(button)
    with qtbot.waitSignal(button.clicked):
        qtbot.keyClick(button, Qt.Key.Key_Return)
