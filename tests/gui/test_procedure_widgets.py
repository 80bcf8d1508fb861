"""The live screen's refusals, corrections, table model, polling and alarm, one at a time."""

# ruff: noqa: F811 - the fixtures imported below are used as test parameters
from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from PySide6.QtCore import Qt

from ebp_logger.clinical.enums import Component, EventKind
from ebp_logger.clinical.stop_reasons import StopReason
from ebp_logger.errors import StorageError
from ebp_logger.gui.dialogs.correction_dialog import ARTEFACT, VOID
from ebp_logger.gui.models.entries_table_model import (
    COL_SOURCE,
    COL_STATE,
    COL_VALUES,
    EntriesTableModel,
)
from ebp_logger.gui.widgets import bp_countdown
from ebp_logger.gui.widgets import live_support as ls
from ebp_logger.store.services import procedure, queries
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


def total_label(scr) -> str:
    return next(iter(scr.injection.totals.values())).text()


# --- the 41st millilitre ------------------------------------------------------------------


def test_41st_ml_refused_in_the_gui(qtbot, screen, live_session):
    enter(qtbot, screen.injection.amount_edit, "40")
    assert total_label(screen) == "40 ml"
    assert "0 ml left" in next(iter(screen.injection.remaining.values())).text()

    enter(qtbot, screen.injection.amount_edit, "1")
    message = screen.injection.message.text()
    assert "Not saved" in message and "maximum" in message and "40 ml" in message
    assert screen.injection.amount_edit.text() == "1"  # what was typed stays
    assert screen.injection.amount_edit.property("state") == ls.REFUSED
    assert total_label(screen) == "40 ml"
    qtbot.mouseClick(screen.injection.quick_buttons[0], Qt.MouseButton.LeftButton)  # +2
    assert total_label(screen) == "40 ml"
    assert queries.get_session(live_session).blood_ml == 40.0
    assert len(queries.session_detail(live_session).injections) == 1


def test_typed_amount_with_decimal_comma(qtbot, screen, live_session):
    enter(qtbot, screen.injection.amount_edit, "2,5")
    assert total_label(screen) == "2.5 ml"
    enter(qtbot, screen.injection.amount_edit, "abc")
    assert "not a number" in screen.injection.message.text()
    assert screen.injection.amount_edit.text() == "abc"


# --- vitals: refused and unusual values -----------------------------------------------------


def test_out_of_range_spo2_keeps_the_text_and_says_why(qtbot, screen, live_session):
    v = screen.vitals
    qtbot.keyClicks(v.bp_edit, "120/80")
    enter(qtbot, v.spo2_edit, "45")
    assert v.spo2_edit.text() == "45" and v.bp_edit.text() == "120/80"
    assert v.spo2_edit.property("state") == ls.REFUSED
    assert v.messages["spo2"].isVisibleTo(v)
    assert "outside the range" in v.messages["spo2"].text()
    assert "50 to 100" in v.messages["spo2"].text()
    assert "Not saved" in v.status_label.text()
    assert queries.session_detail(live_session).vitals == ()  # the whole set waits

    v.spo2_edit.clear()
    enter(qtbot, v.spo2_edit, "97")
    assert len(queries.session_detail(live_session).vitals) == 1
    assert v.spo2_edit.property("state") == ls.NORMAL


def test_bad_blood_pressure_is_refused_with_the_format(qtbot, screen, live_session):
    v = screen.vitals
    enter(qtbot, v.bp_edit, "80/120")
    assert "higher than the diastolic" in v.messages["bp"].text()
    assert v.bp_edit.text() == "80/120"
    assert queries.session_detail(live_session).vitals == ()


def test_unusual_values_are_highlighted_and_saved(qtbot, screen, live_session):
    v = screen.vitals
    qtbot.keyClicks(v.bp_edit, "85/50")
    qtbot.keyClicks(v.spo2_edit, "88")
    assert v.spo2_edit.property("state") == ls.UNUSUAL
    assert v.bp_edit.property("state") == ls.UNUSUAL
    assert v.messages["spo2"].text() == "Low oxygen saturation"
    qtbot.keyClick(v.spo2_edit, Qt.Key.Key_Return)
    assert "Low oxygen saturation" in v.status_label.text()
    assert "Saved" in v.status_label.text()
    assert len(queries.session_detail(live_session).vitals) == 1


