"""One vitals entry through the service layer (validation, audit, commit) against the floor:
a raw sqlite3 single-row commit with the same pragmas (WAL, synchronous=FULL).

    .venv/bin/python benchmarks/bench_vitals_entry.py [--n 300] [--sessions 60000]

Prints p50/p99 in milliseconds and the ratio; the goal is p99 ≤ 2 × the raw commit. The
second part repeats it with a database holding --sessions sessions.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def raw_commits(path: Path, n: int) -> list[float]:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute(
        "CREATE TABLE IF NOT EXISTS v (id INTEGER PRIMARY KEY, t TEXT, sys INT, dia INT, spo2 INT)"
    )
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        con.execute("BEGIN IMMEDIATE")
        con.execute(
            "INSERT INTO v (t, sys, dia, spo2) VALUES (?, ?, ?, ?)",
            ("2026-11-23T09:00:00Z", 120, 80, 98),
        )
        con.execute("COMMIT")
        out.append((time.perf_counter() - t0) * 1000)
    con.close()
    return out


def fill_sessions(count: int, doctor, patient_id: int) -> None:
    """Bulk-create many finished sessions quickly (direct inserts, for load only)."""
    from ebp_logger.clock import utcnow
    from ebp_logger.store.database import db
    from ebp_logger.store.models import Session

    now = utcnow()
    rows = [
        dict(
            patient=patient_id,
            operator=doctor.user_id,
            created_at=now,
            status="discharged",
            indication="plph",
            patch_type="non_targeted",
            attempt_number=1,
            symptoms=[],
        )
        for _ in range(count)
    ]
    with db.atomic():
        for i in range(0, len(rows), 500):
            Session.insert_many(rows[i : i + 500]).execute()


def service_entries(path: Path, n: int, extra_sessions: int) -> list[float]:
    from ebp_logger.store.audit import Actor
    from ebp_logger.store.database import close_database
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import checklist, patients, procedure, sessions, users

    open_database(path)
    a = users.create_first_administrator("admin", "Bench Admin", "password1")
    admin = Actor(a.id, a.username, a.role)
    d = users.create_user(admin, "doc", "Bench Doctor", "anaesthesiologist", "password1")
    doc = Actor(d.id, d.username, d.role)
    p = patients.register_patient(doc, "120571-1003", "Bench Patient")
    if extra_sessions:
        fill_sessions(extra_sessions, doc, p.id)
    sid = sessions.create_session(doc, p.id, indication="plph", patch_type="non_targeted")
    for key, value in checklist.all_clear_answers().items():
        checklist.answer(doc, sid, key, value)
    sessions.start_procedure(doc, sid)
    out = []
    for i in range(n):
        t0 = time.perf_counter()
        procedure.record_vitals(doc, sid, bp=f"{110 + i % 30}/70", spo2=97, heart_rate=70)
        out.append((time.perf_counter() - t0) * 1000)
    close_database()
    return out


def report(label: str, base: list[float], ours: list[float]) -> None:
    b50, b99, o50, o99 = pct(base, 50), pct(base, 99), pct(ours, 50), pct(ours, 99)
    print(f"{label}")
    print(f"  raw sqlite3 commit : p50 {b50:7.3f} ms  p99 {b99:7.3f} ms")
    print(
        f"  service + audit    : p50 {o50:7.3f} ms  p99 {o99:7.3f} ms  (mean {statistics.mean(ours):.3f})"
    )
    print(f"  ratio p50 {o50 / b50:5.2f}x   p99 {o99 / b99:5.2f}x   (goal p99 <= 2x)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--sessions", type=int, default=60000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = raw_commits(tmp / "raw.sqlite", args.n)
        ours = service_entries(tmp / "svc.sqlite", args.n, 0)
        report("Vitals entry, empty database", base, ours)
        base = raw_commits(tmp / "raw2.sqlite", args.n)
        ours = service_entries(tmp / "svc2.sqlite", args.n, args.sessions)
        report(f"Vitals entry, {args.sessions} sessions in the database", base, ours)


if __name__ == "__main__":
    main()
