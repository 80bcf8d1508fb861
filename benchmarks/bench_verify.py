"""How long verification takes on a big database, written through the services (so every row
has its audit trail), against the floor of SQLite reading the same file.

    .venv/bin/python benchmarks/bench_verify.py [--sessions 5000] [--db FILE] [--keep]

Builds (or reuses, with --db pointing at an existing file) a database with --sessions complete
sessions (checklist, baseline score, ~8 vitals, events, injections, stop, end, 24 h score,
discharge, follow-up: ~30 audited writes each): 20 through the services, the rest repeated from
them with new ids and their own chained audit rows (``--through-services`` writes every one
through the services: 1–4 sessions a second here). Prints the file size and audit rows, then:
floor (``SELECT count(*)`` of every table), SQLite quick_check and integrity_check,
``verify(quick=True)`` (the start-up check), ``open_checked`` and the full ``verify()``.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _cpr(n: int) -> str:
    """A fictitious CPR number (the tenth digit chosen to pass modulus 11 where possible)."""
    day, month, year = 1 + n % 28, 1 + (n // 28) % 12, 40 + (n // 336) % 60
    return f"{day:02d}{month:02d}{year:02d}{1000 + n % 9000:04d}"


def build(path: Path, sessions_wanted: int, seed: int = 5) -> None:
    from ebp_logger import clock
    from ebp_logger.store.audit import Actor
    from ebp_logger.store.database import db
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import checklist, patients, procedure, sessions, users, ward

    rng = random.Random(seed)
    now = [datetime(2016, 1, 4, 8, 0, tzinfo=timezone.utc)]
    clock.set_clock(lambda: now[0])

    def tick(minutes: float) -> None:
        now[0] += timedelta(minutes=minutes)

    open_database(path)
    db.execute_sql("PRAGMA synchronous=OFF")  # building only; the app never does this
    a = users.create_first_administrator("admin", "Test Administrator", "admin-pass")
    admin = Actor(a.id, a.username, a.role)
    d = users.create_user(admin, "doc", "Test Anaesthesiologist", "anaesthesiologist", "doc-pass1")
    n = users.create_user(admin, "nurse", "Test Nurse", "nurse", "nurse-pass")
    doc, nurse = Actor(d.id, d.username, d.role), Actor(n.id, n.username, n.role)
    checklist.seed_defaults()
    answers = checklist.all_clear_answers()
    t0 = time.perf_counter()
    for i in range(sessions_wanted):
        with db.atomic():
            p = patients.register_patient(doc, _cpr(i), f"Test Patient {i}", confirm_mod11=True)
            sid = sessions.create_session(doc, p.id, indication="plph", patch_type="non_targeted")
            for key, value in answers.items():
                checklist.answer(doc, sid, key, value)
            ward.record_score(doc, sid, "baseline", 3, 8)
            sessions.start_procedure(doc, sid)
            procedure.record_event(doc, sid, "needle_in")
            for k in range(8):
                tick(2.5)
                procedure.record_vitals(
                    doc,
                    sid,
                    bp=f"{rng.randint(100, 150)}/{rng.randint(55, 90)}",
                    spo2=rng.randint(94, 100),
                    heart_rate=rng.randint(55, 100),
                )
                if k in (2, 4, 6):
                    procedure.record_injection(doc, sid, rng.choice([5, 8, 10]))
            procedure.record_event(doc, sid, "loss_of_resistance", level="L3–L4")
            procedure.record_stop(doc, sid, "back_pain")
            tick(2)
            sessions.end_procedure(doc, sid)
            tick(60 * 24)
            ward.record_score(nurse, sid, "h24", 0, 2)
            sessions.end_rest(nurse, sid)
            tick(60 * 24 * 14)
            ward.record_follow_up(doc, sid, effect="lasting", decision="nothing_more")
            tick(-(60 * 24 * 15) + 90)  # back to the next working slot
        if (i + 1) % 500 == 0:
            rate = (i + 1) / (time.perf_counter() - t0)
            print(f"  built {i + 1} sessions ({rate:.0f}/s)", flush=True)
    clock.set_clock(None)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def replicate(path: Path, copies: int, template_sessions: int = 20) -> None:
    """Build ``template_sessions`` through the services, then add ``copies`` more sessions by
    repeating them: each copy gets new ids (a new patient, new session and entries) and the
    audit rows the services would have written for it, chained and hashed like any other.
    Thousands of times faster than the services on this machine; verify cannot tell."""
    import json

    from ebp_logger.store import audit
    from ebp_logger.store.database import db

    build(path, template_sessions)
    db.execute_sql("PRAGMA synchronous=OFF")
    cols = audit.HASHED_COLUMNS + audit.OPTIONAL_HASHED
    names = ", ".join(f'"{c}"' for c in cols)
    template = [
        dict(zip(cols, r, strict=True))
        for r in db.execute_sql(
            f"SELECT {names} FROM audit WHERE patient_id = (SELECT max(id) FROM patient) "
            "ORDER BY id"
        ).fetchall()
    ]
    next_id = {
        t: db.execute_sql(f'SELECT coalesce(max(id), 0) FROM "{t}"').fetchone()[0]
        for t in {r["table"] for r in template}
    }
    last_id, prev = db.execute_sql("SELECT id, hash FROM audit ORDER BY id DESC").fetchone()
    refs = {"session_id": "session", "patient_id": "patient", "previous_session_id": "session"}
    t0 = time.perf_counter()
    for k in range(copies):
        ids: dict[tuple[str, int], int] = {}

        def new_id(table: str, old: int, ids: dict = ids) -> int:
            if (table, old) not in ids:
                next_id[table] += 1
                ids[(table, old)] = next_id[table]
            return ids[(table, old)]

        def remap(table: str, snap: dict | None, k: int = k) -> dict | None:
            if snap is None:
                return None
            out = dict(snap)
            for key, value in snap.items():
                if value is None:
                    continue
                if key == "id" or key == "supersedes_id":
                    out[key] = new_id(table, value)
                elif key in refs:
                    out[key] = new_id(refs[key], value)
            if table == "patient":
                out["cpr"] = _cpr(template_sessions + k)
                out["name"] = f"Test Patient {template_sessions + k}"
            return out

        final: dict[tuple[str, int], dict] = {}
        with db.atomic():
            for row in template:
                table = row["table"]
                new = remap(table, json.loads(row["new"]))
                old = json.loads(row["old"]) if row["old"] else None
                old = remap(table, old)
                last_id += 1
                fields = dict(
                    row,
                    id=last_id,
                    row_id=str(new["id"]),
                    patient_id=new_id("patient", row["patient_id"]),
                    session_id=new_id("session", row["session_id"]) if row["session_id"] else None,
                    new=json.dumps(new, sort_keys=True, ensure_ascii=False),
                    old=json.dumps(old, sort_keys=True, ensure_ascii=False) if old else None,
                )
                digest = audit.digest(prev, fields)
                db.execute_sql(
                    f"INSERT INTO audit ({names}, prev_hash, hash) VALUES "
                    f"({', '.join('?' * (len(cols) + 2))})",
                    [fields[c] for c in cols] + [prev, digest],
                )
                prev = digest
                if (table, new["id"]) in final:
                    final[(table, new["id"])].update(new)
                else:
                    final[(table, new["id"])] = new
            for (table, _), snap in final.items():  # first written first: parents before entries
                keys = list(snap)
                collist = ", ".join(f'"{c}"' for c in keys)
                db.execute_sql(
                    f'INSERT INTO "{table}" ({collist}) VALUES ({", ".join("?" * len(keys))})',
                    [snap[c] for c in keys],
                )
            db.execute_sql(f"PRAGMA user_version = {last_id}")
        if (k + 1) % 1000 == 0:
            print(
                f"  replicated {k + 1} ({(k + 1) / (time.perf_counter() - t0):.0f}/s)", flush=True
            )
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def timed(label: str, fn, floor: float | None = None) -> float:
    t0 = time.perf_counter()
    result = fn()
    took = time.perf_counter() - t0
    ratio = f"  ({took / floor:.1f} × floor)" if floor else ""
    print(f"{label:<38} {took * 1000:9.0f} ms{ratio}   {result}")
    return took


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sessions", type=int, default=5000)
    ap.add_argument("--db", type=Path, help="reuse or keep this database file")
    ap.add_argument(
        "--through-services",
        action="store_true",
        help="write every session through the services (slow) instead of 20 repeated",
    )
    args = ap.parse_args()
    from ebp_logger.store.database import close_database, db
    from ebp_logger.store.models import ALL_MODELS
    from ebp_logger.store.opening import open_checked, open_database
    from ebp_logger.store.verify import verify

    path = args.db or Path(tempfile.mkdtemp()) / "bench-verify.sqlite"
    if not path.exists():
        print(f"building {args.sessions} sessions in {path} …", flush=True)
        t0 = time.perf_counter()
        if args.through_services:
            build(path, args.sessions)
        else:
            replicate(path, max(0, args.sessions - 20), template_sessions=min(20, args.sessions))
        print(f"  built in {time.perf_counter() - t0:.0f} s")
        close_database()
    open_database(path)
    rows = db.execute_sql("SELECT count(*) FROM audit").fetchone()[0]
    sessions = db.execute_sql("SELECT count(*) FROM session").fetchone()[0]
    print(f"database: {path.stat().st_size / 1e6:.1f} MB, {sessions} sessions, {rows} audit rows")

    def floor_read() -> str:
        n = sum(
            db.execute_sql(f'SELECT count(*) FROM "{m._meta.table_name}"').fetchone()[0]
            for m in ALL_MODELS
        )
        return f"{n} rows"

    floor = timed("floor: count(*) of every table", floor_read)
    for sql in ("PRAGMA quick_check", "PRAGMA integrity_check"):
        timed(f"SQLite {sql.split()[1]}", lambda s=sql: db.execute_sql(s).fetchone()[0], floor)
    timed(
        "verify(quick=True)  [start-up]",
        lambda: (lambda r: f"ok={r.ok} rows={r.audit_rows}")(verify(quick=True)),
        floor,
    )
    close_database()
    timed("open_checked(path)  [start-up]", lambda: open_checked(path), floor)
    timed("verify()  [full]", lambda: (lambda r: f"ok={r.ok} rows={r.audit_rows}")(verify()), floor)
    close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
