"""Auto-lock: the window locks when idle; timers and typed input survive; the same user or
another one unlocks (another one continues as themself); lock and unlock are audited."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from tests.gui.shell_helpers import sign_in


def _unlock(window, username: str, password: str) -> None:
    ui = window.lock_overlay.ui
    ui.username.setText(username)
    QTest.keyClicks(ui.password, password)
    QTest.keyClick(ui.password, Qt.Key.Key_Return)


def _setup_with_typed_text(window, patient):
    sign_in(window, "doc")
    window.open_setup(patient_id=patient.id)
    page = window.current_page
    page.ui.neurologistEdit.setFocus()
    QTest.keyClicks(page.ui.neurologistEdit, "typed, not saved")
    return page


def test_idle_locks_and_the_same_user_unlocks_with_everything_intact(main_window, qtbot, patient):
    from ebp_logger.store.models import Audit

    page = _setup_with_typed_text(main_window, patient)
    ticks = []
    timer = QTimer(page)  # stands for the screens' own timers (BP countdown, clock)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)

    main_window.idle.start_ms(150)
    qtbot.waitUntil(lambda: main_window.is_locked, timeout=5000)
    assert main_window.lock_overlay.isVisible()
    assert not main_window.ui.pages.isEnabled()  # nothing beneath takes keys or clicks
    assert main_window.lock_overlay.ui.username.text() == "doc"
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) > before + 3, timeout=5000)  # timers keep running

    _unlock(main_window, "doc", "wrong-password")
    assert main_window.is_locked
    assert "Wrong" in main_window.lock_overlay.ui.messageLabel.text()

    _unlock(main_window, "doc", "doc-pass1")
    assert not main_window.is_locked
    assert main_window.current_page is page
    assert page.ui.neurologistEdit.text() == "typed, not saved"
    assert page.ui.neurologistEdit.hasFocus()
    actions = [a.action for a in Audit.select().order_by(Audit.id)]
    assert "lock" in actions and "unlock" in actions and "unlock_failed" in actions
    timer.stop()


def test_another_user_of_the_same_role_continues_as_themself(main_window, qtbot, patient, admin):
    from ebp_logger.store.services import queries, users

    users.create_user(admin, "doc2", "Second Anaesthesiologist", "anaesthesiologist", "doc2-pass")
    page = _setup_with_typed_text(main_window, patient)
    main_window.ui.lockButton.click()
    assert main_window.is_locked
    _unlock(main_window, "doc2", "doc2-pass")
    assert not main_window.is_locked
    assert main_window.actor.username == "doc2"
    assert "Second Anaesthesiologist" in main_window.ui.userLabel.text()
    assert main_window.current_page is page and page.actor.username == "doc2"
    assert page.ui.neurologistEdit.text() == "typed, not saved"
    page.ui.saveSessionButton.click()  # recorded under the user who unlocked
    assert queries.get_session(page.session.id).operator == "Second Anaesthesiologist"


def test_a_nurse_unlocking_gets_the_ward_start_page(main_window, qtbot, patient):
    _setup_with_typed_text(main_window, patient)
    main_window.lock("manual")
    _unlock(main_window, "nurse", "nurse-pass")
    assert main_window.actor.role == "nurse"
    assert type(main_window.current_page).__name__ == "WorklistScreen"


def test_the_live_procedure_screen_survives_the_lock(main_window, qtbot, live_session):
    sign_in(main_window, "doc")
    main_window.resume_session(live_session)
    page = main_window.current_page
    main_window.lock("manual")
    assert "procedure is in progress" in main_window.lock_overlay.ui.activityLabel.text()
    _unlock(main_window, "doc", "doc-pass1")
    assert main_window.current_page is page is main_window.procedure_page(live_session)


def test_a_colleague_takes_over_the_live_screen_with_typed_input_kept(
    main_window, qtbot, live_session, admin
):
    """The live screen is not rebuilt when another anaesthesiologist unlocks: the typed
    blood pressure stays, and the entry saved next is recorded as the colleague."""
    from ebp_logger.store.services import queries, users

    users.create_user(admin, "doc2", "Second Anaesthesiologist", "anaesthesiologist", "doc2-pass")
    sign_in(main_window, "doc")
    main_window.resume_session(live_session)
    page = main_window.current_page
    QTest.keyClicks(page.vitals.bp_edit, "118/76")
    main_window.lock("manual")
    _unlock(main_window, "doc2", "doc2-pass")
    assert main_window.current_page is page
    assert page.vitals.bp_edit.text() == "118/76"
    page.vitals.bp_edit.setFocus()
    QTest.keyClick(page.vitals.bp_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: any(v.systolic == 118 for v in queries.session_detail(live_session).vitals),
        timeout=5000,
    )
    saved = [v for v in queries.session_detail(live_session).vitals if v.systolic == 118]
    assert saved[-1].meta.recorded_by == "Second Anaesthesiologist"
