"""The administrator's hospital-interfaces dialog: the outbox with its answers and a resend,
the ADT messages received; reachable from the admin home screen with one button; and the
patient search says where a patient came from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ebp_logger.gui.dialogs.interfaces_dialog import InterfacesDialog
from ebp_logger.hl7 import adt
from ebp_logger.interfaces import documents
from ebp_logger.store import settings
from ebp_logger.store.models import Audit, OutboxMessage
from ebp_logger.store.services import adt as adt_service
from ebp_logger.store.services import outbox
from tests.core.interfaces.conftest import adt_message
from tests.core.ward.helpers import new_patient, patch_to_rest


@pytest.fixture
def failed_and_rejected(admin, doctor, clock):
    """One document the EHR refused, and one ADT message refused here."""
    settings.save(admin, ehr_enabled=True)
    clock.advance(minutes=1)
    patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    (queued,) = documents.scan()
    outbox.record_attempt(queued.id, "AE", "unknown document type")
    text = adt_message("A05", "R1", "0101701234")
    with_refusal = None
    try:
        adt.parse(text)
    except adt.AdtRefused as exc:
        with_refusal = adt_service.store_rejected(text, exc)
    assert with_refusal is not None
    return queued


def test_dialog_lists_the_outbox_and_resends_a_failed_message(qtbot, admin, failed_and_rejected):
    queued = failed_and_rejected
    dialog = InterfacesDialog(admin)
    qtbot.addWidget(dialog)
    assert dialog.outbox_table.rowCount() == 1
    assert dialog.outbox_table.item(0, 5).text() in ("failed", "afvist")
    assert "unknown document type" in dialog.outbox_table.item(0, 8).text()
    assert dialog.outbox_table.item(0, 8).toolTip() == dialog.outbox_table.item(0, 8).text()
    assert dialog.adt_table.rowCount() == 1
    assert "unknown event" in dialog.adt_table.item(0, 6).text()
    assert not dialog.resend_button.isEnabled()
    dialog.outbox_table.selectRow(0)
    assert dialog.resend_button.isEnabled()
    dialog.resend_button.click()
    assert OutboxMessage.get_by_id(queued.id).status == "pending", dialog.message.text()
    assert Audit.select().where(Audit.action == "resend").get().username == "admin"
    assert dialog.message.text()  # says it waits to be sent again (in either language)


def test_a_danish_administrator_reads_the_states_in_danish(qtbot, qapp, admin, failed_and_rejected):
    from ebp_logger.gui.translations import install_translators

    install_translators(qapp, "da")
    try:
        dialog = InterfacesDialog(admin)
        qtbot.addWidget(dialog)
        assert dialog.outbox_table.item(0, 5).text() == "afvist"
        assert dialog.outbox_table.item(0, 7).text() == "proceduren sluttede"
        assert dialog.adt_table.item(0, 4).text() == "afvist"
        outbox.resend(admin, failed_and_rejected.id)  # from another PC: this list is old
        dialog.outbox_table.selectRow(0)
        dialog.resend_button.click()
        assert dialog.message.text().startswith("Udgående meddelelse"), dialog.message.text()
    finally:
        install_translators(qapp, "en")


def test_admin_home_has_one_button_for_it(qtbot, admin):
    from ebp_logger.gui.screens.admin_home_screen import AdminHomeScreen

    screen = AdminHomeScreen(admin)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.interfaces_requested):
        qtbot.mouseClick(screen.ui.interfacesButton, Qt.MouseButton.LeftButton)


def test_patient_search_shows_where_the_patient_came_from(qtbot, doctor):
    from ebp_logger.gui.screens.patient_screen import PatientScreen

    text = adt_message("A28", "S1", "0101701234", name="Hansen^Jens")
    adt_service.apply(text, adt.parse(text))
    from ebp_logger.store.services import patients

    patients.register_patient(doctor, "120571-1003", "Jens Typed Hansen")
    screen = PatientScreen(doctor, query="Hansen")
    qtbot.addWidget(screen)
    model = screen.results_model
    col = model.columnCount() - 1
    shown = {model.index(r, 0).data(): model.index(r, col).data() for r in range(model.rowCount())}
    assert shown == {"Jens Hansen": "ADT", "Jens Typed Hansen": "Typed"}
