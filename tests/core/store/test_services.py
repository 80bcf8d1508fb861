"""Service layer: validation, roles, volume limit, corrections that keep the original."""

from __future__ import annotations

from datetime import timedelta

import pytest

from ebp_logger.errors import PermissionDenied, StateError, ValidationError
from ebp_logger.store.services import patients, procedure, queries, sessions, ward
from tests.conftest import answer_checklist_safely

pytestmark = pytest.mark.both_backends


def test_register_patient_derives_birth_date_and_sex(doctor):
    p = patients.register_patient(doctor, "030388-1018", "  Testpatient   Ærø Østerå ")
    assert p.name == "Testpatient Ærø Østerå"
    assert p.birth_date.isoformat() == "1988-03-03"
    assert p.sex == "female"
    assert p.cpr == "0303881018" and p.cpr_display == "030388-1018"
    assert patients.find_patients("0303")[0].id == p.id
    assert patients.find_patients("østerå")[0].id == p.id


def test_mod11_failure_needs_confirmation_not_rejection(doctor):
    with pytest.raises(patients.Mod11Unconfirmed):
        patients.register_patient(doctor, "150790-2000", "Testpatient Ålbæk")
    p = patients.register_patient(doctor, "150790-2000", "Testpatient Ålbæk", confirm_mod11=True)
    assert p.mod11_confirmed


def test_duplicate_cpr_is_refused(doctor, patient):
    with pytest.raises(ValidationError, match="already registered"):
        patients.register_patient(doctor, "1205711003", "Someone Else")


def test_running_total_never_passes_40_ml(live_session, doctor):
    for amount in (10, 10, 10, 9.9):
        procedure.record_injection(doctor, live_session, amount)
    procedure.record_injection(doctor, live_session, "0,1")
    assert queries.get_session(live_session).blood_ml == 40.0
    with pytest.raises(ValidationError, match="40"):
        procedure.record_injection(doctor, live_session, 0.1)
    assert queries.get_session(live_session).blood_ml == 40.0


def test_41st_millilitre_refused(live_session, doctor):
    procedure.record_injection(doctor, live_session, 20)
    procedure.record_injection(doctor, live_session, 20)
    with pytest.raises(ValidationError):
        procedure.record_injection(doctor, live_session, 1)


def test_correction_keeps_original_and_checks_limit(live_session, doctor):
    i1 = procedure.record_injection(doctor, live_session, 20)
    procedure.record_injection(doctor, live_session, 15)
    with pytest.raises(ValidationError):
        procedure.correct_injection(doctor, i1, 26, "misread syringe")
    new_id = procedure.correct_injection(doctor, i1, 25, "misread syringe")
    d = queries.session_detail(live_session)
    states = {i.meta.id: i.meta.state for i in d.injections}
    assert states[i1] == "corrected" and states[new_id] == "current"
    assert [i.amount_ml for i in d.injections if i.meta.id == i1] == [20.0]
    assert d.session.blood_ml == 40.0
    with pytest.raises(ValidationError, match="reason"):
        procedure.correct_injection(doctor, new_id, 24, "  ")


def test_stop_binds_reason_time_and_volume(live_session, doctor, clock):
    procedure.record_injection(doctor, live_session, 20)
    clock.advance(minutes=2)
    procedure.record_injection(doctor, live_session, 15)
    clock.advance(minutes=1)
    with pytest.raises(ValidationError):
        procedure.record_stop(doctor, live_session, "other", "")
    procedure.record_stop(doctor, live_session, "radicular_pain")
    stop = queries.session_detail(live_session).stop
    assert stop.reason == "radicular_pain" and stop.blood_ml == 35.0 and stop.at == clock.now
    with pytest.raises(StateError):
        procedure.record_injection(doctor, live_session, 1)
    sessions.end_procedure(doctor, live_session)
    assert queries.get_session(live_session).status == "supine_rest"


def test_end_requires_stop(live_session, doctor):
    with pytest.raises(StateError, match="stopped"):
        sessions.end_procedure(doctor, live_session)


