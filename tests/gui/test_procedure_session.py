"""The issue's main test: a complete 30-minute procedure driven through the live screen on a
fake clock, with keystrokes; then the database must hold exactly what was entered."""

# ruff: noqa: F811 - the fixtures imported below are used as test parameters
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from ebp_logger.clinical.enums import EventKind, SessionStatus
from ebp_logger.gui.widgets import bp_countdown
from ebp_logger.store.records import SessionDetail
from ebp_logger.store.services import queries
from tests.gui.procedure_fixtures import (  # noqa: F401 - fixtures
    doctor,
    live_session,
    procedure_db,
    procedure_template,
    screen,
)

BPS = ["128/82", "124/80", "122/78", "118/76", "116/74", "120/78"]


def at(clock, start, minutes: float) -> None:
    """Move the fake clock to ``minutes`` after the start."""
    clock.now = start + timedelta(minutes=minutes)


def type_vitals(qtbot, scr, bp: str, spo2: str = "", hr: str = "", rhythm=None) -> None:
    v = scr.vitals
    qtbot.keyClicks(v.bp_edit, bp)
    if spo2:
        qtbot.keyClicks(v.spo2_edit, spo2)
    if hr:
        qtbot.keyClicks(v.hr_edit, hr)
    if rhythm is not None:
        qtbot.keyClick(v.rhythm_combo, rhythm)
    qtbot.keyClick(v.bp_edit, Qt.Key.Key_Return)


