"""The department server under concurrent workstations: real processes on the real test server.

Each test sets up its own database with ``server init`` (named after the test and this
process, so it never meets the ``ebp_store`` database the other server tests empty and reuse)
and drops it afterwards. The workstations are separate processes (multiprocessing, "spawn": a
fresh interpreter each, as on separate PCs) that open the workstations' URL with
``open_database`` and call the services; a Barrier lines them up so they write at the same
moment. What must hold is what the server enforces (``backends.postgresql``): one write lock
per transaction, the append-only triggers, the audit chain checked by the server, the grants.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import queue
import re
import socket
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import psycopg
import pytest
from psycopg import errors as pg_errors

from ebp_logger.store.audit import GENESIS, Actor
from tests.conftest import answer_checklist_safely, create_staff
from tests.pg_support import admin_url, set_up_server

pytestmark = pytest.mark.pg

CTX = multiprocessing.get_context("spawn")
WAIT = 180  # seconds a test waits for its workstations (spawned interpreters import slowly)

DENIED = pg_errors.InsufficientPrivilege.sqlstate  # 42501: the grant says no
REFUSED = pg_errors.RestrictViolation.sqlstate  # 23001: a protecting trigger says no


# -- the server database of one test --------------------------------------------------------


@pytest.fixture
def server(pg_url, request, monkeypatch) -> Iterator[str]:
    """A database of this test's own, set up with ``server init``; opened here (the parent's
    connection, as the workstations' login role) with the staff and checklist in it. Yields
    the workstations' URL; the database is dropped afterwards."""
    from argon2 import PasswordHasher

    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import users

    monkeypatch.setattr(
        users, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(users, "_dummy_hash", None)
    name = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower()).strip("_")
    dbname = f"ebp_conc_{os.getpid()}_{name}"[:63]
    url = set_up_server(pg_url, dbname)
    open_database(url)
    try:
        yield url
    finally:
        close_database()
        with psycopg.connect(pg_url, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


@pytest.fixture
def doctor(server) -> Actor:
    return create_staff(with_nurse=False)[1]


def _patient(doctor: Actor, n: int) -> int:
    from ebp_logger.store.services import patients

    # Valid Danish CPR numbers (modulus 11) differ by patient: vary the birth date.
    return patients.register_patient(doctor, _cpr(n), f"Concurrent Patient {n}").id


def _cpr(n: int) -> str:
    """A CPR number that passes the modulus-11 check, birth day n+1 of January 1971."""
    weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    date = f"{(n % 28) + 1:02d}{(n // 28) % 12 + 1:02d}71"
    for seq in range(1000, 9999):
        digits = date + str(seq)
        if sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0:
            return f"{date}-{seq}"
    raise AssertionError("no CPR number")


def _session_in_progress(doctor: Actor, patient_id: int) -> int:
    from ebp_logger.store.services import sessions, ward

    sid = sessions.create_session(doctor, patient_id, indication="plph", patch_type="non_targeted")
    answer_checklist_safely(doctor, sid)
    ward.record_score(doctor, sid, "baseline", 2, 8)
    sessions.start_procedure(doctor, sid)
    return sid


# -- the workstations (each a spawned process; module-level so "spawn" can import them) -----


def _workstation(url: str, name: str = "") -> None:
    """Open the server as a workstation would. ``name``: this simulated PC's host name (every
    process here runs on one machine, and each audit row records its PC's name)."""
    if name:
        from ebp_logger.store.backends import workstation_name

        socket.gethostname = lambda: name
        workstation_name.cache_clear()
    from ebp_logger.store.opening import open_database

    open_database(url)


def _reporting(out: Any, tag: Any, work: Callable[[], Any]) -> None:
    """Run ``work`` and put (tag, outcome, detail) on ``out``: "ok" with its result, the
    error's class name with its message for an error meant for a user, "crash" otherwise."""
    from ebp_logger.errors import EbpError

    try:
        out.put((tag, "ok", work()))
    except EbpError as exc:
        out.put((tag, type(exc).__name__, str(exc)))
    except BaseException:
        out.put((tag, "crash", traceback.format_exc()))


def _inject_child(url: str, actor: Actor, sid: int, amount: float, barrier: Any, out: Any) -> None:
    from ebp_logger.store.services import procedure

    try:
        _workstation(url)
        barrier.wait(WAIT)
    except BaseException:
        out.put((None, "crash", traceback.format_exc()))
        return
    _reporting(out, None, lambda: procedure.record_injection(actor, sid, amount))


def _vitals_child(
    url: str, name: str, actor: Actor, sid: int, n: int, barrier: Any, out: Any
) -> None:
    from ebp_logger.store.services import procedure

    def work() -> list[int]:
        _workstation(url, name)
        barrier.wait(WAIT)
        return [
            procedure.record_vitals(actor, sid, bp=f"{100 + i}/70", spo2=97, heart_rate=60 + i)
            for i in range(n)
        ]

    _reporting(out, name, work)


def _create_child(url: str, actor: Actor, patient_ids: list[int], barrier: Any, out: Any) -> None:
    from ebp_logger.store.services import sessions

    try:
        _workstation(url)
    except BaseException:
        out.put((None, "crash", traceback.format_exc()))
        return
    for pid in patient_ids:
        barrier.wait(WAIT)
        _reporting(
            out,
            pid,
            lambda pid=pid: sessions.create_session(
                actor, pid, indication="plph", patch_type="non_targeted"
            ),
        )


class _RollBack(Exception):
    pass


def _notify_child(url: str, actor: Actor, sid: int, orders: Any, out: Any) -> None:
    """Does what the parent orders, one step at a time, and says when each step is done."""
    from ebp_logger.store.database import write
    from ebp_logger.store.services import procedure

    def vitals() -> int:
        return procedure.record_vitals(actor, sid, bp="118/76", spo2=98, heart_rate=64)

    _workstation(url)
    while True:
        order = orders.get(timeout=WAIT)
        if order == "commit":
            _reporting(out, order, vitals)
        elif order == "hold":  # written inside a transaction the parent ends later
            try:
                with write():
                    vid = vitals()
                    out.put(("hold", "written", vid))
                    assert orders.get(timeout=WAIT) == "release"
                out.put(("release", "ok", vid))
            except BaseException:
                out.put(("hold", "crash", traceback.format_exc()))
        elif order == "rollback":
            try:
                with write():
                    vitals()
                    raise _RollBack
            except _RollBack:
                out.put((order, "ok", None))
            except BaseException:
                out.put((order, "crash", traceback.format_exc()))
        else:
            return


def _run(target: Callable[..., None], args_each: list[tuple], results: int) -> list[tuple]:
    """Start one process per argument tuple (each gets ``out`` appended), collect ``results``
    answers and wait for the processes; a crash in any of them fails the test with its
    traceback."""
    out = CTX.Queue()
    procs = [CTX.Process(target=target, args=(*args, out)) for args in args_each]
    for p in procs:
        p.start()
    answers = []
    try:
        for _ in range(results):
            answers.append(out.get(timeout=WAIT))
    except queue.Empty:
        pytest.fail(f"the workstations gave {len(answers)} of {results} answers: {answers}")
    finally:
        for p in procs:
            p.join(WAIT)
            if p.is_alive():
                p.kill()
    crashes = [a[2] for a in answers if a[1] == "crash"]
    assert not crashes, "\n".join(crashes)
    assert [p.exitcode for p in procs] == [0] * len(procs)
    return answers


def _assert_verified() -> None:
    from ebp_logger.store.verify import verify

    report = verify()
    assert report.ok, report.problems


def _chain() -> list[tuple]:
    from ebp_logger.store.database import db

    return db.execute_sql(
        'SELECT "id", "prev_hash", "hash", "workstation", "table" FROM "audit" ORDER BY "id"'
    ).fetchall()


def _assert_one_chain(rows: list[tuple]) -> None:
    """Ids 1..N without a gap, each row linked to the one before it."""
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    prev = GENESIS
    for audit_id, prev_hash, hash_, *_ in rows:
        assert prev_hash == prev, f"audit row {audit_id} does not follow row {audit_id - 1}"
        prev = hash_


# -- a. the 40 ml maximum --------------------------------------------------------------------


def test_sixteen_workstations_injecting_at_once_never_pass_40_ml(server, doctor):
    from ebp_logger.store.database import db

    sid = _session_in_progress(doctor, _patient(doctor, 1))
    barrier = CTX.Barrier(16)
    answers = _run(_inject_child, [(server, doctor, sid, 5, barrier) for _ in range(16)], 16)

    accepted = [a for a in answers if a[1] == "ok"]
    refused = [a for a in answers if a[1] != "ok"]
    assert len(accepted) == 8 and len(refused) == 8, answers
    for _, kind, message in refused:
        assert kind == "ValidationError"
        assert message == (
            "40 + 5 ml would make 45 ml; the maximum for a non-targeted patch is 40 ml. "
            "Allowed: nothing more: the maximum has been reached."
        )
    total, count = db.execute_sql(
        'SELECT sum("tenths_ml"), count(*) FROM "injection" WHERE "session_id" = %s', (sid,)
    ).fetchone()
    assert (total, count) == (400, 8)
    assert sorted(a[2] for a in accepted) == sorted(
        r[0] for r in db.execute_sql('SELECT "id" FROM "injection"').fetchall()
    )
    _assert_verified()


# -- b. one audit chain from eight workstations ----------------------------------------------


def test_eight_workstations_writing_at_once_keep_one_audit_chain(server, doctor):
    from ebp_logger.store.database import db

    sids = [_session_in_progress(doctor, _patient(doctor, n)) for n in range(4)]
    before = len(_chain())
    names = [f"ws-{k:02d}" for k in range(8)]
    barrier = CTX.Barrier(8)
    answers = _run(
        _vitals_child,
        [(server, name, doctor, sids[k % 4], 25, barrier) for k, name in enumerate(names)],
        8,
    )
    assert sorted(a[0] for a in answers) == names
    assert all(a[1] == "ok" and len(a[2]) == 25 for a in answers), answers

    rows = _chain()
    assert len(rows) == before + 8 * 25
    _assert_one_chain(rows)
    assert db.obj.chain_head() == len(rows)
    assert all(r[3] for r in rows), "an audit row without its workstation"
    written = {}
    for _, _, _, ws, table in rows[before:]:
        assert table == "vital"
        written[ws] = written.get(ws, 0) + 1
    assert written == {name: 25 for name in names}
    assert db.execute_sql('SELECT count(*) FROM "vital"').fetchone()[0] == 200
    _assert_verified()


# -- c. one open session per patient ---------------------------------------------------------


def test_two_workstations_setting_up_a_session_for_one_patient_one_wins(server, doctor):
    from ebp_logger.store.database import db

    pids = [_patient(doctor, n) for n in range(10)]
    barrier = CTX.Barrier(2)
    answers = _run(_create_child, [(server, doctor, pids, barrier) for _ in range(2)], 20)

    for pid in pids:
        pair = [a for a in answers if a[0] == pid]
        won = [a for a in pair if a[1] == "ok"]
        lost = [a for a in pair if a[1] != "ok"]
        assert len(won) == 1 and len(lost) == 1, pair
        kind, message = lost[0][1], lost[0][2]
        assert kind == "StateError", message
        assert message.startswith(f"This patient already has an open session (no. {won[0][2]}, ")
        assert message.endswith("Finish or abandon it before starting another.")
        for word in ("IntegrityError", "duplicate key", "violates", "Traceback", "psycopg"):
            assert word not in message
    open_per_patient = db.execute_sql(
        'SELECT "patient_id", count(*) FROM "session" GROUP BY "patient_id"'
    ).fetchall()
    assert sorted(open_per_patient) == [(pid, 1) for pid in sorted(pids)]
    _assert_verified()


# -- d. the rules the server itself enforces -------------------------------------------------


def _refused(con: psycopg.Connection, sql: str, params: tuple = (), *, code: str) -> str:
    """Run ``sql`` in a transaction of its own; it must fail with SQLSTATE ``code``. The
    server's message, for the caller to check."""
    with pytest.raises(psycopg.Error) as caught, con.transaction():
        con.execute(sql, params)
    assert caught.value.sqlstate == code, f"{sql}: {caught.value.sqlstate} {caught.value}"
    return str(caught.value)


def test_the_server_enforces_the_rules_whoever_connects(server, doctor, pg_url):
    from ebp_logger.store.backends import NEVER_DELETED_TEXT, NEVER_OVERWRITTEN_TEXT
    from ebp_logger.store.services import procedure

    sid = _session_in_progress(doctor, _patient(doctor, 1))
    vid = procedure.record_vitals(doctor, sid, bp="120/80", spo2=97, heart_rate=70)
    superuser_url = admin_url(pg_url, server.rsplit("/", 1)[1])

    def chain_row(con: psycopg.Connection, *, step: int = 1, prev: str | None = None) -> tuple:
        last_id, last_hash = con.execute(
            'SELECT "id", "hash" FROM "audit" ORDER BY "id" DESC LIMIT 1'
        ).fetchone()
        return (last_id + step, "2026-01-01T00:00:00Z", "x", "", "forged", "", prev or last_hash)

    # Every NOT NULL column filled: what refuses is the chain, not a missing value.
    forge = (
        'INSERT INTO "audit" ("id", "at", "action", "username", "table", "reason", "prev_hash", '
        "\"hash\") VALUES (%s, %s, %s, %s, %s, %s, %s, repeat('f', 64))"
    )

    # The workstations' login role: the grants refuse first, the triggers behind them.
    with psycopg.connect(server, autocommit=True) as ws:
        assert not ws.execute(
            "SELECT rolsuper FROM pg_roles WHERE rolname = current_user"
        ).fetchone()[0]
        _refused(ws, 'DELETE FROM "vital" WHERE "id" = %s', (vid,), code=DENIED)
        _refused(ws, 'DELETE FROM "injection"', code=DENIED)
        _refused(ws, 'UPDATE "vital" SET "systolic" = 180 WHERE "id" = %s', (vid,), code=DENIED)
        _refused(ws, 'UPDATE "audit" SET "reason" = %s', ("tidied",), code=DENIED)
        _refused(ws, 'UPDATE "audit_head" SET "last_id" = 0', code=DENIED)
        _refused(ws, 'TRUNCATE "vital"', code=DENIED)
        _refused(ws, 'TRUNCATE "audit"', code=DENIED)
        _refused(ws, 'CREATE TABLE "scratch" ("id" INTEGER)', code=DENIED)
        _refused(ws, 'ALTER TABLE "vital" DISABLE TRIGGER ALL', code=DENIED)
        _refused(ws, 'DROP TRIGGER "vital_no_overwrite" ON "vital"', code=DENIED)
        _refused(ws, "SET session_replication_role = replica", code=DENIED)
        # A column a void or a marking may fill is granted: set once, then frozen by the trigger.
        with pytest.raises(psycopg.Error) as caught, ws.transaction():
            ws.execute('UPDATE "vital" SET "artefact_reason" = %s WHERE "id" = %s', ("a", vid))
            ws.execute('UPDATE "vital" SET "artefact_reason" = %s WHERE "id" = %s', ("b", vid))
        assert caught.value.sqlstate == REFUSED and NEVER_OVERWRITTEN_TEXT in str(caught.value)
        # The chain: a row that does not follow the newest one is refused by the server.
        msg = _refused(ws, forge, chain_row(ws, prev="0" * 64), code=REFUSED)
        assert "the audit trail stays one chain" in msg
        _refused(ws, forge, chain_row(ws, step=2), code=REFUSED)
        _refused(ws, forge, chain_row(ws, step=0), code=REFUSED)
        # (One that does follow is taken: the server checks the link, the client the hash.)
        with pytest.raises(_RollBack), ws.transaction():
            ws.execute(forge, chain_row(ws))
            raise _RollBack

    # The superuser passes every grant: it is the triggers that refuse.
    with psycopg.connect(superuser_url, autocommit=True) as su:
        msg = _refused(
            su, 'UPDATE "vital" SET "systolic" = 180 WHERE "id" = %s', (vid,), code=REFUSED
        )
        assert NEVER_OVERWRITTEN_TEXT in msg
        msg = _refused(su, 'DELETE FROM "vital" WHERE "id" = %s', (vid,), code=REFUSED)
        assert NEVER_DELETED_TEXT in msg
        _refused(su, 'TRUNCATE "vital" CASCADE', code=REFUSED)
        _refused(su, 'UPDATE "audit" SET "reason" = %s', ("tidied",), code=REFUSED)
        _refused(su, 'DELETE FROM "audit"', code=REFUSED)
        _refused(su, forge, chain_row(su, prev="0" * 64), code=REFUSED)
        assert su.execute('SELECT "systolic" FROM "vital" WHERE "id" = %s', (vid,)).fetchone() == (
            120,
        )

    _assert_verified()


# -- e. changes announced on commit ----------------------------------------------------------


def _heard(listener: psycopg.Connection, timeout: float) -> list[dict]:
    return [json.loads(n.payload) for n in listener.notifies(timeout=timeout)]


def test_a_committed_write_is_announced_and_only_then(server, doctor):
    from ebp_logger.store.backends.postgresql import CHANNEL
    from ebp_logger.store.database import db

    pid = _patient(doctor, 1)
    sid = _session_in_progress(doctor, pid)
    orders, out = CTX.Queue(), CTX.Queue()
    child = CTX.Process(target=_notify_child, args=(server, doctor, sid, orders, out))

    def answer(expect: str) -> Any:
        tag, kind, detail = out.get(timeout=WAIT)
        assert kind != "crash", detail
        assert tag == expect, (tag, kind, detail)
        return detail

    def audit_of(vital_id: int) -> int:
        return db.execute_sql(
            'SELECT "id" FROM "audit" WHERE "table" = %s AND "row_id" = %s',
            ("vital", str(vital_id)),
        ).fetchone()[0]

    with psycopg.connect(server, autocommit=True) as listener:
        listener.execute(f'LISTEN "{CHANNEL}"')
        child.start()
        try:
            # Committed through the service: heard, with the audit row, table and session.
            orders.put("commit")
            vid = answer("commit")
            heard = _heard(listener, 10)
            assert heard == [
                {
                    "id": audit_of(vid),
                    "table": "vital",
                    "row": True,
                    "patient_id": pid,
                    "session_id": sid,
                }
            ]

            # Written but not committed: nothing yet; on the commit, it is heard.
            orders.put("hold")
            answer("hold")
            assert _heard(listener, 1.5) == []
            orders.put("release")
            vid = answer("release")
            heard = _heard(listener, 10)
            assert [(h["id"], h["table"], h["session_id"]) for h in heard] == [
                (audit_of(vid), "vital", sid)
            ]

            # Rolled back: never heard.
            orders.put("rollback")
            answer("rollback")
            assert _heard(listener, 1.5) == []
            head = db.obj.chain_head()
            orders.put("commit")
            vid = answer("commit")
            heard = _heard(listener, 10)
            assert [h["id"] for h in heard] == [audit_of(vid)] == [head + 1]
        finally:
            orders.put("stop")
            child.join(WAIT)
            if child.is_alive():
                child.kill()
    assert child.exitcode == 0
    _assert_verified()
