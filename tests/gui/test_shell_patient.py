"""Find and register patients: CPR read as it is typed, the modulus-11 failure confirmed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.shell_helpers import sign_in


@pytest.fixture
def register_page(main_window):
    sign_in(main_window, "doc")
    main_window.open_patient()
    return main_window.current_page


def test_birth_date_and_sex_appear_while_typing(register_page):
    ui = register_page.ui
    QTest.keyClicks(ui.cprEdit, "12057")
    assert "10 digits" in ui.derivedLabel.text()
    QTest.keyClicks(ui.cprEdit, "1-1003")
    text = ui.derivedLabel.text()
    assert "12.05.1971" in text and "Male" in text
    assert "modulus" not in text
    assert ui.derivedLabel.property("kind") == "ok"
    ui.cprEdit.clear()
    QTest.keyClicks(ui.cprEdit, "320571-1003")
    assert "not a real date" in ui.derivedLabel.text()
    assert ui.derivedLabel.property("kind") == "error"


def test_mod11_failure_asks_for_confirmation(register_page, prompt_answers):
    from ebp_logger.store.services import patients

    ui = register_page.ui
    QTest.keyClicks(ui.cprEdit, "150790-2000")
    assert "15.07.1990" in ui.derivedLabel.text()
    assert "Female" in ui.derivedLabel.text()
    assert "modulus-11" in ui.derivedLabel.text()
    QTest.keyClick(ui.cprEdit, Qt.Key.Key_Return)  # on to the name
    QTest.keyClicks(ui.nameEdit, "A New Patient")

    prompt_answers.answers = [False]  # "Go back and check"
    QTest.keyClick(ui.nameEdit, Qt.Key.Key_Return)
    assert prompt_answers.titles() == ["Confirm the CPR number"]
    assert "modulus-11" in prompt_answers.asked[0][1]
    assert patients.get_by_cpr("1507902000") is None
    assert ui.cprEdit.text() == "150790-2000" and ui.nameEdit.text() == "A New Patient"

    prompt_answers.answers = [True]  # "Register as typed"
    ui.registerButton.click()
    registered = patients.get_by_cpr("1507902000")
    assert registered is not None and registered.mod11_confirmed
    assert registered.sex == "female" and registered.name == "A New Patient"
    assert register_page.patient is not None and register_page.patient.id == registered.id
    assert "confirmed by hand" in register_page.ui.patientInfo.text()


def test_refused_registration_keeps_the_input(register_page):
    ui = register_page.ui
    QTest.keyClicks(ui.cprEdit, "120571-1003")
    ui.registerButton.click()  # no name
    assert "name is empty" in ui.registerMessage.text()
    assert ui.nameEdit.property("invalid") is True
    assert ui.cprEdit.text() == "120571-1003"


def test_patient_page_lists_earlier_ebps(main_window, patient, live_session, doctor):
    from ebp_logger.gui.screens.patient_screen import PatientScreen

    sign_in(main_window, "doc")
    main_window.open_patient(query="Patient One")
    page = main_window.current_page
    assert isinstance(page, PatientScreen)
    [session] = page.sessions_model.records()
    assert session.id == live_session
    # A session in progress is reopened, not duplicated.
    assert page.ui.resumeButton.isVisible()
    assert not page.ui.newSessionButton.isEnabled()


def test_no_match_offers_registration_with_what_was_typed(main_window):
    sign_in(main_window, "doc")
    main_window.open_patient(query="1507902000")
    page = main_window.current_page
    assert page.ui.detailStack.currentIndex() == 0
    assert page.ui.cprEdit.text() == "1507902000"
    assert "No patient matches" in page.ui.resultsHint.text()