def test_rhythm_keys_and_ditto(qtbot, screen, live_session):
    v = screen.vitals
    qtbot.keyClicks(v.bp_edit, "120/80")
    qtbot.keyClicks(v.spo2_edit, "97")
    qtbot.keyClicks(v.hr_edit, "64")
    qtbot.keyClick(v.rhythm_combo, Qt.Key.Key_F)
    assert v.rhythm_combo.currentData() == "atrial_fibrillation"
    qtbot.keyClick(v.rhythm_combo, Qt.Key.Key_Return)
    v.ditto()  # the same values again, visibly, for Enter to confirm
    assert (v.spo2_edit.text(), v.hr_edit.text()) == ("97", "64")
    assert v.rhythm_combo.currentData() == "atrial_fibrillation"
    enter(qtbot, v.bp_edit, "118/78")
    saved = queries.session_detail(live_session).vitals
    assert [(x.systolic, x.spo2, x.heart_rate, x.rhythm) for x in saved] == [
        (120, 97, 64, "atrial_fibrillation"),
        (118, 97, 64, "atrial_fibrillation"),
    ]


def test_storage_error_keeps_the_input(qtbot, screen, live_session, monkeypatch):
    def full(*_a, **_k):
        raise StorageError("The disk is full: nothing was saved.")

    monkeypatch.setattr(procedure, "record_vitals", full)
    monkeypatch.setattr(procedure, "record_injection", full)
    qtbot.keyClicks(screen.vitals.spo2_edit, "97")
    enter(qtbot, screen.vitals.bp_edit, "120/80")
    assert "disk is full" in screen.vitals.status_label.text()
    assert screen.vitals.bp_edit.text() == "120/80"
    assert screen.vitals.spo2_edit.text() == "97"
    enter(qtbot, screen.injection.amount_edit, "5")
    assert "disk is full" in screen.injection.message.text()
    assert screen.injection.amount_edit.text() == "5"


# --- events -----------------------------------------------------------------------------


def test_function_keys_record_events(qtbot, screen, live_session):
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.isActiveWindow())
    qtbot.keyClick(screen.vitals.bp_edit, Qt.Key.Key_F2)
    qtbot.keyClick(screen.vitals.bp_edit, Qt.Key.Key_F3)  # asks for the level
    assert screen.events.level_combo.hasFocus()
    enter(qtbot, screen.events.level_combo.lineEdit(), "T2-T3")  # thoracic too
    assert screen.vitals.bp_edit.hasFocus()  # back home after the level
    qtbot.keyClick(screen.vitals.bp_edit, Qt.Key.Key_F8)
    enter(qtbot, screen.events.note_edit, "patient anxious")
    assert screen.vitals.bp_edit.hasFocus()
    events = queries.session_detail(live_session).events
    assert [(e.kind, e.level, e.note) for e in events] == [
        ("needle_in", "", ""),
        ("loss_of_resistance", "T2–T3", ""),
        ("note", "", "patient anxious"),
    ]
    enter(qtbot, screen.events.level_combo.lineEdit(), "L9-L10")
    assert "not a pair of adjacent vertebrae" in screen.events.status_label.text()
    assert screen.events.level_combo.currentText() == "L9-L10"


# --- corrections ----------------------------------------------------------------------------


def test_correction_keeps_the_original_visible(qtbot, screen, live_session):
    enter(qtbot, screen.vitals.bp_edit, "210/80")
    dialog = screen.open_correction(0)
    dialog.set_value("bp", "120/80")
    dialog.accept()  # no reason yet: refused, input kept
    assert "reason" in dialog.message.text().lower()
    assert dialog.inputs["bp"].text() == "120/80"
    dialog.reason_edit.setText("typing slip")
    with qtbot.waitSignal(dialog.entry_changed):
        dialog.accept()

    model = screen.table_model
    assert model.rowCount() == 2
    original, new = model.row_at(0), model.row_at(1)
    assert original.meta.state == "corrected" and new.meta.state == "current"
    assert "210/80" in model.index(0, COL_VALUES).data()
    assert model.index(0, COL_VALUES).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert model.index(1, COL_VALUES).data(Qt.ItemDataRole.FontRole) is None
    assert "typing slip" in model.index(1, COL_STATE).data()
    vitals = queries.session_detail(live_session).vitals
    assert [(v.systolic, v.meta.current) for v in vitals] == [(210, False), (120, True)]


def test_void_an_injection_lowers_the_total(qtbot, screen, live_session):
    qtbot.mouseClick(screen.injection.quick_buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.injection.quick_buttons[1], Qt.MouseButton.LeftButton)
    assert total_label(screen) == "15 ml"
    dialog = screen.open_correction(0, VOID)
    dialog.reason_edit.setText("pressed twice")
    dialog.accept()
    assert total_label(screen) == "5 ml"
    assert screen.table_model.rowCount() == 2
    assert "voided: pressed twice" in screen.table_model.index(0, COL_STATE).data()


