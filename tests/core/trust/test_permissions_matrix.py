"""Role × action: every pair against the one table, and against the service functions.

For each ``Action`` one representative service call. An allowed pair must succeed (and write
its audit row); a refused pair must raise ``PermissionDenied`` and write nothing at all.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from argon2 import PasswordHasher

from ebp_logger.errors import PermissionDenied
from ebp_logger.store import audit, audit_view, settings
from ebp_logger.store.audit import Actor
from ebp_logger.store.database import close_database, db
from ebp_logger.store.opening import open_database
from ebp_logger.store.permissions import (
    ADMINISTRATOR,
    ANAESTHESIOLOGIST,
    NURSE,
    PERMISSIONS,
    ROLES,
    SYSTEM,
    Action,
    allowed,
)
from ebp_logger.store.services import checklist, patients, procedure, sessions, users, ward
from tests.conftest import create_staff

UNKNOWN = "visitor"  # a role nobody defined: may do nothing
ALL_ROLES = (*ROLES, SYSTEM, UNKNOWN)

# The table as the guideline's "Who does what" and the design say it (written out again on
# purpose: a change to permissions.py must be a decision, seen here too).
A = Action
EXPECTED: dict[str, set[Action]] = {
    ANAESTHESIOLOGIST: set(Action) - {A.MANAGE_USERS, A.EDIT_SETTINGS},
    NURSE: {A.VIEW_RECORDS, A.PRINT, A.RECORD_SCORE, A.RECORD_OBSERVATION, A.DISCHARGE},
    ADMINISTRATOR: {
        A.MANAGE_USERS,
        A.EDIT_SETTINGS,
        A.VIEW_RECORDS,
        A.VIEW_AUDIT,
        A.EXPORT,
        A.PRINT,
    },
    SYSTEM: {A.RECORD_PROCEDURE, A.MANAGE_DEVICE_INPUT, A.VIEW_RECORDS, A.EXPORT},
    UNKNOWN: set(),
}


class World:
    """A database with one user per role and helpers that build the state each call needs."""

    def __init__(self) -> None:
        self.admin, self.doctor, self.nurse = create_staff()
        self.serial = itertools.count(1)
        self.patient_id = self.new_patient(self.doctor)

    def actor(self, role: str) -> Actor:
        return {
            ANAESTHESIOLOGIST: self.doctor,
            NURSE: self.nurse,
            ADMINISTRATOR: self.admin,
            SYSTEM: Actor.system(),
            UNKNOWN: Actor(self.doctor.user_id, "doc", UNKNOWN),
        }[role]

    def new_patient(self, actor: Actor) -> int:
        n = next(self.serial)
        cpr = f"{1 + n % 28:02d}0{1 + n % 9}{50 + n % 40:02d}{1000 + n:04d}"
        return patients.register_patient(actor, cpr, f"Test Patient {n}", confirm_mod11=True).id

    def live_session(self) -> int:
        patient = self.new_patient(self.doctor)  # one open session per patient
        sid = sessions.create_session(
            self.doctor, patient, indication="plph", patch_type="non_targeted"
        )
        for key, value in checklist.all_clear_answers().items():
            checklist.answer(self.doctor, sid, key, value)
        ward.record_score(self.doctor, sid, "baseline", 2, 7)
        sessions.start_procedure(self.doctor, sid)
        return sid

    def resting_session(self) -> int:
        sid = self.live_session()
        procedure.record_stop(self.doctor, sid, "back_pain")
        sessions.end_procedure(self.doctor, sid)
        return sid

    def vital(self) -> int:
        return procedure.record_vitals(self.doctor, self.live_session(), spo2=97)

    def observation(self) -> int:
        return ward.record_observation(self.doctor, self.resting_session(), ["fever"])


# action -> (set-up run as the doctor, the call as the tested actor)
Setup = Callable[[World], object]
Call = Callable[[World, Actor, object], object]
CALLS: dict[Action, tuple[Setup, Call]] = {
    A.MANAGE_USERS: (
        lambda w: next(w.serial),
        lambda w, a, n: users.create_user(a, f"user{n}", "A New User", NURSE, "password1"),
    ),
    A.EDIT_SETTINGS: (
        lambda w: 5 + next(w.serial),
        lambda w, a, n: settings.save(a, autolock_minutes=n),
    ),
    A.VIEW_RECORDS: (
        lambda w: w.patient_id,
        lambda w, a, pid: audit.log_access(a, "view", patient_id=pid),
    ),
    A.PRINT: (
        lambda w: w.patient_id,
        lambda w, a, pid: audit.log_access(a, "print", patient_id=pid),
    ),
    A.EXPORT: (
        lambda w: w.patient_id,
        lambda w, a, pid: audit.log_access(a, "export", patient_id=pid),
    ),
    A.VIEW_AUDIT: (
        lambda w: w.patient_id,
        lambda w, a, pid: audit_view.patient_trail(a, pid, log_as="view"),
    ),
    A.REGISTER_PATIENT: (lambda w: None, lambda w, a, _: w.new_patient(a)),
    A.CORRECT_PATIENT: (
        lambda w: w.patient_id,
        lambda w, a, pid: patients.correct_patient(
            a, pid, "typo", comorbidity=f"none ({next(w.serial)})"
        ),
    ),
    A.SET_UP_SESSION: (
        lambda w: w.patient_id,
        lambda w, a, pid: sessions.create_session(
            a, pid, indication="plph", patch_type="non_targeted"
        ),
    ),
    A.RECORD_PROCEDURE: (
        World.live_session,
        lambda w, a, sid: procedure.record_vitals(a, sid, bp="120/80", spo2=98),
    ),
    A.CORRECT_PROCEDURE: (
        World.vital,
        lambda w, a, vid: procedure.correct_entry(a, "vital", vid, "misread", spo2=96),
    ),
    A.RECORD_SCORE: (
        World.resting_session,
        lambda w, a, sid: ward.record_score(a, sid, "checkpoint", 1, 3),
    ),
    A.RECORD_OBSERVATION: (
        World.resting_session,
        lambda w, a, sid: ward.record_observation(a, sid, [], note="comfortable"),
    ),
    A.ACKNOWLEDGE_WARNING: (
        World.observation,
        lambda w, a, oid: ward.acknowledge(a, oid, "seen the patient"),
    ),
    A.DISCHARGE: (
        World.resting_session,
        lambda w, a, sid: sessions.end_rest(a, sid, reason="patient's wish"),
    ),
    A.RECORD_FOLLOW_UP: (
        World.resting_session,
        lambda w, a, sid: ward.record_follow_up(a, sid, effect="lasting", decision="nothing_more"),
    ),
    A.MANAGE_DEVICE_INPUT: (
        World.vital,
        lambda w, a, vid: procedure.mark_artefact(a, vid, "cuff moved"),
    ),
}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    saved = users._hasher
    users._hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    open_database(tmp_path_factory.mktemp("matrix") / "matrix.sqlite")
    try:
        yield World()
    finally:
        close_database()
        users._hasher = saved


def test_every_action_has_a_representative_call():
    assert set(CALLS) == set(Action)


def test_the_table_is_the_expected_one():
    assert set(PERMISSIONS) == {*ROLES, SYSTEM}
    for role in ALL_ROLES:
        for action in Action:
            assert allowed(role, action) == (action in EXPECTED[role]), (role, action)


def _audit_count() -> int:
    return db.execute_sql("SELECT count(*) FROM audit").fetchone()[0]


@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.value)
@pytest.mark.parametrize("role", ALL_ROLES)
def test_service_enforces_the_table(world, role, action):
    setup, call = CALLS[action]
    arg = setup(world)
    actor = world.actor(role)
    before = _audit_count()
    if allowed(role, action):
        call(world, actor, arg)
        assert _audit_count() > before, "an allowed call writes its audit row"
    else:
        with pytest.raises(PermissionDenied):
            call(world, actor, arg)
        assert _audit_count() == before, "a refused call writes nothing"


def test_the_matrix_database_still_verifies(world):
    from ebp_logger.store.verify import verify

    report = verify()
    assert report.ok, report.problems
