"""After an early score the doctor's home and the nurses' worklist say the same thing: both
read worklist.ward_overview (one rule, one source)."""

from __future__ import annotations


def test_home_and_worklist_agree_after_an_early_score(qtbot, gui_db, live_session, clock):
    from ebp_logger.gui.models.worklist_model import COL_DUE
    from ebp_logger.gui.screens.home_screen import HomeScreen
    from ebp_logger.gui.screens.worklist_screen import WorklistScreen
    from ebp_logger.store.services import procedure, sessions, ward

    admin, doctor, nurse = gui_db
    procedure.record_injection(doctor, live_session, 10)
    procedure.record_stop(doctor, live_session, "back_pain")
    sessions.end_procedure(doctor, live_session)
    clock.advance(hours=1)
    ward.record_score(nurse, live_session, "checkpoint", 1, 2)  # early: not the 24 h score

    home = HomeScreen(doctor)
    ward_list = WorklistScreen(nurse)
    qtbot.addWidget(home)
    qtbot.addWidget(ward_list)
    home.refresh()
    ward_list.refresh()
    rows = home.rest_model.records()
    assert [r.session.id for r in rows] == [live_session]
    home_due = home.rest_model.index(0, 2).data()
    tables = (ward_list.due_model, ward_list.scored_model)
    ward_due = next(m.index(0, COL_DUE).data() for m in tables if m.rowCount())
    assert home_due == ward_due
