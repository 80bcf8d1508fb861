"""The audit viewer lists the newest rows first (as its heading says), with the checklist's
answers as words, not stored codes."""

from __future__ import annotations


def test_newest_first_and_answers_as_labels(qtbot, gui_db, live_session):
    from ebp_logger.gui.dialogs.audit_viewer_dialog import AuditViewerDialog
    from ebp_logger.store.audit_view import diff

    admin = gui_db[0]
    dialog = AuditViewerDialog(admin)
    qtbot.addWidget(dialog)
    ids = [e.id for e in dialog.shown()]
    assert ids == sorted(ids, reverse=True) and len(ids) > 5
    assert "newest" in dialog.scope_label.text()
    assert dialog.pdf_inputs()["rows"][0].id == min(ids)  # the printout reads in order

    changes = diff("checklist_answer", None, {"answer": "not_relevant"}, {}, "en")
    assert changes[0].new == "Not relevant"
    assert diff("checklist_answer", None, {"answer": "not_relevant"}, {}, "da")[0].new == (
        "Ikke relevant"
    )
    assert diff("checklist_answer", None, {"answer": "yes"}, {}, "en")[0].new == "Yes"