def test_stop_reason_can_be_corrected(qtbot, screen, live_session, doctor):
    procedure.record_injection(doctor, live_session, 20)
    procedure.record_stop(doctor, live_session, "back_pain")
    screen.tick()
    row = screen.table_model.rowCount() - 1
    dialog = screen.open_correction(row)
    dialog.set_value("stop_reason", "increased_headache")
    dialog.reason_edit.setText("wrong reason chosen")
    dialog.accept()
    stops = queries.session_detail(live_session).stops
    assert [(s.reason, s.blood_ml, s.meta.current) for s in stops] == [
        ("back_pain", 20.0, False),
        ("increased_headache", 20.0, True),
    ]


# --- monitor values: polling, device colour, artefact ---------------------------------------


def test_device_values_appear_by_polling_and_restart_the_countdown(
    qtbot,
    screen,
    live_session,
    doctor,
    clock,
):
    clock.advance(minutes=4)
    screen.tick()
    assert screen.countdown.status.seconds_left == 60
    # Written as the HL7 listener would (another process, same database).
    procedure.record_vitals(doctor, live_session, spo2=96, heart_rate=80, source="device")
    procedure.record_vitals(doctor, live_session, bp="110/70", source="device")
    screen.tick()
    model = screen.table_model
    assert model.rowCount() == 2
    assert model.index(0, COL_SOURCE).data() == "monitor"
    brush = model.index(0, COL_VALUES).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == "#1565c0"
    assert screen.plot.point_count()["spo2"] == 1
    assert screen.countdown.status.seconds_left == 300  # a device BP counts too

    dialog = screen.open_correction(0, ARTEFACT)
    dialog.reason_edit.setText("probe slipped off")
    dialog.accept()
    assert screen.plot.point_count()["spo2"] == 0  # excluded from the chart
    assert "artefact: probe slipped off" in model.index(0, COL_STATE).data()
    assert model.index(0, COL_VALUES).data(Qt.ItemDataRole.FontRole).strikeOut()


def test_poll_reads_only_new_vitals_by_id(qtbot, screen, live_session, doctor, monkeypatch):
    from ebp_logger.store.services import live

    procedure.record_vitals(doctor, live_session, spo2=97, source="device")
    full_reads = []
    monkeypatch.setattr(
        queries, "session_detail", lambda sid: full_reads.append(sid) or pytest.fail("full read")
    )
    screen.tick()
    screen.tick()  # nothing new: no read at all
    assert full_reads == [] and screen.table_model.rowCount() == 1
    assert live.change_marker(live_session) == screen._marker


# --- the alarm ------------------------------------------------------------------------------


def test_overdue_alarm_silence_is_per_slot(qtbot, screen, live_session, clock):
    cd = screen.countdown
    clock.advance(minutes=5, seconds=1)
    screen.tick()
    assert cd.state == bp_countdown.OVERDUE
    first = cd.beep.count
    cd.silence()
    for _ in range(4):
        clock.advance(seconds=1)
        screen.tick()
    assert cd.state == bp_countdown.SILENCED and cd.beep.count == first
    clock.advance(minutes=5)  # the next slot is missed: the alarm sounds again
    screen.tick()
    screen.tick()
    assert cd.state == bp_countdown.OVERDUE and cd.beep.count > first
    events = queries.session_detail(live_session).events
    assert [e.kind for e in events] == ["bp_overdue", "bp_missed"]


def test_resumed_session_is_rebuilt_from_the_database(qtbot, doctor, live_session, clock):
    """As after a crash: entries written earlier, then a new screen on the same session."""
    from ebp_logger.gui.screens.procedure_screen import ProcedureScreen

    start = clock.now
    clock.advance(minutes=2)
    procedure.record_vitals(doctor, live_session, bp="125/80", spo2=98)
    procedure.record_event(doctor, live_session, "loss_of_resistance", level="L4-L5")
    procedure.record_injection(doctor, live_session, 12.5)
    clock.advance(minutes=13, seconds=30)  # the app was down through a whole slot
    first = ProcedureScreen(doctor, live_session)
    first._timer.stop()
    first.countdown.beep = lambda: None
    qtbot.addWidget(first)
    events = queries.session_detail(live_session).events
    # The slot due at 07:00 was missed at 12:00 (recorded at that time); the alarm started now.
    assert [(e.kind, e.at - start) for e in events] == [
        ("loss_of_resistance", timedelta(minutes=2)),
        ("bp_missed", timedelta(minutes=12)),
        ("bp_overdue", timedelta(minutes=15, seconds=30)),
    ]

    second = ProcedureScreen(doctor, live_session)  # and again: nothing recorded twice
    second._timer.stop()
    second.countdown.beep = lambda: None
    qtbot.addWidget(second)
    assert len(queries.session_detail(live_session).events) == 3
    assert total_label(second) == "12.5 ml"
    assert second.table_model.rowCount() == 5
    assert second.elapsed_label.text() == "15:30"
    assert second.countdown.state == bp_countdown.OVERDUE
    assert "L4–L5" in " ".join(second.plot.marker_texts())


