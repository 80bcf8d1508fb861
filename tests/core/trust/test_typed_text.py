"""NUL, other control characters and text-direction overrides in names and notes are refused at
the service layer with a message; nothing is written (issue 14, item 19)."""

from __future__ import annotations

import pytest

from ebp_logger.clinical.validation import free_text
from ebp_logger.errors import ValidationError
from ebp_logger.store.models import Audit, Event, Patient
from ebp_logger.store.services import patients, procedure, sessions, users, ward

HOSTILE = [
    "Jens\x00Hansen",  # NUL: C strings end here, a PDF or a registry loader cuts the name
    "Jens\x1bHansen",  # ESC: terminal escape sequences in a log
    "Jens \u202eesnaH",  # right-to-left override: reads "Jens Hanse" reversed
    "Jens\u2066Hansen\u2069",  # isolates
    "Jens\u200bHansen",  # zero-width space: two names that look alike
    "Jens\x7fHansen",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_validator_refuses_hidden_characters(text):
    with pytest.raises(ValidationError) as err:
        free_text(text, "name", multiline=False)
    assert "position" in str(err.value) and "Allowed" in str(err.value)


def test_validator_keeps_ordinary_text():
    for ok in ("Søren Ærø-Åsen", "O'Brien, Anne-Marie", "أحمد", "第一"):
        assert free_text(ok, "name", multiline=False) == ok
    assert (
        free_text("line one\nline two\r\n\tindented", "note") == "line one\nline two\r\n\tindented"
    )
    with pytest.raises(ValidationError):
        free_text("line one\nline two", "name", multiline=False)


@pytest.mark.parametrize("text", HOSTILE)
def test_patient_name_with_hidden_characters_is_refused_and_nothing_written(doctor, text):
    before = Audit.select().count()
    with pytest.raises(ValidationError) as err:
        patients.register_patient(doctor, "120571-1003", text)
    assert err.value.field == "name"
    assert Patient.select().count() == 0 and Audit.select().count() == before


def test_other_patient_fields_are_checked(doctor):
    with pytest.raises(ValidationError) as err:
        patients.register_patient(doctor, "120571-1003", "Jens Hansen", medication="x\u202e")
    assert err.value.field == "medication"


def test_notes_and_reasons_are_checked(doctor, live_session):
    with pytest.raises(ValidationError) as err:
        procedure.record_event(doctor, live_session, "note", note="ok\x00hidden")
    assert err.value.field == "note"
    assert not Event.select().where(Event.kind == "note").exists()
    procedure.record_event(doctor, live_session, "note", note="two\nlines")  # line breaks fine
    with pytest.raises(ValidationError):
        ward.record_observation(doctor, live_session, [], note="\u202enote")


def test_reason_is_checked(doctor, patient):
    sid = sessions.create_session(doctor, patient.id, indication="plph", patch_type="non_targeted")
    with pytest.raises(ValidationError) as err:
        sessions.abandon(doctor, sid, "reason\x07")
    assert err.value.field == "reason"


def test_user_full_name_is_checked(actors):
    admin = actors[0]
    with pytest.raises(ValidationError) as err:
        users.create_user(admin, "new", "A\u202eB", "nurse", "long-enough")
    assert err.value.field == "full_name"
