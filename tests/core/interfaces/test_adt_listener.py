"""The ADT listener end to end: python-hl7's ``mllp_send`` plays the hospital's ADT sender
against ``ebp-logger adt-listen`` (a real process on a real socket, a real SQLite file)."""

from __future__ import annotations

import pytest

from ebp_logger.hl7.hl7v2 import validate_strict
from ebp_logger.store.models import AdtMessage, Audit, Patient, Session
from ebp_logger.store.services import patients, sessions
from ebp_logger.store.verify import verify
from tests.core.interfaces.conftest import adt_message, msa, run_mllp_send

pytestmark = pytest.mark.both_backends

CPR_A = "0101701234"  # the surviving identifier
CPR_B = "1205711003"  # typed at the bedside during downtime, retired by the merge


def _patient(cpr: str) -> Patient:
    return Patient.get(Patient.cpr == cpr)


def test_admit_update_merge_keeps_every_session_and_audits_each_step(
    adt_listener, doctor, tmp_path
):
    (ack,) = run_mllp_send([adt_message("A01", "C1", CPR_A)], adt_listener.port, tmp_path)
    assert msa(ack)[1:3] == ["AA", "C1"]
    validate_strict(ack)  # our ACK passes hl7apy's strict check
    a = _patient(CPR_A)
    assert (a.name, a.source, a.location, a.phone) == (
        "Jens Peter Hansen",
        "adt",
        "ANA^12^3",
        "+4512345678",
    )
    assert a.address == "Nørregade 1, 8000 Aarhus C, DK"

    new_address = "Vestergade 9^^Odense C^^5000^DK"
    (ack,) = run_mllp_send(
        [adt_message("A08", "C2", CPR_A, address=new_address)], adt_listener.port, tmp_path
    )
    assert msa(ack)[1] == "AA"
    assert _patient(CPR_A).address == "Vestergade 9, 5000 Odense C, DK"

    typed = patients.register_patient(doctor, "120571-1003", "Jens P. Hansen")  # downtime
    s_a = sessions.create_session(doctor, a.id, indication="plph", patch_type="non_targeted")
    s_b = sessions.create_session(doctor, typed.id, indication="plph", patch_type="non_targeted")
    # One of the two is closed before the merge: two open ones are refused (test_adt_store).
    sessions.abandon(doctor, s_b, "registered twice during downtime")

    (ack,) = run_mllp_send(
        [adt_message("A40", "C3", CPR_A, address=new_address, retired_cpr=CPR_B)],
        adt_listener.port,
        tmp_path,
    )
    assert msa(ack)[1] == "AA", ack
    ids = {s.id for s in Session.select().where(Session.patient == a.id)}
    assert ids == {s_a, s_b}
    retired = _patient(CPR_B)
    assert retired.merged_into == a.id  # kept, pointing at the survivor
    assert patients.get_patient(retired.id).merged_into == a.id

    actions = [
        (r.action, r.table)
        for r in Audit.select().where(Audit.username == "adt-feed").order_by(Audit.id)
    ]
    assert actions == [
        ("create", "patient"),
        ("adt_update", "patient"),
        ("merge", "session"),
        ("merge", "patient"),
    ]
    merge = Audit.select().where(Audit.action == "merge", Audit.table == "session").get()
    assert merge.old["patient_id"] == typed.id and merge.new["patient_id"] == a.id
    assert [m.status for m in AdtMessage.select().order_by(AdtMessage.id)] == ["applied"] * 3
    report = verify()
    assert report.ok, report.problems


