"""Roles on the ward, enforced by the services: the nurse scores, observes and discharges, but
cannot touch procedure data or take a doctor's decisions."""

from __future__ import annotations

import pytest

from ebp_logger.errors import PermissionDenied
from ebp_logger.store.services import procedure, queries, sessions, ward
from tests.core.ward.helpers import new_patient, patch_to_rest

pytestmark = pytest.mark.both_backends


@pytest.fixture
def rest_session(doctor, clock):
    return patch_to_rest(doctor, new_patient(doctor, 0).id, clock, events=("needle_in",))


def test_nurse_may_score_observe_and_discharge(nurse, doctor, rest_session, clock):
    clock.advance(hours=24)
    ward.record_score(nurse, rest_session, "h24", 0, 2)
    oid = ward.record_observation(nurse, rest_session, ["severe_nausea"])
    ward.acknowledge(doctor, oid, "seen, antiemetic given")  # an open sign needs a doctor
    sessions.end_rest(nurse, rest_session)
    s = queries.get_session(rest_session)
    assert s.status == "discharged" and s.discharged_by == "Test Nurse"


def test_nurse_cannot_change_procedure_data(nurse, doctor, rest_session):
    d = queries.session_detail(rest_session)
    inj, event, stop = d.injections[0].meta.id, d.events[0].meta.id, d.stop.meta.id
    refused = [
        lambda: procedure.record_injection(nurse, rest_session, 1, paper=True),
        lambda: procedure.correct_injection(nurse, inj, 15, "typo"),
        lambda: procedure.record_vitals(nurse, rest_session, bp="120/80", paper=True),
        lambda: procedure.record_event(nurse, rest_session, "note", note="x", paper=True),
        lambda: procedure.correct_entry(nurse, "event", event, "typo", note="y"),
        lambda: procedure.correct_entry(nurse, "stop", stop, "typo", text="x"),
        lambda: procedure.void_entry(nurse, "injection", inj, "wrong patient"),
        lambda: sessions.correct_session(nurse, rest_session, "typo", leak_level="L3-L4"),
        lambda: sessions.end_procedure(nurse, rest_session),
        lambda: sessions.create_session(
            nurse, d.session.patient.id, indication="sih", patch_type="non_targeted"
        ),
    ]
    for attempt in refused:
        with pytest.raises(PermissionDenied):
            attempt()
    after = queries.session_detail(rest_session)
    assert after.injections == d.injections and after.events == d.events
    assert after.stops == d.stops and after.session == d.session


def test_nurse_cannot_acknowledge_or_follow_up(nurse, doctor, rest_session):
    oid = ward.record_observation(nurse, rest_session, ["fever"])
    with pytest.raises(PermissionDenied):
        ward.acknowledge(nurse, oid)
    with pytest.raises(PermissionDenied):
        ward.record_follow_up(nurse, rest_session, effect="lasting", decision="nothing_more")
    assert len(queries.unacknowledged_warnings()) == 1
