"""Set-up as a tired user meets it: the indication starts from the last patch's, and the
checklist's count of answered questions only rises while answering."""

from __future__ import annotations

import re

from tests.gui.shell_helpers import sign_in


def test_indication_defaults_to_the_last_sessions(main_window, doctor, patient):
    from ebp_logger.store.services import sessions

    sid = sessions.create_session(doctor, patient.id, indication="plph", patch_type="non_targeted")
    sessions.abandon(doctor, sid, "patient went home")
    sign_in(main_window, "doc")
    main_window.open_setup(patient_id=patient.id)
    page = main_window.current_page
    assert page.session is None
    assert page.ui.indicationCombo.currentData() == "plph"


def test_first_ebp_keeps_the_lists_first_indication(main_window, patient):
    sign_in(main_window, "doc")
    main_window.open_setup(patient_id=patient.id)
    assert main_window.current_page.ui.indicationCombo.currentIndex() == 0


def test_answered_count_only_rises(main_window, patient):
    from ebp_logger.clinical.checklist import YES
    from ebp_logger.store.services import checklist

    sign_in(main_window, "doc")
    main_window.open_setup(patient_id=patient.id)
    page = main_window.current_page
    page.ui.saveSessionButton.click()
    counts = []
    for key, value in checklist.all_clear_answers().items():
        row = page.checklist.rows.get(key)
        if row is None or row.saved:
            continue
        value = YES if key == "anticoagulant" else value  # asks follow-up questions
        if value not in row.buttons:
            break
        row.buttons[value].click()
        found = re.search(r"(\d+) of (\d+)", page.ui.problemsLabel.text())
        if found:
            counts.append(int(found.group(1)))
    assert len(counts) > 3 and counts == sorted(counts)


def test_a_score_of_11_is_refused_as_typed(main_window, patient):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from ebp_logger.store.services import queries

    sign_in(main_window, "doc")
    main_window.open_setup(patient_id=patient.id)
    page = main_window.current_page
    page.ui.saveSessionButton.click()
    spin = page.ui.lyingSpin
    spin.setFocus()
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin, "11")
    assert spin.lineEdit().text() == "11"  # not silently "1"
    QTest.keyClick(spin, Qt.Key.Key_Return)
    page.ui.standingSpin.setValue(5)
    page.ui.saveScoreButton.click()
    assert "11 is not a score" in page.ui.scoreStatus.text()
    assert "0–10" in page.ui.scoreStatus.text()
    assert spin.lineEdit().text() == "11"
    detail = queries.session_detail(page.session.id)
    assert detail.score("baseline") is None
