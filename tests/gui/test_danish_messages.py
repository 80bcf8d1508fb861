"""English no longer reaches the Danish screen (issue 15 item 12): the core's refusals shown
in Danish wherever the GUI shows them, and the summary's counts and ranges in Danish."""

# ruff: noqa: F811 - the fixtures imported below are used as test parameters
from __future__ import annotations

import pytest

from ebp_logger.errors import EbpError
from ebp_logger.store.services import procedure
from tests.gui.procedure_fixtures import (  # noqa: F401 - fixtures
    doctor,
    live_session,
    procedure_db,
    procedure_template,
)


@pytest.fixture
def danish(qapp):
    from ebp_logger.gui.translations import install_translators

    install_translators(qapp, "da")
    yield
    install_translators(qapp, "en")


def test_explain_renders_the_core_in_danish(danish, doctor, live_session):
    from ebp_logger.gui.messages import explain

    with pytest.raises(EbpError) as err:
        procedure.record_injection(doctor, live_session, "2,55")
    text = explain(err.value)
    assert text.startswith("'2,55' har mere end én decimal"), text
    assert "Tilladt: et antal ml over 0 med højst én decimal" in text
    with pytest.raises(EbpError) as err:
        procedure.record_vitals(doctor, live_session, bp="80/120")
    assert "Det systoliske tryk (80)" in explain(err.value)


def test_explain_stays_english_on_the_english_screen(qapp, doctor, live_session):
    from ebp_logger.gui.messages import explain
    from ebp_logger.gui.translations import install_translators

    install_translators(qapp, "en")
    with pytest.raises(EbpError) as err:
        procedure.record_injection(doctor, live_session, "2,55")
    assert explain(err.value) == str(err.value)
    assert "has more than one decimal" in explain(err.value)


def test_injection_panel_refusal_in_danish(qtbot, danish, doctor, live_session):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ebp_logger.gui.screens.procedure_screen import ProcedureScreen

    scr = ProcedureScreen(doctor, live_session)
    scr._timer.stop()
    qtbot.addWidget(scr)
    panel = scr.injection
    panel.amount_edit.clear()
    QTest.keyClicks(panel.amount_edit, "41")
    QTest.keyClick(panel.amount_edit, Qt.Key.Key_Return)
    text = panel.message.text()
    assert "Ikke gemt" in text and "maksimum for en ikke-målrettet patch er 40 ml" in text, text
    assert "Allowed" not in text and "Tilladt: højst 40 ml" in text, text
    assert panel.amount_edit.text() == "41"


def test_summary_counts_and_single_heart_rate_in_danish(qtbot, danish, doctor, live_session):
    from ebp_logger.gui.screens.summary_screen import SummaryScreen

    procedure.record_vitals(doctor, live_session, bp="120/80", heart_rate=72)
    summary = SummaryScreen(doctor, live_session)
    qtbot.addWidget(summary)
    summary.refresh()
    assert summary.values["vitals"].text().startswith("1 måling")
    lowest = summary.values["lowest"].text()
    assert "Puls 72" in lowest and "72–72" not in lowest, lowest
    procedure.record_vitals(doctor, live_session, bp="118/78", heart_rate=80)
    summary.refresh()
    assert summary.values["vitals"].text().startswith("2 målinger")
    assert "Puls 72–80" in summary.values["lowest"].text()


def test_patch_type_and_start_button_in_danish(qtbot, danish):
    from PySide6.QtCore import QCoreApplication

    from ebp_logger.clinical.enums import PatchType

    assert PatchType.NON_TARGETED.label("da") == "Ikke-målrettet EBP"
    assert QCoreApplication.translate("SessionSetupScreen", "Start procedure ▶") == (
        "Start proceduren ▶"
    )
    assert QCoreApplication.translate("HomeScreen", "24 h score due") != "24 t-score"
