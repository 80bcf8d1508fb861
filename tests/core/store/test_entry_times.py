"""Entry times lie inside their session (issue 14 item 11): live entries between the session's
set-up and now, paper entries between the procedure's start and end, each with the
department's margin for clock skew (``entry_time_margin_minutes``, 5 by default)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from ebp_logger.errors import ValidationError
from ebp_logger.store import settings
from ebp_logger.store.models import Event, Injection, Vital
from ebp_logger.store.services import procedure, sessions

pytestmark = pytest.mark.both_backends

LONG_AGO = datetime(1900, 1, 1, 12, 0, tzinfo=timezone.utc)


def test_vitals_volume_events_and_the_stop_from_1900_are_refused(doctor, live_session):
    calls = [
        lambda: procedure.record_vitals(doctor, live_session, spo2=97, taken_at=LONG_AGO),
        lambda: procedure.record_injection(doctor, live_session, 5, given_at=LONG_AGO),
        lambda: procedure.record_event(doctor, live_session, "note", note="x", at=LONG_AGO),
        lambda: procedure.record_stop(doctor, live_session, "increased_headache", at=LONG_AGO),
    ]
    for call in calls:
        with pytest.raises(ValidationError) as refused:
            call()
        assert "1900-01-01" in str(refused.value) and "before set-up" in str(refused.value)
        assert "set-up and now" in refused.value.allowed
    assert Vital.select().count() == Injection.select().count() == Event.select().count() == 0


def test_the_margin_before_set_up_is_allowed_and_a_setting(admin, doctor, live_session, clock):
    # live_session was set up at the clock's start; 09:00 + a few minutes now.
    set_up = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
    clock.advance(minutes=30)
    procedure.record_vitals(doctor, live_session, spo2=97, taken_at=set_up - timedelta(minutes=4))
    with pytest.raises(ValidationError):
        procedure.record_vitals(
            doctor, live_session, spo2=97, taken_at=set_up - timedelta(minutes=6)
        )
    settings.save(admin, entry_time_margin_minutes=10)
    procedure.record_vitals(doctor, live_session, spo2=96, taken_at=set_up - timedelta(minutes=6))
    assert Vital.select().count() == 2


def test_paper_entries_lie_between_the_procedures_start_and_end(doctor, live_session, clock):
    clock.advance(minutes=40)
    procedure.record_stop(doctor, live_session, "increased_headache")
    sessions.end_procedure(doctor, live_session)
    clock.advance(hours=2)
    started = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
    procedure.record_vitals(
        doctor, live_session, spo2=97, taken_at=started + timedelta(minutes=20), paper=True
    )
    with pytest.raises(ValidationError, match="after the procedure ended"):
        procedure.record_vitals(
            doctor, live_session, spo2=97, taken_at=started + timedelta(minutes=90), paper=True
        )
    with pytest.raises(ValidationError, match="before the procedure started"):
        procedure.record_vitals(
            doctor, live_session, spo2=97, taken_at=started - timedelta(hours=1), paper=True
        )
    assert Vital.select().count() == 1
