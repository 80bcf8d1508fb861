"""Issue: one patient had three procedures in progress at once, 40 ml each. At most one
session per patient may be in set-up or in progress; a second is refused, naming the open one."""

from __future__ import annotations

import peewee
import pytest

from ebp_logger.clock import utcnow
from ebp_logger.errors import StateError
from ebp_logger.store.database import db
from ebp_logger.store.models import Session
from ebp_logger.store.services import patients, sessions


def _new(actor, pid):
    return sessions.create_session(actor, pid, indication="plph", patch_type="non_targeted")


def test_a_second_open_session_is_refused_naming_the_first(doctor):
    pid = patients.register_patient(doctor, "120571-1003", "Open Twice").id
    first = _new(doctor, pid)
    with pytest.raises(StateError) as caught:
        _new(doctor, pid)
    assert f"no. {first}" in str(caught.value)
    assert Session.select().where(Session.patient == pid).count() == 1


def test_after_the_first_is_abandoned_a_new_one_may_start(doctor):
    pid = patients.register_patient(doctor, "120571-1003", "Open Again").id
    first = _new(doctor, pid)
    sessions.abandon(doctor, first, "wrong patient side")
    assert _new(doctor, pid) != first


def test_the_database_itself_refuses_a_second_open_session(doctor):
    """Defence in depth: a write that goes round the service meets the unique index."""
    pid = patients.register_patient(doctor, "120571-1003", "Round The Service").id
    first = Session.get_by_id(_new(doctor, pid))
    with pytest.raises(peewee.IntegrityError), db.atomic():
        Session.create(
            patient=pid,
            operator=first.operator_id,
            created_at=utcnow(),
            status="in_progress",
            indication="plph",
            patch_type="non_targeted",
            attempt_number=1,
        )
