"""SIGKILL of the sender (``ebp-logger outbox --serve`` in a process of its own) right after
the EHR acknowledged a message: nothing is lost, and nothing the EHR acknowledged comes back
as a new document (a repeat carries the same control id and document number)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from ebp_logger.interfaces import documents
from ebp_logger.store import settings
from ebp_logger.store.models import OutboxMessage
from ebp_logger.store.verify import verify
from tests.core.interfaces.conftest import ADMIN_PASSWORD, ROOT
from tests.core.interfaces.ehr_stub import EhrStub
from tests.core.interfaces.test_outbox import wait_until
from tests.core.ward.helpers import new_patient, patch_to_rest


def _sender(db) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), EBP_LOGGER_PASSWORD=ADMIN_PASSWORD)
    return subprocess.Popen(
        [sys.executable, "-m", "ebp_logger", "outbox", "--db", str(db), "--serve"]
        + ["--user", "admin"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        env=env,
    )


def test_a_killed_sender_loses_nothing_and_repeats_are_recognisable(db_path, admin, doctor, clock):
    stub = EhrStub(hold_at=2).start()
    try:
        settings.save(admin, ehr_enabled=True, ehr_port=stub.port, ehr_timeout_s=5)
        clock.advance(minutes=1)
        for n in range(4):
            patch_to_rest(doctor, new_patient(doctor, n).id, clock)
        queued = documents.scan()
        assert [q.event for q in queued] == ["T02"] * 4

        first = _sender(db_path)
        wait_until(stub.held.is_set, "the second message acknowledged")
        first.send_signal(signal.SIGKILL)  # mid-delivery: its ACK was written to the socket
        first.wait(30)
        stub.release.set()

        second = _sender(db_path)
        try:
            wait_until(
                lambda: all(
                    r.status == "sent" for r in OutboxMessage.select().order_by(OutboxMessage.id)
                ),
                "every message sent after the restart",
                limit_s=120,
            )
        finally:
            second.terminate()
            second.wait(30)
        rows = list(OutboxMessage.select().order_by(OutboxMessage.id))
        got = stub.accepted()
        assert [g.control_id for g in got] == [r.control_id for r in rows]  # none lost, in order
        by_id = {r.control_id: r for r in rows}
        for repeat in stub.repeats():  # only those the kill caught, each the same document
            assert repeat in (rows[1].control_id, rows[2].control_id)
            docs = {f.document for f in stub.frames if f.control_id == repeat}
            assert docs == {by_id[repeat].document_number}
        assert len({g.document for g in got}) == 4
        # The third message reached the EHR before the kill but was never acknowledged then:
        # it came again after the restart, the same message.
        third = [f for f in stub.frames if f.control_id == rows[2].control_id]
        assert len(third) >= 1 and third[-1].acked == "AA"
        assert verify().ok
    finally:
        stub.close()
