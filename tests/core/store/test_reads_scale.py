"""Reads that scale: the same number of SQL statements whatever the number of rows, each hot
statement served by an index, and the name search that folds case and æ/ø/å by an index."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

import pytest

from ebp_logger.clock import to_local
from ebp_logger.store import export, names, outcomes, reads, registry
from ebp_logger.store.database import close_database, db
from ebp_logger.store.models import SchemaVersion
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import patients, sessions, ward, worklist
from tests.conftest import create_staff
from tests.core.ward.helpers import patch_to_rest

pytestmark = pytest.mark.both_backends

NAMES = ("Åse Jørgensen", "Hans-Peter Ærø", "Søren Møller", "Ib Hansen", "ÆBLE Østergaard")


class Statements:
    """Every SQL statement run on the open database while inside the block: SQLite's own trace
    on a file, every statement sent on a server."""

    def __init__(self) -> None:
        self.sql: list[str] = []

    def __enter__(self) -> Statements:
        if db.obj.server:
            sent = db.obj.execute_sql
            db.obj.execute_sql = lambda sql, params=None: (self.sql.append(sql), sent(sql, params))[
                1
            ]
        else:
            db.connection().set_trace_callback(self.sql.append)
        return self

    def __exit__(self, *exc) -> None:
        if db.obj.server:
            del db.obj.execute_sql  # the class's own again
        else:
            db.connection().set_trace_callback(None)


def _cpr(n: int) -> str:
    return f"0101{40 + n:02d}{1000 + n:04d}"


@pytest.fixture
def ward_data(db_path, clock):
    """A fresh database (a file, or the emptied server) and a function that adds ``k`` patients
    with a patch each: half of them discharged with their 24 h score and a follow-up, half lying
    flat, one with a warning."""
    _admin, doctor, nurse = create_staff()
    count = [0]

    def add(k: int) -> None:
        for _ in range(k):
            n = count[0]
            count[0] += 1
            p = patients.register_patient(
                doctor, _cpr(n), f"{NAMES[n % len(NAMES)]} {n}", confirm_mod11=True
            )
            sid = patch_to_rest(doctor, p.id, clock, events=("vasovagal",))
            if n == 0:
                ward.record_observation(nurse, sid, ["fever"])
            if n % 2:
                clock.advance(hours=24)
                ward.record_score(nurse, sid, "h24", 1, 2)
                sessions.end_rest(nurse, sid)
                ward.record_follow_up(
                    doctor, sid, effect="lasting", decision="nothing_more", lying=0, standing=1
                )
            clock.advance(minutes=30)

    return add, clock


def _reads(clock) -> dict[str, Callable[[], object]]:
    today = to_local(clock.now).date()
    year = today - timedelta(days=365)
    # Pseudonymised exports need the key file beside a database file (a server refuses them).
    pseudonymise = not db.obj.server
    return {
        "outcome overview": lambda: outcomes.overview(year, today + timedelta(days=30)),
        "registry export": lambda: registry.records(pseudonymise),
        "session export": lambda: export.export_csv(pseudonymise),
        "ward overview": worklist.ward_overview,
        "follow-ups due": worklist.follow_ups_due,
        "home: warnings": reads.unacknowledged_warnings,
        "home: in progress": reads.in_progress,
        "home: today": reads.todays_sessions,
        "home: lying flat": reads.in_supine_rest,
        "search by name": lambda: patients.find_patients("jør"),
        "search by two words": lambda: patients.find_patients("hans peter"),
        "search by name and digits": lambda: patients.find_patients("åse 40"),
        "search by CPR": lambda: patients.find_patients("0101"),
        "patient history": lambda: reads.patient_sessions(1),
        "session detail": lambda: reads.session_detail(1),
    }


def _counts(clock) -> dict[str, int]:
    out = {}
    for name, read in _reads(clock).items():
        with Statements() as st:
            read()
        out[name] = len(st.sql)
    return out


def test_statements_per_read_do_not_grow_with_the_rows(ward_data):
    add, clock = ward_data
    add(2)
    small = _counts(clock)
    add(6)
    assert _counts(clock) == small
    # a handful each (the registry also reads the department's 24-hour window setting)
    assert all(n <= 16 for n in small.values()), small


def _aliases(sql: str) -> dict[str, str]:
    return {a: t for t, a in re.findall(r'"(\w+)" AS "(\w+)"', sql)}


SMALL_TABLES = {"user", "setting", "checklist_item"}
# A scan of a partial index reads only the rows it holds (warnings still to acknowledge).
PARTIAL_INDEXES = ("observation_unacknowledged",)


@pytest.mark.file_only  # SQLite's query plan (a server plans small tables its own way)
def test_each_hot_statement_uses_an_index(ward_data):
    add, clock = ward_data
    add(4)
    conn = db.connection()
    for name, read in _reads(clock).items():
        with Statements() as st:
            read()
        for sql in st.sql:
            if not sql.lstrip().upper().startswith("SELECT"):
                continue
            aliases = _aliases(sql)
            plan = [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
            for step in plan:
                m = re.match(r"SCAN (\w+)", step)
                if not m or any(f"USING INDEX {i}" in step for i in PARTIAL_INDEXES):
                    continue
                table = aliases.get(m.group(1), m.group(1))
                assert table in SMALL_TABLES, f"{name}: full scan of {table}: {sql}\n{plan}"


def test_name_search_folds_case_and_danish_letters_by_word_prefix(ward_data):
    add, _clock = ward_data
    add(5)

    def found(text: str) -> list[str]:
        return [p.name for p in patients.find_patients(text)]

    assert found("JØR") == ["Åse Jørgensen 0"]
    assert found("åse jørgensen") == found("ÅSE JØRGENSEN") == ["Åse Jørgensen 0"]
    assert found("peter") == ["Hans-Peter Ærø 1"]
    assert found("hans") == ["Hans-Peter Ærø 1", "Ib Hansen 3"]
    assert found("ærø hans") == ["Hans-Peter Ærø 1"]
    assert found("østergaard æble") == ["ÆBLE Østergaard 4"]
    assert found("ørgensen") == []  # the start of a word, not any part of it
    # Digits: the CPR number's start, the birth year (two or four digits), its last four.
    assert found("jørgensen 40") == ["Åse Jørgensen 0"]
    assert found("jørgensen 1940") == ["Åse Jørgensen 0"]
    assert found("møller 1002") == ["Søren Møller 2"]
    assert found("møller 41") == []
    assert [p.name for p in patients.find_patients("010142")] == ["Søren Møller 2"]
    assert found("") == [] and found("   ") == []


def test_a_corrected_name_is_found_by_its_new_words_only(ward_data):
    add, _clock = ward_data
    add(1)
    from ebp_logger.store.audit import Actor

    doctor = Actor(2, "doc", "anaesthesiologist")
    p = patients.find_patients("jørgensen")[0]
    patients.correct_patient(doctor, p.id, "misspelt at registration", name="Åse Juul")
    assert patients.find_patients("jørgensen") == []
    assert [x.id for x in patients.find_patients("juul")] == [p.id]


def test_migration_step_2_indexes_names_already_stored(tmp_path, clock):
    path = tmp_path / "old.sqlite"
    open_database(path)
    _admin, doctor, _nurse = create_staff(with_nurse=False)
    patients.register_patient(doctor, _cpr(0), "Åse Jørgensen", confirm_mod11=True)
    # Back to schema 1: no name index, the version rows of step 2 and later gone (the later
    # steps are idempotent and run again).
    db.execute_sql('DROP TABLE "patient_name_word"')
    SchemaVersion.delete().where(SchemaVersion.version >= 2).execute()
    close_database()
    open_database(path)
    try:
        assert [p.name for p in patients.find_patients("jør")] == ["Åse Jørgensen"]
        assert names.words("Hans-Peter  ÆRØ") == ["hans", "peter", "ærø"]
    finally:
        close_database()
