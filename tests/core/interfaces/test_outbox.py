"""Records out: MDM^T02 when a procedure ends, MDM^T10 when its record changes, delivered in
order from the durable outbox by the sender thread to an EHR played by an MLLP server built on
python-hl7 (it acknowledges, refuses, drops connections, goes away and comes back)."""

from __future__ import annotations

import time

import pytest

from ebp_logger.hl7 import mdm
from ebp_logger.interfaces import documents
from ebp_logger.interfaces.sender import Sender, deliver_pending
from ebp_logger.store import settings
from ebp_logger.store.models import Audit, OutboxMessage
from ebp_logger.store.services import outbox, ward
from ebp_logger.store.verify import verify
from tests.core.interfaces.ehr_stub import EhrStub
from tests.core.ward.helpers import new_patient, patch_to_rest

pytestmark = pytest.mark.both_backends


def wait_until(condition, what: str, limit_s: float = 60.0) -> None:
    """Poll until ``condition()`` holds (a bound against hanging, not a timing assertion)."""
    end = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"gave up waiting: {what}")
        time.sleep(0.02)


@pytest.fixture
def ehr(admin, clock):
    stub = EhrStub().start()
    settings.save(
        admin,
        ehr_enabled=True,
        ehr_port=stub.port,
        ehr_timeout_s=5,
        ehr_retry_max_s=5,
        hl7_receiving_application="EHR",
        hl7_sending_facility="ANAE",
    )
    yield stub
    stub.close()


def _rows() -> list[OutboxMessage]:
    return list(OutboxMessage.select().order_by(OutboxMessage.id))


def test_a_procedure_that_ends_is_sent_as_t02_and_a_later_score_as_t10(ehr, doctor, clock):
    sid = patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    assert deliver_pending(out=lambda _l: None) == 1
    (t02,) = ehr.accepted()
    assert (t02.event, t02.document) == ("T02", f"EBP-{sid}^EBPLOGGER")
    clock.advance(hours=24)
    ward.record_score(doctor, sid, "h24", 1, 2)
    assert deliver_pending(out=lambda _l: None) == 1
    t10 = ehr.accepted()[1]
    assert (t10.event, t10.document, t10.parent) == ("T10", t02.document, t02.document)
    assert deliver_pending(out=lambda _l: None) == 0  # nothing changed: nothing new
    for row in _rows():
        pdf = mdm.validate(row.hl7_text)  # hl7apy strict + the PDF decodes
        assert pdf.startswith(b"%PDF-")
        assert row.status == "sent" and row.ack_code == "AA"
    sends = Audit.select().where(Audit.table == "outbox_message", Audit.action == "send")
    assert sends.count() == 2
    assert all(str(a.new["hl7_text"]).startswith("sha256:") for a in sends)  # digest, not PDF
    assert verify().ok


def test_an_outage_during_a_day_of_procedures_loses_nothing_and_keeps_order(ehr, doctor, clock):
    sender = Sender(poll_s=0.05, first_retry_s=0.02)
    sender.start()
    try:
        first = patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
        wait_until(lambda: len(ehr.accepted()) == 1, "the first record")
        ehr.stop()  # the EHR goes away for the rest of the morning
        for n in (1, 2, 3):
            patch_to_rest(doctor, new_patient(doctor, n).id, clock)
        clock.advance(hours=6)
        ward.record_score(doctor, first, "checkpoint", 1, 3)
        wait_until(
            lambda: any(r.attempts >= 3 and r.status == "pending" for r in _rows()),
            "retries while the EHR is away",
        )
        assert len(ehr.accepted()) == 1
        ehr.start()  # back
        wait_until(
            lambda: len(_rows()) == 5 and all(r.status == "sent" for r in _rows()),
            "everything delivered after the outage",
        )
    finally:
        sender.stop()
    rows = _rows()
    got = ehr.accepted()
    assert [g.control_id for g in got] == [r.control_id for r in rows]  # once each, in order
    assert [g.event for g in got] == ["T02", "T02", "T02", "T02", "T10"]
    assert not ehr.repeats()
    assert verify().ok


def test_refused_and_dropped_messages(ehr, doctor, admin, clock):
    a = patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    documents.scan()
    (row,) = _rows()
    ehr.refuse[row.control_id] = "AE"
    ehr.drop_next = 1  # the first try: the connection is dropped without an answer
    assert deliver_pending(out=lambda _l: None) == 0
    assert OutboxMessage.get_by_id(row.id).status == "pending"
    patch_to_rest(doctor, new_patient(doctor, 1).id, clock)
    assert deliver_pending(out=lambda _l: None) == 1  # the refused one fails, the next is sent
    failed = OutboxMessage.get_by_id(row.id)
    assert (failed.status, failed.ack_code, failed.attempts) == ("failed", "AE", 2)
    assert [r.status for r in outbox.list_messages()] == ["sent", "failed"]

    del ehr.refuse[row.control_id]
    outbox.resend(admin, row.id)
    assert deliver_pending(out=lambda _l: None) == 1
    assert OutboxMessage.get_by_id(row.id).status == "sent"
    assert sorted(g.document for g in ehr.accepted()) == sorted(
        [f"EBP-{a}^EBPLOGGER", f"EBP-{a + 1}^EBPLOGGER"]
    )
    resend = Audit.select().where(Audit.action == "resend").get()
    assert resend.username == "admin"
    assert verify().ok


def test_nothing_is_queued_while_the_interface_is_off(admin, doctor, clock):
    patch_to_rest(doctor, new_patient(doctor, 0).id, clock)
    assert documents.scan() == []
    clock.advance(minutes=1)
    settings.save(admin, ehr_enabled=True)
    assert documents.scan() == []  # ended before the interface was switched on