def test_complete_30_minute_session(qtbot, screen, clock, live_session):
    scr = screen
    start = clock.now
    beeps = scr.countdown.beep

    at(clock, start, 0.5)
    type_vitals(qtbot, scr, BPS[0], "98", "72", Qt.Key.Key_S)
    assert "Saved 09:00:30" in scr.vitals.status_label.text()
    assert scr.vitals.bp_edit.text() == ""  # cleared only after the service returned

    at(clock, start, 1)
    qtbot.mouseClick(scr.events.buttons[EventKind.NEEDLE_IN], Qt.MouseButton.LeftButton)
    at(clock, start, 3)
    qtbot.mouseClick(scr.events.buttons[EventKind.LOSS_OF_RESISTANCE], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(scr.events.level_combo.lineEdit(), "L3-L4")
    qtbot.keyClick(scr.events.level_combo.lineEdit(), Qt.Key.Key_Return)
    at(clock, start, 4)
    qtbot.mouseClick(scr.events.buttons[EventKind.BLOOD_DRAWN], Qt.MouseButton.LeftButton)

    at(clock, start, 5)
    scr.tick()
    type_vitals(qtbot, scr, BPS[1])
    at(clock, start, 6)
    qtbot.mouseClick(scr.injection.quick_buttons[2], Qt.MouseButton.LeftButton)  # +10
    at(clock, start, 8)
    qtbot.mouseClick(scr.injection.quick_buttons[2], Qt.MouseButton.LeftButton)  # +10
    at(clock, start, 10)
    scr.tick()
    type_vitals(qtbot, scr, BPS[2])
    at(clock, start, 12)
    qtbot.mouseClick(scr.injection.quick_buttons[2], Qt.MouseButton.LeftButton)  # +10
    assert scr.injection.totals[next(iter(scr.injection.totals))].text() == "30 ml"

    # No reading at 15:00: due (not yet overdue) exactly then, overdue one second later.
    at(clock, start, 15)
    scr.tick()
    assert scr.countdown.state == bp_countdown.DUE_SOON
    clock.advance(seconds=1)
    scr.tick()
    assert scr.countdown.state == bp_countdown.OVERDUE
    assert "OVERDUE" in scr.countdown.title.text()
    assert scr.countdown.silence_button.isVisible()
    for _ in range(4):  # the alarm goes on, flashing and beeping, without new events
        clock.advance(seconds=1)
        scr.tick()
    assert beeps.count >= 2
    at(clock, start, 20)  # a whole slot gone by: one missed reading
    scr.tick()
    assert "1 missed" in scr.countdown.detail.text()

    at(clock, start, 20.5)
    type_vitals(qtbot, scr, BPS[3])
    scr.tick()
    assert scr.countdown.state == bp_countdown.WAITING  # the BP ended the alarm

    at(clock, start, 22)
    qtbot.keyClicks(scr.injection.amount_edit, "5")
    qtbot.keyClick(scr.injection.amount_edit, Qt.Key.Key_Return)
    at(clock, start, 25)
    scr.tick()
    type_vitals(qtbot, scr, BPS[4])

    at(clock, start, 27)
    qtbot.mouseClick(scr.stop_button, Qt.MouseButton.LeftButton)
    dialog = scr._dialog
    assert dialog is not None
    qtbot.keyClick(dialog, Qt.Key.Key_2)  # 2 = radicular pain
    with qtbot.waitSignal(dialog.stop_recorded):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert not scr.stop_button.isVisible() and scr.end_button.isVisible()
    assert not scr.injection.quick_buttons[0].isEnabled()
    assert "35 ml" in scr.stop_label.text()

    at(clock, start, 29.5)
    scr.tick()
    type_vitals(qtbot, scr, BPS[5])

    at(clock, start, 30)
    scr.tick()
    assert scr.elapsed_label.text() == "30:00"
    qtbot.mouseClick(scr.end_button, Qt.MouseButton.LeftButton)
    assert scr.stack.currentWidget() is scr.summary
    assert scr.summary.values["volume"].text().startswith("35 ml")
    assert "Radicular pain" in scr.summary.values["stop"].text()
    assert scr.summary.values["duration"].text().startswith("30 min")
    with qtbot.waitSignal(scr.procedure_ended) as ended:
        qtbot.mouseClick(scr.summary.confirm_button, Qt.MouseButton.LeftButton)
    assert ended.args == [live_session]

    # --- the database holds exactly what was entered --------------------------------------
    d = queries.session_detail(live_session)
    assert d.session.status == SessionStatus.SUPINE_REST
    assert d.session.ended_at == start + timedelta(minutes=30)
    vitals = SessionDetail.current_of(d.vitals)
    assert len(d.vitals) == len(vitals) == 6
    assert [f"{v.systolic}/{v.diastolic}" for v in vitals] == BPS
    assert (vitals[0].spo2, vitals[0].heart_rate, vitals[0].rhythm) == (98, 72, "sinus")
    assert all(v.spo2 is None and v.heart_rate is None for v in vitals[1:])
    assert all(v.source == "manual" for v in vitals)
    minutes = [(v.taken_at - start).total_seconds() / 60 for v in vitals]
    assert minutes == [0.5, 5, 10, 20.5, 25, 29.5]

    assert [(i.amount_ml, i.component) for i in d.injections] == [
        (10.0, "blood"),
        (10.0, "blood"),
        (10.0, "blood"),
        (5.0, "blood"),
    ]
    assert d.session.blood_ml == 35.0

    kinds = [(e.kind, e.level) for e in d.events]
    assert kinds == [
        ("needle_in", ""),
        ("loss_of_resistance", "L3–L4"),
        ("blood_drawn", ""),
        ("bp_overdue", ""),
        ("bp_missed", ""),
    ]
    overdue = [e for e in d.events if e.kind == "bp_overdue"][0]
    missed = [e for e in d.events if e.kind == "bp_missed"][0]
    assert overdue.at == start + timedelta(minutes=15, seconds=1)
    assert missed.at == start + timedelta(minutes=20)

    assert len(d.stops) == 1
    stop = d.stop
    assert (stop.reason, stop.blood_ml, stop.at) == (
        "radicular_pain",
        35.0,
        start + timedelta(minutes=27),
    )
    # Every entry is in the table, in time order.
    assert scr.table_model.rowCount() == 6 + 4 + 5 + 1
