"""The warning-sign dialog keeps its layout when the first sign is ticked (no jump)."""

from __future__ import annotations


def test_first_tick_does_not_reflow(qtbot, gui_db, live_session):
    from PySide6.QtWidgets import QApplication

    from ebp_logger.gui.dialogs.observation_dialog import ObservationDialog
    from ebp_logger.store.services import procedure, sessions

    admin, doctor, nurse = gui_db
    procedure.record_injection(doctor, live_session, 10)
    procedure.record_stop(doctor, live_session, "back_pain")
    sessions.end_procedure(doctor, live_session)
    dialog = ObservationDialog(nurse, live_session)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    before = (
        dialog.height(),
        dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft()),
    )
    next(iter(dialog.boxes.values())).setChecked(True)
    QApplication.processEvents()
    after = (dialog.height(), dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft()))
    assert before == after