# --- the model and the plot -----------------------------------------------------------------


def test_entries_model_passes_qtmodeltester(qtmodeltester, doctor, live_session, clock):
    procedure.record_vitals(doctor, live_session, bp="120/80", spo2=97, heart_rate=70)
    vid = procedure.record_vitals(doctor, live_session, spo2=91, source="device")
    procedure.mark_artefact(doctor, vid, "movement")
    inj = procedure.record_injection(doctor, live_session, 5)
    procedure.correct_injection(doctor, inj, 4, "misread the syringe")
    ev = procedure.record_event(doctor, live_session, EventKind.VASOVAGAL.code)
    procedure.void_entry(doctor, "event", ev, "wrong key")
    procedure.record_stop(doctor, live_session, "other", "syringe empty")
    model = EntriesTableModel()
    model.set_detail(queries.session_detail(live_session))
    assert model.rowCount() == 6  # 2 vitals, 2 injection versions, the voided event, the stop
    qtmodeltester.check(model, force_py=True)
    clock.advance(seconds=5)
    new = procedure.record_vitals(doctor, live_session, spo2=95, source="device")
    from ebp_logger.store.services import live

    model.append_vitals(live.vitals_by_id(live_session, [new]))
    assert model.rowCount() == 7
    qtmodeltester.check(model, force_py=True)


def test_plot_renders_24_hours_of_1_hz_data(qtbot, clock):
    from ebp_logger.gui.widgets.trend_plot import TrendPlot

    plot = TrendPlot()
    qtbot.addWidget(plot)
    plot.resize(1000, 450)
    start = clock.now
    plot.set_start(start)
    n = 24 * 3600
    t = start.timestamp() + np.arange(n, dtype=float)
    rng = np.random.default_rng(1)
    plot.set_whole_session(True)
    plot.set_arrays(
        {
            "spo2": (t, 97 + rng.normal(0, 1, n)),
            "heart_rate": (t, 70 + rng.normal(0, 3, n)),
            "systolic": (t, 120 + rng.normal(0, 5, n)),
            "diastolic": (t, 75 + rng.normal(0, 4, n)),
        }
    )
    plot.set_now(start + timedelta(hours=24))
    plot.show()
    qtbot.waitExposed(plot)
    image = plot.grab().toImage()
    assert not image.isNull() and image.width() >= 1000
    assert plot.point_count() == {k: n for k in ("spo2", "heart_rate", "systolic", "diastolic")}
    shown_x, _ = plot.curves["spo2"].getData()
    assert 0 < len(shown_x) < n / 10  # downsampled for the screen, not drawn point by point


# --- targeted patch, the stop dialog, the summary ---------------------------------------------


def test_targeted_patch_counts_blood_and_glue_apart(qtbot, doctor, live_session, clock):
    from ebp_logger.gui.screens.procedure_screen import ProcedureScreen
    from ebp_logger.store.services import patients, sessions
    from tests.conftest import answer_checklist_safely

    patient_id = patients.register_patient(  # another patient: one open session per patient
        doctor, "010170-1234", "Targeted Patient", confirm_mod11=True
    ).id
    sid = sessions.create_session(
        doctor, patient_id, indication="sih", patch_type="targeted", leak_level="T2-T3"
    )
    answer_checklist_safely(doctor, sid)
    sessions.start_procedure(doctor, sid)
    scr = ProcedureScreen(doctor, sid)
    scr._timer.stop()
    qtbot.addWidget(scr)
    panel = scr.injection
    assert set(panel.totals) == {Component.BLOOD, Component.FIBRIN_GLUE}
    qtbot.mouseClick(panel.quick_buttons[2], Qt.MouseButton.LeftButton)  # +2 ml blood
    panel.select_component(Component.FIBRIN_GLUE)
    enter(qtbot, panel.amount_edit, "1,5")
    assert panel.totals[Component.BLOOD].text() == "2 ml"
    assert panel.totals[Component.FIBRIN_GLUE].text() == "1.5 ml"
    assert "8.5 ml left" in panel.remaining[Component.FIBRIN_GLUE].text()
    enter(qtbot, panel.amount_edit, "9")  # past the glue maximum (a setting, 10 ml)
    assert "maximum" in panel.message.text() and panel.amount_edit.text() == "9"
    s = queries.get_session(sid)
    assert (s.blood_ml, s.glue_ml) == (2.0, 1.5)
    assert "leak T2–T3" in scr.session_label.text()


