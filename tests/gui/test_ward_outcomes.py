"""Outcome screen, its PDF on a worker thread, the registry export dialog and the follow-up
dialog, on the demo database."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import Qt

from ebp_logger.errors import PermissionDenied
from ebp_logger.gui import prompts
from ebp_logger.store.audit import Actor
from ebp_logger.store.models import User
from ebp_logger.store.services import queries
from ebp_logger.store.services.demo import DEMO_PATIENTS
from tests.core.ward.helpers import demo_file_fixture, demo_fixture  # noqa: F401 - fixtures


def _actor(username: str) -> Actor:
    u = User.get(User.username == username)
    return Actor(u.id, u.username, u.role, u.full_name)


def test_outcome_screen_shows_figures_and_saves_pdf(qtbot, demo, tmp_path):
    from ebp_logger.gui.screens.outcome_screen import OutcomeScreen

    screen = OutcomeScreen(_actor("doctor"))
    qtbot.addWidget(screen)
    screen.set_period(date(2000, 1, 1), date(2999, 12, 31))
    assert screen.summary_label.text() == "4 patients, 4 patches"
    table = screen.figures_table
    first_row = [table.item(0, c).text() for c in range(table.columnCount())]
    assert first_row[:4] == ["All patches", "4", "1 of 2 (50 %)", "2"]
    assert "at least 50 %" in screen.definition_label.text()
    assert "not targets" in screen.literature_label.text()
    assert screen.registry_button.isVisibleTo(screen)

    out = tmp_path / "outcomes.pdf"
    with qtbot.waitSignal(screen.pdf_saved, timeout=20_000):
        screen.save_pdf(str(out))
    assert out.read_bytes().startswith(b"%PDF")
    assert "PDF saved" in screen.message.text()


def test_outcome_pdf_failure_is_reported(qtbot, demo, tmp_path):
    from ebp_logger.gui.screens.outcome_screen import OutcomeScreen

    screen = OutcomeScreen(_actor("doctor"))
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.pdf_failed, timeout=20_000):
        screen.save_pdf(str(tmp_path / "missing-folder" / "o.pdf"))
    assert "not saved" in screen.message.text() and screen.pdf_button.isEnabled()


def test_nurse_has_no_registry_export(qtbot, demo):
    from ebp_logger.gui.screens.outcome_screen import OutcomeScreen
    from ebp_logger.store import registry

    screen = OutcomeScreen(_actor("nurse"))
    qtbot.addWidget(screen)
    assert not screen.registry_button.isVisibleTo(screen)
    with pytest.raises(PermissionDenied):
        registry.export_to_file(_actor("nurse"), "/tmp/never-written.csv")


def test_registry_dialog_writes_pseudonymised_csv_and_dictionary(qtbot, demo, tmp_path):
    from ebp_logger.gui.dialogs.registry_export_dialog import RegistryExportDialog

    dialog = RegistryExportDialog(_actor("doctor"))
    qtbot.addWidget(dialog)
    assert dialog.pseudo_box.isChecked()  # pseudonymised unless the user unticks it
    dialog.path_edit.setText(str(tmp_path / "reg.csv"))
    dialog.json_radio.setChecked(True)
    assert dialog.path_edit.text().endswith("reg.json")  # the ending follows the format
    dialog.csv_radio.setChecked(True)
    assert dialog.path_edit.text().endswith("reg.csv")
    with qtbot.waitSignal(dialog.exported) as sig:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    csv_path, dict_path = sig.args[0]
    text = open(csv_path, encoding="utf-8-sig").read()
    for cpr, name, _ in DEMO_PATIENTS:
        assert cpr[:6] not in text and name.split()[0] not in text
    assert len(list(csv.DictReader(text.splitlines()))) == 4
    assert open(dict_path, encoding="utf-8").read().startswith("# EBP Logger registry")


def test_registry_dialog_keeps_choices_on_a_bad_path(qtbot, demo, tmp_path, monkeypatch):
    from ebp_logger.gui.dialogs.registry_export_dialog import RegistryExportDialog

    dialog = RegistryExportDialog(_actor("doctor"))
    qtbot.addWidget(dialog)
    dialog.show()
    bad = str(tmp_path / "no-such-folder" / "reg.csv")
    dialog.path_edit.setText(bad)
    dialog.pseudo_box.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not exported" in dialog.message.text())  # written on a pool thread
    assert "no-such-folder" in dialog.message.text()
    assert dialog.isVisible() and dialog.path_edit.text() == bad
    assert not dialog.pseudo_box.isChecked()
    existing = tmp_path / "old.csv"
    existing.write_text("keep me")
    dialog.path_edit.setText(str(existing))
    monkeypatch.setattr(prompts, "confirm", lambda *a, **k: False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert existing.read_text() == "keep me"


def test_follow_up_dialog_repeat_shows_earliest_date_and_saves(qtbot, demo):
    from ebp_logger.gui.dialogs.follow_up_dialog import FollowUpDialog

    sid = demo[1]["supine_rest"]
    dialog = FollowUpDialog(_actor("doctor"), sid)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "follow-up due" in dialog.findChild(type(dialog.message), "fu_window").text()
    dialog.decision_combo.setCurrentIndex(dialog.decision_combo.findData("repeat_ebp"))
    ended = queries.get_session(sid).ended_at
    from ebp_logger.clinical.schedule import earliest_repeat
    from ebp_logger.clock import to_local

    assert f"{to_local(earliest_repeat(ended)):%d.%m.%Y}" in dialog.repeat_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "effect" in dialog.message.text()  # no effect chosen yet: refused, nothing lost
    dialog.effect_radios[next(iter(dialog.effect_radios))].setChecked(True)
    dialog.standing_edit.setText("12")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.standing_edit.property("state") == "refused" and dialog.isVisible()
    dialog.standing_edit.setText("6")
    with qtbot.waitSignal(dialog.follow_up_saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    fu = queries.session_detail(sid).follow_ups[-1]
    assert (fu.decision, fu.standing, fu.effect) == ("repeat_ebp", 6, "none")
