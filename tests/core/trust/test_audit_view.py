"""The audit viewer's core: per patient and per session, who/when/why and old → new."""

from __future__ import annotations

import pytest

from ebp_logger.errors import PermissionDenied
from ebp_logger.store import audit, audit_view
from ebp_logger.store.services import patients, procedure


def test_session_trail_shows_changes_with_readable_fields(doctor, admin, live_session, clock):
    vid = procedure.record_vitals(doctor, live_session, bp="130/85", spo2=97)
    clock.advance(minutes=3)
    new_id = procedure.correct_entry(doctor, "vital", vid, "cuff on the wrong arm", bp="125/80")
    iid = procedure.record_injection(doctor, live_session, "7.5")
    procedure.void_entry(doctor, "injection", iid, "typed into the wrong session")
    trail = audit_view.session_trail(admin, live_session)
    correction = next(e for e in trail if e.action == "correct" and e.row_id == str(new_id))
    assert correction.username == "doc" and correction.user_full_name == "Test Anaesthesiologist"
    assert correction.reason == "cuff on the wrong arm"
    assert correction.what == f"Vital signs #{new_id}" and correction.kind == "change"
    changes = {c.label: (c.old, c.new) for c in correction.changes}
    assert changes["Systolic BP (mmHg)"] == ("130", "125")
    assert changes["Diastolic BP (mmHg)"] == ("85", "80")
    assert "Reason for correction" in changes
    assert "Time taken" not in changes  # unchanged fields are not listed
    assert "Systolic BP (mmHg): 130 → 125" in correction.summary
    created = next(e for e in trail if e.action == "create" and e.table == "injection")
    assert {c.label: c.new for c in created.changes}["Volume"] == "7.5 ml"
    void = next(e for e in trail if e.action == "void")
    assert void.reason == "typed into the wrong session"
    assert {c.label: c.new for c in void.changes}["Voided by"] == "Test Anaesthesiologist"
    assert [e.id for e in trail] == sorted(e.id for e in trail)  # oldest first
    start = next(e for e in trail if e.action == "start_procedure")
    from ebp_logger.clinical.enums import SessionStatus

    assert {c.label: (c.old, c.new) for c in start.changes}["Status"] == (
        SessionStatus.SETUP.label("en"),
        SessionStatus.IN_PROGRESS.label("en"),
    )


def test_patient_trail_includes_sessions_corrections_and_access(
    doctor, admin, patient, live_session
):
    patients.correct_patient(doctor, patient.id, "misspelt", name="Test Patient Uno")
    audit.log_access(doctor, "print", patient_id=patient.id, detail={"what": "discharge sheet"})
    trail = audit_view.patient_trail(admin, patient.id, lang="da")
    tables = {e.table for e in trail}
    assert {"patient", "session", "checklist_answer", "headache_score", "access"} <= tables
    corr = next(e for e in trail if e.table == "patient" and e.action == "correct")
    assert corr.action_label == "Rettet"
    assert {c.label: (c.old, c.new) for c in corr.changes}["Navn"] == (
        "Test Patient One",
        "Test Patient Uno",
    )
    printed = next(e for e in trail if e.action == "print")
    assert printed.kind == "access" and "discharge sheet" in printed.summary
    # Reading the trail was itself logged as a view of the record.
    viewed = audit_view.patient_trail(admin, patient.id, log_as=None)[-1]
    assert (viewed.action, viewed.username, viewed.kind) == ("view", "admin", "access")
    assert "audit trail" in viewed.detail


def test_filter_by_kind_and_text(doctor, admin, live_session):
    procedure.record_vitals(doctor, live_session, spo2=93)
    audit.log_access(doctor, "view", session_id=live_session)
    trail = audit_view.session_trail(admin, live_session, log_as=None)
    assert all(e.kind == "access" for e in trail if audit_view.matches(e, kind="access"))
    assert any(audit_view.matches(e, kind="access") for e in trail)
    hits = [e for e in trail if audit_view.matches(e, "spo2 93")]
    assert len(hits) == 1 and hits[0].table == "vital"
    assert not [e for e in trail if audit_view.matches(e, "no such words")]


def test_only_roles_with_view_audit(nurse, patient):
    with pytest.raises(PermissionDenied):
        audit_view.patient_trail(nurse, patient.id)


def test_the_whole_trail_for_the_administrator(admin, doctor, live_session):
    entries = audit_view.trail(admin, limit=5)
    assert len(entries) == 5 and [e.id for e in entries] == sorted(e.id for e in entries)
    logged = audit_view.trail(admin, log_as=None)[-1]
    assert logged.action == "view" and "all records" in logged.detail
