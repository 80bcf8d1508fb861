"""Set-up helpers for the ward tests: patients taken through a patch to supine rest."""

from __future__ import annotations

import shutil

import pytest

from ebp_logger.store.audit import Actor
from ebp_logger.store.services import patients, procedure, sessions, ward
from tests.conftest import answer_checklist_safely

# Fictitious CPR numbers (modulus-11 valid), one per test patient.
CPRS = ("0101701008", "0202802003", "0303881018", "0404904001", "0505753007", "0606654002")


def new_patient(doctor: Actor, n: int, name: str = ""):
    return patients.register_patient(
        doctor, CPRS[n], name or f"Ward Patient {n + 1}", confirm_mod11=True
    )


def patch_to_rest(
    doctor: Actor,
    patient_id: int,
    clock,
    *,
    baseline: tuple[int, int] | None = (2, 8),
    volumes: tuple[float, ...] = (20.0,),
    glue: tuple[float, ...] = (),
    stop: str = "back_pain",
    patch_type: str = "non_targeted",
    leak_level: str = "",
    events: tuple[str, ...] = (),
) -> int:
    """Create, start, inject, stop and end a patch; the clock moves ~10 minutes."""
    sid = sessions.create_session(
        doctor, patient_id, indication="sih", patch_type=patch_type, leak_level=leak_level
    )
    answer_checklist_safely(doctor, sid)
    if baseline is not None:
        ward.record_score(doctor, sid, "baseline", *baseline)
    sessions.start_procedure(doctor, sid)
    clock.advance(minutes=2)
    for kind in events:
        procedure.record_event(doctor, sid, kind)
    for v in volumes:
        procedure.record_injection(doctor, sid, v)
    for v in glue:
        procedure.record_injection(doctor, sid, v, component="fibrin_glue")
    clock.advance(minutes=5)
    procedure.record_stop(doctor, sid, stop)
    clock.advance(minutes=1)
    sessions.end_procedure(doctor, sid)
    return sid


@pytest.fixture(scope="module", name="demo_file")
def demo_file_fixture(tmp_path_factory):
    """The demo database, built once per test module (building it takes a few seconds)."""
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    open_database(path)
    try:
        ids = create_demo()
    finally:
        close_database()
    return path, ids


@pytest.fixture(name="demo")
def demo_fixture(demo_file, tmp_path):
    """A private copy of the demo database, open; yields (path, ids of the demo sessions).
    Import ``demo_fixture, demo_file_fixture`` into a test module to use ``demo``."""
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database

    src, ids = demo_file
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(src, path)
    open_database(path)
    yield path, ids
    close_database()
