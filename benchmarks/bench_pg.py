"""The department server (PostgreSQL) under load: vitals entry against a raw commit, the
change notice's delay, and a soak of many workstations writing at once.

    .venv/bin/python benchmarks/bench_pg.py [--url postgresql://admin@host:port/db]
        [--n 500] [--notices 200] [--workstations 10] [--seconds 60] [--interval 0.2]

``--url``: a role that may create databases and roles (default: $EBP_TEST_PG_URL, the test
server ./test.sh or installers/dev/pg_test_cluster.sh starts). A database of the benchmark's
own is created there, set up with ``server init`` (and a login role for the workstations),
and dropped at the end (``--keep`` leaves it).

1. Vitals entry through ``procedure.record_vitals`` (validation, the write lock, the audit row
   and the server's chain trigger, commit) against the floor measured in the same run,
   interleaved with it: a raw psycopg one-row INSERT and commit in the same database. Goal:
   p99 ≤ 2 × the floor.
2. Notice delay: a write committed by one connection, heard by a LISTEN on another (``ebp_changes``,
   sent by the chain trigger). Measured from the moment the writer asks to commit (the commit
   itself included) to the moment the listener has the notice. Goal: p95 ≤ 200 ms.
3. Soak: --workstations processes (each a separate interpreter, its own PC name and its own
   session in progress) write vitals, and every fifth entry an event, every --interval
   seconds (jittered ±50 %; 0: flat out) for --seconds; the issue's goal is 10 workstations
   for 5 minutes (--seconds 300). Prints entries written, lost (acknowledged but not stored),
   chain forks (the audit chain not one unbroken chain, and ``verify()``'s problems), and the
   entry p99 against part 1's idle p99 (goal ≤ 3 ×).

Figures only: nothing here asserts a time (the machine's load moves them).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import socket
import statistics
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LOGIN, PASSWORD = "ebp_bench_ws", "bench-pass"
FLOOR_SCHEMA = "bench_floor"  # outside the app's schema: verify() never sees it


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def with_db(url: str, dbname: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + dbname


def as_login(url: str) -> str:
    """The same server and database as the workstations' login role."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{LOGIN}:{PASSWORD}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


# -- set-up ------------------------------------------------------------------------------------


