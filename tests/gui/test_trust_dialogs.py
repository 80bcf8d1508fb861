"""The audit viewer and user administration dialogs (pytest-qt, offscreen)."""

from __future__ import annotations

import io

import pytest

from ebp_logger.store.models import Audit


@pytest.fixture
def trail_session(gui_db, live_session):
    from ebp_logger.store.services import procedure

    admin, doctor, nurse = gui_db
    vid = procedure.record_vitals(doctor, live_session, bp="130/85", spo2=97)
    procedure.correct_entry(doctor, "vital", vid, "cuff on the wrong arm", bp="125/80")
    return live_session


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


def test_audit_viewer_shows_filters_and_logs_the_view(qtbot, gui_db, trail_session):
    from ebp_logger.gui.dialogs.audit_viewer_dialog import AuditViewerDialog

    admin = gui_db[0]
    dialog = AuditViewerDialog(admin, session_id=trail_session)
    qtbot.addWidget(dialog)
    view = Audit.select().order_by(Audit.id.desc()).first()
    assert (view.action, view.session_id, view.user_id) == ("view", trail_session, admin.user_id)
    total = dialog.model.rowCount()
    assert total > 5 and "Session #" in dialog.scope_label.text()
    assert "Test Patient One" in dialog.scope_label.text()
    qtbot.keyClicks(dialog.filter_edit, "wrong arm")
    assert dialog.model.rowCount() == 1
    dialog.table.selectRow(0)
    detail = dialog.detail.toPlainText()
    assert "Systolic BP (mmHg): 130 → 125" in detail and "cuff on the wrong arm" in detail
    assert f"1 of {total}" in dialog.count_label.text()
    dialog.filter_edit.clear()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("access"))
    assert dialog.model.rowCount() >= 0
    assert all(e.kind == "access" for e in dialog.shown())


def test_audit_viewer_prints_what_is_shown_and_logs_the_print(qtbot, gui_db, trail_session):
    from ebp_logger.gui.dialogs.audit_viewer_dialog import AuditViewerDialog

    admin = gui_db[0]
    dialog = AuditViewerDialog(admin, session_id=trail_session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter_edit, "wrong arm")
    with qtbot.waitSignal(dialog.pdf_ready, timeout=30000) as ready:
        dialog.print_button.click()
    text = _pdf_text(ready.args[0])
    assert "Audit trail" in text and "Test Patient One" in text
    assert "cuff on the wrong arm" in text and "130 → 125" in text
    assert "wrong arm (1 of" in text  # the filter is stated on the paper
    dialog._log_output("print")  # what the preview calls before the printer gets it
    last = Audit.select().order_by(Audit.id.desc()).first()
    assert (last.action, last.session_id) == ("print", trail_session)
    for child in dialog.findChildren(type(dialog).__mro__[1]):
        child.close()


def test_audit_viewer_without_a_patient_finds_one(qtbot, gui_db, trail_session):
    from ebp_logger.gui.dialogs.audit_viewer_dialog import AuditViewerDialog

    dialog = AuditViewerDialog(gui_db[0])
    qtbot.addWidget(dialog)
    assert "All records" in dialog.scope_label.text()
    assert any(e.action == "sign_in" or e.table == "user" for e in dialog.shown())
    qtbot.keyClicks(dialog.find_edit, "120571")
    dialog.find_button.click()
    assert dialog.scope_label.text().startswith("Test Patient One (120571-1003)")
    assert all(e.patient_id == dialog._patient_id for e in dialog.shown())


def test_audit_viewer_refused_for_a_nurse(qtbot, gui_db, trail_session):
    from ebp_logger.gui.dialogs.audit_viewer_dialog import AuditViewerDialog

    dialog = AuditViewerDialog(gui_db[2], session_id=trail_session)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert "may not view audit" in dialog.message.text()
    assert not dialog.print_button.isEnabled()