def test_stop_other_needs_a_description(qtbot, screen, live_session):
    qtbot.mouseClick(screen.stop_button, Qt.MouseButton.LeftButton)
    dialog = screen._dialog
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # nothing chosen
    assert "Choose why" in dialog.message.text()
    qtbot.keyClick(dialog, Qt.Key.Key_0)  # 0 = other
    assert dialog.chosen() is StopReason.OTHER
    dialog.accept()
    assert "Describe the reason" in dialog.message.text()
    assert dialog.isVisible() and queries.session_detail(live_session).stop is None
    dialog.text_edit.setText("needle blocked")
    dialog.accept()
    stop = queries.session_detail(live_session).stop
    assert (stop.reason, stop.text) == ("other", "needle blocked")
    assert screen.end_button.isVisible()


def test_summary_keeps_the_screen_when_the_end_is_refused(
    qtbot, screen, live_session, doctor, monkeypatch
):
    from ebp_logger.store.services import sessions

    procedure.record_injection(doctor, live_session, 20)
    procedure.record_stop(doctor, live_session, "back_pain")
    screen.tick()
    qtbot.mouseClick(screen.end_button, Qt.MouseButton.LeftButton)

    def locked(*_a, **_k):
        raise StorageError("The database is busy (another program is writing): nothing was saved.")

    monkeypatch.setattr(sessions, "end_procedure", locked)
    with qtbot.assertNotEmitted(screen.procedure_ended):
        qtbot.mouseClick(screen.summary.confirm_button, Qt.MouseButton.LeftButton)
    assert "busy" in screen.summary.message.text()
    assert screen.stack.currentWidget() is screen.summary
    qtbot.mouseClick(screen.summary.back_button, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.live_page
    with qtbot.waitSignal(screen.closed):
        qtbot.mouseClick(screen.close_button, Qt.MouseButton.LeftButton)
    assert queries.get_session(live_session).status == "in_progress"


def test_resumed_after_the_stop_shows_the_end_button(qtbot, doctor, live_session):
    from ebp_logger.gui.screens.procedure_screen import ProcedureScreen

    procedure.record_injection(doctor, live_session, 30)
    procedure.record_stop(doctor, live_session, "increased_headache")
    scr = ProcedureScreen(doctor, live_session)
    scr._timer.stop()
    qtbot.addWidget(scr)
    scr.show()
    assert scr.end_button.isVisible() and not scr.stop_button.isVisible()
    assert not scr.injection.amount_edit.isEnabled()
    assert "Increased headache" in scr.stop_label.text() and "30 ml" in scr.stop_label.text()


def test_column_reduction_keeps_the_extremes():
    from ebp_logger.gui.widgets.trend_plot import column_stats

    t = np.arange(100.0)
    y = np.full(100, 97.0)
    y[42] = 80.0  # a one-second dip
    mid, mean, low, high = column_stats(t, y, 0.0, 10.0)
    assert list(mid[:2]) == [5.0, 15.0] and len(mid) == 10
    assert low[4] == 80.0 and high[4] == 97.0
    assert mean[4] == pytest.approx(95.3)
    mid, *_ = column_stats(np.array([0.0, 1.0, 95.0]), np.array([1.0, 2.0, 3.0]), 0.0, 10.0)
    assert list(mid) == [5.0, 95.0]  # empty columns are left out


def test_alarm_sound_off_in_settings_keeps_the_visual_alarm(qtbot, doctor, live_session, clock):
    from ebp_logger.gui.screens.procedure_screen import ProcedureScreen
    from ebp_logger.store import settings
    from ebp_logger.store.audit import Actor
    from tests.gui.procedure_fixtures import BeepCounter

    settings.save(Actor(1, "admin", "administrator"), alarm_sound=False)
    scr = ProcedureScreen(doctor, live_session)
    scr._timer.stop()
    scr.countdown.beep = beeps = BeepCounter()
    qtbot.addWidget(scr)
    clock.advance(minutes=6)
    for _ in range(3):
        scr.tick()
    assert scr.countdown.state == bp_countdown.OVERDUE and beeps.count == 0