def create_database(admin: str, dbname: str) -> tuple[str, str]:
    """A fresh database set up with ``server init``: (its admin URL, the workstations' URL)."""
    import psycopg

    from ebp_logger.store import server_admin

    with psycopg.connect(admin, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
        con.execute(f'CREATE DATABASE "{dbname}"')
    db_admin = with_db(admin, dbname)
    server_admin.init(db_admin, login=LOGIN, password=PASSWORD)
    with psycopg.connect(db_admin, autocommit=True) as con:
        con.execute(f'CREATE SCHEMA "{FLOOR_SCHEMA}"')
        # Shaped like a vitals row, with a primary key and an index on (session, time).
        con.execute(
            f'CREATE TABLE "{FLOOR_SCHEMA}"."v" (id SERIAL PRIMARY KEY, session_id INT, '
            "taken_at TEXT, systolic INT, diastolic INT, spo2 INT, heart_rate INT)"
        )
        con.execute(f'CREATE INDEX ON "{FLOOR_SCHEMA}"."v" (session_id, taken_at)')
    return db_admin, as_login(db_admin)


def drop_database(admin: str, dbname: str) -> None:
    import psycopg

    with psycopg.connect(admin, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


def staff_and_sessions(count: int) -> tuple[Any, list[int]]:
    """A doctor and ``count`` patients, each with a session in progress (the open database)."""
    from ebp_logger.store.audit import Actor
    from ebp_logger.store.services import checklist, patients, sessions, users

    a = users.create_first_administrator("admin", "Bench Admin", "password1")
    admin = Actor(a.id, a.username, a.role)
    d = users.create_user(admin, "doc", "Bench Doctor", "anaesthesiologist", "password1")
    doc = Actor(d.id, d.username, d.role)
    checklist.seed_defaults()
    sids = []
    for n in range(count):
        p = patients.register_patient(
            doc,
            f"{n % 28 + 1:02d}{n // 28 % 12 + 1:02d}71-1003",
            f"Bench Patient {n}",
            confirm_mod11=True,
        )
        sid = sessions.create_session(doc, p.id, indication="plph", patch_type="non_targeted")
        for key, value in checklist.all_clear_answers().items():
            checklist.answer(doc, sid, key, value)
        sessions.start_procedure(doc, sid)
        sids.append(sid)
    return doc, sids


# -- 1. vitals entry against the floor ---------------------------------------------------------


def entry_vs_floor(db_admin: str, doc: Any, sid: int, n: int) -> tuple[list[float], list[float]]:
    """(floor, service) milliseconds, one of each in turn so both see the same moment."""
    import psycopg

    from ebp_logger.store.services import procedure

    floor, ours = [], []
    with psycopg.connect(db_admin) as con:
        insert = (
            f'INSERT INTO "{FLOOR_SCHEMA}"."v" (session_id, taken_at, systolic, diastolic, '
            "spo2, heart_rate) VALUES (%s, %s, %s, %s, %s, %s)"
        )
        for i in range(n):
            t0 = time.perf_counter()
            con.execute(insert, (sid, "2026-11-23T09:00:00Z", 110 + i % 30, 70, 97, 70))
            con.commit()
            floor.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            procedure.record_vitals(doc, sid, bp=f"{110 + i % 30}/70", spo2=97, heart_rate=70)
            ours.append((time.perf_counter() - t0) * 1000)
    return floor, ours


# -- 2. the notice's delay ---------------------------------------------------------------------


def notice_delays(app_url: str, doc: Any, sid: int, n: int) -> tuple[list[float], int]:
    """Milliseconds from asking to commit to the listener having the notice; and how many
    notices never came (within 5 s)."""
    import psycopg

    from ebp_logger.store.backends.postgresql import CHANNEL
    from ebp_logger.store.database import db, write
    from ebp_logger.store.services import procedure

    heard: dict[int, float] = {}
    stop = threading.Event()
    listening = threading.Event()

    def listen() -> None:
        with psycopg.connect(app_url, autocommit=True) as con:
            con.execute(f'LISTEN "{CHANNEL}"')
            listening.set()
            while not stop.is_set():
                for note in con.notifies(timeout=0.2):
                    heard[json.loads(note.payload)["id"]] = time.perf_counter()

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    listening.wait(10)
    asked: dict[int, float] = {}
    for i in range(n):
        with write():
            procedure.record_vitals(doc, sid, bp=f"{115 + i % 20}/72", spo2=98, heart_rate=66)
            t_commit = time.perf_counter()  # the block's end sends the COMMIT
        asked[db.obj.chain_head()] = t_commit
        time.sleep(0.01 + random.random() * 0.02)  # spaced: each notice on its own
    deadline = time.perf_counter() + 5
    while len(set(asked) & set(heard)) < len(asked) and time.perf_counter() < deadline:
        time.sleep(0.05)
    stop.set()
    listener.join(5)
    delays = [(heard[k] - t) * 1000 for k, t in asked.items() if k in heard]
    return delays, len(asked) - len(delays)


# -- 3. the soak -------------------------------------------------------------------------------


def workstation(
    app_url: str,
    name: str,
    doc: Any,
    sid: int,
    seconds: float,
    interval: float,
    ready: Any,
    out: Any,
) -> None:
    """One simulated PC: vitals, and every fifth entry an event, until the time is up."""
    try:
        from ebp_logger.store.backends import workstation_name

        socket.gethostname = lambda: name  # one machine runs them all; each its own PC name
        workstation_name.cache_clear()
        from ebp_logger.errors import EbpError
        from ebp_logger.store.database import close_database
        from ebp_logger.store.opening import open_database
        from ebp_logger.store.services import procedure

        open_database(app_url)
        ready.wait(300)
        end = time.monotonic() + seconds
        vitals, events, latency, errors = [], [], [], []
        i = 0
        while time.monotonic() < end:
            i += 1
            t0 = time.perf_counter()
            try:
                if i % 5 == 0:
                    events.append(procedure.record_event(doc, sid, "note", note=f"{name} note {i}"))
                else:
                    vitals.append(
                        procedure.record_vitals(
                            doc, sid, bp=f"{100 + i % 60}/70", spo2=97, heart_rate=60 + i % 40
                        )
                    )
                latency.append((time.perf_counter() - t0) * 1000)
            except EbpError as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
            if interval > 0:
                time.sleep(interval * (0.5 + random.random()))
        close_database()
        out.put((name, vitals, events, latency, errors))
    except BaseException:
        out.put((name, [], [], [], ["crash: " + traceback.format_exc()]))


def soak(
    app_url: str, doc: Any, sids: list[int], seconds: float, interval: float
) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    ready, out = ctx.Barrier(len(sids) + 1), ctx.Queue()
    procs = [
        ctx.Process(
            target=workstation,
            args=(app_url, f"bench-ws-{k:02d}", doc, sid, seconds, interval, ready, out),
        )
        for k, sid in enumerate(sids)
    ]
    for p in procs:
        p.start()
    ready.wait(300)
    t0 = time.perf_counter()
    answers = [out.get(timeout=seconds + 300) for _ in procs]
    wall = time.perf_counter() - t0
    for p in procs:
        p.join(60)
    return {"answers": answers, "wall": wall}


def check_after_soak(answers: list[tuple]) -> dict[str, Any]:
    """Lost entries, the chain's continuity and verify()'s problems (the open database)."""
    from ebp_logger.store.audit import GENESIS
    from ebp_logger.store.database import db
    from ebp_logger.store.verify import verify

    found: dict[str, Any] = {}
    for table, col in (("vital", 1), ("event", 2)):
        acked = [i for a in answers for i in a[col]]
        stored = {r[0] for r in db.execute_sql(f'SELECT "id" FROM "{table}"').fetchall()}
        found[table] = (len(acked), len([i for i in acked if i not in stored]))
    rows = db.execute_sql('SELECT "id", "prev_hash", "hash" FROM "audit" ORDER BY "id"').fetchall()
    breaks, prev = 0, GENESIS
    for k, (audit_id, prev_hash, hash_) in enumerate(rows, start=1):
        if audit_id != k or prev_hash != prev:
            breaks += 1
        prev = hash_
    found["audit_rows"] = len(rows)
    found["breaks"] = breaks
    by_ws = db.execute_sql(
        'SELECT "workstation", count(*) FROM "audit" WHERE "workstation" LIKE %s '
        'GROUP BY "workstation"',
        ("bench-ws-%",),
    ).fetchall()
    found["by_workstation"] = dict(by_ws)
    t0 = time.perf_counter()
    report = verify()
    found["verify_s"] = time.perf_counter() - t0
    found["problems"] = report.problems
    return found


# -- the run -----------------------------------------------------------------------------------


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", default=os.environ.get("EBP_TEST_PG_URL", ""))
    ap.add_argument("--db", default=f"ebp_bench_{os.getpid()}", help="database to create")
    ap.add_argument("--n", type=int, default=500, help="vitals entries (and floor commits)")
    ap.add_argument("--notices", type=int, default=200, help="notices to time")
    ap.add_argument("--workstations", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=60, help="soak length (goal: 300)")
    ap.add_argument(
        "--interval", type=float, default=0.2, help="seconds between a workstation's entries"
    )
    ap.add_argument("--keep", action="store_true", help="leave the database")
    args = ap.parse_args()
    if not args.url:
        ap.error("--url or EBP_TEST_PG_URL: a PostgreSQL role that may create databases")

    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database

    db_admin, app_url = create_database(args.url, args.db)
    try:
        open_database(app_url)
        doc, sids = staff_and_sessions(args.workstations + 1)
        idle_sid, soak_sids = sids[0], sids[1:]

        floor, ours = entry_vs_floor(db_admin, doc, idle_sid, args.n)
        b50, b99, o50, o99 = pct(floor, 50), pct(floor, 99), pct(ours, 50), pct(ours, 99)
        print(f"1. Vitals entry, {args.n} entries, one workstation (server idle)")
        print(f"  raw psycopg INSERT+commit : p50 {b50:7.3f} ms  p99 {b99:7.3f} ms")
        print(
            f"  record_vitals + audit     : p50 {o50:7.3f} ms  p99 {o99:7.3f} ms"
            f"  (mean {statistics.mean(ours):.3f})"
        )
        print(f"  ratio p50 {o50 / b50:5.2f}x   p99 {o99 / b99:5.2f}x   (goal p99 <= 2x)")

        delays, missing = notice_delays(app_url, doc, idle_sid, args.notices)
        print(f"2. Change notice, {args.notices} commits heard by a LISTEN on another connection")
        if delays:
            print(
                f"  commit -> heard : p50 {pct(delays, 50):7.3f} ms  p95 {pct(delays, 95):7.3f} ms"
                f"  max {max(delays):7.3f} ms  (goal p95 <= 200 ms)"
            )
        print(f"  never heard     : {missing}")
        close_database()

        print(
            f"3. Soak: {args.workstations} workstations (processes), {args.seconds:g} s, an entry "
            f"every {args.interval:g} s each (±50 %), every fifth an event"
        )
        ran = soak(app_url, doc, soak_sids, args.seconds, args.interval)
        open_database(app_url)
        answers = ran["answers"]
        latency = [x for a in answers for x in a[3]]
        errors = [e for a in answers for e in a[4]]
        found = check_after_soak(answers)
        (v_ack, v_lost), (e_ack, e_lost) = found["vital"], found["event"]
        print(
            f"  entries written : {v_ack + e_ack} ({v_ack} vitals, {e_ack} events) in "
            f"{ran['wall']:.1f} s, {(v_ack + e_ack) / ran['wall']:.1f}/s"
        )
        per_ws = sorted(found["by_workstation"].values())
        if per_ws:
            print(f"  per workstation : {per_ws[0]}–{per_ws[-1]} audit rows")
        print(
            f"  errors          : {len(errors)}" + (f"  first: {errors[0][:300]}" if errors else "")
        )
        print(f"  lost            : {v_lost + e_lost} (acknowledged but not stored)")
        print(
            f"  chain forks     : {found['breaks']} breaks in {found['audit_rows']} audit rows; "
            f"verify() problems {len(found['problems'])} ({found['verify_s']:.1f} s)"
        )
        for p in found["problems"][:5]:
            print(f"    {p}")
        if latency:
            s50, s99 = pct(latency, 50), pct(latency, 99)
            print(
                f"  entry under load: p50 {s50:7.3f} ms  p99 {s99:7.3f} ms  max {max(latency):.1f} ms"
            )
            print(f"  p99 vs idle p99 : {s99 / o99:5.2f}x   (goal <= 3x)")
        close_database()
    finally:
        close_database()
        if not args.keep:
            drop_database(args.url, args.db)
    return 0


if __name__ == "__main__":
    sys.exit(main())
