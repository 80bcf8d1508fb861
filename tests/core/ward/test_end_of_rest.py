"""Ending the supine rest (docs/clinical-rules.md "The procedure": lie flat for
up to 24 h): early needs a reason and keeps the hours rested; an open warning sign needs an
anaesthesiologist who records the action taken; acknowledging asks for the action taken."""

from __future__ import annotations

import pytest

from ebp_logger.errors import PermissionDenied, ValidationError
from ebp_logger.store.models import Audit
from ebp_logger.store.services import queries, sessions, ward
from tests.core.ward.helpers import new_patient, patch_to_rest

pytestmark = pytest.mark.both_backends


@pytest.fixture
def resting(doctor, clock):
    return patch_to_rest(doctor, new_patient(doctor, 0).id, clock)


def _audit(action: str, table: str = "session") -> Audit:
    return (
        Audit.select()
        .where((Audit.action == action) & (Audit.table == table))
        .order_by(Audit.id.desc())
        .first()
    )


def test_ending_the_rest_one_minute_after_needs_a_reason(nurse, resting, clock):
    clock.advance(minutes=1)
    with pytest.raises(ValidationError, match=r"after 0\.0 h, before the 24 h are over"):
        sessions.end_rest(nurse, resting)
    assert queries.get_session(resting).status == "supine_rest"
    clock.advance(hours=6)
    sessions.end_rest(nurse, resting, reason="patient's wish, informed of the risk")
    assert queries.get_session(resting).status == "discharged"
    assert "rest ended early after 6.0 h: patient's wish" in _audit("discharge").reason


def test_after_24_hours_no_reason_is_needed(nurse, resting, clock):
    clock.advance(hours=24)
    sessions.end_rest(nurse, resting)
    assert queries.get_session(resting).status == "discharged"


def test_open_warning_sign_needs_a_doctor_who_records_the_action(nurse, doctor, resting, clock):
    oid = ward.record_observation(nurse, resting, ["leg_weakness_or_sensory_change"])
    clock.advance(minutes=1)
    with pytest.raises(PermissionDenied, match="anaesthesiologist"):
        sessions.end_rest(nurse, resting, reason="bed needed")
    with pytest.raises(ValidationError, match="action taken"):
        sessions.end_rest(doctor, resting, reason="bed needed")
    sessions.end_rest(
        doctor, resting, reason="transferred to neurology", action_taken="examined, MRI ordered"
    )
    assert queries.get_session(resting).status == "discharged"
    assert queries.unacknowledged_warnings() == []
    ack = _audit("acknowledge", "observation")
    assert ack.row_id == str(oid) and ack.reason == "action taken: examined, MRI ordered"
    assert "action taken: examined, MRI ordered" in _audit("discharge").reason


def test_acknowledging_asks_for_the_action_taken(nurse, doctor, resting):
    oid = ward.record_observation(nurse, resting, ["fever"])
    with pytest.raises(ValidationError, match="action taken"):
        ward.acknowledge(doctor, oid, "  ")
    assert len(queries.unacknowledged_warnings()) == 1
    ward.acknowledge(doctor, oid, "paracetamol, blood cultures")
    assert queries.unacknowledged_warnings() == []
    assert _audit("acknowledge", "observation").reason == (
        "action taken: paracetamol, blood cultures"
    )
