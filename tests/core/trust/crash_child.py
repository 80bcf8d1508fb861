"""The writer the crash test kills: a zygote that imports everything once, then forks one
writer per round on request (a fork costs milliseconds, a fresh interpreter a quarter second).

    python -m tests.core.trust.crash_child DB_PATH

Protocol on stdin/stdout, one line each, written with ``os.write`` (no stdio buffers shared
across ``fork``):
    zygote → parent  READY
    parent → zygote  fork SEED          → PID <pid>
    writer → parent  ACK <pid> vital <id> <spo2> <heart rate>        after the service returned
                     ACK <pid> injection <id> <tenths of a ml>
                     ACK <pid> access <audit id>
                     ACK <pid> session <id>
                     GO <pid>                                         before each call
                     ERR <pid> <message>                              a bug, not a kill
    parent → zygote  reap PID           → REAPED <pid> <wait status>
The zygote never opens the database; each writer opens it, takes the writer lock and writes
until it is killed.
"""

from __future__ import annotations

import os
import random
import sys
import traceback

from ebp_logger.clinical.enums import SessionStatus
from ebp_logger.errors import StateError, ValidationError
from ebp_logger.store import audit, lockfile, migrations  # noqa: F401 (loaded once, in the zygote)
from ebp_logger.store.models import Session, StopRecord, User
from ebp_logger.store.opening import open_database
from ebp_logger.store.services import checklist, entries, patients, procedure, sessions, ward

DOCTOR = "crashdoc"


def say(text: str) -> None:
    os.write(1, (text + "\n").encode())  # one write: a line is whole or absent


def new_session(actor: audit.Actor, patient_id: int) -> int:
    """A new procedure; for a new patient when this one still has an open session (another
    writer's, or one left in set-up by a kill): one open session per patient."""
    try:
        sid = sessions.create_session(
            actor, patient_id, indication="plph", patch_type="non_targeted"
        )
    except StateError:
        sid = sessions.create_session(
            actor, another_patient(actor), indication="plph", patch_type="non_targeted"
        )
    for key, value in checklist.all_clear_answers().items():
        checklist.answer(actor, sid, key, value)
    ward.record_score(actor, sid, "baseline", 3, 7)
    sessions.start_procedure(actor, sid)
    return sid


def another_patient(actor: audit.Actor) -> int:
    for _attempt in range(50):  # a random CPR number may be taken: try another
        serial = f"{random.randint(0, 999999):06d}"
        try:
            return patients.register_patient(
                actor, f"0101{serial}", f"Crash Patient {serial}", confirm_mod11=True
            ).id
        except (ValidationError, StateError):
            continue
    raise RuntimeError("no free CPR number for a crash-test patient")


def live_session(actor: audit.Actor, patient_id: int) -> int:
    row = (
        Session.select()
        .where(Session.status == SessionStatus.IN_PROGRESS.value)
        .order_by(Session.id.desc())
        .first()
    )
    return row.id if row else new_session(actor, patient_id)


def write_forever(db_path: str, seed: int) -> None:
    rng = random.Random(seed)
    pid = os.getpid()
    open_database(db_path)
    lockfile.acquire(db_path)  # the OS drops it when this process is killed
    user = User.get(User.username == DOCTOR)
    actor = audit.actor_for(user)
    patient_id = Session.select(Session.patient).order_by(Session.id).scalar()
    sid = live_session(actor, patient_id)
    while True:
        roll = rng.random()
        say(f"GO {pid}")  # a service call starts; the ACK follows once it returned
        if roll < 0.65:
            spo2, hr = rng.randint(88, 100), rng.randint(45, 130)
            systolic = rng.randint(95, 160)
            bp = f"{systolic}/{rng.randint(50, min(95, systolic - 10))}"
            vid = procedure.record_vitals(actor, sid, bp=bp, spo2=spo2, heart_rate=hr)
            say(f"ACK {pid} vital {vid} {spo2} {hr}")
        elif roll < 0.90:
            try:
                iid = procedure.record_injection(actor, sid, "0.5")
            except (ValidationError, StateError):  # the 40 ml maximum: stop, end, next patient
                if not entries.current(StopRecord, sid).exists():  # a kill may fall in between
                    procedure.record_stop(actor, sid, "max_volume")
                sessions.end_procedure(actor, sid)
                sid = new_session(actor, patient_id)
                say(f"ACK {pid} session {sid}")
                continue
            say(f"ACK {pid} injection {iid} 5")
        else:
            row = audit.log_access(actor, "view", session_id=sid, detail={"what": "crash test"})
            say(f"ACK {pid} access {row.id}")


def run_zygote(db_path: str) -> None:
    say("READY")
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "fork":
            pid = os.fork()
            if pid == 0:
                try:
                    write_forever(db_path, int(words[1]))
                except BaseException:  # a bug: report it, never pretend it was a kill
                    say(f"ERR {os.getpid()} " + traceback.format_exc().replace("\n", " | "))
                os._exit(3)
            say(f"PID {pid}")
        elif words[0] == "reap":
            _, status = os.waitpid(int(words[1]), 0)
            say(f"REAPED {words[1]} {status}")
        elif words[0] == "quit":
            break


if __name__ == "__main__":
    run_zygote(sys.argv[1])
