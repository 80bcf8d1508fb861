"""Reading ADT with python-hl7 and applying it (no sockets): which PID-3 repetition is the CPR
number, bed matching through the ADT location, the schema step on an older database."""

from __future__ import annotations

import pytest

from ebp_logger.hl7 import adt
from ebp_logger.store.models import AdtMessage, DeviceMessage, Patient, Vital
from ebp_logger.store.services import adt as adt_service
from ebp_logger.store.verify import verify
from tests.core.interfaces.conftest import adt_message

pytestmark = pytest.mark.both_backends


def test_the_cpr_repetition_is_found_whichever_place_it_has():
    text = adt_message("A08", "P1", "0101701234")  # hospital number first, CPR second
    assert adt.parse(text).cpr == "0101701234"
    swapped = text.replace("H0001^^^HOSP^MR~0101701234^^^CPR^NNDNK", "0101701234^^^CPR~H1^^^X")
    assert adt.parse(swapped).cpr == "0101701234"
    # Unmarked: the repetition that reads as a valid CPR number (a real birth date).
    plain = text.replace("H0001^^^HOSP^MR~0101701234^^^CPR^NNDNK", "9999999999~010170-1234")
    assert adt.parse(plain).cpr == "0101701234"


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("hello", "AR", "not an HL7 message"),
        ("MSH|^~\\&|X|Y|||20261205||ORU^R01|Q|P|2.5\rPID|1||0101701234", "AR", "not an ADT"),
        ("MSH|^~\\&|X|Y|||20261205||ADT^A08|Q|P|2.5", "AE", "no PID"),
    ],
)
def test_unusable_messages_are_refused_with_a_reason(text, code, words):
    with pytest.raises(adt.AdtRefused) as caught:
        adt.parse(text)
    assert caught.value.ack_code == code and words in caught.value.reason


def test_a_merge_without_mrg_or_into_itself_is_refused():
    text = adt_message("A40", "M1", "0101701234")
    with pytest.raises(adt.AdtRefused, match="MRG"):
        adt.parse(text)
    with pytest.raises(adt.AdtRefused, match="same CPR"):
        adt.parse(adt_message("A40", "M2", "0101701234", retired_cpr="0101701234"))


def test_a_name_change_is_audited_old_to_new(actors):
    from ebp_logger.store.models import Audit

    first = adt_message("A28", "N1", "0101701234")
    adt_service.apply(first, adt.parse(first))
    renamed = adt_message("A31", "N2", "0101701234", name="Holm^Jens Peter")
    result = adt_service.apply(renamed, adt.parse(renamed))
    assert result.ack_code == "AA" and result.status == "applied"
    row = Audit.select().where(Audit.action == "adt_update").get()
    assert "name: Jens Peter Hansen → Jens Peter Holm" in row.reason
    assert row.old["name"] == "Jens Peter Hansen" and row.new["name"] == "Jens Peter Holm"


def test_an_update_for_a_retired_identifier_is_refused_and_kept(actors):
    for cid, text in [
        ("X1", adt_message("A01", "X1", "0101701234")),
        ("X2", adt_message("A01", "X2", "1205711003", name="Other^Person")),
        ("X3", adt_message("A40", "X3", "0101701234", retired_cpr="1205711003")),
    ]:
        assert adt_service.apply(text, adt.parse(text)).ack_code == "AA", cid
    late = adt_message("A08", "X4", "1205711003")
    result = adt_service.apply(late, adt.parse(late))
    assert result.ack_code == "AE" and "merged into 010170-1234" in result.text
    assert AdtMessage.get_by_id(result.message_id).status == "rejected"
    assert verify().ok


def test_a_monitor_message_matches_the_session_by_the_adt_bed(doctor, clock):
    from datetime import timedelta

    from ebp_logger.devices.simulator import MonitorValues, build_message
    from ebp_logger.hl7.pcd01 import normalise_segments, parse
    from ebp_logger.store.services import devices, sessions, ward
    from tests.conftest import answer_checklist_safely

    text = adt_message("A01", "B1", "0101701234", location="ANA^12^3")
    adt_service.apply(text, adt.parse(text))
    pid = Patient.get(Patient.cpr == "0101701234").id
    sid = sessions.create_session(doctor, pid, indication="plph", patch_type="non_targeted")
    answer_checklist_safely(doctor, sid)
    ward.record_score(doctor, sid, "baseline", 2, 8)
    sessions.start_procedure(doctor, sid)
    v = MonitorValues(70, 70, 98, 120, 80)
    raw = build_message("M1", "", "ANA^12^3", clock.now - timedelta(minutes=1), v, None)
    result = devices.store_message(raw, parse(normalise_segments(raw)), match_bed=True)
    assert result.status == "stored" and result.session_id == sid
    assert Vital.select().where(Vital.session == sid).count() >= 1
    assert DeviceMessage.get_by_id(result.message_id).session_id == sid


@pytest.mark.file_only
def test_the_schema_step_on_an_older_database_keeps_verify_clean(tmp_path, actors, doctor):
    """A database from before schema 4: the patient columns and tables are added and each
    existing patient's audited value follows its new columns."""
    from ebp_logger.store import database, opening
    from ebp_logger.store.services import patients

    patients.register_patient(doctor, "120571-1003", "Typed Patient")
    path = database.database_path()
    db = database.db
    for col in ("source", "address", "phone", "location", "merged_into"):
        db.execute_sql(f'ALTER TABLE "patient" DROP COLUMN "{col}"')
    db.execute_sql('DROP TABLE "adt_message"')
    db.execute_sql('DROP TABLE "outbox_message"')
    db.execute_sql('DELETE FROM "schema_version" WHERE "version" = 4')
    opening.open_database(path)
    assert [c.name for c in db.get_columns("patient")][-5:] == [
        "source",
        "address",
        "phone",
        "location",
        "merged_into",
    ]
    assert Patient.get(Patient.cpr == "1205711003").source == "typed"
    report = verify()
    assert report.ok, report.problems


def test_a_merge_of_two_patients_each_with_an_open_procedure_is_refused(doctor):
    """Moving one patient's open session onto another who has one would make two procedures
    in progress for one patient: AE, kept as rejected, nothing moved."""
    from ebp_logger.store.models import Session
    from ebp_logger.store.services import sessions

    for cid, cpr in (("O1", "0101701234"), ("O2", "1205711003")):
        text = adt_message("A01", cid, cpr, name="Open^Patient")
        adt_service.apply(text, adt.parse(text))
        pid = Patient.get(Patient.cpr == cpr).id
        sessions.create_session(doctor, pid, indication="plph", patch_type="non_targeted")
    text = adt_message("A40", "O3", "0101701234", retired_cpr="1205711003")
    result = adt_service.apply(text, adt.parse(text))
    assert result.ack_code == "AE" and "both patients" in result.text
    assert AdtMessage.get_by_id(result.message_id).status == "rejected"
    retired = Patient.get(Patient.cpr == "1205711003")
    assert retired.merged_into is None
    assert Session.select().where(Session.patient == retired.id).count() == 1
    assert verify().ok
