"""The read paths on a department's whole history: 40,000 patients, 60,000 finished sessions.

    .venv/bin/python benchmarks/bench_scale.py [--patients 40000] [--sessions 60000]
                                               [--db FILE] [--keep] [--skip-slow]

Builds the database through a fast path (``executemany`` straight into the tables the schema
made; no audit rows, so ``verify`` would rightly refuse this file) spread over ten years, about
6,000 patches a year, each with scores, events, injections, a stop, vitals and a follow-up, plus
today's sessions, patients lying flat and unacknowledged warning signs. Then prints, for each
read the screens and exports use: milliseconds (best of a few runs), the floor (the same rows
fetched by one raw SQL query on the same connection, measured in the same run) and the number of
SQL statements the read issued. ``--skip-slow`` leaves out the ten-year reads.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FIRST = (
    "Hans Anne Peter Mette Jens Kirsten Lars Hanne Søren Lone Niels Bente Michael Susanne Henrik "
    "Pia Thomas Tina Jørgen Birgit Rasmus Åse Ole Else Morten Inger Anders Lene Martin Karen "
    "Jesper Marianne Poul Camilla Mads Ida Frederik Emma Ærentz Signe"
).split()
LAST = (
    "Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
    "Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen "
    "Østergaard Ærø Åberg Kjær Dahl Holm Lund Bach Krogh Friis Vestergaard Thygesen Brøndum"
).split()
FMT = "%Y-%m-%dT%H:%M:%S.%fZ"


def ts(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime(FMT)


def _entry(sid: int, at: datetime, user: int) -> tuple:
    # session, recorded_at, recorded_by, entered_from_paper
    return (sid, ts(at), user, 0)


def build(path: Path, n_patients: int, n_sessions: int, seed: int = 16) -> None:
    """Fill an empty database (schema from ``open_database``) with ``executemany``."""
    from ebp_logger.store.database import db
    from ebp_logger.store.opening import open_database

    rng = random.Random(seed)
    open_database(path)
    conn = db.connection()
    conn.execute("PRAGMA synchronous=OFF")  # building only; the app never does this
    now = datetime.now(timezone.utc)
    x = conn.executemany
    with db.atomic():
        x(
            'INSERT INTO "user" (id, username, full_name, role, password_hash, active, '
            "failed_logins, created_at) VALUES (?,?,?,?,?,1,0,?)",
            [
                (
                    i,
                    f"user{i}",
                    f"Test User {i}",
                    ("anaesthesiologist", "nurse")[i % 2],
                    "x",
                    ts(now),
                )
                for i in range(1, 21)
            ],
        )
        patients = []
        for i in range(1, n_patients + 1):
            born = date(1940, 1, 1) + timedelta(days=rng.randrange(0, 60 * 365))
            cpr = f"{born:%d%m%y}{i % 10000:04d}"
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if rng.random() < 0.3:
                name = f"{rng.choice(FIRST)} {name}"
            sex = ("male", "female")[i % 2]
            patients.append(
                (i, cpr, name, born.isoformat(), sex, 1, "da", "", "", "", ts(now), 1, "typed")
            )
        # CPR numbers must be unique: a clash takes a free number.
        seen: set[str] = set()
        for k, p in enumerate(patients):
            cpr = p[1]
            while cpr in seen:
                cpr = cpr[:6] + f"{rng.randrange(10000):04d}"
            seen.add(cpr)
            patients[k] = (p[0], cpr, *p[2:])
        x(
            "INSERT INTO patient (id, cpr, name, birth_date, sex, mod11_confirmed, language, "
            "comorbidity, medication, earlier_illnesses, created_at, created_by_id, source, "
            "address, phone, location) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'','','')",
            patients,
        )
        sess, scores, events, inj, stops, vitals, fus, obs = [], [], [], [], [], [], [], []
        span = 10 * 365 * 24 * 3600
        special = 40  # today's sessions and the ward's patients come last
        # Ids grow with time, as in a real file (entries of a year lie together on disk).
        history = sorted(rng.randrange(span) for _ in range(n_sessions))
        for sid in range(1, n_sessions + special + 1):
            pid = rng.randrange(1, n_patients + 1)
            user = rng.randrange(1, 21)
            if sid <= n_sessions:
                start = now - timedelta(days=1, seconds=span - history[sid - 1])
                status = "discharged"
            elif sid <= n_sessions + 20:  # today
                start = now.replace(hour=7) + timedelta(minutes=20 * (sid - n_sessions))
                start = min(start, now - timedelta(minutes=5))
                status = "discharged" if sid % 3 else "in_progress"
            else:  # lying flat
                start = now - timedelta(hours=rng.randrange(2, 30))
                status = "supine_rest"
            end = start + timedelta(minutes=40)
            ended = None if status == "in_progress" else ts(end)
            sess.append(
                (sid, pid, user, ts(start - timedelta(minutes=30)), status, "plph",
                 "", "", rng.choice(("non_targeted", "targeted")), "", 1 + (rng.random() < 0.2),
                 f"B{sid % 12}", "[]", 0, ts(start), ended,
                 ts(end + timedelta(hours=24)) if status == "discharged" else None)
            )  # fmt: skip
            base = rng.randrange(4, 11)
            scores.append((*_entry(sid, start, user), ts(start), "baseline", base // 2, base))
            events.append(
                (*_entry(sid, start, user), ts(start + timedelta(minutes=5)), "needle_in", "", "")
            )
            events.append(
                (*_entry(sid, start, user), ts(start + timedelta(minutes=8)),
                 "loss_of_resistance", rng.choice(("L2–L3", "L3–L4", "L4–L5")), "")
            )  # fmt: skip
            if rng.random() < 0.05:
                events.append(
                    (*_entry(sid, start, user), ts(start + timedelta(minutes=9)),
                     "dural_puncture", "", "")
                )  # fmt: skip
            ml = rng.choice((150, 200, 225, 250, 300))
            inj.append((*_entry(sid, start, user), ts(start + timedelta(minutes=10)), "blood", ml))
            for k in range(6):
                vitals.append(
                    (*_entry(sid, start, user), ts(start + timedelta(minutes=5 * k)), "manual",
                     rng.randrange(94, 100), rng.randrange(55, 95), 120, 75, 90)
                )  # fmt: skip
            if ended is None:
                continue
            stops.append((*_entry(sid, end, user), ts(end), "pain_back", "", ml, 0))
            if status == "discharged":
                after = rng.randrange(0, base + 1)
                scores.append(
                    (
                        *_entry(sid, end, user),
                        ts(end + timedelta(hours=24)),
                        "h24",
                        after // 2,
                        after,
                    )
                )
                if rng.random() < 0.8:
                    fus.append(
                        (*_entry(sid, end, user), ts(end + timedelta(days=20)),
                         rng.choice(("lasting", "temporary", "none")), 0, rng.randrange(0, 6), 0,
                         "nothing_more", "")
                    )  # fmt: skip
            if rng.random() < 0.1 or (status == "supine_rest" and sid % 4 == 0):
                seen = end + timedelta(hours=1)
                # Warning signs of patients gone home were acknowledged by a doctor.
                ack = (
                    (ts(seen + timedelta(minutes=20)), 1)
                    if status == "discharged"
                    else (None, None)
                )
                obs.append((*_entry(sid, end, user), ts(seen), '["fever"]', "", *ack))
        x(
            "INSERT INTO session (id, patient_id, operator_id, created_at, status, indication, "
            "indication_text, referring_neurologist, patch_type, leak_level, attempt_number, "
            "room_bed, symptoms, entered_from_paper, started_at, ended_at, rest_ended_at, "
            "possible_cause) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'')",
            sess,
        )
        head = "session_id, recorded_at, recorded_by_id, entered_from_paper"
        x(
            f"INSERT INTO headache_score ({head}, taken_at, timepoint, lying, standing) "
            "VALUES (?,?,?,?,?,?,?,?)",
            scores,
        )
        x(f"INSERT INTO event ({head}, at, kind, level, note) VALUES (?,?,?,?,?,?,?,?)", events)
        x(
            f"INSERT INTO injection ({head}, given_at, component, tenths_ml) "
            "VALUES (?,?,?,?,?,?,?)",
            inj,
        )
        x(
            f"INSERT INTO stop_record ({head}, at, reason, text, blood_tenths_ml, glue_tenths_ml) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            stops,
        )
        x(
            f"INSERT INTO vital ({head}, taken_at, source, spo2, heart_rate, systolic, diastolic, "
            "mean) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            vitals,
        )
        x(
            f"INSERT INTO follow_up ({head}, contacted_at, effect, lying, standing, recurrence, "
            "decision, note) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            fus,
        )
        x(
            f"INSERT INTO observation ({head}, observed_at, signs, note, acknowledged_at, "
            "acknowledged_by_id) VALUES (?,?,?,?,?,?,?,?,?)",
            obs,
        )
    _derived()
    conn.execute("ANALYZE")


def _derived() -> None:
    """Fill what the store derives from rows written outside the services (the name index)."""
    try:
        from ebp_logger.store import names
    except ImportError:  # a version without a name index
        return
    names.reindex_all()


class Counter:
    """Counts the SQL statements peewee sends (every query passes ``execute_sql``)."""

    def __init__(self, db) -> None:
        self.db, self.n = db, 0
        self._orig = db.execute_sql

    def __enter__(self) -> Counter:
        def counting(*a, **k):
            self.n += 1
            return self._orig(*a, **k)

        self.db.execute_sql = counting
        return self

    def __exit__(self, *exc) -> None:
        del self.db.execute_sql


def best(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    out, t = None, float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        out = fn()
        t = min(t, time.perf_counter() - t0)
    return t * 1000, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--patients", type=int, default=40_000)
    ap.add_argument("--sessions", type=int, default=60_000)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--skip-slow", action="store_true")
    args = ap.parse_args()

    from ebp_logger.store import outcomes, registry
    from ebp_logger.store.database import db
    from ebp_logger.store.opening import open_database
    from ebp_logger.store.services import patients, queries, worklist

    tmp = None
    path = args.db
    if path is None:
        tmp = tempfile.TemporaryDirectory(prefix="bench-scale-")
        path = Path(tmp.name) / "ebp.sqlite3"
    if not path.exists():
        t0 = time.perf_counter()
        build(path, args.patients, args.sessions)
        print(f"built {args.patients} patients, {args.sessions} sessions "
              f"in {time.perf_counter() - t0:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")  # fmt: skip
    open_database(path)
    conn = db.connection()
    today = date.today()
    year_ago = today - timedelta(days=365)

    def floor(sql: str, params: tuple = ()) -> float:
        return best(lambda: conn.execute(sql, params).fetchall(), 3)[0]

    entry_union = " UNION ALL ".join(
        f"SELECT e.id, e.session_id, e.recorded_at FROM {t} e JOIN session s ON "
        "s.id = e.session_id WHERE s.started_at >= :lo AND s.started_at < :hi"
        for t in ("headache_score", "event", "injection", "stop_record", "follow_up",
                  "observation", "bern_assessment")
    )  # fmt: skip

    def span(start: date, end: date) -> dict:
        lo = datetime.combine(start, datetime.min.time()).astimezone()
        hi = datetime.combine(end + timedelta(days=1), datetime.min.time()).astimezone()
        return {"lo": ts(lo), "hi": ts(hi)}

    def patch_floor(start: date, end: date) -> float:
        """Two raw statements, timed as one: the sessions with their patients, the entries."""
        p = span(start, end)
        sessions_sql = (
            "SELECT * FROM session s JOIN patient p ON p.id = s.patient_id "
            "WHERE s.started_at >= :lo AND s.started_at < :hi"
        )
        return best(
            lambda: (
                conn.execute(sessions_sql, p).fetchall(),
                conn.execute(entry_union, p).fetchall(),
            ),
            2,
        )[0]

    rows: list[tuple[str, float, float, int, str]] = []

    def measure(name: str, fn: Callable[[], object], floor_ms: float, runs: int, goal: str) -> None:
        with Counter(db) as c:
            fn()
        n = c.n
        ms, out = best(fn, runs)
        size = len(out) if hasattr(out, "__len__") else getattr(out, "patches", "")
        rows.append((name, ms, floor_ms, n, f"{goal}  ({size} rows)"))
        print(f"{name:34s} {ms:10.1f} ms  floor {floor_ms:8.1f} ms  {n:6d} queries  goal {goal}"
              f"  [{size}]", flush=True)  # fmt: skip

    print(f"{'read':34s} {'time':>13s}  {'floor':>14s}  {'queries':>13s}")
    for text in ("Han", "jørgensen", "jørgensen 45", "søren møller"):
        ids_holder: list = []

        def search(text: str = text, ids_holder: list = ids_holder) -> list:
            found = patients.find_patients(text)
            ids_holder[:] = [p.id for p in found]
            return found

        search()
        marks = ",".join("?" * len(ids_holder)) or "NULL"
        fl = floor(f"SELECT * FROM patient WHERE id IN ({marks})", tuple(ids_holder))
        measure(f"patient search {text!r}", search, fl, 20, "≤ 10 ms")
    some_cpr = conn.execute("SELECT cpr FROM patient WHERE id = 777").fetchone()[0]
    fl = floor("SELECT * FROM patient WHERE cpr LIKE ? LIMIT 50", (some_cpr[:6] + "%",))
    measure("patient search by CPR (6 digits)", lambda: patients.find_patients(some_cpr[:6]),
            fl, 20, "~6 ms")  # fmt: skip
    p = span(today, today)
    fl = floor(
        "SELECT * FROM session s JOIN patient p ON p.id = s.patient_id "
        "WHERE s.created_at >= :lo AND s.created_at < :hi",
        p,
    )
    measure("home: today's sessions", queries.todays_sessions, fl, 20, "≤ 5 ms")

    def home() -> list:
        return [
            *queries.unacknowledged_warnings(),
            *queries.in_progress(),
            *queries.todays_sessions(),
            *queries.in_supine_rest(),
        ]

    fl = floor(
        "SELECT * FROM session s JOIN patient p ON p.id = s.patient_id "
        "WHERE s.status IN ('setup', 'in_progress', 'supine_rest') OR "
        "(s.created_at >= :lo AND s.created_at < :hi)",
        p,
    )
    measure("home: all four lists", home, fl, 10, "≤ 5 ms")
    fl = floor(
        "SELECT * FROM session s JOIN patient p ON p.id = s.patient_id "
        "JOIN headache_score h ON h.session_id = s.id WHERE s.status = 'supine_rest'"
    )
    measure("ward worklist", lambda: worklist.ward_overview().due, fl, 10, "≤ 10 ms")
    measure("outcome overview, one year", lambda: outcomes.overview(year_ago, today),
            patch_floor(year_ago, today), 2, "≤ 1 s")  # fmt: skip
    if not args.skip_slow:
        ten = today - timedelta(days=3653)
        measure("outcome overview, ten years", lambda: outcomes.overview(ten, today),
                patch_floor(ten, today), 1, "≤ 5 s")  # fmt: skip
        measure("registry export, all patches", lambda: registry.records(True),
                patch_floor(date(1900, 1, 1), today), 1, "")  # fmt: skip
    if tmp is not None and not args.keep:
        db.close()
        tmp.cleanup()
    elif args.keep:
        print(f"database kept at {path}")


if __name__ == "__main__":
    main()
