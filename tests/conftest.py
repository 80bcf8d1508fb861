"""Shared fixtures: a real SQLite file per test, users of each role, a controllable clock."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def pg_url() -> str:
    """The URL of the throw-away PostgreSQL server test.sh starts (EBP_TEST_PG_URL)."""
    url = os.environ.get("EBP_TEST_PG_URL", "")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("EBP_TEST_PG_URL is not set: CI runs need the PostgreSQL test server")
        pytest.skip("no PostgreSQL test server (run ./test.sh)")
    return url


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> datetime:
        self.now += timedelta(**kw)
        return self.now


@pytest.fixture
def clock():
    from ebp_logger import clock as clock_mod

    fake = FakeClock(datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc))
    clock_mod.set_clock(fake)
    yield fake
    clock_mod.set_clock(None)


@pytest.fixture
def backend(request) -> str:
    """The database a test runs on: "sqlite" unless its module is marked ``both_backends``."""
    return getattr(request, "param", "sqlite")


def pytest_generate_tests(metafunc):
    """A test marked ``both_backends`` runs on a SQLite file and on the PostgreSQL server."""
    node = metafunc.definition
    if (
        node.get_closest_marker("both_backends")
        and not node.get_closest_marker("file_only")
        and "db_path" in metafunc.fixturenames
    ):
        metafunc.parametrize(
            "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)], indirect=True
        )


@pytest.fixture
def own_server(pg_url, tmp_path):
    """A throw-away server of the test's own, which it may stop: (superuser URL, its folder).
    (Needs the shared one only to know PostgreSQL is there.)"""
    from pathlib import Path

    from ebp_logger.store.database import use_file_backend
    from tests.pg_support import cluster

    folder = Path("/tmp") / f"ebp-own-{tmp_path.name}"
    url = cluster("start", str(folder))
    yield url, folder
    use_file_backend()  # no later test may reach for this server once it is gone
    cluster("stop", str(folder))


@pytest.fixture(scope="session")
def pg_app_url(pg_url) -> str:
    """A server database set up once with ``server init``, and the workstations' login URL."""
    from tests.pg_support import set_up_server

    return set_up_server(pg_url)


@pytest.fixture
def db_path(tmp_path, backend, request):
    """The open database: a fresh SQLite file, or (``both_backends``) the emptied server,
    given as its URL; ``open_database(db_path)`` reopens either."""
    from ebp_logger.store.database import close_database, use_file_backend
    from ebp_logger.store.opening import open_database

    if backend == "postgresql":
        from tests.pg_support import empty_server

        url = request.getfixturevalue("pg_app_url")
        empty_server(request.getfixturevalue("pg_url"))
        open_database(url)
        yield url
        use_file_backend()
        return
    path = tmp_path / "ebp.sqlite"
    open_database(path)
    yield path
    close_database()


def create_staff(with_nurse: bool = True):
    """(admin, doctor, nurse) actors as signing in makes them (full name included), and the
    default checklist, in the open fresh database. ``with_nurse=False`` saves a password hash
    (about a second) and gives None for the nurse."""
    from ebp_logger.store.audit import Actor
    from ebp_logger.store.services import checklist, users

    a = users.create_first_administrator("admin", "Test Administrator", "admin-pass")
    admin = Actor(a.id, a.username, a.role, a.full_name)
    d = users.create_user(admin, "doc", "Test Anaesthesiologist", "anaesthesiologist", "doc-pass1")
    nurse = None
    if with_nurse:
        n = users.create_user(admin, "nurse", "Test Nurse", "nurse", "nurse-pass")
        nurse = Actor(n.id, n.username, n.role, n.full_name)
    checklist.seed_defaults()
    return admin, Actor(d.id, d.username, d.role, d.full_name), nurse


@pytest.fixture
def actors(db_path):
    """(admin, doctor, nurse) actors in a fresh database."""
    return create_staff()


@pytest.fixture
def doctor(actors):
    return actors[1]


@pytest.fixture
def nurse(actors):
    return actors[2]


@pytest.fixture
def admin(actors):
    return actors[0]


@pytest.fixture
def patient(doctor):
    from ebp_logger.store.services import patients

    return patients.register_patient(doctor, "120571-1003", "Test Patient One")


def answer_checklist_safely(actor, session_id: int) -> None:
    """Answer every checklist item with its safe answer (set-up helper for tests)."""
    from ebp_logger.store.services import checklist

    for key, value in checklist.all_clear_answers().items():
        checklist.answer(actor, session_id, key, value)


@pytest.fixture
def live_session(doctor, patient, clock):
    return started_session(doctor, patient.id)


def started_session(doctor, patient_id: int) -> int:
    """A non-targeted session with the checklist done, baseline taken and procedure started."""
    from ebp_logger.store.services import sessions, ward

    sid = sessions.create_session(doctor, patient_id, indication="plph", patch_type="non_targeted")
    answer_checklist_safely(doctor, sid)
    ward.record_score(doctor, sid, "baseline", 2, 8)
    sessions.start_procedure(doctor, sid)
    return sid
