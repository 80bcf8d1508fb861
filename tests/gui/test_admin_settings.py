"""Every department setting on the administrator's screen (issue 15 item 11): generated from
the settings' fields, checked with the command line's ranges, a refusal marked at its field
with the allowed range and the typed input kept, a save audited; fits 1366×768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from ebp_logger.store import settings


@pytest.fixture
def admin_screen(qtbot, gui_db):
    from ebp_logger.gui.screens.admin_home_screen import AdminHomeScreen

    screen = AdminHomeScreen(gui_db[0])
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _type(qtbot, editor: QLineEdit, text: str) -> None:
    editor.selectAll()
    editor.clear()
    QTest.keyClicks(editor, text)


def _audited(name: str) -> list:
    from ebp_logger.store.models import Audit

    return [
        r
        for r in Audit.select()
        if r.table == "setting" and r.username == "admin" and name in str(r.new)
    ]


def test_every_setting_has_an_editor(admin_screen):
    panel = admin_screen.settings_panel
    assert set(panel.editors) == set(settings.names())
    for spec in settings.specs():
        editor = panel.editors[spec.name]
        expected = {"bool": QCheckBox, "choice": QComboBox}.get(spec.kind, QLineEdit)
        assert isinstance(editor, expected), spec.name
        assert editor.accessibleName(), spec.name
    assert panel.editors["language"].count() == 3
    assert panel.editors["autolock_minutes"].text() == "10"


def test_refused_value_marked_with_the_range_and_kept(qtbot, admin_screen):
    panel = admin_screen.settings_panel
    lock = panel.editors["autolock_minutes"]
    port = panel.editors["hl7_port"]
    _type(qtbot, lock, "-5")
    _type(qtbot, port, "70000")
    _type(qtbot, panel.editors["department_name"], "Anæstesi")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    error = panel.errors["autolock_minutes"]
    assert error.isVisible() and "1 to 120" in error.text(), error.text()
    assert "1 to 65535" in panel.errors["hl7_port"].text()
    assert lock.text() == "-5" and port.text() == "70000"  # typed input kept
    assert lock.property("invalid")
    assert "2 setting" in panel.message.text()
    conf = settings.load()
    assert conf.autolock_minutes == 10 and conf.department_name == ""  # nothing saved
    assert not _audited("Anæstesi")
    # corrected: saved, audited, marks gone
    _type(qtbot, lock, "15")
    _type(qtbot, port, "2600")
    with qtbot.waitSignal(admin_screen.settings_saved, timeout=2000):
        qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    conf = settings.load()
    assert (conf.autolock_minutes, conf.hl7_port, conf.department_name) == (15, 2600, "Anæstesi")
    assert not error.isVisible() and not lock.property("invalid")
    assert "saved" in panel.message.text()
    assert _audited("Anæstesi") and _audited("autolock_minutes")


def test_phone_checkpoints_targeted_total_and_choices(qtbot, admin_screen):
    panel = admin_screen.settings_panel
    _type(qtbot, panel.editors["department_phone"], "call reception")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "telephone number" in panel.errors["department_phone"].text()
    _type(qtbot, panel.editors["department_phone"], "+45 35 45 35 45")
    _type(qtbot, panel.editors["checkpoint_hours"], "12, 6, 2")
    _type(qtbot, panel.editors["targeted_blood_max_ml"], "25")
    _type(qtbot, panel.editors["targeted_glue_max_ml"], "20")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "40" in panel.errors["targeted_blood_max_ml"].text()
    assert settings.load().department_phone == ""
    _type(qtbot, panel.editors["targeted_glue_max_ml"], "15")
    panel.editors["language"].setCurrentIndex(panel.editors["language"].findData("en"))
    panel.editors["alarm_sound"].setChecked(False)
    assert panel.save()
    conf = settings.load()
    assert conf.department_phone == "+45 35 45 35 45" and conf.checkpoint_hours == (2, 6, 12)
    assert (conf.targeted_blood_max_ml, conf.targeted_glue_max_ml) == (25.0, 15.0)
    assert conf.language == "en" and conf.alarm_sound is False
    assert panel.editors["checkpoint_hours"].text() == "2, 6, 12"


def test_fits_1366x768_with_every_setting_reachable(qtbot, main_window):
    from tests.gui.shell_helpers import sign_in

    main_window.resize(1366, 768)
    sign_in(main_window, "admin")
    screen = main_window.current_page
    panel = screen.settings_panel
    assert main_window.minimumSizeHint().height() <= 768
    assert main_window.minimumSizeHint().width() <= 1366
    qtbot.waitUntil(lambda: panel.save_button.isVisible())
    window_rect = main_window.rect()
    top_left = panel.save_button.mapTo(main_window, QPoint(0, 0))
    assert window_rect.contains(top_left)
    assert window_rect.contains(
        top_left + QPoint(panel.save_button.width(), panel.save_button.height())
    )
    last = panel.editors[settings.names()[-1]]
    panel.scroll.ensureWidgetVisible(last)
    viewport = panel.scroll.viewport()
    pos = last.mapTo(viewport, QPoint(0, 0))
    assert viewport.rect().contains(pos)


def test_danish_screen_labels_and_refusal(qtbot, gui_db, qapp):
    from ebp_logger.gui.screens.admin_home_screen import AdminHomeScreen
    from ebp_logger.gui.translations import install_translators

    install_translators(qapp, "da")
    try:
        screen = AdminHomeScreen(gui_db[0])
        qtbot.addWidget(screen)
        panel = screen.settings_panel
        assert panel.labels["autolock_minutes"].text() == "Lås efter inaktivitet"
        _type(qtbot, panel.editors["max_single_injection_ml"], "nan")
        assert not panel.save()
        text = panel.errors["max_single_injection_ml"].text()
        assert "Tilladt" in text and "0,5" in text and "40" in text, text
        assert panel.editors["max_single_injection_ml"].text() == "nan"
        _type(qtbot, panel.editors["max_single_injection_ml"], "12,5")
        assert panel.save()
        assert settings.load().max_single_injection_ml == 12.5
        assert panel.editors["max_single_injection_ml"].text() == "12,5"
    finally:
        install_translators(qapp, "en")


def test_language_change_retranslates_in_place(qtbot, admin_screen, qapp):
    from ebp_logger.gui.translations import install_translators

    panel = admin_screen.settings_panel
    lock = panel.editors["autolock_minutes"]
    _type(qtbot, lock, "-5")
    assert not panel.save()
    install_translators(qapp, "da")
    qapp.processEvents()  # LanguageChange is posted, not sent
    try:
        assert panel.editors["autolock_minutes"] is lock and lock.text() == "-5"
        assert panel.labels["autolock_minutes"].text() == "Lås efter inaktivitet"
        assert panel.editors["alarm_sound"].text() == "Alarmlyd"
        assert panel.editors["language"].itemText(1) == "Dansk"
        assert panel.errors["autolock_minutes"].isVisible()
    finally:
        install_translators(qapp, "en")
        qapp.processEvents()
    assert panel.labels["autolock_minutes"].text() == "Lock after idle"
