"""Monitor integration in the GUI: the listener on its QThread, the connection indicator and the
quarantine dialog, on a real database."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from ebp_logger.gui.device_listener import DeviceListener
from ebp_logger.gui.dialogs.quarantine_dialog import QuarantineDialog
from ebp_logger.gui.widgets.connection_indicator import AMBER, GREEN, GREY, ConnectionIndicator
from ebp_logger.hl7 import pcd01
from ebp_logger.store import settings
from ebp_logger.store.models import DeviceMessage, Vital
from ebp_logger.store.services import devices
from tests.core.devices.conftest import SAMPLE, MllpClient, monitor_message, msa

UTC = timezone.utc


def quarantine(control_id: str, at: datetime, **kw) -> int:
    text = monitor_message(control_id, at, **kw)
    return devices.store_message(text, pcd01.parse(text), match_bed=False).message_id


def test_indicator_goes_green_amber_grey(qtbot, clock):
    ind = ConnectionIndicator()
    qtbot.addWidget(ind)
    assert ind.state == GREY and "no message" in ind.text.text()
    ind.set_last_message(clock.now)
    assert ind.state == GREEN
    clock.advance(seconds=90)
    ind.refresh()
    assert ind.state == AMBER and "ago" in ind.text.text()
    clock.advance(minutes=10)
    ind.refresh()
    assert ind.state == GREY and "type the values" in ind.text.text()
    ind.set_last_message(clock.now)
    ind.set_listening(False)
    assert ind.state == GREY and "listener off" in ind.text.text()


def _free_port() -> int:
    """A port free just now (the setting is 1–65535; "any free port" is the CLI's --port 0)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_listener_stays_off_unless_enabled(qtbot, db_path):
    listener = DeviceListener()
    assert listener.start() is False and not listener.running


def test_listener_thread_receives_and_the_indicator_follows(qtbot, admin, live_session, clock):
    settings.save(admin, hl7_enabled=True, hl7_port=_free_port())
    clock.advance(minutes=20)  # after the sample's 09:15 UTC (the listener uses this clock)
    listener = DeviceListener()
    ind = ConnectionIndicator()
    qtbot.addWidget(ind)
    ind.connect_listener(listener)
    with qtbot.waitSignal(listener.listener_started, timeout=10_000) as started:
        assert listener.start()
    port = started.args[0]
    try:
        c = MllpClient(port)
        with qtbot.waitSignal(listener.message_received, timeout=10_000) as got:
            reply = c.exchange(SAMPLE.read_text(encoding="utf-8").replace("\n", "\r"))
        c.close()
        assert msa(reply)[1] == "AA" and got.args[0] > 0
        assert listener.last_message_at == clock.now
        assert ind.state == GREEN
        assert Vital.select().where(Vital.session == live_session).count() == 2
    finally:
        listener.stop()
    assert not listener.running


def test_listener_reports_a_port_in_use(qtbot, admin, db_path):
    import socket

    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    settings.save(admin, hl7_enabled=True, hl7_port=busy.getsockname()[1])
    listener = DeviceListener()
    with qtbot.waitSignal(listener.listener_failed, timeout=10_000) as failed:
        listener.start()
    listener.stop()
    busy.close()
    assert "could not start" in failed.args[0]


def test_quarantine_dialog_assigns_and_rejects(qtbot, doctor, live_session, clock):
    clock.advance(minutes=20)
    t = datetime(2026, 11, 23, 9, 10, tzinfo=UTC)
    first = quarantine("Q1", t, hr=64, cpr="")  # no CPR: matches nothing
    second = quarantine("Q2", t + timedelta(minutes=1), hr=66, cpr="")
    dialog = QuarantineDialog(doctor)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.session_combo.count() == 1 and dialog.session_combo.currentData() == live_session
    assert "HR 66" in dialog.table.item(0, dialog.COL_VALUES).text()  # newest first

    dialog.table.selectRow(1)
    assert dialog.selected_message_id() == first
    with qtbot.waitSignal(dialog.message_assigned):
        qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    assert Vital.get(Vital.device_ref == "Q1").session_id == live_session
    assert dialog.table.rowCount() == 1

    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert "reason" in dialog.feedback.text() and dialog.table.rowCount() == 1
    dialog.reason_edit.setText("monitor of another bed")
    with qtbot.waitSignal(dialog.message_rejected):
        qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert DeviceMessage.get_by_id(second).resolution == "rejected:monitor of another bed"


def test_quarantine_dialog_shows_refusals_without_losing_input(qtbot, nurse, live_session, clock):
    clock.advance(minutes=20)
    quarantine("Q3", datetime(2026, 11, 23, 9, 10, tzinfo=UTC), cpr="")
    dialog = QuarantineDialog(nurse)  # a nurse may not manage device input
    qtbot.addWidget(dialog)
    dialog.reason_edit.setText("not ours")
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    assert "may not" in dialog.feedback.text()
    assert dialog.reason_edit.text() == "not ours" and dialog.table.rowCount() == 1
