"""First run, sign-in and the role's start page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.shell_helpers import make_window, sign_in


def test_first_run_creates_the_administrator_and_the_department(qtbot, db_path, qapp):
    from ebp_logger.gui.screens.first_run_screen import FirstRunScreen
    from ebp_logger.gui.screens.sign_in_screen import SignInScreen
    from ebp_logger.store import settings
    from ebp_logger.store.services import users

    window = make_window(qtbot)
    page = window.current_page
    assert isinstance(page, FirstRunScreen)
    ui = page.ui
    QTest.keyClicks(ui.departmentName, "Anaesthesia, Test Hospital")
    QTest.keyClicks(ui.departmentAddress, "Hospital Road 1")
    QTest.keyClicks(ui.departmentPhone, "+45 12 34 56 78")
    QTest.keyClicks(ui.backupFolder, str(db_path.parent / "backups"))
    QTest.keyClicks(ui.adminFullName, "A New User")
    QTest.keyClicks(ui.adminUsername, "newadmin")
    QTest.keyClicks(ui.adminPassword, "a-long-password")
    QTest.keyClicks(ui.adminRepeat, "a-long-passwort")
    ui.createButton.click()
    assert "differ" in ui.messageLabel.text()
    assert not users.has_users()

    ui.adminRepeat.clear()
    QTest.keyClicks(ui.adminRepeat, "a-long-password")
    QTest.keyClick(ui.adminRepeat, Qt.Key.Key_Return)

    [admin] = users.list_users()
    assert (admin.username, admin.role, admin.full_name) == (
        "newadmin",
        "administrator",
        "A New User",
    )
    conf = settings.load()
    assert conf.department_name == "Anaesthesia, Test Hospital"
    assert conf.department_phone == "+45 12 34 56 78"
    assert conf.backup_folder.endswith("backups")
    assert isinstance(window.current_page, SignInScreen)
    assert window.sign_in_screen.ui.username.text() == "newadmin"

    sign_in(window, "newadmin", "a-long-password")
    assert window.actor is not None and window.actor.role == "administrator"


def test_first_run_refuses_a_short_password_and_keeps_the_input(qtbot, db_path, qapp):
    from ebp_logger.store.services import users

    window = make_window(qtbot)
    ui = window.current_page.ui
    ui.departmentName.setText("Dept")
    ui.adminFullName.setText("A New User")
    ui.adminUsername.setText("newadmin")
    ui.adminPassword.setText("short")
    ui.adminRepeat.setText("short")
    ui.createButton.click()
    assert "too short" in ui.messageLabel.text()
    assert ui.adminPassword.property("invalid") is True
    assert ui.adminUsername.text() == "newadmin"
    assert not users.has_users()


def test_wrong_password_shows_a_message_and_keeps_the_user_name(main_window, qtbot):
    from ebp_logger.gui.screens.sign_in_screen import SignInScreen
    from ebp_logger.store.models import Audit

    sign_in(main_window, "doc", "not-the-password")
    screen = main_window.sign_in_screen
    assert isinstance(main_window.current_page, SignInScreen)
    assert main_window.actor is None
    assert screen.ui.messageLabel.isVisible()
    assert "Wrong user name or password" in screen.ui.messageLabel.text()
    assert screen.ui.username.text() == "doc"
    assert screen.ui.password.text() == ""
    assert screen.ui.password.hasFocus()
    assert Audit.select().where(Audit.action == "sign_in_failed").count() == 1

    QTest.keyClicks(screen.ui.password, "doc-pass1")
    QTest.keyClick(screen.ui.password, Qt.Key.Key_Return)
    assert main_window.actor is not None and main_window.actor.username == "doc"


def test_each_role_gets_its_start_page(main_window, qtbot):
    from ebp_logger.gui.screens.admin_home_screen import AdminHomeScreen
    from ebp_logger.gui.screens.home_screen import HomeScreen

    sign_in(main_window, "doc")
    assert isinstance(main_window.current_page, HomeScreen)
    assert "Test Anaesthesiologist" in main_window.ui.userLabel.text()
    assert main_window.ui.signOutButton.isVisible()

    main_window.sign_out()
    assert main_window.actor is None
    assert main_window.current_page is main_window.sign_in_screen
    assert not main_window.ui.signOutButton.isVisible()

    sign_in(main_window, "admin")
    assert isinstance(main_window.current_page, AdminHomeScreen)
    main_window.sign_out()

    sign_in(main_window, "nurse")
    assert type(main_window.current_page).__name__ == "WorklistScreen"


def test_home_search_opens_a_single_match(main_window, qtbot, patient):
    from ebp_logger.gui.screens.patient_screen import PatientScreen

    sign_in(main_window, "doc")
    home = main_window.current_page
    QTest.keyClicks(home.ui.searchEdit, "120571")
    QTest.keyClick(home.ui.searchEdit, Qt.Key.Key_Return)
    page = main_window.current_page
    assert isinstance(page, PatientScreen)
    assert page.patient is not None and page.patient.id == patient.id
    assert page.ui.patientName.text() == "Test Patient One"


def test_administrator_saves_department_and_auto_lock(main_window):
    from ebp_logger.store import settings

    sign_in(main_window, "admin")
    page = main_window.current_page
    assert len(page.users_model.records()) == 3
    page.settings_panel.editors["department_name"].setText("Anaesthesia, Ward 2")
    page.settings_panel.editors["autolock_minutes"].setText("3")
    page.settings_panel.save_button.click()
    conf = settings.load()
    assert (conf.department_name, conf.autolock_minutes) == ("Anaesthesia, Ward 2", 3)
    assert main_window.ui.departmentLabel.text() == "Anaesthesia, Ward 2"
    assert main_window.idle.active
