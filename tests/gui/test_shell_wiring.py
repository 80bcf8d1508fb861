"""The frame's doors to other modules' screens: outcomes, the audit viewer per patient, the
ward's "open" from the worklist (view only), the monitor listener when enabled."""

from __future__ import annotations

from tests.gui.shell_helpers import make_window, sign_in


def test_home_opens_the_outcome_overview(main_window):
    sign_in(main_window, "doc")
    main_window.current_page.ui.outcomesButton.click()
    assert type(main_window.current_page).__name__ == "OutcomeScreen"


def test_patient_page_opens_the_audit_trail_of_that_patient(main_window, patient, monkeypatch):
    from ebp_logger.gui.main_window import MainWindow

    opened = []
    monkeypatch.setattr(MainWindow, "open_audit_viewer", lambda self, **kw: opened.append(kw))
    sign_in(main_window, "doc")
    main_window.open_patient(patient_id=patient.id)
    main_window.current_page.ui.auditButton.click()
    assert opened == [{"patient_id": patient.id}]


def test_a_nurse_sees_the_patient_without_doctor_actions(main_window, live_session, patient):
    sign_in(main_window, "nurse")
    main_window._open_session_patient(live_session)  # the worklist's session_requested
    page = main_window.current_page
    assert page.patient.id == patient.id
    assert not page.ui.newSessionButton.isVisible()
    assert not page.ui.registerNewButton.isVisible()
    assert not page.ui.resumeButton.isVisible()
    assert not page.ui.auditButton.isVisible()
    page.ui.backButton.click()
    assert type(main_window.current_page).__name__ == "WorklistScreen"


def _free_port() -> int:
    """A port free just now (the setting is 1–65535; "any free port" is the CLI's --port 0)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_monitor_listener_starts_only_when_enabled(qtbot, gui_db, admin):
    from ebp_logger.store import settings

    window = make_window(qtbot)
    assert window.device_listener is None  # off by default
    window.shutdown()
    settings.save(admin, hl7_enabled=True, hl7_port=_free_port())
    window = make_window(qtbot)
    try:
        assert window.device_listener is not None
        qtbot.waitUntil(lambda: window.device_listener.running, timeout=10000)
    finally:
        window.shutdown()
    assert window.device_listener is None
