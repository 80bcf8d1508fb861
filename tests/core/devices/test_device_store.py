"""The device store: one transaction per message, matching, quarantine, rejection, audit."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from ebp_logger.errors import PermissionDenied, StateError, ValidationError
from ebp_logger.hl7 import pcd01
from ebp_logger.hl7.pcd01 import MalformedMessage
from ebp_logger.store.models import Audit, DeviceMessage, Vital
from ebp_logger.store.services import devices
from ebp_logger.store.verify import verify
from tests.conftest import answer_checklist_safely
from tests.core.devices.conftest import SAMPLE, monitor_message

pytestmark = pytest.mark.both_backends

UTC = timezone.utc
T = datetime(2026, 11, 23, 9, 10, tzinfo=UTC)  # message times; the fake clock is moved past them


def store(text: str, match_bed: bool = False) -> devices.StoreResult:
    try:
        parsed = pcd01.parse(text)
    except MalformedMessage as exc:
        parsed = exc
    return devices.store_message(text, parsed, match_bed=match_bed)


@pytest.fixture
def later(clock, live_session):
    clock.advance(minutes=20)  # 09:20 UTC, after the sample's 09:15
    return live_session


def sample_text() -> str:
    return pcd01.normalise_segments(SAMPLE.read_text(encoding="utf-8"))


def test_the_sample_is_stored_as_device_vitals_audited_as_the_system(later):
    r = store(sample_text())
    assert (r.status, r.ack_code, r.session_id) == ("stored", "AA", later)
    rows = list(Vital.select().where(Vital.session == later).order_by(Vital.taken_at))
    assert [(v.systolic, v.diastolic, v.mean, v.heart_rate, v.spo2) for v in rows] == [
        (126, 78, 94, None, None),
        (None, None, None, 68, 97),
    ]
    assert {(v.source, v.recorded_by_id, v.device_ref) for v in rows} == {
        ("device", None, "PM-000451")
    }
    assert rows[1].taken_at == datetime(2026, 11, 23, 9, 15, tzinfo=UTC)
    dm = DeviceMessage.get_by_id(r.message_id)
    assert (dm.status, dm.session_id, dm.patient_ref, dm.bed) == (
        "stored",
        later,
        "1205711003^^^CPR^NNDNK",
        "OP-STUE-2^^2",
    )
    who = {a.username for a in Audit.select().where(Audit.table.in_(["vital", "device_message"]))}
    assert who == {"system"}
    assert verify().ok, verify().problems


def test_a_resent_message_is_acknowledged_once_more_but_stored_once(later):
    first = store(sample_text())
    again = store(sample_text())
    assert (again.status, again.ack_code, again.message_id) == ("duplicate", "AA", first.message_id)
    assert Vital.select().count() == 2 and DeviceMessage.select().count() == 1


def test_a_repeated_nibp_is_stored_once(later):
    a = store(monitor_message("A1", T, hr=70, bp=(120, 80)))
    b_text = monitor_message("A2", T.replace(minute=11), hr=75)
    # The gateway repeats the 09:10 NIBP (with its own time) in the next message.
    nibp = [s for s in a_text_segments("A1", 70) if "PRESS" in s]
    b = store(b_text + "\r" + "\r".join(nibp))
    assert a.vital_ids and len(b.vital_ids) == 1
    assert Vital.select().where(Vital.systolic.is_null(False)).count() == 1


def a_text_segments(cid: str, hr: int) -> list[str]:
    return monitor_message(cid, T, hr=hr, bp=(120, 80)).split("\r")


def test_out_of_range_values_are_rejected_not_stored(later):
    r = store(monitor_message("X1", T, spo2=127))
    assert (r.status, r.ack_code) == ("rejected", "AE")
    assert "spo2" in r.text and "outside the range" in r.text
    assert Vital.select().count() == 0
    dm = DeviceMessage.get_by_id(r.message_id)
    assert dm.status == "rejected" and "spo2" in dm.reason and "X1" in dm.raw


def test_one_bad_value_refuses_the_whole_message(later):
    r = store(monitor_message("X2", T, hr=72, bp=(80, 120)))  # systolic below diastolic
    assert r.ack_code == "AE" and "systolic" in r.text
    assert Vital.select().count() == 0


def test_a_time_in_the_future_is_rejected(later, clock):
    r = store(monitor_message("F1", clock.now.replace(hour=11)))
    assert r.ack_code == "AE" and "future" in r.text


def test_unknown_codes_only_are_noted_and_refused(later):
    text = monitor_message("U1", T).replace("147842^MDC_ECG_HEART_RATE", "999999^MDC_X")
    text = "\r".join(s for s in text.split("\r") if "PULS" not in s)
    r = store(text)
    assert (r.status, r.ack_code, r.error) == ("rejected", "AE", "103")
    assert "999999^MDC_X" in r.text


def test_unknown_codes_beside_known_ones_are_skipped_and_noted(later):
    text = monitor_message("U2", T) + "\rOBX|9|NM|151562^MDC_RESP_RATE^MDC||14|/min"
    r = store(text)
    assert (r.status, r.ack_code) == ("stored", "AA") and "MDC_RESP_RATE" in r.text
    assert "MDC_RESP_RATE" in DeviceMessage.get_by_id(r.message_id).reason


def test_malformed_messages_are_kept_as_rejected(later):
    r = store("MSH|^~\\&|A|B|C|D|20261123101500+0100||ADT^A01|Z9|P|2.6")
    assert (r.status, r.ack_code, r.control_id) == ("rejected", "AR", "Z9")
    assert DeviceMessage.get_by_id(r.message_id).reason.startswith("malformed")


def test_a_message_without_values_is_acknowledged(later):
    text = "\r".join(s for s in monitor_message("E1", T).split("\r") if "NM|" not in s)
    r = store(text)
    assert (r.status, r.ack_code, r.vital_ids) == ("stored", "AA", ())


def test_no_procedure_in_progress_quarantines(doctor, patient, clock):
    clock.advance(minutes=20)
    r = store(monitor_message("Q1", T))
    assert (r.status, r.ack_code) == ("quarantined", "AA")
    assert "no procedure is in progress for CPR 120571-1003" in r.text
    (q,) = devices.list_quarantine()
    assert (q.id, q.cpr, q.control_id) == (r.message_id, "120571-1003", "Q1")
    assert q.readings[0].heart_rate == 72


def test_an_unregistered_cpr_quarantines(later):
    r = store(monitor_message("Q2", T, cpr="0303881018"))
    assert r.status == "quarantined" and "no patient with CPR 030388-1018" in r.text


def test_assign_and_reject_from_the_quarantine(doctor, nurse, patient, clock):
    clock.advance(minutes=15)
    q1 = store(monitor_message("Q1", T, hr=64)).message_id
    q2 = store(monitor_message("Q2", T.replace(minute=12), hr=66)).message_id
    from ebp_logger.store.services import sessions

    sid = sessions.create_session(doctor, patient.id, indication="plph", patch_type="non_targeted")
    answer_checklist_safely(doctor, sid)
    sessions.start_procedure(doctor, sid)
    with pytest.raises(PermissionDenied):
        devices.assign(nurse, q1, sid)
    ids = devices.assign(doctor, q1, sid)
    (v,) = Vital.select().where(Vital.id.in_(ids))
    assert (v.heart_rate, v.source, v.recorded_by_id, v.session_id) == (
        64,
        "device",
        doctor.user_id,
        sid,
    )
    with pytest.raises(StateError):
        devices.assign(doctor, q1, sid)
    with pytest.raises(ValidationError):
        devices.reject(doctor, q2, "  ")
    devices.reject(doctor, q2, "monitor of the neighbouring bed")
    assert devices.list_quarantine() == []
    dm = DeviceMessage.get_by_id(q2)
    assert dm.resolution == "rejected:monitor of the neighbouring bed" and dm.resolved_by_id
    assert DeviceMessage.get_by_id(q1).resolved_session_id == sid
    assert verify().ok, verify().problems


def test_assign_refuses_another_patients_session(later, doctor):
    q = store(monitor_message("Q3", T, cpr="0303881018")).message_id
    with pytest.raises(ValidationError, match="030388-1018"):
        devices.assign(doctor, q, later)


def test_bed_matching_only_when_configured_and_only_without_cpr(doctor, patient, clock, admin):
    from ebp_logger.store.services import sessions

    sid = sessions.create_session(
        doctor, patient.id, indication="plph", patch_type="non_targeted", room_bed="OP-STUE-2 / 2"
    )
    answer_checklist_safely(doctor, sid)
    sessions.start_procedure(doctor, sid)
    clock.advance(minutes=20)
    no_cpr = monitor_message("B1", T).replace("PID|||1205711003^^^CPR^NNDNK", "PID|||")
    assert store(no_cpr, match_bed=False).status == "quarantined"
    r = store(no_cpr.replace("B1", "B2"), match_bed=True)
    assert (r.status, r.session_id) == ("stored", sid)
    other = store(monitor_message("B3", T, cpr="0303881018"), match_bed=True)
    assert other.status == "quarantined"  # a CPR that matches nothing is never matched by bed
    wrong_bed = no_cpr.replace("B1", "B4").replace("OP-STUE-2^^2", "OP-STUE-22")
    assert store(wrong_bed, match_bed=True).status == "quarantined"


def test_the_setting_is_read_when_not_passed(doctor, patient, clock, admin):
    from ebp_logger.store import settings

    settings.save(admin, hl7_match_bed=True)
    clock.advance(minutes=20)
    no_cpr = monitor_message("S1", T).replace("PID|||1205711003^^^CPR^NNDNK", "PID|||")
    r = devices.store_message(no_cpr, pcd01.parse(no_cpr))
    assert "bed" in r.text  # bed matching was tried (no session in that bed)


# --- The re-send check's memory of recent control ids ------------------------------------------


def _expected_duplicate(control_id: str, raw: str) -> bool:
    """The re-send check without the memory: the scan of the newest rows it saves."""
    from ebp_logger.store.database import db

    return (
        db.execute_sql(
            'SELECT 1 FROM "device_message" '
            'WHERE "id" > (SELECT COALESCE(MAX("id"), 0) FROM "device_message") - ? '
            'AND "control_id" = ? AND "raw" = ? AND "status" != ?',
            (devices.DUPLICATE_WINDOW, control_id, raw, "rejected"),
        ).fetchone()
        is not None
    )


def _in_other_thread(fn, *args):
    """Run on another thread: its own database connection, as a second writer has."""
    import threading

    from ebp_logger.store.database import db

    out = []

    def run():
        try:
            out.append(fn(*args))
        finally:
            db.close()

    t = threading.Thread(target=run)
    t.start()
    t.join()
    return out[0]


def test_resends_are_found_whoever_wrote_and_whatever_was_rolled_back(later, monkeypatch):
    """Random writes from this connection and another, refused messages, rolled-back writes,
    and a small window: every answer is the one the plain scan gives."""
    import random
    from collections import Counter

    from ebp_logger.errors import StorageError

    monkeypatch.setattr(devices, "DUPLICATE_WINDOW", 6)
    rng = random.Random(11)
    texts = [numbered_message(f"W{i}", i) for i in range(8)]
    refused = monitor_message("W7", T, spo2=127)  # a stored message's control id, refused
    seen: Counter = Counter()
    for step in range(300):
        text = rng.choice(texts) if rng.random() < 0.9 else refused
        cid = text.split("|")[9]
        expected = _expected_duplicate(cid, text)
        roll = rng.random()
        if roll < 0.1 and not expected:  # fails after its row went in: rolled back
            with monkeypatch.context() as m:
                m.setattr(devices, "_message_row", _row_then_fail)
                with pytest.raises((StorageError, RuntimeError)):
                    store(text)
            seen[("rolled back", False)] += 1
            continue
        other = roll < 0.35
        r = _in_other_thread(store, text) if other else store(text)
        assert (r.status == "duplicate") == expected, (step, cid, r)
        seen[("rolled back" if roll < 0.1 else "other" if other else "this", expected)] += 1
    assert min(seen.values()) >= 5, seen  # every kind of step, found and not found
    assert verify().ok


def numbered_message(cid: str, i: int) -> str:
    return monitor_message(cid, T.replace(second=i), hr=60 + i)


_message_row = devices._message_row


def _row_then_fail(*args, **kwargs):
    _message_row(*args, **kwargs)
    raise RuntimeError("the disk went away")


# --- Group commit: several messages, one transaction -------------------------------------------


def group(*texts: str) -> list:
    items = []
    for text in texts:
        parsed = pcd01.parse(text)
        found, refused = devices.assess(parsed)
        assert refused is None
        items.append((text, parsed, found))
    return items


def test_a_group_is_stored_in_one_commit_and_a_failure_stays_alone(later, monkeypatch):
    texts = [numbered_message(f"G{i}", i) for i in range(4)]
    real = devices._new_values

    def fail_for_g2(session_id, reading):
        if reading.heart_rate == 62:
            raise RuntimeError("a bug while storing G2")
        return real(session_id, reading)

    monkeypatch.setattr(devices, "_new_values", fail_for_g2)
    results = devices.store_messages(group(*texts, texts[0]), match_bed=False)
    assert [getattr(r, "status", type(r).__name__) for r in results] == [
        "stored",
        "stored",
        "RuntimeError",
        "stored",
        "duplicate",  # the same message twice in one group: the second is a re-send
    ]
    stored = {m.control_id for m in DeviceMessage.select()}
    assert stored == {"G0", "G1", "G3"}  # G2's savepoint was rolled back, nothing of it kept
    assert sorted(v.heart_rate for v in Vital.select()) == [60, 61, 63]
    monkeypatch.setattr(devices, "_new_values", real)
    (again,) = devices.store_messages(group(texts[2]), match_bed=False)
    assert again.status == "stored"  # not mistaken for a re-send of the rolled-back G2
    assert verify().ok, verify().problems


def test_when_the_commit_fails_every_message_of_the_group_holds_the_error(later, monkeypatch):
    from contextlib import contextmanager

    from ebp_logger.errors import StorageError

    real, depth = devices.write, [0]

    @contextmanager
    def failing_commit():
        outer = depth[0] == 0
        depth[0] += 1
        try:
            with real():
                yield
                if outer:
                    raise StorageError("The disk is full: nothing was saved.")
        finally:
            depth[0] -= 1

    texts = [numbered_message(f"F{i}", i) for i in range(3)]
    monkeypatch.setattr(devices, "write", failing_commit)
    for items in (group(*texts), group(texts[0])):  # a group, and a message alone
        results = devices.store_messages(items, match_bed=False)
        assert all(isinstance(r, StorageError) for r in results) and len(results) == len(items)
    assert DeviceMessage.select().count() == 0 and Vital.select().count() == 0
    monkeypatch.setattr(devices, "write", real)
    results = devices.store_messages(group(*texts), match_bed=False)
    assert [r.status for r in results] == ["stored"] * 3  # none taken for a re-send
    assert verify().ok


def test_a_database_error_in_a_group_fails_the_whole_group(later, monkeypatch):
    """A statement the database refuses may have ended the transaction: no message of the
    group may count as stored, not even those before it."""
    from ebp_logger.errors import StorageError

    texts = [numbered_message(f"E{i}", i) for i in range(3)]
    real = devices._new_values

    def database_fails_on_e1(session_id, reading):
        if reading.heart_rate == 61:
            raise StorageError("The database could not save: disk I/O error.")
        return real(session_id, reading)

    monkeypatch.setattr(devices, "_new_values", database_fails_on_e1)
    results = devices.store_messages(group(*texts), match_bed=False)
    assert [type(r).__name__ for r in results] == ["StorageError"] * 3
    assert DeviceMessage.select().count() == 0