def _select(dialog, username: str) -> None:
    for row, u in enumerate(dialog.model.records()):
        if u.username == username:
            dialog.table.selectRow(row)
            return
    raise AssertionError(username)


def test_user_admin_creates_keeps_input_on_refusal(qtbot, gui_db):
    from ebp_logger.gui.dialogs.user_admin_dialog import UserAdminDialog

    dialog = UserAdminDialog(gui_db[0])
    qtbot.addWidget(dialog)
    assert {u.username for u in dialog.model.records()} == {"admin", "doc", "nurse"}
    qtbot.keyClicks(dialog.new_username, "new.user")
    qtbot.keyClicks(dialog.new_full_name, "A New User")
    dialog.new_role.setCurrentIndex(dialog.new_role.findData("nurse"))
    qtbot.keyClicks(dialog.new_password, "short")
    qtbot.keyClicks(dialog.new_repeat, "short")
    dialog.create_button.click()
    assert "at least 8" in dialog.message.text()
    assert dialog.new_username.text() == "new.user"  # kept to correct
    dialog.new_password.clear()
    dialog.new_repeat.clear()
    qtbot.keyClicks(dialog.new_password, "long-enough")
    qtbot.keyClicks(dialog.new_repeat, "long-enoughX")
    dialog.create_button.click()
    assert "differ" in dialog.message.text()
    dialog.new_repeat.clear()
    qtbot.keyClicks(dialog.new_repeat, "long-enough")
    with qtbot.waitSignal(dialog.users_changed):
        dialog.create_button.click()
    assert "A New User created" in dialog.message.text()
    assert dialog.selected().username == "new.user" and dialog.new_username.text() == ""
    from ebp_logger.store.services import users

    assert users.authenticate("new.user", "long-enough").role == "nurse"


def test_user_admin_deactivates_reactivates_and_resets(qtbot, gui_db, prompt_answers):
    from ebp_logger.gui.dialogs.user_admin_dialog import UserAdminDialog
    from ebp_logger.store.services import users
    from ebp_logger.store.services.users import SignInFailed

    dialog = UserAdminDialog(gui_db[0])
    qtbot.addWidget(dialog)
    _select(dialog, "nurse")
    assert dialog.toggle_button.text() == "Deactivate"
    prompt_answers.reasons.append("left the department")
    dialog.toggle_button.click()
    assert not users.get_user(gui_db[2].user_id).active
    assert dialog.selected().username == "nurse" and dialog.toggle_button.text() == "Reactivate"
    assert not dialog.reset_group.isEnabled()
    deact = Audit.select().where(Audit.action == "deactivate").get()
    assert deact.reason == "left the department"
    prompt_answers.answers.append(True)
    dialog.toggle_button.click()
    assert users.get_user(gui_db[2].user_id).active
    qtbot.keyClicks(dialog.reset_password, "fresh-pass-1")
    qtbot.keyClicks(dialog.reset_repeat, "fresh-pass-1")
    dialog.reset_button.click()
    assert "New password set" in dialog.message.text()
    assert users.authenticate("nurse", "fresh-pass-1").username == "nurse"
    with pytest.raises(SignInFailed):
        users.authenticate("nurse", "nurse-pass")
    _select(dialog, "admin")
    prompt_answers.reasons.append("test")
    dialog.toggle_button.click()
    assert "yourself" in dialog.message.text()


def test_user_admin_refused_for_a_non_administrator(qtbot, gui_db):
    from ebp_logger.gui.dialogs.user_admin_dialog import UserAdminDialog

    dialog = UserAdminDialog(gui_db[1])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.new_username, "x.y")
    qtbot.keyClicks(dialog.new_full_name, "X Y")
    qtbot.keyClicks(dialog.new_password, "password1")
    qtbot.keyClicks(dialog.new_repeat, "password1")
    dialog.create_button.click()
    assert "may not manage users" in dialog.message.text()
    assert dialog.new_username.text() == "x.y"