def test_refusals_are_answered_with_the_reason_and_kept(adt_listener, tmp_path):
    replies = run_mllp_send(
        [
            adt_message("A05", "R1", CPR_A),  # an event it does not take
            adt_message("A01", "R2", "H77", hospital_number=""),  # no CPR number at all
            adt_message("A01", "R3", CPR_A, name=""),  # no name for a new patient
            adt_message("A01", "R4", CPR_A, hospital_number="", cpr_marked=False),  # bare CPR
        ],
        adt_listener.port,
        tmp_path,
    )
    codes = [msa(r)[1:3] for r in replies]
    assert codes == [["AR", "R1"], ["AE", "R2"], ["AE", "R3"], ["AA", "R4"]]
    assert "unknown event A05" in replies[0]
    assert "no CPR number" in replies[1]
    for r in replies:
        validate_strict(r)
    rows = list(AdtMessage.select().order_by(AdtMessage.id))
    assert [r.status for r in rows] == ["rejected", "rejected", "rejected", "applied"]
    assert rows[0].raw.startswith("MSH|") and "unknown event" in rows[0].reason
    assert verify().ok


def test_a_resent_message_is_applied_once_and_discharge_closes_the_location(adt_listener, tmp_path):
    admit = adt_message("A01", "D1", CPR_A)
    replies = run_mllp_send(
        [admit, admit, adt_message("A03", "D2", CPR_A, location="")],
        adt_listener.port,
        tmp_path,
    )
    assert [msa(r)[1] for r in replies] == ["AA", "AA", "AA"]
    assert "already received" in replies[1]
    assert Patient.select().where(Patient.cpr == CPR_A).count() == 1
    assert _patient(CPR_A).location == ""
    assert verify().ok


def test_the_app_runs_the_listener_on_a_thread_when_switched_on(admin, tmp_path):
    import socket

    from ebp_logger.interfaces.adt_listener import start_thread_if_enabled
    from ebp_logger.store import settings

    assert start_thread_if_enabled() is None  # off by default
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings.save(admin, adt_enabled=True, adt_port=port)
    thread = start_thread_if_enabled()
    try:
        assert thread is not None and thread.started.wait(30) and not thread.error
        assert thread.listener.host == "127.0.0.1"  # loopback unless allowed
        (ack,) = run_mllp_send([adt_message("A04", "T1", CPR_A)], port, tmp_path)
        assert msa(ack)[1:3] == ["AA", "T1"]
    finally:
        thread.stop()
    assert _patient(CPR_A).source == "adt"


def test_garbage_half_frames_and_oversized_frames_leave_it_running(adt_listener, tmp_path):
    import socket

    from tests.core.interfaces.conftest import FS_CR, VT

    def reply(sock) -> str:
        buf = b""
        while FS_CR not in buf:
            chunk = sock.recv(65536)
            assert chunk, "connection closed"
            buf += chunk
        return buf.split(FS_CR, 1)[0].split(VT, 1)[1].decode()

    with socket.create_connection(("127.0.0.1", adt_listener.port), timeout=30) as s:
        s.sendall(b"hello\r\n" + FS_CR)  # an end block without a start block
        assert msa(reply(s))[1] == "AR"
        s.sendall(VT + b"\xff\xfe\x00MSH|" + FS_CR)  # not UTF-8, not HL7
        assert msa(reply(s))[1] == "AR"
        s.sendall(VT + b"MSH|" + b"A" * 400_000 + FS_CR)  # over the size cap: one AR
        r = reply(s)
        assert msa(r)[1] == "AR" and "too large" in r
        s.sendall(b"noise" + VT + adt_message("A01", "G1", CPR_A).encode() + FS_CR)
        assert msa(reply(s))[1:3] == ["AA", "G1"]
    with socket.create_connection(("127.0.0.1", adt_listener.port), timeout=30) as s:
        s.sendall(VT + b"MSH|^~\\&|HALF")  # a peer that goes away inside a frame
    (ack,) = run_mllp_send([adt_message("A08", "G2", CPR_A)], adt_listener.port, tmp_path)
    assert msa(ack)[1:3] == ["AA", "G2"]
    rejected = AdtMessage.select().where(AdtMessage.status == "rejected").count()
    assert rejected == 3
    assert (
        len(AdtMessage.get(AdtMessage.status == "rejected", AdtMessage.raw.contains("[...")).raw)
        < 10_000
    )  # the oversized one is kept capped
    assert verify().ok
