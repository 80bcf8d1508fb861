"""Mutation test: thousands of random single changes, deletions, insertions and reorderings of
audit rows, made through raw sqlite3 on a copy with the append-only triggers dropped; ``verify``
must catch every one.

Each mutation runs inside a transaction on the verifying connection and is rolled back after
``verify()`` looked at it, so one copy serves them all. What verify cannot catch by design (a
correctly chained and counted forged row that claims no data) is tested in test_verify.py.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
from collections import Counter
from collections.abc import Callable

import pytest

from ebp_logger.store import audit, settings
from ebp_logger.store.database import close_database, db
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import patients, procedure, sessions, users, ward
from ebp_logger.store.verify import verify

MUTATIONS = int(os.environ.get("EBP_MUTATIONS", "3000"))
COLS = [*audit.HASHED_COLUMNS, *audit.OPTIONAL_HASHED, "prev_hash", "hash"]
NAMES = ", ".join(f'"{c}"' for c in COLS)

pytestmark = pytest.mark.slow


def _populate(admin, doctor, nurse, live_session, patient) -> None:
    """A trail with every kind of row: data writes, corrections, voids, sign-ins, access."""
    users.authenticate("doc", "doc-pass1")
    with pytest.raises(users.SignInFailed):
        users.authenticate("doc", "wrong")
    with pytest.raises(users.SignInFailed):
        users.authenticate("nobody", "wrong")
    settings.save(admin, department_name="Test Department", backup_keep=7)
    patients.correct_patient(doctor, patient.id, "misspelt", name="Test Patient Uno")
    vids = [procedure.record_vitals(doctor, live_session, bp="120/80", spo2=s) for s in (99, 97)]
    procedure.correct_entry(doctor, "vital", vids[0], "misread", spo2=96)
    procedure.void_entry(doctor, "vital", vids[1], "wrong patient")
    procedure.mark_artefact(doctor, procedure.record_vitals(doctor, live_session, spo2=80), "probe")
    procedure.record_injection(doctor, live_session, 10)
    procedure.record_event(doctor, live_session, "needle_in")
    procedure.record_stop(doctor, live_session, "back_pain")
    sessions.end_procedure(doctor, live_session)
    oid = ward.record_observation(nurse, live_session, ["fever"])
    ward.acknowledge(doctor, oid, "seen the patient")
    ward.record_score(nurse, live_session, "checkpoint", 1, 2)
    sessions.end_rest(nurse, live_session, reason="patient's wish")
    users.lock_screen(doctor)
    users.unlock("nurse", "nurse-pass", locked_by=doctor)
    audit.log_access(nurse, "print", session_id=live_session)
    audit.log_access(doctor, "view", patient_id=patient.id)  # the tail holds no data


class Mutator:
    def __init__(self, con: sqlite3.Connection, rng: random.Random) -> None:
        self.con, self.rng = con, rng

    def rows(self) -> list[dict]:
        cur = self.con.execute(f"SELECT {NAMES} FROM audit ORDER BY id")
        return [dict(zip(COLS, r, strict=True)) for r in cur.fetchall()]

    def put(self, row: dict) -> None:
        marks = ", ".join("?" * len(COLS))
        self.con.execute(f"INSERT INTO audit ({NAMES}) VALUES ({marks})", [row[c] for c in COLS])

    def set(self, rid: int, col: str, value) -> None:
        self.con.execute(f'UPDATE audit SET "{col}" = ? WHERE id = ?', (value, rid))

    # --- value changes ------------------------------------------------------------------------

    def other_value(self, col: str, value, rows: list[dict]):
        rng = self.rng
        if col == "id":
            return rng.choice([len(rows) + rng.randint(1, 50), -rng.randint(1, 50), 0])
        if col in ("user_id", "patient_id", "session_id"):
            return rng.choice([None, (value or 0) + rng.randint(1, 5), (value or 0) - 1])
        if col == "at":
            if rng.random() < 0.3:
                return value[:20] + value[20:].rstrip("Z").rstrip("0") + "Z"  # same instant
            sec = (int(value[17:19]) + rng.randint(1, 58)) % 60
            return f"{value[:17]}{sec:02d}{value[19:]}"
        if col in ("hash", "prev_hash"):
            pick = rng.random()
            if pick < 0.4:
                return rng.choice(rows)["hash"]
            if pick < 0.5:
                return value.upper()
            return f"{rng.getrandbits(256):064x}"
        if col in ("old", "new") and value is not None and rng.random() < 0.8:
            data = json.loads(value)
            if isinstance(data, dict) and data and rng.random() < 0.7:
                key = rng.choice(sorted(data))
                data[key] = rng.choice(
                    [None, 0, 1, "x", (data[key] or 0) if isinstance(data[key], int) else "y"]
                )
                text = json.dumps(data, sort_keys=True, ensure_ascii=False)
                if text != value:
                    return text
            return json.dumps(json.loads(value), indent=1)  # same data, other spelling
        if value is None:
            return rng.choice(["x", "1", "{}"])
        if rng.random() < 0.3 and col in ("row_id", "old", "new"):
            return None
        text = str(value)
        i = rng.randrange(len(text) + 1)
        return text[:i] + rng.choice("aZ9 _-é") + text[i:]

    def change(self) -> str:
        rows = self.rows()
        row = self.rng.choice(rows)
        col = self.rng.choice(COLS)
        value = self.other_value(col, row[col], rows)
        if value == row[col] or (col == "id" and value in {r["id"] for r in rows}):
            value = (row[col] or 0) + 10_000 if col == "id" else f"{row[col]}!"
        if (
            col in ("username", "action", "table", "reason", "prev_hash", "hash", "at")
            and value is None
        ):
            value = "x"
        self.set(row["id"], col, value)
        return f"change:{col}"

    # --- deletions, insertions, reorderings ---------------------------------------------------

    def delete(self) -> str:
        rows = self.rows()
        pick = self.rng.random()
        row = rows[-1] if pick < 0.2 else rows[0] if pick < 0.3 else self.rng.choice(rows)
        self.con.execute("DELETE FROM audit WHERE id = ?", (row["id"],))
        return "delete:last" if row is rows[-1] else "delete"

    def forged(self, template: dict, rid: int, prev: str, correct_hash: bool) -> dict:
        row = dict(template, id=rid, prev_hash=prev)
        row["reason"] = self.rng.choice(["", "forged", template["reason"]])
        row["at"] = template["at"]
        fields = {c: row[c] for c in (*audit.HASHED_COLUMNS, *audit.OPTIONAL_HASHED)}
        row["hash"] = (
            audit.digest(prev, fields) if correct_hash else f"{self.rng.getrandbits(256):064x}"
        )
        return row

    def insert(self) -> str:
        rows = self.rows()
        last = rows[-1]
        template = self.rng.choice(rows)
        kind = self.rng.choice(["end-wrong-hash", "end-chained", "middle", "replay"])
        if kind == "end-wrong-hash":
            self.put(self.forged(template, last["id"] + 1, last["hash"], correct_hash=False))
        elif kind == "end-chained":  # a correct chain, the header counter left alone
            self.put(self.forged(template, last["id"] + 1, last["hash"], correct_hash=True))
        elif kind == "replay":
            self.put(dict(template, id=last["id"] + 1))
        else:
            at = self.rng.randrange(1, len(rows))  # after row `at`, before the rest
            self.con.execute("UPDATE audit SET id = -id WHERE id > ?", (at,))
            self.con.execute("UPDATE audit SET id = 1 - id WHERE id < 0")
            prev = rows[at - 1]["hash"]
            self.put(self.forged(template, at + 1, prev, correct_hash=True))
        return f"insert:{kind}"

    def reorder(self) -> str:
        rows = self.rows()
        i = self.rng.randrange(len(rows) - 1)
        j = i + 1 if self.rng.random() < 0.5 else self.rng.randrange(len(rows))
        if j == i:
            j = (i + 1) % len(rows)
        a, b = rows[i], rows[j]
        keep_links = self.rng.random() < 0.5
        moved = [c for c in COLS if c != "id" and not (keep_links and c in ("prev_hash", "hash"))]
        for src, dst in ((a, b), (b, a)):
            sets = ", ".join(f'"{c}" = ?' for c in moved)
            self.con.execute(
                f"UPDATE audit SET {sets} WHERE id = ?", [src[c] for c in moved] + [dst["id"]]
            )
        if all(a[c] == b[c] for c in moved):
            return self.change()  # two identical rows cannot be told apart: not a mutation
        return "reorder:links-stay" if keep_links else "reorder:whole-rows"


def test_verify_catches_every_single_mutation(actors, patient, live_session, db_path, tmp_path):
    admin, doctor, nurse = actors
    _populate(admin, doctor, nurse, live_session, patient)
    assert verify().ok
    close_database()
    copy = tmp_path / "mutate.sqlite"
    src, dst = sqlite3.connect(db_path), sqlite3.connect(copy)
    src.backup(dst)
    src.close()
    for (name,) in dst.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        dst.execute(f'DROP TRIGGER "{name}"')
    dst.commit()
    dst.close()
    open_database(copy)
    baseline = set(verify().problems)
    assert baseline and all("(trigger " in p for p in baseline)  # only the dropped triggers
    con = db.connection()
    rng = random.Random(20261123)
    mutator = Mutator(con, rng)
    kinds: list[Callable[[], str]] = [
        mutator.change,
        mutator.delete,
        mutator.insert,
        mutator.reorder,
    ]
    caught: Counter[str] = Counter()
    detail: Counter[str] = Counter()
    missed: list[str] = []
    for n in range(MUTATIONS):
        con.execute("BEGIN")
        try:
            label = rng.choice(kinds)()
            new = set(verify().problems) - baseline
        finally:
            con.execute("ROLLBACK")
        if new:
            caught[label.split(":")[0]] += 1
            detail[label] += 1
        else:
            missed.append(f"#{n} {label}")
    print(f"\n{MUTATIONS} mutations, all caught: {dict(caught)}\n{dict(sorted(detail.items()))}")
    assert not missed, f"verify missed {len(missed)} mutations: {missed[:10]}"
    assert sum(caught.values()) == MUTATIONS
    assert min(caught.values()) > MUTATIONS // 8, caught  # every kind well exercised
    assert set(verify().problems) == baseline  # every mutation was rolled back
    close_database()