def test_vitals_validation_messages(live_session, doctor):
    with pytest.raises(ValidationError) as e:
        procedure.record_vitals(doctor, live_session, bp="80/120")
    assert "systolic" in str(e.value).lower()
    with pytest.raises(ValidationError):
        procedure.record_vitals(doctor, live_session, spo2=101)
    with pytest.raises(ValidationError):
        procedure.record_vitals(doctor, live_session)
    vid = procedure.record_vitals(
        doctor, live_session, bp="120/80", spo2="97", heart_rate=64, rhythm="sinus"
    )
    v = queries.session_detail(live_session).vitals[-1]
    assert (v.meta.id, v.systolic, v.diastolic, v.spo2, v.heart_rate, v.source) == (
        vid,
        120,
        80,
        97,
        64,
        "manual",
    )


def test_future_times_refused(live_session, doctor, clock):
    with pytest.raises(ValidationError, match="future"):
        procedure.record_vitals(
            doctor, live_session, spo2=97, taken_at=clock.now + timedelta(hours=1)
        )


def test_nurse_cannot_change_procedure_data(live_session, nurse, doctor):
    vid = procedure.record_vitals(doctor, live_session, spo2=97)
    for call in (
        lambda: procedure.record_vitals(nurse, live_session, spo2=97),
        lambda: procedure.record_injection(nurse, live_session, 5),
        lambda: procedure.record_stop(nurse, live_session, "back_pain"),
        lambda: procedure.correct_entry(nurse, "vital", vid, "x", spo2=95),
        lambda: procedure.void_entry(nurse, "vital", vid, "x"),
        lambda: sessions.end_procedure(nurse, live_session),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_ward_flow_scores_observation_discharge(live_session, doctor, nurse, clock):
    procedure.record_injection(doctor, live_session, 30)
    procedure.record_stop(doctor, live_session, "max_volume")
    sessions.end_procedure(doctor, live_session)
    clock.advance(hours=24)
    ward.record_score(nurse, live_session, "h24", 0, 3)
    with pytest.raises(StateError):
        ward.record_score(nurse, live_session, "h24", 0, 3)
    with pytest.raises(ValidationError, match="standing"):
        ward.record_score(nurse, live_session, "checkpoint", 0, 11)
    oid = ward.record_observation(nurse, live_session, ["fever"], "38.6 °C")
    assert [o.meta.id for _, o in queries.unacknowledged_warnings()] == [oid]
    with pytest.raises(PermissionDenied):
        ward.acknowledge(nurse, oid)
    ward.acknowledge(doctor, oid, "seen the patient")
    assert queries.unacknowledged_warnings() == []
    sessions.end_rest(nurse, live_session)
    s = queries.get_session(live_session)
    assert s.status == "discharged" and s.discharged_by == "Test Nurse"


def test_attempt_number_and_too_soon_warning(doctor, patient, clock):
    sid = sessions.create_session(doctor, patient.id, indication="plph", patch_type="non_targeted")
    answer_checklist_safely(doctor, sid)
    sessions.start_procedure(doctor, sid)
    procedure.record_injection(doctor, sid, 20)
    procedure.record_stop(doctor, sid, "back_pain")
    sessions.end_procedure(doctor, sid)
    clock.advance(days=10)
    advice = sessions.advise_attempt(patient.id)
    assert advice.attempt_number == 2 and advice.too_soon
    sid2 = sessions.create_session(doctor, patient.id, indication="plph", patch_type="non_targeted")
    s2 = queries.get_session(sid2)
    assert s2.attempt_number == 2 and s2.previous_session_id == sid


def test_checklist_blocks_start(doctor, patient):
    sid = sessions.create_session(doctor, patient.id, indication="sih", patch_type="non_targeted")
    with pytest.raises(StateError, match="checklist"):
        sessions.start_procedure(doctor, sid)


def test_targeted_needs_level_and_counts_glue_separately(doctor, patient):
    with pytest.raises(ValidationError, match="level"):
        sessions.create_session(doctor, patient.id, indication="sih", patch_type="targeted")
    sid = sessions.create_session(
        doctor, patient.id, indication="sih", patch_type="targeted", leak_level="T2-T3"
    )
    assert queries.get_session(sid).leak_level == "T2–T3"
    answer_checklist_safely(doctor, sid)
    sessions.start_procedure(doctor, sid)
    procedure.record_injection(doctor, sid, 3, "blood")
    procedure.record_injection(doctor, sid, 2.5, "fibrin_glue")
    s = queries.get_session(sid)
    assert (s.blood_ml, s.glue_ml) == (3.0, 2.5)
